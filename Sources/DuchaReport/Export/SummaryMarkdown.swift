import DuchaChecklist
import Foundation

/// Renders a group summary as Markdown: the ranked table of units, the units not inspected,
/// what is still pending or disputed, the items that lost the most points, and the draft
/// 检查总结. ID numbers are masked unless `reveal`. A verification list (核验表) gets its
/// units' verdicts and the lines not met instead (`VerificationSummaryExport`).
public enum SummaryMarkdown {
  /// The Markdown of `summary`, headings and fixed wording in `language`.
  public static func format(
    _ summary: GroupSummary, reveal: Bool = false, language: Language = .chinese
  ) -> String {
    let t = Wording(language)
    let summary = summary.shownWithoutSessions(reveal: reveal)
    if summary.checklist.kind == .verification {
      return VerificationSummaryExport.markdown(summary, reveal: reveal, language: language)
    }
    // Every user string goes through `text`: masked, then escaped for Markdown.
    let text = { (value: String) in Escape.markdownCell(ExportText.mask(value, reveal: reveal)) }
    let n = ExportText.number
    var lines = ["# \(text(summary.title))", ""]
    let checklist = summary.checklist
    var facts = t(
      "清单：\(text(checklist.title))（\(text(checklist.id))），满分 \(n(checklist.totalPoints)) 分；",
      "Checklist: \(text(checklist.title)) (\(text(checklist.id))), \(n(checklist.totalPoints)) points; "
    )
    facts += t(
      "检查单位 \(summary.units.count) 个", "\(SummaryDraft.units(summary.units.count)) inspected")
    if let average = summary.averageTotal {
      facts += t("，平均总分 \(n(average)) 分", ", average total \(n(average))")
    }
    lines += [facts + t("。", "."), ""]

    lines += [t("## 各单位得分", "## Scores by unit"), ""]
    if summary.units.isEmpty {
      lines += [t("尚无检查记录。", "No inspection records yet."), ""]
    } else {
      let sections = summary.sections.map {
        text(ExportText.sectionHeader(id: $0.id, title: $0.title))
          + ExportText.pointsSuffix($0.points, bonus: summary.isBonusSection($0.id), language)
      }
      // Units out of different full points (不适用条目：不计) are ranked by their share of their own.
      let shares = summary.ownFullPoints != nil
      let shareHeads = shares ? ExportText.shareHeaders(language) : []
      lines.append(
        row(
          [t("名次", "Rank"), t("单位", "Unit"), t("学段", "Stages")] + sections
            + [t("总分", "Total")] + shareHeads + [t("结论", "Result")]))
      lines.append(
        row(
          ["---:", "---", "---"] + sections.map { _ in "---:" } + ["---:"]
            + shareHeads.map { _ in "---:" } + ["---"]))
      for (rank, unit) in ExportText.ranked(summary) {
        lines.append(
          row(
            [
              rank.map(String.init) ?? "—", text(unit.unit.name),
              ExportText.stages(unit.unit, on: summary.checklist),
            ]
              + summary.sections.map { ExportText.sectionLabel(unit, $0.id, language) }
              + [unit.result.total.label(language)]
              + (shares ? ExportText.shareCells(unit) : [])
              + [text(ExportText.conclusion(unit.result, language))]))
      }
      lines.append("")
      if !summary.cohortComplete {
        lines += [
          t(
            "排名分档条目须待同类单位全部检查后计分，表中“待全体”的分数尚未确定。",
            "Items ranked across the cohort are scored once every unit of the cohort is inspected; “awaiting cohort” scores are not final."
          ), "",
        ]
      }
      lines += vetoes(summary, t, text)
    }

    lines += notInspectedAndOpenWork(summary, t, text)

    lines += [t("## 失分较多的条目", "## Items that lost most"), ""]
    let lost = summary.mostLost
    if lost.isEmpty {
      lines.append(t("各条目均未失分。", "No item lost points."))
    } else {
      lines.append(
        row([
          t("编号", "Id"), t("考核内容", "Item"), t("分值", "Points"), t("平均得分", "Average"),
          t("平均失分", "Average lost"), t("失分单位数", "Units losing"),
        ]))
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

    lines += [t("## 检查总结（草稿）", "## Inspection summary (draft)"), ""]
    let blocks = ExportText.draftBlocks(summary.draft).map {
      ($0.heading ? "### " : "") + text($0.text)
    }
    lines.append(blocks.isEmpty ? t("（尚无草稿）", "(no draft yet)") : blocks.joined(separator: "\n\n"))
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }

  /// `一票否决：` and a line per vetoed unit with its reasons, then a blank line; nothing when
  /// no unit was vetoed. `text` masks and escapes a cell.
  static func vetoes(_ summary: GroupSummary, _ t: Wording, _ text: (String) -> String)
    -> [String]
  {
    let vetoed = summary.units.filter { !ExportText.vetoReasons($0.result).isEmpty }
    guard !vetoed.isEmpty else { return [] }
    return [t("一票否决：", "One-vote veto:")]
      + vetoed.map {
        "- \(text($0.unit.name))\(t("：", ": "))"
          + text(ExportText.vetoReasons($0.result, t.language).joined(separator: t("；", "; ")))
      } + [""]
  }

  /// The sections 未检查单位 and 待定条目与未决分歧, each 无。 when empty, each followed by a blank
  /// line.
  static func notInspectedAndOpenWork(
    _ summary: GroupSummary, _ t: Wording, _ text: (String) -> String
  ) -> [String] {
    let none = t("无。", "None.")
    var lines = [t("## 未检查单位", "## Units not inspected"), ""]
    lines += summary.notInspected.isEmpty ? [none] : summary.notInspected.map { "- \(text($0))" }
    lines += ["", t("## 待定条目与未决分歧", "## Pending items and open conflicts"), ""]
    let open = summary.units.filter { !$0.pendingItems.isEmpty || !$0.openConflicts.isEmpty }
    if open.isEmpty { lines.append(none) }
    for unit in open {
      lines.append("- \(text(unit.unit.name))\(t("：", ": "))" + ExportText.openWork(unit, t, text))
    }
    return lines + [""]
  }
}
