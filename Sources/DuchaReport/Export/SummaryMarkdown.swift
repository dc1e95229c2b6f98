import DuchaChecklist
import Foundation

/// Renders a group summary as Markdown: the ranked table of units, the units not inspected,
/// what is still pending or disputed, the items that lost the most points, and the draft
/// 检查总结. ID numbers are masked unless `reveal`.
public enum SummaryMarkdown {
  /// The Markdown of `summary`.
  public static func format(_ summary: GroupSummary, reveal: Bool = false) -> String {
    // Every user string goes through `text`: masked, then escaped for Markdown.
    let text = { (value: String) in Escape.markdownCell(ExportText.mask(value, reveal: reveal)) }
    let n = ExportText.number
    var lines = ["# \(text(summary.title))", ""]
    let checklist = summary.checklist
    var facts =
      "清单：\(text(checklist.title))（\(text(checklist.id))），满分 \(n(checklist.totalPoints)) 分；"
    facts += "检查单位 \(summary.units.count) 个"
    if let average = summary.averageTotal { facts += "，平均总分 \(n(average)) 分" }
    lines += [facts + "。", ""]

    lines += ["## 各单位得分", ""]
    if summary.units.isEmpty {
      lines += ["尚无检查记录。", ""]
    } else {
      let sections = summary.sections.map {
        text(ExportText.sectionHeader(id: $0.id, title: $0.title))
          + ExportText.pointsSuffix($0.points)
      }
      lines.append(row(["名次", "单位", "学段"] + sections + ["总分", "结论"]))
      lines.append(row(["---:", "---", "---"] + sections.map { _ in "---:" } + ["---:", "---"]))
      for (rank, unit) in ExportText.ranked(summary.units) {
        lines.append(
          row(
            [rank.map(String.init) ?? "—", text(unit.unit.name), ExportText.stages(unit.unit)]
              + summary.sections.map { ExportText.sectionLabel(unit, $0.id) }
              + [unit.result.total.label(.chinese), text(ExportText.conclusion(unit.result))]))
      }
      lines.append("")
      if !summary.cohortComplete {
        lines += ["排名分档条目须待同类单位全部检查后计分，表中“待全体”的分数尚未确定。", ""]
      }
      let vetoed = summary.units.filter { !ExportText.vetoReasons($0.result).isEmpty }
      if !vetoed.isEmpty {
        lines +=
          ["一票否决："]
          + vetoed.map {
            "- \(text($0.unit.name))：\(text(ExportText.vetoReasons($0.result).joined(separator: "；")))"
          } + [""]
      }
    }

    lines += ["## 未检查单位", ""]
    lines += summary.notInspected.isEmpty ? ["无。"] : summary.notInspected.map { "- \(text($0))" }
    lines.append("")

    lines += ["## 待定条目与未决分歧", ""]
    let open = summary.units.filter { !$0.pendingItems.isEmpty || !$0.openConflicts.isEmpty }
    if open.isEmpty { lines.append("无。") }
    for unit in open {
      var parts: [String] = []
      if !unit.pendingItems.isEmpty {
        parts.append("待定 \(unit.pendingItems.count) 项：\(text(ExportText.pendingItems(unit)))")
      }
      if !unit.openConflicts.isEmpty {
        parts.append(
          "未决分歧 \(unit.openConflicts.count) 处："
            + unit.openConflicts.map { text(ExportText.conflict($0)) }.joined(separator: "；"))
      }
      lines.append("- \(text(unit.unit.name))：" + parts.joined(separator: "；"))
    }
    lines.append("")

    lines += ["## 失分较多的条目", ""]
    let lost = summary.mostLost
    if lost.isEmpty {
      lines.append("各条目均未失分。")
    } else {
      lines.append(row(["编号", "考核内容", "分值", "平均得分", "平均失分", "失分单位数"]))
      lines.append(row(["---", "---", "---:", "---:", "---:", "---:"]))
      for item in lost {
        lines.append(
          row([
            text(item.id), text(item.title), n(item.points), n(item.average), n(item.averageLoss),
            "\(item.losingUnits.count)",
          ]))
      }
    }
    lines.append("")

    lines += ["## 检查总结（草稿）", ""]
    let blocks = ExportText.draftBlocks(summary.draft).map {
      ($0.heading ? "### " : "") + text($0.text)
    }
    lines.append(blocks.isEmpty ? "（尚无草稿）" : blocks.joined(separator: "\n\n"))
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }
}
