import DuchaChecklist
import DuchaSession
import Foundation

/// Renders a 问题清单 as Markdown: the active entries, the convener's signature (or 未签字),
/// the entries dropped or merged away, and every change. ID numbers are masked unless `reveal`.
public enum ProblemListMarkdown {
  /// The Markdown of `list`, headings and fixed wording in `language`.
  public static func format(
    _ list: ProblemList, reveal: Bool = false, language: Language = .chinese
  ) -> String {
    let t = Wording(language)
    let list = list.shown(reveal: reveal)
    // Every user string goes through `text`: masked, then escaped for Markdown.
    let text = { (value: String) in Escape.markdownCell(ExportText.mask(value, reveal: reveal)) }
    var lines = ["# \(text(list.title))", ""]
    let active = list.activeEntries
    if active.isEmpty {
      lines.append(t("没有问题。", "No problems."))
    } else {
      lines.append(
        row([
          t("序号", "No."), t("单位", "Unit"), t("项目", "Item"), t("问题", "Finding"),
          t("证据", "Evidence"), t("例数", "Cases"), t("失分", "Lost"), t("整改要求", "Requirement"),
          t("责任人", "Owner"), t("期限", "Deadline"), t("状态", "Status"),
        ]))
      lines.append(
        row(["---:", "---", "---", "---", "---", "---:", "---:", "---", "---", "---", "---"]))
      for entry in active {
        lines.append(
          row([
            "\(entry.number)", text(entry.unit), text(ExportText.item(entry)), text(entry.finding),
            text(entry.evidence.joined(separator: "、")),
            entry.countText,
            entry.pointsLost.map(ExportText.number) ?? "",
            text(entry.requirement), text(entry.responsible ?? ""), text(entry.deadline ?? ""),
            ExportText.status(entry, language),
          ]))
      }
    }
    lines += ["", text(ExportText.signature(list, language))]

    let removed = list.entries.filter { $0.status == .dropped || $0.status == .merged }
    if !removed.isEmpty {
      lines += ["", t("## 已删除、已合并的问题", "## Dropped and merged entries"), ""]
      lines.append(
        row([
          t("序号", "No."), t("单位", "Unit"), t("项目", "Item"), t("问题", "Finding"), t("状态", "Status"),
        ]))
      lines.append(row(["---:", "---", "---", "---", "---"]))
      for entry in removed {
        lines.append(
          row([
            "\(entry.number)", text(entry.unit), text(ExportText.item(entry)), text(entry.finding),
            ExportText.status(entry, language),
          ]))
      }
    }

    if !list.history.isEmpty {
      lines += ["", t("## 修改记录", "## Changes"), ""]
      lines.append(
        row([
          t("时间", "Time"), t("修改人", "By"), t("操作", "Action"), t("内容", "Detail"),
          t("理由", "Reason"), t("签字后修改", "After signing"),
        ]))
      lines.append(row(["---", "---", "---", "---", "---", "---"]))
      for change in list.history {
        lines.append(
          row([
            text(ReadableTime.dated(change.time).text(language)), text(change.by ?? ""),
            text(change.action), text(change.detail),
            text(change.reason ?? ""), change.amendment ? t("是", "yes") : "",
          ]))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }
}
