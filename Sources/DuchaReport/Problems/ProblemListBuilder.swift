import DuchaChecklist
import DuchaSession
import Foundation

/// Builds a 问题清单 from a summary: every item an inspector marked as a problem, and every
/// item that lost points with the deductions' reasons as the finding.
public enum ProblemListBuilder {
  /// One entry per unit and item, in the units' rank order and the form's order.
  public static func build(_ summary: GroupSummary, title: String? = nil) -> ProblemList {
    var entries: [ProblemList.Entry] = []
    let units = summary.units.sorted { $0.unit.name < $1.unit.name }
    // A bonus not earned is no problem to put right; an inspector's own note on one still is.
    let bonus = summary.checklist.bonusItemIDs
    for unit in units {
      for item in summary.checklist.leafItems {
        guard let result = unit.result.allItems.first(where: { $0.id == item.id }) else { continue }
        let marked = unit.session.problems.filter { $0.itemID == item.id }.map(\.description)
        let lost = bonus.contains(item.id) ? nil : result.state.score.map { result.maxPoints - $0 }
        // A verification line has no points to lose: it falls short by its word (不达标, 缺失).
        let short = shortfall(result, item)
        let reasons =
          result.deductions.map(\.reason.zh)
          + (lost != nil && result.deductions.isEmpty && (lost ?? 0) > 0
            ? [result.base?.zh].compactMap { $0 } : [])
          + (short.map { [result.base?.zh ?? $0] } ?? [])
        guard !marked.isEmpty || (lost ?? 0) > 0 || short != nil else { continue }
        // What the score does not cover (entries not verified) goes with the finding.
        // So do the entries behind a count (which 台账 are 缺失), after the reasons they explain.
        let finding =
          (marked + (marked.isEmpty ? reasons + result.namedEntries.map(\.zh) : [])
          + result.caveats.map(\.zh))
          .joined(separator: "；")
        let counts = count(result.deductions)
        let evidence = (unit.session.notes[item.id] ?? []).filter { $0.kind == .evidence }.map(
          \.text)
        entries.append(
          ProblemList.Entry(
            number: entries.count + 1, unit: unit.unit.name, checklistID: summary.checklist.id,
            itemID: item.id,
            itemTitle: item.title, finding: finding, evidence: evidence,
            pointsLost: (lost ?? 0) > 0 ? lost : nil, count: counts.count,
            requirement: requirement(
              for: short == nil ? item : lineWithRequirement(item, summary),
              stages: unit.unit.stages),
            sourceSessionIDs: unit.sourceSessionIDs, counts: counts.apart))
      }
    }
    return ProblemList(title: title ?? "\(summary.title)问题清单", entries: entries)
      .addingStudentNames(summary.studentNames)
  }

  /// `判定：不达标` or `核验：缺失` when a verification line was given a word short of the one
  /// that meets it (the first of its `判定`, or 齐全); nil otherwise.
  static func shortfall(_ result: ItemResult, _ item: Item) -> String? {
    if let status = result.status {
      return status == .complete ? nil : "核验：\(status.rawValue)"
    }
    guard let verdict = result.verdict, result.maxPoints == 0 else { return nil }
    guard let met = item.metVerdict, met != verdict else { return nil }
    return "判定：\(verdict)"
  }

  /// A part without a requirement of its own (河北 1.2 初中) is held to the item's above it.
  static func lineWithRequirement(_ item: Item, _ summary: GroupSummary) -> Item {
    guard item.requirement == nil, let parent = item.parentID.flatMap(summary.checklist.item)
    else { return item }
    return parent
  }

  /// The cases the item's counting rules found. Counts of one thing (the same input) are
  /// added up into `count`; counts of different things are not (会理 1.1 gave 4 meetings
  /// short + 98 meetings without records = 102 例): they stay apart, in rule order, in `apart`.
  static func count(_ deductions: [Deduction]) -> (count: Decimal?, apart: [Decimal]?) {
    var kinds: [String] = []
    var sums: [Decimal] = []
    for deduction in deductions {
      guard let occurrences = deduction.occurrences else { continue }
      let kind = deduction.counted ?? deduction.rule
      if let index = kinds.firstIndex(of: kind) {
        sums[index] += occurrences
      } else {
        kinds.append(kind)
        sums.append(occurrences)
      }
    }
    switch sums.count {
    case 0: return (nil, nil)
    case 1: return (sums[0], nil)
    default: return (nil, sums)
    }
  }

  /// The default 整改要求: the item's own requirement, for the unit's own 学段 where the form
  /// writes one for each (`StageText`): a 小学 is not told to rectify against the 初中 column.
  static func requirement(for item: Item, stages: [Stage] = []) -> String {
    let text = StageText.own(
      (item.requirement ?? item.scoringText ?? item.title).replacingOccurrences(
        of: "\n", with: ""), stages: stages)
    return "对照“\(text.count > 50 ? String(text.prefix(50)) + "……" : text)”整改到位"
  }
}
