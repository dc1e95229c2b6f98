import Foundation

/// What a number measures, as far as the difference between a ratio and percentage points goes.
///
/// `%` is only a mark in the language (`0.6%` is 0.6, a 百分比 input holds 98.5 for 98.5%), so
/// a count divided by a count (`辍学人数 ÷ 在校生`, 0.008) compared with a percentage
/// (`> 0.6%`) is off by a factor of 100 and silently never (or always) true. A clerk writes
/// exactly that from “辍学率超过0.6%的不得分”; the validator says how to write it.
enum NumberScale: Equatable {
  /// A quotient of two plain figures, or of two percentages: 0.008 for 0.8%.
  case ratio
  /// Percentage points: a `%` literal, a 百分比 input, a ratio times 100.
  case percentPoints
  /// Anything else, or not known: never reported.
  case other
}

extension Validator {
  /// Reports `left op right` when one side is a ratio and the other percentage points.
  mutating func checkPercentScale(
    _ op: String, _ left: Expression, _ right: Expression, _ location: SourceLocation
  ) {
    let scales = (scale(of: left), scale(of: right))
    let (ratio, points): (Expression, Expression)
    switch scales {
    case (.ratio, .percentPoints): (ratio, points) = (left, right)
    case (.percentPoints, .ratio): (ratio, points) = (right, left)
    default: return
    }
    let ratioText = Self.unbracketed("\(ratio)")
    let pointsText = Self.pointsText(points)
    report(
      ValidationErrors.ratioAgainstPercentPoints(
        ratio: ratioText, points: pointsText,
        fix: Localized(
          "比值乘以 100% 再比：写成“\(ratioText) × 100% \(op) \(pointsText)”，或定义“指标 比率名 = \(ratioText) × 100%”后用它比较。",
          en:
            "multiply the ratio by 100%: '\(ratioText) × 100% \(op) \(pointsText)', or define an indicator as '\(ratioText) × 100%'."
        ), location))
  }

  /// `0.6%` as written (`description` drops the mark), a name as it is.
  private static func pointsText(_ points: Expression) -> String {
    if case .number = points.kind, points.percentMarked { return "\(points)%" }
    return "\(points)"
  }

  /// `超出扣分(辍学人数 ÷ 在校生, 上限=0.6%, …)`: the rule compares its value with `against`,
  /// so a ratio on one side and percentage points on the other is off by 100 as well.
  mutating func checkPercentScale(
    rule: String, _ arguments: BoundArguments, value: String, against: String
  ) {
    guard let left = arguments.expression(value), let right = arguments.expression(against)
    else { return }
    let (ratio, points, ratioName): (Expression, Expression, String)
    switch (scale(of: left), scale(of: right)) {
    case (.ratio, .percentPoints): (ratio, points, ratioName) = (left, right, value)
    case (.percentPoints, .ratio): (ratio, points, ratioName) = (right, left, against)
    default: return
    }
    let ratioText = Self.unbracketed("\(ratio)")
    report(
      ValidationErrors.ratioAgainstPercentPoints(
        ratio: ratioText, points: Self.pointsText(points),
        fix: Localized(
          "\(rule)的“\(ratioName)”写成“\(ratioText) × 100%”，与百分点数同一单位。",
          en: "write \(rule)'s \(ratioName) as '\(ratioText) × 100%', in percentage points."),
        ratio.range.start))
  }

  /// The scale of `expression`; indicators are followed to a bounded depth (a cycle among
  /// them is reported elsewhere).
  func scale(of expression: Expression, depth: Int = 0) -> NumberScale {
    guard depth < 16 else { return .other }
    switch expression.kind {
    case .number: return expression.percentMarked ? .percentPoints : .other
    case .name(let name):
      let base = name.hasPrefix("上年.") ? String(name.dropFirst(3)) : name
      if let input = checklist.inputs[base] {
        if case .percent = input.type { return .percentPoints }
        return .other
      }
      if let indicator = checklist.indicators[name] {
        return scale(of: indicator.formula, depth: depth + 1)
      }
      return .other
    case .unary("-", let operand): return scale(of: operand, depth: depth + 1)
    case .binary(let op, let left, let right):
      let l = scale(of: left, depth: depth + 1)
      let r = scale(of: right, depth: depth + 1)
      switch op {
      case "/":
        // A count over a count; not a figure halved (`总分 ÷ 2`).
        if l == .other, r == .other, !Self.isLiteral(right), !Self.isLiteral(left) { return .ratio }
        // `实际比率 ÷ 标准比率`: percentage points over percentage points is a ratio (0.9).
        if l == .percentPoints, r == .percentPoints { return .ratio }
        if l == .percentPoints, r == .other { return .percentPoints }
        return .other
      case "*":
        if l == .ratio, Self.isHundred(right) { return .percentPoints }
        if r == .ratio, Self.isHundred(left) { return .percentPoints }
        return .other
      case "+", "-":
        return l == r ? l : .other
      default: return .other
      }
    case .call(let name, let arguments) where ["最小", "最大", "若"].contains(name):
      let values = (name == "若" ? Array(arguments.dropFirst()) : arguments).map {
        scale(of: $0.value, depth: depth + 1)
      }
      guard let first = values.first, values.allSatisfy({ $0 == first }) else { return .other }
      return first
    default: return .other
    }
  }

  private static func isLiteral(_ expression: Expression) -> Bool {
    if case .number = expression.kind { return true }
    return false
  }

  /// `100` or `100%`, which turn a ratio into percentage points.
  private static func isHundred(_ expression: Expression) -> Bool {
    if case .number(let value) = expression.kind { return value == 100 }
    return false
  }

  /// `(辍学人数 ÷ 在校生)` as the clerk wrote it, without the outer brackets.
  private static func unbracketed(_ text: String) -> String {
    guard text.hasPrefix("("), text.hasSuffix(")") else { return text }
    return String(text.dropFirst().dropLast())
  }
}
