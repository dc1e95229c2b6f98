import Foundation

extension Checklist {
  /// The figures compared across every unit of a batch: the value of each 排名分档 and
  /// 名次分, and the argument of each 全体平均/全体合计/全体最高/全体最低, wherever it is
  /// written (indicators, defaults, conditions, rules, results). `ducha summary` evaluates
  /// each for every unit, passes the others' values in the evaluation context and prints
  /// them, so a leader can check an average or a rank by hand.
  public var batchExpressions: [Expression] {
    var found: [Expression] = []
    var seen: Set<String> = []
    // One figure per text: `普及率` written twice (in 名次分 and in 全体平均) is one figure.
    forEachBatchFigure(skipping: []) { expression in
      if seen.insert(expression.description).inserted { found.append(expression) }
    }
    return found
  }

  /// The batch figures (as in `batchExpressions`, by their text) that a unit still needs when
  /// the items `skipped` do not apply to it: those written anywhere else (indicators, defaults,
  /// the other items, results). A 小学 has no 九年级 figures, and the batch need not wait for
  /// them when only 九年级 items compare them.
  public func batchExpressionKeys(excluding skipped: Set<String>) -> Set<String> {
    var keys: Set<String> = []
    forEachBatchFigure(skipping: skipped) { keys.insert($0.description) }
    return keys
  }

  /// Calls `add` with every batch figure written outside the items `skipped`: the ranked
  /// value of each rule first, in item order, then each 全体… argument of indicators,
  /// defaults, conditions, rules and results.
  private func forEachBatchFigure(skipping skipped: Set<String>, _ add: (Expression) -> Void) {
    var roots: [Expression] = indicators.keys.sorted().compactMap { indicators[$0]?.formula }
    roots += inputOrder.compactMap { inputs[$0]?.defaultValue }
    forEachItem { item in
      guard !skipped.contains(item.id) else { return }
      if let condition = item.applicability { roots.append(condition) }
      for rule in item.rules {
        roots += rule.kind.expressions
        if let ranked = rule.kind.rankedExpression { add(ranked) }
      }
    }
    roots += outcomeExpressions
    for root in roots { root.collectBatchArguments(into: add) }
  }

  /// The expression of each `结果` line, in order.
  fileprivate var outcomeExpressions: [Expression] {
    outcomes.map { outcome in
      switch outcome {
      case .veto(let e, _, _), .totalDeduction(let e, _, _, _), .derived(_, let e, _, _),
        .grade(_, let e, _):
        e
      }
    }
  }
}

/// Where each batch figure is written, worked out once per checklist: a summary asks, for
/// every unit that lacks a figure, whether anything that applies to the unit uses it.
/// `Checklist.batchExpressionKeys(excluding:)` answers that too, but walks every item and
/// writes every figure's text again for each unit (`perf record` of a 10,000-session
/// summary: 4.4% of its CPU).
public struct BatchFigureUse: Sendable {
  /// Figures written outside the items (indicators, defaults, results): always needed.
  let everywhere: Set<String>
  /// Figure text → the ids of the items and parts whose condition or rules write it.
  let items: [String: [String]]

  /// The uses of every batch figure of `checklist`.
  public init(_ checklist: Checklist) {
    var everywhere: Set<String> = []
    var roots: [Expression] = checklist.indicators.values.map(\.formula)
    roots += checklist.inputs.values.compactMap(\.defaultValue)
    roots += checklist.outcomeExpressions
    for root in roots { root.collectBatchArguments { everywhere.insert($0.description) } }
    var items: [String: [String]] = [:]
    checklist.forEachItem { item in
      var keys: Set<String> = []
      var roots: [Expression] = item.applicability.map { [$0] } ?? []
      for rule in item.rules {
        roots += rule.kind.expressions
        if let ranked = rule.kind.rankedExpression { keys.insert(ranked.description) }
      }
      for root in roots { root.collectBatchArguments { keys.insert($0.description) } }
      for key in keys { items[key, default: []].append(item.id) }
    }
    self.everywhere = everywhere
    self.items = items
  }

  /// Whether a unit needs the figure `key` when the items `skipped` do not apply to it: the
  /// same answer as `checklist.batchExpressionKeys(excluding: skipped).contains(key)`.
  public func isNeeded(_ key: String, excluding skipped: Set<String>) -> Bool {
    everywhere.contains(key) || (items[key] ?? []).contains { !skipped.contains($0) }
  }
}

extension Expression {
  /// Calls `add` with the argument of every 全体… call inside (the parser bounds the height).
  func collectBatchArguments(into add: (Expression) -> Void) {
    switch kind {
    case .call(let name, let arguments):
      if FormulaFunctions.cohort.contains(name), let first = arguments.first { add(first.value) }
      for argument in arguments { argument.value.collectBatchArguments(into: add) }
    case .unary(_, let operand): operand.collectBatchArguments(into: add)
    case .binary(_, let left, let right):
      left.collectBatchArguments(into: add)
      right.collectBatchArguments(into: add)
    case .list(let elements): for element in elements { element.collectBatchArguments(into: add) }
    case .pair(_, let value): value.collectBatchArguments(into: add)
    case .number, .text, .boolean, .date, .name: break
    }
  }
}

extension Item {
  /// The item's `判定` rule, if it has one.
  public var verdictRule: VerdictRule? {
    for rule in rules {
      if case .verdict(let verdict) = rule.kind {
        return verdict
      }
    }
    return nil
  }
}

extension Checklist {
  /// Every verdict word a `判定` rule can give, in file order: `判定.<词>` counts them.
  public var verdictLabels: [String] {
    var labels: [String] = []
    forEachItem { item in
      guard let verdict = item.verdictRule else { return }
      for label in verdict.labels where !labels.contains(label) {
        labels.append(label)
      }
    }
    return labels
  }
}

extension Checklist {
  /// Whether the form gives a verdict (通过 / 一票否决): only forms with a `结果 一票否决` do.
  /// Others are judged by their total and their own results (换算, 评定), never “通过”.
  public var givesVerdict: Bool {
    outcomes.contains {
      if case .veto = $0 { return true }
      return false
    }
  }
}
