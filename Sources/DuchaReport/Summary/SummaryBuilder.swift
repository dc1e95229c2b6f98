import DuchaChecklist
import DuchaSession
import Foundation

/// Builds a group summary of one checklist from the sessions of a folder: merges each unit's
/// sessions, scores cohort-ranked items across the cohort, ranks units, gathers item figures
/// and drafts the 检查总结.
public enum SummaryBuilder {
  /// Summarises `sessions` (any checklist; only `checklist`'s are used). `expectedUnits` are
  /// the units a plan assigns: those without sessions are listed and keep cohorts incomplete.
  /// With the folder's `problems` list, the draft's findings are the leader's edited entries;
  /// the draft is written in `language`. `explains: false` scores without the explanation
  /// text (deduction and score reasons, indicator values) that the summary's text, Markdown,
  /// CSV and HTML never show; every figure and state is the same (`SummaryExplanationTests`).
  public static func build(
    checklist: Checklist, sessions: [Session], decisions: [MergeDecision] = [],
    title: String? = nil,
    expectedUnits: [String]? = nil, problems: ProblemList? = nil, language: Language = .chinese,
    explains: Bool = true
  ) -> GroupSummary {
    // A leader's summary passes one checklist's sessions: kept as they are, not copied.
    let mine =
      sessions.allSatisfy { $0.checklistID == checklist.id }
      ? sessions : sessions.filter { $0.checklistID == checklist.id }
    // Each unit's sessions by position in `mine`: a list of sessions per unit held a copy of
    // each session (656 bytes, every field retained) until the summary was done.
    var byUnit: [String: [Int]] = [:]
    for index in mine.indices { byUnit[mine[index].unit.name, default: []].append(index) }
    // Units are merged and scored on every core; the results keep the units' order. The
    // names are ordered by their bytes where that is `String`'s order (`PlainTextOrder`).
    let grouped = byUnit
    let names = Array(grouped.keys)
    let ordered =
      names.allSatisfy(PlainTextOrder.isPlain)
      ? names.sorted(by: PlainTextOrder.bytesLess) : names.sorted()
    // Every unit in `grouped` has a session, so none is left out by the merge's nil.
    let merged = ordered.concurrentMap {
      name -> (Session, [String], [MergeConflict])? in
      let group = (grouped[name] ?? []).map { mine[$0] }
      guard
        let result = SessionMerger.merge(group, checklist: checklist, decisions: decisions)
      else { return nil }
      return (result.session, group.map(\.id), result.conflicts)
    }.compactMap { $0 }
    // On every core too: each is a copy of a merged session (every field retained), and ten
    // thousand of them were made on the main thread.
    let scored = Array(merged.indices).concurrentMap {
      Self.awaitingDecisions(merged[$0].0, merged[$0].2)
    }
    // What each unit's file says that the checklist cannot accept, found once for its batch
    // figures and its score (each pass found them again).
    let findings = Array(scored.indices).concurrentMap { scored[$0].findings(against: checklist) }
    let notInspected = (expectedUnits ?? []).filter { byUnit[$0] == nil }
    let cohorts = CohortValues(
      checklist: checklist, sessions: scored, findings: findings, complete: notInspected.isEmpty)
    let indicators = IndicatorUse(checklist)
    // By position: zipping the two lists copied every session into a list of pairs.
    let results = Array(merged.indices).concurrentMap { index -> FormResult in
      let scored = scored[index]
      return scored.evaluate(
        checklist, findings: findings[index], cohort: cohorts.cohort(for: scored),
        indicators: indicators, explains: explains)
    }
    // The scored copies are not read again: freed now, not at the summary's peak below.
    BackgroundRelease.release(scored)
    // Positions are ranked, then each unit is made once, in that order, on every core: sorting
    // the units themselves moved (retained and released) each whole result many times, and a
    // list of unranked units beside the ranked one held a unit (928 bytes) twice at the
    // summary's peak. Names are compared by their bytes where that is `String`'s order
    // (`PlainTextOrder`).
    // Under `不适用条目：不计` with units out of different full points, each unit is ranked by its
    // share of its own (`OwnFullPoints`); a unit with nothing applicable has no rank.
    let fulls = OwnFullPoints.of(results, checklist)
    let keys = merged.indices.map { index in
      let full = fulls?[index]
      let rankable = full.map { $0 > 0 } ?? true
      return (
        score: rankable ? results[index].total.score : nil,
        name: merged[index].0.unit.name, full: full
      )
    }
    let plain = keys.allSatisfy { PlainTextOrder.isPlain($0.name) }
    let order = keys.indices.sorted(by: { rank(keys[$0], keys[$1], plain: plain) })
    let units = order.concurrentMap { index in
      let (session, sources, conflicts) = merged[index]
      return UnitResult(
        unit: session.unit, checklistID: checklist.id, session: session, sourceSessionIDs: sources,
        result: results[index], openConflicts: conflicts)
    }
    // Each result is held by its unit now: the list's references are let go on another core.
    BackgroundRelease.release(consume results)
    let items = ItemStatistics.compute(checklist, units)
    let sections = checklist.sections.map { section -> (String, String, Decimal, Decimal?) in
      let scores = units.compactMap {
        $0.result.sections.first { $0.id == section.id }?.state.score
      }
      let average = scores.isEmpty ? nil : DecimalMath.total(scores) / Decimal(scores.count)
      return (section.id, section.title, section.points ?? 0, average)
    }
    var summary = GroupSummary(
      checklist: checklist, title: title ?? checklist.title, units: units,
      notInspected: notInspected, items: items,
      sections: sections.map { (id: $0.0, title: $0.1, points: $0.2, average: $0.3) },
      cohortComplete: cohorts.complete, draft: "")
    summary.batchIsPlanned = expectedUnits != nil
    summary.batchFigures = cohorts.expressions.map { expression in
      // The figure's text, written once: it is the key of every unit's value.
      let key = expression.description
      let values = order.compactMap { index -> (String, [Stage], Decimal?)? in
        let (id, unit) = (merged[index].0.id, merged[index].0.unit)
        return cohorts.moot[id]?.contains(key) == true
          ? nil : (unit.name, checklist.batchStages(unit.stages), cohorts.values[id]?[key])
      }
      // Highest first, so a rank (名次分, 排名分档) is read off the list by hand; missing last.
      // The sort is stable: equal figures keep the ranked table's order.
      return BatchFigure(
        expression: key,
        values: values.enumerated().sorted { a, b in
          switch (a.element.2, b.element.2) {
          case (let x?, let y?) where x != y: return x > y
          case (nil, _?): return false
          case (_?, nil): return true
          default: return a.offset < b.offset
          }
        }.map(\.element))
    }
    summary.followUps = units.compactMap { unit in
      unit.session.followUp.map { record in
        FollowUpComparison(
          unit: unit.unit.name, before: record.previousTotal, after: unit.result.total,
          rectified: record.checks.filter(\.rectified).count, checked: record.checks.count)
      }
    }
    summary.studentNames = StudentNames(sessions: mine).union(problems?.knownNames ?? .none)
    summary.draft =
      checklist.kind == .verification
      ? VerificationSummaryText.draft(summary, language: language)
      : SummaryDraft.write(summary, problems: problems, language: language)
    // The merged copies of ten thousand sessions are freed on another core while
    // this one goes on to lay out the summary (`BackgroundRelease`).
    BackgroundRelease.release(merged)
    return summary
  }

