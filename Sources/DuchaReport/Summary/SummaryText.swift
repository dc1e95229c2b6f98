import DuchaChecklist
import DuchaSession
import DuchaTerminal
import Foundation

/// Renders a group summary for the terminal: ranked units with section subtotals, outcomes,
/// pending items and conflicts, the items that lost most, and the draft.
public enum SummaryText {
  /// The summary, fitting `width` columns, in `language` (the records' own words as written);
  /// ID numbers and students' names masked unless `reveal` (`--reveal`, as every other output).
  public static func format(
    _ summary: GroupSummary, width: Int = 80, language: Language = .chinese, reveal: Bool = false
  ) -> String {
    let t = Wording(language)
    // Masked before the tables and the draft are laid out (it reads no unit's session, so
    // those are not masked again).
    let summary = reveal ? summary : summary.maskingPersonalData(includingSessions: false)
    if summary.checklist.kind == .verification {
      return VerificationSummaryText.format(summary, width: width, language: language)
    }
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    var lines = [summary.title, ""]
    var columns = [
      TextTable.Column(t("名次", "Rank"), alignment: .right, wraps: false),
      TextTable.Column(t("单位", "Unit")),
    ]
    columns += summary.checklist.sections.map {
      TextTable.Column($0.id, alignment: .right, wraps: false)
    }
    columns.append(TextTable.Column(t("总分", "Total"), alignment: .right, wraps: false))
    // Units out of different full points (不适用条目：不计) are ranked by their share of their own.
    let shares = summary.ownFullPoints != nil
    if shares {
      columns += ExportText.shareHeaders(language).map {
        TextTable.Column($0, alignment: .right, wraps: false)
      }
    }
    // Only forms with 一票否决 give a verdict; the others are not shown as “通过”.
    let verdicts = summary.checklist.givesVerdict
    if verdicts { columns.append(TextTable.Column(t("结论", "Result"), wraps: false)) }
    var table = TextTable(columns: columns)
    // The rows on every core (a score label each), in rank order.
    let sections = summary.checklist.sections
    // Tied totals share a 名次 (1, 1, 3), as in the CSV, workbook and printed report.
    let ranks = ExportText.ranks(summary)
    // By position: a list of (position, unit) pairs copied every unit (928 bytes each, every
    // field retained) at the summary's peak.
    table.rows += Array(summary.units.indices).concurrentMap { index in
      // The unit's result only, read in place (a copy of the unit retained its session too).
      let result = summary.units[index].result
      var row = [ranks[index].map { "\($0)" } ?? "-", summary.units[index].unit.name]
      row += sections.map { section in
        result.sections.first { $0.id == section.id }?.state.label(language) ?? ""
      }
      row.append(result.total.label(language))
      if shares { row += ExportText.shareCells(summary.units[index]) }
      if verdicts { row.append(result.outcome.label(language)) }
      return row
    }
    lines.append(table.render(maxWidth: width))
    lines.append(
      t("部分：", "Sections: ")
        + summary.checklist.sections.map {
          "\($0.id) \($0.title)"
            + ($0.isBonus
              ? t("（加分项，最多\(f($0.points ?? 0))分）", " (bonus, at most \(f($0.points ?? 0)))")
              : t("（\(f($0.points ?? 0))分）", " (\(f($0.points ?? 0)) points)"))
        }.joined(separator: "  "))
    if let average = summary.averageTotal {
      lines.append(t("平均总分：", "Average total: ") + f(average))
    }
    let colon = t("：", ": ")
    // Each unit's lines are written on every core, then listed in the units' order.
    let perUnit = summary.units.concurrentMap { unit in
      UnitLines(unit, language: language, colon: colon)
    }
    lines += perUnit.flatMap(\.outcomes)
    lines += BatchFigureText.lines(
      summary.batchFigures, planned: summary.batchIsPlanned, language: language)
    if !summary.cohortComplete {
      lines.append(
        t(
          // Not only 排名分档: 名次分 and 全体平均/合计/最高/最低 wait for the batch too.
          "用到同批全部单位的数的项目（排名分档、名次分、全体平均、全体合计等）要等全部单位检查完（且数据齐全）后才能计分，目前为“待全体”。",
          "Items that use every unit's figures (ranks, bands, batch averages and totals) are scored once every unit is inspected (with its figures); until then they read “awaiting cohort”."
        ))
    }
    if !summary.notInspected.isEmpty {
      lines.append(
        t("尚未检查：", "Not inspected yet: ") + summary.notInspected.joined(separator: t("、", ", ")))
    }
    let pending = perUnit.compactMap(\.pending)
    if !pending.isEmpty {
      lines += ["", t("有待定项目的单位：", "Units with pending items:")]
      lines += pending
    }
    let caveats = perUnit.flatMap(\.caveats)
    if !caveats.isEmpty {
      lines += ["", t("得分有前提的条目：", "Scores with a caveat:")]
      lines += caveats
    }
    let conflicts = perUnit.flatMap(\.conflicts)
    if !conflicts.isEmpty {
      lines += [
        "",
        t(
          "检查人员记录不一致、待组长选择（ducha merge）：",
          "Inspectors recorded different values; the leader chooses (ducha merge):"),
      ]
      lines += conflicts
    }
    if !summary.followUps.isEmpty {
      var table = TextTable(columns: [
        TextTable.Column(t("回头看单位", "Follow-up unit")),
        TextTable.Column(t("整改前", "Before"), alignment: .right, wraps: false),
        TextTable.Column(t("整改后", "After"), alignment: .right, wraps: false),
        TextTable.Column(t("变化", "Change"), alignment: .right, wraps: false),
        TextTable.Column(t("已整改/复查", "Rectified/checked"), alignment: .right, wraps: false),
      ])
      for entry in summary.followUps {
        var change = ""
        if let before = entry.before, let after = entry.after.score {
          change = (after >= before ? "+" : "") + f(after - before)
        }
        table.rows.append([
          entry.unit, entry.before.map(f) ?? "—", entry.after.label(language), change,
          "\(entry.rectified)/\(entry.checked)",
        ])
      }
      lines += ["", table.render(maxWidth: width)]
    }
    let lost = summary.mostLost.prefix(8)
    if !lost.isEmpty {
      var lossTable = TextTable(columns: [
        TextTable.Column(t("编号", "Id"), wraps: false),
        TextTable.Column(t("失分最多的项目", "Items that lost most")),
        TextTable.Column(t("分值", "Points"), alignment: .right, wraps: false),
        TextTable.Column(t("平均得分", "Average"), alignment: .right, wraps: false),
        TextTable.Column(t("失分单位", "Units losing"), alignment: .right, wraps: false),
      ])
      for item in lost {
        lossTable.rows.append([
          item.id, item.title, f(item.points), f(item.average), "\(item.losingUnits.count)",
        ])
      }
      lines += ["", lossTable.render(maxWidth: width)]
    }
    lines += ["", String(repeating: "─", count: 40), ""]
    // The draft's lines are wrapped on every core: a line naming every unit that lost points
    // on an item is thousands of names long in a city's summary.
    let draft = Self.lines(of: summary.draft)
    lines += draft.concurrentMap { line in
      line.isEmpty ? [""] : DisplayWidth.wrap(line, width: width)
    }.flatMap { $0 }
    return lines.joined(separator: "\n")
  }

