import Foundation

/// The outcome of running one `样例`.
public struct SampleReport: Sendable {
  /// The sample's name.
  public var name: String
  /// Where it is written.
  public var location: SourceLocation
  /// One line per expectation that did not hold.
  public var failures: [Diagnostic]
  /// How many expectations were checked.
  public var checked: Int

  /// Whether every expectation held.
  public var passed: Bool { failures.isEmpty }
}

/// Runs a checklist's samples, like jlox's `// expect:` tests, against the interpreter.
public enum SampleRunner {
  /// Evaluates every sample and compares each expectation at two decimals, or at as many as
  /// the expectation is written with (`期望 系数 = 0.00075` is compared at five).
  public static func run(_ checklist: Checklist) -> [SampleReport] {
    checklist.samples.map { run($0, in: checklist) }
  }

  static func run(_ sample: Sample, in checklist: Checklist) -> SampleReport {
    let context = EvaluationContext(
      stages: Set(sample.stages ?? checklist.stages),
      year: sample.year ?? checklist.assessmentYears?.lowerBound ?? checklist.year,
      cohort: sample.cohort)
    let result = Evaluator.evaluate(checklist, answers: sample.answers, context: context)
    // Looked up once per sample: searching the results for every 期望 line was quadratic.
    let lookup = Lookup(result)
    var failures: [Diagnostic] = []
    for (target, expected, location) in sample.expectations {
      let places = Self.places(expected)
      var actual = actualLabel(target, in: result, lookup, places: places)
      // `期望 1.1 = 不达标`: a line's verdict rather than its score.
      if case .label = expected, let item = lookup.items[target] {
        actual = item.verdict ?? item.state.label(.chinese)
      }
      let wanted = label(expected, places: places)
      if actual != wanted {
        failures.append(
          SampleErrors.expectationFailed(
            sample: sample.name, target: target, wanted: wanted, actual: actual,
            detail: detail(target, in: result, lookup), location))
      }
    }
    return SampleReport(
      name: sample.name, location: sample.location, failures: failures,
      checked: sample.expectations.count)
  }

  /// Two decimals, or the decimals the expected value is written with if more: a coefficient
  /// such as 0.0006 would otherwise equal any value below 0.005.
  private static func places(_ expected: Sample.Expected) -> Int {
    guard case .value(let value) = expected else { return 2 }
    return min(10, max(2, -value.exponent))
  }

  /// A state shown at `places` decimals when scored, else its label (待定, 不适用 …).
  private static func shown(_ state: ScoreState, places: Int) -> String {
    if case .scored(let value) = state { return ScoreFormat.string(value, places: places) }
    return state.label(.chinese)
  }

  private static func label(_ expected: Sample.Expected, places: Int) -> String {
    switch expected {
    case .value(let value): ScoreFormat.string(value, places: places)
    case .pending: "待定"
    case .notApplicable: "不适用"
    case .awaitingCohort: "待全体"
    case .label(let text): text
    }
  }

  /// The states of a result's sections, items, parts and derived results by name.
  private struct Lookup {
    var items: [String: ItemResult] = [:]
    var states: [String: ScoreState] = [:]
    var derived: [String: ScoreState] = [:]

    init(_ result: FormResult) {
      // The first of a name wins, as `FormResult.state(of:)` does: sections, then items.
      for item in result.allItems where items[item.id] == nil { items[item.id] = item }
      for (id, item) in items { states[id] = item.state }
      for section in result.sections { states[section.id] = section.state }
      for (name, state) in result.derived where derived[name] == nil { derived[name] = state }
    }
  }

  private static func actualLabel(
    _ target: String, in result: FormResult, _ lookup: Lookup, places: Int
  ) -> String {
    switch target {
    case "总分": return shown(result.total, places: places)
    case "结论": return result.outcome.label(.chinese)
    case "核验.齐全": return "\(result.verification.complete)"
    case "核验.缺失": return "\(result.verification.missing)"
    case "核验.不全": return "\(result.verification.incomplete)"
    case "核验.问题数": return "\(result.verification.problems)"
    case "核验.未核验": return "\(result.verification.unchecked)"
    default:
      if let grade = result.grades.first(where: { $0.name == target }) {
        return grade.label ?? "待定"
      }
      if target.hasPrefix("判定.") { return "\(result.verdicts[String(target.dropFirst(3))] ?? 0)" }
      if let derived = lookup.derived[target] { return shown(derived, places: places) }
      return lookup.states[target].map { shown($0, places: places) } ?? "?"
    }
  }

  /// The reasons behind the actual value, to make a failing sample quick to diagnose.
  private static func detail(_ target: String, in result: FormResult, _ lookup: Lookup)
    -> Localized?
  {
    guard let item = lookup.items[target] else {
      if target == "总分" {
        let parts = result.sections.map { "\($0.id) \($0.state.label(.chinese))" }.joined(
          separator: "，")
        return Localized("各部分：\(parts)")
      }
      return nil
    }
    var lines = item.deductions.map { "扣 \(ScoreFormat.string($0.amount))：\($0.reason.zh)" }
    if let base = item.base { lines.insert("得分：\(base.zh)", at: 0) }
    if case .pending(let reasons) = item.state { lines += reasons.map(\.zh) }
    return lines.isEmpty ? nil : Localized(lines.joined(separator: "；"))
  }
}