  /// The merged session as it is scored while conflicts are open. A class the inspectors
  /// recorded differently is left out of the merged roll call, and a ledger entry out of the
  /// verified list: totals over the rest would score 点名 and 核验 items on part of the data (a
  /// total the inspectors never saw), so until the leader decides those figures are absent and
  /// their items 待定. Answers, registry counts and figures in conflict are absent already.
  static func awaitingDecisions(_ session: Session, _ conflicts: [MergeConflict]) -> Session {
    var scored = session
    if conflicts.contains(where: { $0.key.hasPrefix("点名:") }) { scored.rollCall = [] }
    if conflicts.contains(where: { $0.key.hasPrefix("核验表:") }) { scored.verifications = [:] }
    return scored
  }

  /// Scored units first, highest total first (or, with `full`, the highest share of the unit's
  /// own full points), then by name; pending units after. `plain`: every name is plain
  /// (`PlainTextOrder`), so names compare by their bytes.
  static func rank(
    _ a: (score: Decimal?, name: String, full: Decimal?),
    _ b: (score: Decimal?, name: String, full: Decimal?),
    plain: Bool = false
  ) -> Bool {
    func nameLess() -> Bool {
      plain ? PlainTextOrder.bytesLess(a.name, b.name) : a.name < b.name
    }
    switch (a.score, b.score) {
    case (let x?, let y?):
      if let fullA = a.full, let fullB = b.full {
        let order = OwnFullPoints.order((x, fullA), (y, fullB))
        return order != 0 ? order > 0 : nameLess()
      }
      // Two short scores compare as integers (`DecimalMath.order`), the rest as Foundation does.
      if let order = DecimalMath.order(x, y) { return order != 0 ? order > 0 : nameLess() }
      return x != y ? x > y : nameLess()
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil): return nameLess()
    }
  }
}

/// The values each unit has for each figure compared across the batch (排名分档, 名次分,
/// 全体平均 …), and the peers it is compared with: units of the same stages (a 小学 is ranked
/// among 小学).
struct CohortValues {
  let expressions: [DuchaChecklist.Expression]
  let values: [String: [String: Decimal]]  // session id → expression → value
  let stages: [String: [Stage]]
  let years: [String: Int?]
  let complete: Bool
  /// Session id → the figures no item the unit is assessed on uses (not listed, not waited for).
  let moot: [String: Set<String>]