  /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, as `String`s. Without a
  /// carriage return in the text every line feed is a `Character` of its own (only CR LF joins
  /// one to a neighbour), so the text is cut at its line-feed bytes: splitting the draft by
  /// `Character`s walked its lines of thousands of school names on one core.
  static func lines(of text: String) -> [String] {
    guard !text.utf8.contains(0x0D) else {
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      String(Substring($0))
    }
  }
}

/// One unit's lines in the terminal summary: its results, grades and veto; its pending items;
/// its scores with a caveat; its open conflicts.
private struct UnitLines: Sendable {
  var outcomes: [String] = []
  var pending: String?
  var caveats: [String] = []
  var conflicts: [String] = []

  init(_ unit: UnitResult, language: Language, colon: String) {
    let t = Wording(language)
    for (name, state) in unit.result.derived {
      outcomes.append("\(unit.unit.name) \(name)\(colon)\(state.resultLabel(language))")
    }
    for (name, label) in unit.result.grades {
      outcomes.append("\(unit.unit.name) \(name)\(colon)\(label ?? t("待定", "pending"))")
    }
    if case .veto(let reasons) = unit.result.outcome {
      outcomes.append(
        "\(unit.unit.name) " + t("一票否决：", "one-vote veto: ")
          + reasons.map { $0.text(language) }.joined(separator: t("；", "; ")))
    }
    // The leaves are visited once, in place: copying out the pending and the caveated ones
    // (two lists of results per unit) was a tenth of a thirty-thousand-unit summary's layout.
    var pendingIDs: [String] = []
    unit.result.forEachLeaf { item in
      if case .pending = item.state { pendingIDs.append(item.id) }
      guard !item.caveats.isEmpty else { return }
      caveats.append(
        "  \(unit.unit.name) \(item.id)\(colon)"
          + item.caveats.map { $0.text(language) }.joined(separator: t("；", "; ")))
    }
    if !pendingIDs.isEmpty {
      pending = "  \(unit.unit.name)\(colon)" + pendingIDs.joined(separator: t("、", ", "))
    }
    for conflict in unit.openConflicts {
      conflicts.append(
        "  \(unit.unit.name) \(conflict.label)\(colon)"
          + conflict.candidates.map { "\($0.inspectors.joined(separator: "、")) \($0.display)" }
          .joined(separator: " / "))
    }
  }
}
