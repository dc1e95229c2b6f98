import Foundation

extension Checklist {
  /// Whether a figure compared across the batch reads the unit's own results: `总分` or a
  /// `结果 换算` written before it (directly or through indicators), as in “全县所有学校综合评估
  /// 指数和” where each school's 指数 is built on its total. Such a figure is known only once
  /// the unit is scored, so `ducha summary` reads it after scoring each unit with the others.
  ///
  /// The `判定.<词>` counts are such results too: a line's verdict is known only once the unit
  /// is scored, so a 全体 figure over them (“不达标项数高于全县平均的”) is read the same way.
  public func readsResults(_ expression: Expression) -> Bool {
    let results = Set(
      outcomes.compactMap { outcome -> String? in
        if case .derived(let name, _, _, _) = outcome { return name }
        return nil
      })
    return expression.readsResults(self, results, depth: 0)
  }
}

extension Expression {
  fileprivate func readsResults(_ checklist: Checklist, _ results: Set<String>, depth: Int) -> Bool
  {
    // Indicator chains are bounded by E309; this bound keeps a cyclic chain (reported as E303)
    // from recursing for ever.
    guard depth < 400 else { return false }
    switch kind {
    case .name(let name):
      if name == "总分" || name.hasPrefix("判定.") || results.contains(name) { return true }
      return checklist.indicators[name]?.formula.readsResults(checklist, results, depth: depth + 1)
        ?? false
    case .call(_, let arguments):
      return arguments.contains { $0.value.readsResults(checklist, results, depth: depth + 1) }
    case .unary(_, let operand): return operand.readsResults(checklist, results, depth: depth + 1)
    case .binary(_, let left, let right):
      return left.readsResults(checklist, results, depth: depth + 1)
        || right.readsResults(checklist, results, depth: depth + 1)
    case .list(let elements):
      return elements.contains { $0.readsResults(checklist, results, depth: depth + 1) }
    case .pair(_, let value): return value.readsResults(checklist, results, depth: depth + 1)
    case .number, .text, .boolean, .date: return false
    }
  }
}

extension Evaluator {
  /// The value of `expression` for a unit already scored as `result`: `总分` and the 换算
  /// results are those of `result`, everything else is read from `answers` in `context`.
  /// Throws like any evaluation (a pending total, a missing answer, a batch still incomplete).
  public static func resultFigure(
    _ expression: Expression, _ checklist: Checklist, answers: Answers,
    context: EvaluationContext, result: FormResult
  ) throws(EvaluationProblem) -> Decimal {
    var known = answers
    known.figures.merge(checklist.verdictCounts(result)) { _, count in count }
    for (name, state) in result.derived {
      if let value = state.score { known.figures[name] = value }
    }
    let evaluator = ExpressionEvaluator(
      checklist: checklist, answers: known, context: context, total: result.total.score)
    return try evaluator.number(expression)
  }
}

extension Checklist {
  /// The `判定.<词>` counts of `result` by figure name (`判定.不达标` → 2), every word the form's
  /// 判定 rules can give, 0 for a word no line got; none while an applicable line with a 判定 is
  /// undecided, so a conclusion built on them waits instead of counting that line as neither.
  public func verdictCounts(_ result: FormResult) -> [String: Decimal] {
    var judged: Set<String> = []
    forEachItem { if $0.verdictRule != nil { judged.insert($0.id) } }
    func undecided(_ item: ItemResult) -> Bool {
      judged.contains(item.id) && item.verdict == nil && item.state != .notApplicable
    }
    // Items and their parts, as `allItems` lists them, without building that list (a copy of
    // every item's result, for every unit a summary scores).
    for section in result.sections {
      for item in section.items where undecided(item) || item.parts.contains(where: undecided) {
        return [:]
      }
    }
    var counts: [String: Decimal] = [:]
    for label in verdictLabels { counts["判定." + label] = Decimal(result.verdicts[label] ?? 0) }
    return counts
  }
}