  /// `findings`: each session's `findings(against: checklist)`, by position; nil finds them.
  init(
    checklist: Checklist, sessions: [Session], findings: [[SessionFinding]]? = nil,
    complete planComplete: Bool
  ) {
    let expressions = checklist.batchExpressions
    self.expressions = expressions
    // Figures built on a unit's own results (总分, a 换算) are read once the unit is scored.
    let late = expressions.filter(checklist.readsResults)
    let lateKeys = Set(late.map(\.description))
    let early = expressions.filter { !lateKeys.contains($0.description) }
    var values: [String: [String: Decimal]] = [:]
    var everyValueKnown = true
    let earlyKeys = early.map(\.description)
    let uses = BatchFigureUse(checklist)
    // Each unit's figures on every core (nothing to do for a form without batch figures),
    // with the figures it lacks sorted out there too: that needs the items that apply to the
    // unit, a scoring pass of its own, and was done unit after unit on the main thread.
    let figures =
      early.isEmpty
      ? []
      : Array(sessions.indices).concurrentMap { index -> UnitFigures in
        let session = sessions[index]
        let evaluator = ExpressionEvaluator(
          checklist: checklist, answers: session.evaluationAnswers,
          context: session.evaluationContext())
        var figures = UnitFigures()
        var lacking: [String] = []
        for (expression, key) in zip(early, earlyKeys) {
          if let value = try? evaluator.number(expression) {
            figures.values[key] = value
          } else {
            lacking.append(key)
          }
        }
        guard !lacking.isEmpty else { return figures }
        // The figures that could be computed still count, as before. A figure the unit lacks
        // keeps the batch waiting only if an item that applies to the unit (or a result, an
        // indicator, a default) uses it: a 小学 has no 九年级 figures, nor the 报考率 of an
        // item 适用：初中, and is not listed as 未录 for them.
        let skipped = session.notApplicableItems(
          in: checklist, findings: findings?[index] ?? session.findings(against: checklist))
        for key in lacking {
          if uses.isNeeded(key, excluding: skipped) {
            figures.lacksNeeded = true
          } else {
            figures.moot.insert(key)
          }
        }
        return figures
      }
    var moot: [String: Set<String>] = [:]
    // Sessions by position: `for session in sessions` copied (retained every field of) each.
    for (index, found) in zip(sessions.indices, figures) {
      if !found.values.isEmpty {
        values[sessions[index].id, default: [:]].merge(found.values) { _, new in new }
      }
      if found.lacksNeeded { everyValueKnown = false }
      if !found.moot.isEmpty { moot[sessions[index].id, default: []].formUnion(found.moot) }
    }
    self.moot = moot
    let stages = Dictionary(
      uniqueKeysWithValues: sessions.indices.map {
        (sessions[$0].id, sessions[$0].unit.stages)
      })
    let years = Dictionary(
      uniqueKeysWithValues: sessions.indices.map {
        (sessions[$0].id, sessions[$0].year)
      })
    var batches: [Batch: [String]] = [:]
    let byStages = checklist.readsStages
    for index in sessions.indices {
      batches[
        Batch(sessions[index], byStages: byStages), default: []
      ].append(sessions[index].id)
    }
    if !late.isEmpty {
      // Only over a complete batch: a figure read from a total scored with part of the batch
      // would be printed as if it were the unit's.
      if planComplete && everyValueKnown {
        everyValueKnown = Self.readResultFigures(
          late, checklist: checklist, sessions: sessions, batches: batches, values: &values)
      } else {
        everyValueKnown = false
      }
    }
    self.values = values
    self.stages = stages
    self.years = years
    // A form without cohort-ranked items has nothing to wait for.
    self.complete = expressions.isEmpty || (planComplete && everyValueKnown)
    self.batches = batches
    self.byStages = byStages
  }

