import Foundation

extension Checklist {
  /// The largest figure a form compares a percentage with and still calls small: a 年辍学率
  /// “控制在0.5%以内”, “1%以内”, “2%以内”. Rates the forms compare with larger figures
  /// (入学率 99.3, 巩固率 95) are read in tens.
  public static let smallPercentCeiling: Decimal = 10

  /// Whether every figure the form's rules compare input `name` with is a small percentage
  /// (`超出扣分(小学年辍学率, 上限=小学年辍学率目标 …)` with targets 0.5, 0.3, 0.1;
  /// `不得分(小学在校生年辍学率 > 1 …)`), and there is at least one.
  ///
  /// There `0.3` typed for the rate is 0.3%, as the form itself writes it: asking “是 0.3% 还是
  /// 30%？” at every dropout rate made the inspector type `0.3%` each time (30% is no dropout
  /// rate such a form measures). Where nothing says so (no comparison, or one with 99.3), a
  /// number below 1 is still asked back, and so is one whose hundredfold is small too (`0.03`:
  /// 0.03% or 3%).
  public func comparesOnlyWithSmallFigures(_ name: String) -> Bool {
    // Asked at every answer: only a 百分比 input is read this way, so no other walks the rules.
    guard case .percent? = inputs[name]?.type else { return false }
    var figures: [Decimal] = []
    var known = true
    // `上年小学年辍学率` is compared with this year's rate by 比上年: it takes the figures the
    // current rate is compared with.
    var names: Set<String> = [name]
    forEachItem { item in
      for rule in item.rules {
        if case .comparedWithLastYear(let current, let previous, _, _, _) = rule.kind,
          previous.name == name, let currentName = current.name
        {
          names.insert(currentName)
        }
      }
    }
    forEachItem { item in
      for rule in item.rules {
        for (value, against) in Self.comparisons(rule.kind)
        where value.name.map(names.contains) == true {
          if let read = self.figures(of: against) { figures += read } else { known = false }
        }
      }
    }
    return known && !figures.isEmpty
      && figures.allSatisfy { $0 >= 0 && $0 < Self.smallPercentCeiling }
  }

  /// The pairs a rule compares: its value with its threshold or target, and both sides of
  /// each `<`, `>`, `≤`, `≥`, `=` in its conditions (either way round).
  private static func comparisons(_ kind: Rule.Kind) -> [(Expression, Expression)] {
    switch kind {
    case .shortfall(let value, let minimum, _, _): return [(value, minimum)]
    case .belowTarget(let value, let target, _, _, _), .deviation(let value, let target, _, _, _):
      return [(value, target)]
    case .aboveLimit(let value, let limit, _, _, _): return [(value, limit)]
    case .conditional(let condition, _, _), .zeroIf(let condition, _),
      .scale(let condition, _, _):
      return conditionComparisons(condition)
    case .verdict(let rule): return rule.levels.flatMap { conditionComparisons($0.condition) }
    default: return []
    }
  }

  /// `a > 1 或 b > 2` → (a, 1), (1, a), (b, 2), (2, b).
  private static func conditionComparisons(_ condition: Expression) -> [(Expression, Expression)] {
    switch condition.kind {
    case .binary(let op, let left, let right):
      if ["<", ">", "<=", ">=", "="].contains(op) {
        return [(left, right), (right, left)]
      }
      return conditionComparisons(left) + conditionComparisons(right)
    case .unary(_, let operand): return conditionComparisons(operand)
    default: return []
    }
  }

  /// A number, or every year's value of a `年度目标`; nil for anything else (not known).
  private func figures(of expression: Expression) -> [Decimal]? {
    switch expression.kind {
    case .number(let value): return [value]
    case .name(let name): return yearTargets[name].map { Array($0.values) }
    default: return nil
    }
  }
}
