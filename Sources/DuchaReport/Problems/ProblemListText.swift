import DuchaChecklist
import DuchaSession
import DuchaTerminal
import Foundation

/// Renders a problem list for the terminal, ID numbers masked unless revealed.
public enum ProblemListText {
  /// The list, fitting `width` columns.
  public static func format(_ list: ProblemList, reveal: Bool = false, width: Int = 80) -> String {
    var table = TextTable(columns: [
      TextTable.Column("序号", alignment: .right, wraps: false), TextTable.Column("单位"),
      TextTable.Column("项目", wraps: false), TextTable.Column("问题"),
      TextTable.Column("例数", alignment: .right, wraps: false), TextTable.Column("整改要求"),
      TextTable.Column("责任人"), TextTable.Column("期限", wraps: false),
      TextTable.Column("状态", wraps: false),
    ])
    for entry in list.activeEntries {
      table.rows.append([
        "\(entry.number)", entry.unit, entry.itemID, entry.finding, entry.requirement,
        entry.responsible ?? "",
        entry.deadline ?? "", entry.status.rawValue,
      ])
    }
    var lines = [list.title, "", table.render(maxWidth: width)]
    let inactive = list.entries.filter { $0.status == .dropped || $0.status == .merged }
    for entry in inactive {
      lines.append(
        "第 \(entry.number) 条\(entry.status.rawValue)"
          + (entry.mergedInto.map { "（并入第 \($0) 条）" } ?? "") + "：\(entry.finding)")
    }
    if let signature = list.signature {
      lines.append("召集人：\(signature.name)  签字时间：\(signature.time)")
    } else {
      lines.append("未签字")
    }
    for change in list.history where change.amendment {
      lines.append(
        "修订 \(change.time) \(change.by ?? "")：\(change.action)（\(change.detail)）理由：\(change.reason ?? "")"
      )
    }
    let text = lines.joined(separator: "\n")
    return reveal ? text : IDNumber.maskAll(in: text)
  }
}