  /// Reads the figures built on each unit's results: every unit is scored with the batch's
  /// other figures, then the figure is read from its total and 换算 results. A figure built on
  /// another such figure (a chain of 换算) is read in a later round, once every unit has the
  /// first. Returns whether every unit has every figure.
  static func readResultFigures(
    _ late: [DuchaChecklist.Expression], checklist: Checklist, sessions: [Session],
    batches: [Batch: [String]], values: inout [String: [String: Decimal]]
  ) -> Bool {
    let keys = late.map(\.description)
    func missing(_ id: String) -> Bool { keys.contains { values[id]?[$0] == nil } }
    for _ in 0..<late.count {
      let known = values
      let open = sessions.filter { missing($0.id) }
      if open.isEmpty { return true }
      let found = open.concurrentMap { session -> [String: Decimal] in
        let peers = batches[Batch(session, byStages: checklist.readsStages)] ?? []
        var cohort: [String: [Decimal]] = [:]
        // A figure is passed only when every peer has it; otherwise its items still wait.
        for (key, _) in known[session.id] ?? [:] {
          let others = peers.filter { $0 != session.id }.compactMap { known[$0]?[key] }
          if others.count == peers.count - 1 { cohort[key] = others }
        }
        let result = session.evaluate(checklist, cohort: cohort)
        var read: [String: Decimal] = [:]
        for expression in late where known[session.id]?[expression.description] == nil {
          if let value = try? Evaluator.resultFigure(
            expression, checklist, answers: session.evaluationAnswers,
            context: session.evaluationContext(cohort: cohort), result: result)
          {
            read[expression.description] = value
          }
        }
        return read
      }
      var progressed = false
      for (session, read) in zip(open, found) where !read.isEmpty {
        values[session.id, default: [:]].merge(read) { _, new in new }
        progressed = true
      }
      if !progressed { break }
    }
    return !sessions.contains { missing($0.id) }
  }

  /// One unit's batch figures: the values it has, the figures it lacks that no item it is
  /// assessed on uses, and whether it lacks one that an item (or a result …) uses.
  struct UnitFigures: Sendable {
    var values: [String: Decimal] = [:]
    var moot: Set<String> = []
    var lacksNeeded = false
  }

  /// Units compared with each other: same checklist (the caller's), same 学段, same year.
  struct Batch: Hashable {
    let stages: [Stage]
    let year: Int?

    /// The batch of `session`; `byStages` false for a form no unit's 学段 changes anything in,
    /// where a unit's recorded stages (older versions recorded the form's default 小学、初中,
    /// newer ones none) do not part it from the others.
    init(_ session: Session, byStages: Bool) {
      stages = byStages ? session.unit.stages : []
      year = session.year
    }
  }

  /// Whether units are batched by their 学段 (`Checklist.readsStages`).
  let byStages: Bool

  /// The ids of the units, by batch: a unit's peers are found without going
  /// through every unit of the folder for each unit.
  let batches: [Batch: [String]]

  /// The other units' values for `session`, or none while the cohort is incomplete.
  func cohort(for session: Session) -> [String: [Decimal]] {
    guard complete else { return [:] }
    let peers = batches[Batch(session, byStages: byStages)] ?? []
    var cohort: [String: [Decimal]] = [:]
    for expression in expressions {
      let key = expression.description
      cohort[key] = peers.compactMap { $0 == session.id ? nil : values[$0]?[key] }
    }
    return cohort
  }
}

/// Per-item averages and losses across units.
enum ItemStatistics {
  static func compute(_ checklist: Checklist, _ units: [UnitResult]) -> [ItemStatistic] {
    // Every unit of one checklist lists its items in the same order, so an item is found at
    // its position (checked, else searched). Searching each item in every unit's list grew
    // with items × items × units. (An item not applicable lists no parts, so positions are
    // taken from the unit listing the most.) Results are read where they are: listing each
    // unit's results first (`allItems`) held a copy of all of them at the summary's peak.
    let ids = checklist.allItems.map(\.id)
    var positions: [String: ResultPath] = [:]
    if Set(ids).count == ids.count,
      let longest = units.indices.max(by: {
        units[$0].result.resultCount < units[$1].result.resultCount
      })
    {
      for (id, path) in units[longest].result.resultPaths { positions[id] = path }
    }
    let found = positions
    @Sendable func result(_ id: String, of unit: Int) -> ItemResult? {
      if let path = found[id], let result = units[unit].result.result(at: path), result.id == id {
        return result
      }
      return units[unit].result.firstResult(id)
    }
    // Only the names are read per item: walking the units themselves copied (retained and
    // released) every unit's whole result once per item.
    let names = units.map(\.unit.name)
    // Items on every core, in the checklist's order.
    return checklist.leafItems.concurrentMap { item -> ItemStatistic? in
      var scores: [Decimal] = []
      var losing: [(unit: String, lost: Decimal)] = []
      var points = item.points ?? 0
      for index in names.indices {
        guard let result = result(item.id, of: index), let score = result.state.score else {
          continue
        }
        points = result.maxPoints
        scores.append(score)
        if DecimalMath.less(score, result.maxPoints) {
          losing.append((names[index], DecimalMath.difference(result.maxPoints, score)))
        }
      }
      guard !scores.isEmpty else { return nil }
      let average = DecimalMath.total(scores) / Decimal(scores.count)
      return ItemStatistic(
        id: item.id, title: item.title, points: points, scoredUnits: scores.count, average: average,
        averageLoss: DecimalMath.difference(points, average),
        losingUnits: losing.sorted { DecimalMath.less($1.lost, $0.lost) })
    }.compactMap { $0 }
  }
}
