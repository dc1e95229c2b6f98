import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// `ducha summary` scores without explanation text (`explains: false`): the reasons and
/// indicator values only a unit's own score sheet shows are never built. Held here to scoring
/// with them on every bundled checklist, with each of its samples (answers written for the real
/// form) as one unit's session: the same figures item by item, and the same summary in every
/// format the command writes.
@Suite struct SummaryExplanationTests {
  static func bundled() throws -> [Checklist] {
    let folder = ReportFixtures.root.appendingPathComponent("Checklists")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".ducha") }.sorted()
    return try names.map { name in
      try #require(ChecklistLoader.load(path: folder.appendingPathComponent(name).path).0)
    }
  }

  /// Everything of a result except its explanation text, one line per fact.
  static func figures(_ result: FormResult) -> [String] {
    func deductions(_ list: [Deduction]) -> String {
      list.map { "\($0.amount)/\($0.occurrences.map { "\($0)" } ?? "-")/\($0.rule)" }
        .joined(separator: ",")
    }
    var lines = [
      "total \(result.total) items \(result.itemTotal) max \(result.applicableMax)",
      "so far \(result.scoredSoFar) outcome \(result.outcome) counts \(result.verification)",
      "derived \(result.derived.map { "\($0.name) \($0.state)" })",
      "grades \(result.grades.map { "\($0.name) \($0.label ?? "-")" })",
      "verdicts \(result.verdicts.sorted { $0.key < $1.key })",
      "total deductions \(result.totalDeductions.map(\.amount))",
    ]
    for section in result.sections {
      lines.append(
        "section \(section.id) \(section.maxPoints) \(section.state) \(section.scoredSoFar)")
    }
    for item in result.allItems {
      lines.append(
        "item \(item.id) \(item.title) \(item.maxPoints) \(item.state) parts \(item.parts.count)"
          + " status \(item.status.map(\.rawValue) ?? "-") verdict \(item.verdict ?? "-")"
          + " caveats \(item.caveats) deductions \(deductions(item.deductions))")
    }
    return lines
  }

  static func context(_ sample: Sample, _ checklist: Checklist) -> EvaluationContext {
    EvaluationContext(
      stages: Set(sample.stages ?? checklist.stages),
      year: sample.year ?? checklist.assessmentYears?.lowerBound ?? checklist.year,
      cohort: sample.cohort)
  }

  @Test func everySampleScoresTheSameWithoutItsExplanations() throws {
    var samples = 0
    for checklist in try Self.bundled() {
      for sample in checklist.samples {
        let context = Self.context(sample, checklist)
        var quiet = context
        quiet.explains = false
        let full = Evaluator.evaluate(checklist, answers: sample.answers, context: context)
        let lean = Evaluator.evaluate(checklist, answers: sample.answers, context: quiet)
        #expect(Self.figures(lean) == Self.figures(full), "\(checklist.id) · \(sample.name)")
        // The text really is left out (what makes the summary cheaper).
        #expect(lean.allItems.allSatisfy { $0.explanations.isEmpty })
        #expect(lean.allItems.flatMap(\.deductions).allSatisfy { $0.reason.zh.isEmpty })
        samples += 1
      }
    }
    #expect(samples > 50)
  }

  /// One session per sample (a unit each), plus a second inspector's session of the first
  /// unit with the second sample's answers, so merged units and their conflicts are in too.
  static func sessions(_ checklist: Checklist) -> [Session] {
    var sessions: [Session] = []
    for (index, sample) in checklist.samples.enumerated() {
      var session = Session(
        id: String(format: "%08x", index), checklist: checklist,
        unit: Session.Unit(
          name: "单位\(index)", kind: checklist.unitKind, stages: sample.stages ?? checklist.stages),
        group: "一组", inspectors: ["李辉"], date: "2021-10-\(10 + index % 18)",
        year: sample.year ?? checklist.assessmentYears?.lowerBound ?? checklist.year,
        now: "2021-10-27T09:00:00+08:00")
      session.answers = sample.answers
      session.status = .complete
      sessions.append(session)
    }
    if checklist.samples.count > 1, var second = sessions.last {
      second.id = "second"
      second.unit = sessions[0].unit
      second.inspectors = ["王雷"]
      sessions.append(second)
    }
    return sessions
  }

  @Test func theSummaryIsTheSameInEveryFormatWithoutExplanations() throws {
    for checklist in try Self.bundled() where !checklist.samples.isEmpty {
      let sessions = Self.sessions(checklist)
      let full = SummaryBuilder.build(checklist: checklist, sessions: sessions)
      let lean = SummaryBuilder.build(checklist: checklist, sessions: sessions, explains: false)
      #expect(full.units.count == Set(sessions.map(\.unit.name)).count)
      for language in [Language.chinese, .english] {
        let name = "\(checklist.id) \(language)"
        #expect(
          SummaryText.format(lean, width: 100, language: language)
            == SummaryText.format(full, width: 100, language: language), "\(name)")
        #expect(
          SummaryMarkdown.format(lean, reveal: false, language: language)
            == SummaryMarkdown.format(full, reveal: false, language: language), "\(name)")
        #expect(
          SummaryCSV.format(lean, reveal: false, language: language)
            == SummaryCSV.format(full, reveal: false, language: language), "\(name)")
        #expect(
          ReportHTML.format(summary: lean, problems: nil, reveal: false, language: language)
            == ReportHTML.format(summary: full, problems: nil, reveal: false, language: language),
          "\(name)")
      }
    }
  }
}
