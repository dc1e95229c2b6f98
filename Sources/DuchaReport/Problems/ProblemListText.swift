import DuchaChecklist
import DuchaSession
import DuchaTerminal
import Foundation

/// Renders a problem list for the terminal, ID numbers masked unless revealed. Every column
/// stays under its header at any width from 80 columns up: values that must stay whole (number,
/// item, cases, deadline, status) never wrap, and the text columns share the rest.
public enum ProblemListText {
  /// The list, fitting `width` columns.
  public static func format(
    _ list: ProblemList, reveal: Bool = false, width: Int = 80, language: Language = .chinese
  ) -> String {
    let t = { (zh: String, en: String) in language == .english ? en : zh }
    // Masked before the table wraps its cells: a number split across lines is not recognised.
    let list = list.shown(reveal: reveal)
    var table = TextTable(columns: [
      TextTable.Column(t("序号", "No."), alignment: .right, wraps: false),
      TextTable.Column(t("单位", "Unit"), minimumWidth: 8),
      TextTable.Column(t("项目", "Item"), wraps: false),
      TextTable.Column(t("问题", "Finding"), minimumWidth: 12),
      TextTable.Column(t("例数", "Cases"), alignment: .right, wraps: false),
      TextTable.Column(t("整改要求", "Requirement"), minimumWidth: language == .english ? 11 : 10),
      TextTable.Column(t("责任人", "Owner"), minimumWidth: 6),
      TextTable.Column(t("期限", "Deadline"), wraps: false),
      TextTable.Column(t("状态", "Status"), wraps: false),
    ])
    for entry in list.activeEntries {
      table.rows.append([
        "\(entry.number)", entry.unit, entry.itemID, entry.finding,
        entry.countText, entry.requirement,
        entry.responsible ?? "",
        entry.deadline ?? "", entry.status.label(language),
      ])
    }
    var lines = [list.title, "", table.render(maxWidth: width)]
    let inactive = list.entries.filter { $0.status == .dropped || $0.status == .merged }
    for entry in inactive {
      let merged = entry.mergedInto.map { t("（并入第 \($0) 条）", " (into \($0))") } ?? ""
      lines.append(
        t("第 \(entry.number) 条", "entry \(entry.number) ") + entry.status.label(language) + merged
          + t("：", ": ") + entry.finding)
    }
    if let signature = list.signature {
      lines.append(
        t("召集人：\(signature.name)  签字时间：", "signed by \(signature.name) at ")
          + ReadableTime.dated(signature.time).text(language))
    } else {
      lines.append(t("未签字", "not signed"))
    }
    for change in list.history where change.amendment {
      lines.append(
        t("修订 ", "amendment ")
          + "\(ReadableTime.dated(change.time).text(language)) \(change.by ?? "")：\(change.action)（\(change.detail)）"
          + t("理由：", "reason: ") + (change.reason ?? ""))
    }
    return lines.joined(separator: "\n")
  }
}

extension ProblemList.Status {
  /// `未整改`, or in English `open`, `rectified`, `verified`, `dropped`, `merged`.
  public func label(_ language: Language) -> String {
    guard language == .english else { return rawValue }
    switch self {
    case .open: return "open"
    case .rectified: return "rectified"
    case .verified: return "verified"
    case .dropped: return "dropped"
    case .merged: return "merged"
    }
  }
}
