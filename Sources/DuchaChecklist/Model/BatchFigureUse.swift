/// Which items use each figure compared across the batch (`batchExpressions`), so a unit to
/// which none of them applies is not waited for: 凌源 3.3 报考率 is `适用：初中`, and a 小学,
/// which records no 报考率, must not hold every 初中's rank at 待全体 for ever.
public struct BatchFigureUse: Sendable {
  /// Figure → the `适用` conditions of each item using it (the item's own and its parent's;
  /// an item without a condition has none, so it applies to every unit).
  private var users: [String: [[Expression]]] = [:]
  /// Figures used outside items (a 结果, an input's default, an indicator no item uses):
  /// every unit needs them.
  private var everywhere: Set<String> = []

  /// Finds the users of every figure of `checklist`.
  public init(_ checklist: Checklist) {
    var usedByItems: Set<String> = []
    for section in checklist.sections {
      for item in section.items {
        let parentConditions = item.applicability.map { [$0] } ?? []
        record(item, checklist, conditions: parentConditions, into: &usedByItems)
        for part in item.parts {
          let conditions = parentConditions + (part.applicability.map { [$0] } ?? [])
          record(part, checklist, conditions: conditions, into: &usedByItems)
        }
      }
    }
    // Every figure not reached from an item (an outcome, a default, an unused indicator) is
    // kept as needed by every unit, as all figures were before.
    for expression in checklist.batchExpressions where !usedByItems.contains(expression.description)
    {
      everywhere.insert(expression.description)
    }
    for outcome in checklist.outcomes {
      for key in Self.figures(in: outcome.expression, checklist) { everywhere.insert(key) }
    }
    for name in checklist.inputOrder {
      guard let value = checklist.inputs[name]?.defaultValue else { continue }
      for key in Self.figures(in: value, checklist) { everywhere.insert(key) }
    }
  }

  /// Whether a unit needs `figure`: it is used outside items, or by an item whose `适用`
  /// conditions `isFalse` does not rule out (a condition that cannot be decided yet counts as
  /// holding, so an unanswered unit is still waited for).
  public func isNeeded(_ figure: String, isFalse: (Expression) -> Bool) -> Bool {
    if everywhere.contains(figure) { return true }
    guard let conditions = users[figure] else { return true }
    return conditions.contains { !$0.contains(where: isFalse) }
  }

  private mutating func record(
    _ item: Item, _ checklist: Checklist, conditions: [Expression],
    into usedByItems: inout Set<String>
  ) {
    var keys: Set<String> = []
    for rule in item.rules {
      if let ranked = rule.kind.rankedExpression { keys.insert(ranked.description) }
      for expression in rule.kind.expressions {
        keys.formUnion(Self.figures(in: expression, checklist))
      }
    }
    for condition in conditions { keys.formUnion(Self.figures(in: condition, checklist)) }
    for key in keys {
      users[key, default: []].append(conditions)
      usedByItems.insert(key)
    }
  }

  /// The figures inside `expression` and inside every indicator it names, transitively (each
  /// indicator visited once, so a cycle the validator reports cannot loop here).
  static func figures(in expression: Expression, _ checklist: Checklist) -> Set<String> {
    var found: Set<String> = []
    var visited: Set<String> = []
    var pending = [expression]
    while let next = pending.popLast() {
      next.collectBatchArguments { found.insert($0.description) }
      for name in next.names where visited.insert(name).inserted {
        if let formula = checklist.indicators[name]?.formula { pending.append(formula) }
      }
    }
    return found
  }
}

extension OutcomeRule {
  /// The condition or value the outcome is computed from.
  var expression: Expression {
    switch self {
    case .veto(let e, _, _), .totalDeduction(let e, _, _, _), .derived(_, let e, _, _),
      .grade(_, let e, _):
      e
    }
  }
}

extension Expression {
  /// Every name the expression refers to (the parser bounds the height of the tree).
  fileprivate var names: [String] {
    switch kind {
    case .name(let name): [name]
    case .unary(_, let operand): operand.names
    case .binary(_, let left, let right): left.names + right.names
    case .call(_, let arguments): arguments.flatMap(\.value.names)
    case .list(let elements): elements.flatMap(\.names)
    case .pair(_, let value): value.names
    case .number, .text, .boolean, .date: []
    }
  }
}
