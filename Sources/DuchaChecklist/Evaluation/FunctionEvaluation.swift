import Foundation

extension ExpressionEvaluator {
  /// Rounding, 选中数 and the values across the batch.
  func function(
    _ name: String, _ arguments: [CallArgument], _ whole: Expression
  ) throws(EvaluationProblem) -> Value {
    if FormulaFunctions.rounding.contains(name), let first = arguments.first {
      let places = arguments.count > 1 ? try number(arguments[1].value) : 0
      let mode: NSDecimalNumber.RoundingMode =
        name == "向上取整" ? .up : name == "向下取整" ? .down : .plain
      var input = try number(first.value)
      var result = Decimal()
      NSDecimalRound(&result, &input, NSDecimalNumber(decimal: places).intValue, mode)
      return .number(result)
    }
    if name == FormulaFunctions.root, arguments.count == 2 {
      let radicand = try number(arguments[0].value)
      guard radicand >= 0 else { throw .negativeRoot(whole.description) }
      let places = try number(arguments[1].value)
      return .number(Self.squareRoot(radicand, places: NSDecimalNumber(decimal: places).intValue))
    }
    if name == FormulaFunctions.count, let first = arguments.first {
      guard case .multiple(let chosen) = try evaluate(first.value) else {
        throw .typeMismatch(whole.description)
      }
      return .number(Decimal(Set(chosen).count))
    }
    if FormulaFunctions.cohort.contains(name), let first = arguments.first {
      let values = try batchValues(first.value)
      switch name {
      case "全体合计": return .number(values.reduce(0, +))
      case "全体最高": return .number(values.max() ?? 0)
      case "全体最低": return .number(values.min() ?? 0)
      default: return .number(values.reduce(0, +) / Decimal(values.count))
      }
    }
    throw .typeMismatch(whole.description)
  }

  /// √x rounded half up to `places` decimals. Newton's steps in `Decimal` (38 digits) from the
  /// `Double` root settle far below the tenth place the validator allows, so the rounding sees
  /// the true digits; a whole square (√4) comes out exact.
  static func squareRoot(_ x: Decimal, places: Int) -> Decimal {
    guard x > 0 else { return 0 }
    var guess = Decimal(NSDecimalNumber(decimal: x).doubleValue.squareRoot())
    for _ in 0..<6 where guess > 0 {
      guess = (guess + x / guess) / 2
    }
    var result = Decimal()
    NSDecimalRound(&result, &guess, places, .plain)
    return result
  }

  /// This unit's value of `expression` and every other unit's in the batch; 待全体 until the
  /// batch is complete (the summary supplies the others).
  func batchValues(_ expression: Expression) throws(EvaluationProblem) -> [Decimal] {
    let mine = try number(expression)
    guard let others = context.cohort[expression.description] else {
      throw .awaitingCohort(expression.description)
    }
    return [mine] + others
  }

  /// `步长 0.1` with 范围 0..1: 1, 0.9, 0.8 … are accepted; 0.55 is refused, not rounded.
  func checkStep(_ input: Input, _ value: AnswerValue) throws(EvaluationProblem) {
    guard case .number(let number) = value, let problem = Checklist.stepProblem(input, number)
    else { return }
    throw .refused(problem)
  }

}
