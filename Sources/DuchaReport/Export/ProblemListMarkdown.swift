import DuchaChecklist
import Foundation

/// Renders a 问题清单 as Markdown: the active entries, the convener's signature (or 未签字),
/// the entries dropped or merged away, and every change. ID numbers are masked unless `reveal`.
public enum ProblemListMarkdown {
  /// The Markdown of `list`.
  public static func format(_ list: ProblemList, reveal: Bool = false) -> String {
    // Every user string goes through `text`: masked, then escaped for Markdown.
    let text = { (value: String) in Escape.markdownCell(ExportText.mask(value, reveal: reveal)) }
    var lines = ["# \(text(list.title))", ""]
    let active = list.activeEntries
    if active.isEmpty {
      lines.append("没有问题。")
    } else {
      lines.append(row(["序号", "单位", "项目", "问题", "证据", "例数", "失分", "整改要求", "责任人", "期限", "状态"]))
      lines.append(
        row(["---:", "---", "---", "---", "---", "---:", "---:", "---", "---", "---", "---"]))
      for entry in active {
        lines.append(
          row([
            "\(entry.number)", text(entry.unit), text(ExportText.item(entry)), text(entry.finding),
            text(entry.evidence.joined(separator: "、")),
            entry.count.map(ExportText.number) ?? "",
            entry.pointsLost.map(ExportText.number) ?? "",
            text(entry.requirement), text(entry.responsible ?? ""), text(entry.deadline ?? ""),
            ExportText.status(entry),
          ]))
      }
    }
    lines += ["", text(ExportText.signature(list))]

    let removed = list.entries.filter { $0.status == .dropped || $0.status == .merged }
    if !removed.isEmpty {
      lines += ["", "## 已删除、已合并的问题", ""]
      lines.append(row(["序号", "单位", "项目", "问题", "状态"]))
      lines.append(row(["---:", "---", "---", "---", "---"]))
      for entry in removed {
        lines.append(
          row([
            "\(entry.number)", text(entry.unit), text(ExportText.item(entry)), text(entry.finding),
            ExportText.status(entry),
          ]))
      }
    }

    if !list.history.isEmpty {
      lines += ["", "## 修改记录", ""]
      lines.append(row(["时间", "修改人", "操作", "内容", "理由", "签字后修改"]))
      lines.append(row(["---", "---", "---", "---", "---", "---"]))
      for change in list.history {
        lines.append(
          row([
            text(change.time), text(change.by ?? ""), text(change.action), text(change.detail),
            text(change.reason ?? ""), change.amendment ? "是" : "",
          ]))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }
}
