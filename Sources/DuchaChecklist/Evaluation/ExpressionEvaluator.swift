import Foundation

/// A value an expression evaluates to.
public enum Value: Sendable, Equatable {
  /// A number.
  case number(Decimal)
  /// 是 / 否.
  case bool(Bool)
  /// Text or a chosen option's label.
  case text(String)
  /// Chosen entries of a 多选.
  case multiple([String])
  /// Statuses of a 核验.
  case verification([String: VerificationStatus])
}

/// Why an expression has no value yet, or none at all.
public enum EvaluationProblem: Error, Sendable, Equatable {
  /// An input or figure has not been recorded.
  case missing(String)
  /// A formula divides by zero: the formula, and the divisor as written (`在校生`).
  case divisionByZero(String, divisor: String)
  /// `平方根` of a negative number (a difference written the wrong way round, or bad figures).
  case negativeRoot(String)
  /// A year target has no value for the inspection year (or no year was given).
  case noTarget(name: String, year: Int?)
  /// Cohort ranking needs every unit of the cohort.
  case awaitingCohort(String)
  /// The value has the wrong type (the validator prevents this for checked files).
  case typeMismatch(String)
  /// A recorded value the rule refuses, such as a score outside the chosen band.
  case refused(Localized)

  /// What to tell the inspector.
  public var message: Localized {
    switch self {
    // The same text for every unit of a summary: made once (`MissingMessages`).
    case .missing(let name): MissingMessages.shared.message(for: name)
    // Says which figure is 0 and what to do: a mistyped figure is corrected; a true 0 (a
    // 教学点 with no pupils this year) leaves the item unscored, which a note should explain.
    case .divisionByZero(let formula, let divisor):
      Localized(
        "分母为 0：\(formula)（\(divisor) = 0）。请核对“\(divisor)”：录错了就改正；确实为 0 的，本项无法按公式计分，请在备注里写明。",
        en:
          "division by zero: \(formula) (\(divisor) = 0). Check '\(divisor)': correct it if mistyped; if it is truly 0 the item cannot be scored by its formula, so say why in a note."
      )
    case .negativeRoot(let formula):
      Localized("负数不能开平方：\(formula)", en: "square root of a negative number: \(formula)")
    case .noTarget(let name, let year):
      year.map { Localized("\(name) 没有 \($0) 年的目标", en: "\(name) has no target for \($0)") }
        ?? Localized("\(name) 需要考核年度", en: "\(name) needs the inspection year")
    case .awaitingCohort(let name):
      Localized("\(name) 需全部单位检查完后排名", en: "\(name) is ranked once every unit is in")
    case .typeMismatch(let what): Localized("类型不符：\(what)", en: "type mismatch: \(what)")
    case .refused(let why): why
    }
  }
}

/// Evaluates formulas and conditions against answers, figures and the context.
public struct ExpressionEvaluator: Sendable {
  /// The checklist whose names are resolved.
  public let checklist: Checklist
  /// The recorded answers.
  public let answers: Answers
  /// Stages, year and cohort.
  public let context: EvaluationContext
  /// `总分`, available to form-level outcomes only.
  public var total: Decimal?
  /// `分值`: the points of the item whose rule is being applied.
  public var itemPoints: Decimal?
  /// `核验.未核验`, looked up once: every scored item asks for it (`verificationCaveat`), and
  /// each lookup hashed the Chinese name through its NFC form, about 2,000 instructions.
  let unverifiedEntries: Decimal?

  /// Creates an evaluator.
  public init(
    checklist: Checklist, answers: Answers, context: EvaluationContext, total: Decimal? = nil
  ) {
    self.checklist = checklist
    self.answers = answers
    self.context = context
    self.total = total
    self.unverifiedEntries = answers.figures["核验.未核验"]
  }

  /// Evaluates to any value.
  public func evaluate(_ expression: Expression) throws(EvaluationProblem) -> Value {
    switch expression.kind {
    case .number(let value): return .number(value)
    case .text(let text): return .text(text)
    case .boolean(let value): return .bool(value)
    case .date(let text): return .text(text)
    case .name(let name): return try resolve(name)
    case .unary(let op, let operand):
      if op == "-" { return .number(-(try number(operand))) }
      if op == "%" { return .number(try number(operand)) }
      return .bool(!(try bool(operand)))
    case .binary(let op, let left, let right): return try binary(op, left, right, expression)
    case .call(let name, let arguments): return try call(name, arguments, expression)
    case .list(let elements):
      return .multiple(try elements.map { element throws(EvaluationProblem) in try text(element) })
    case .pair: throw .typeMismatch(expression.description)
    }
  }

  /// Evaluates to a number.
  public func number(_ expression: Expression) throws(EvaluationProblem) -> Decimal {
    guard case .number(let value) = try evaluate(expression) else {
      throw .typeMismatch(expression.description)
    }
    return value
  }

  /// Evaluates to 是 / 否.
  public func bool(_ expression: Expression) throws(EvaluationProblem) -> Bool {
    guard case .bool(let value) = try evaluate(expression) else {
      throw .typeMismatch(expression.description)
    }
    return value
  }

  private func text(_ expression: Expression) throws(EvaluationProblem) -> String {
    if let name = expression.name, !isDefined(name) { return name }
    switch try evaluate(expression) {
    case .text(let text): return text
    case .number(let value): return ScoreFormat.string(value)
    default: throw .typeMismatch(expression.description)
    }
  }

  func isDefined(_ name: String) -> Bool {
    checklist.entry(name) != nil || name.contains(".")
      || ["小学", "初中", "总分", "分值"].contains(name)
  }

  /// Resolves a name: context words, inputs (answer, else default), indicators, year
  /// targets, then figures.
  public func resolve(_ name: String) throws(EvaluationProblem) -> Value {
    // The context words are two ideographs each (six UTF-8 bytes, as any text canonically
    // equal to them): other names skip the three Unicode-aware comparisons, which were a
    // third of this function's instructions in a summary (callgrind).
    if name.utf8.count == 6 {
      if let stage = Stage(rawValue: name) { return .bool(context.stages.contains(stage)) }
      if let total, name == "总分" { return .number(total) }
      if let itemPoints, name == "分值" { return .number(itemPoints) }
    }
    // Inputs, then indicators, then year targets, in one lookup (`NameTable`).
    switch checklist.entry(name) {
    case .input(let input)?:
      if let answer = answers.values[name] {
        try checkStep(input, answer.value)
        return Self.value(of: answer.value)
      }
      guard let fallback = input.defaultValue else { throw .missing(name) }
      do {
        return try evaluate(fallback)
      } catch .missing {
        throw .missing(name)
      }
    case .indicator(let indicator)?: return try evaluate(indicator.formula)
    case .yearTarget(let targets)?:
      guard let year = context.year, let value = targets[year] else {
        throw .noTarget(name: name, year: context.year)
      }
      return .number(value)
    case nil: break
    }
    if let figure = answers.figures[name] { return .number(figure) }
    if let parts = Figures.composites[name] {
      var sum = Decimal(0)
      for part in parts {
        guard let value = answers.figures[part] else { throw .missing(name) }
        sum += value
      }
      return .number(sum)
    }
    throw .missing(name)
  }

  /// The value an answer stands for in formulas.
  public static func value(of answer: AnswerValue) -> Value {
    switch answer {
    case .number(let value): .number(value)
    case .bool(let value): .bool(value)
    case .choice(let label): .text(label)
    case .multiple(let entries): .multiple(entries)
    case .date(let text), .text(let text): .text(text)
    case .verification(let statuses): .verification(statuses)
    }
  }

  private func binary(
    _ op: String, _ left: Expression, _ right: Expression, _ whole: Expression
  ) throws(EvaluationProblem) -> Value {
    switch op {
    // 且/或 short-circuit so that a condition about one stage need not have the other's inputs.
    case "且":
      guard try bool(left) else { return .bool(false) }
      return .bool(try bool(right))
    case "或":
      if try bool(left) { return .bool(true) }
      return .bool(try bool(right))
    case "+": return .number(DecimalMath.sum(try number(left), try number(right)))
    case "-": return .number(DecimalMath.difference(try number(left), try number(right)))
    case "*": return .number(DecimalMath.product(try number(left), try number(right)))
    case "/":
      let divisor = try number(right)
      guard divisor != 0 else {
        throw .divisionByZero(whole.description, divisor: right.description)
      }
      return .number(DecimalMath.quotient(try number(left), divisor))
    default:
      let lhs = try evaluate(left)
      // `执行 = 执行好`: a bare word that names nothing is an option label.
      let rhs: Value =
        if let word = right.name, !isDefined(word) { .text(word) } else { try evaluate(right) }
      switch (lhs, rhs) {
      case (.number(let a), .number(let b)): return .bool(Self.compare(op, a, b))
      default:
        let equal = lhs == rhs
        guard op == "=" || op == "!=" else { throw .typeMismatch(whole.description) }
        return .bool(op == "=" ? equal : !equal)
      }
    }
  }

  private static func compare(_ op: String, _ a: Decimal, _ b: Decimal) -> Bool {
    // Two short values compare as integers (`DecimalMath`); the rest as Foundation compares.
    if let order = DecimalMath.order(a, b) {
      switch op {
      case "=": return order == 0
      case "!=": return order != 0
      case "<": return order < 0
      case "<=": return order <= 0
      case ">": return order > 0
      default: return order >= 0
      }
    }
    return switch op {
    case "=": a == b
    case "!=": a != b
    case "<": a < b
    case "<=": a <= b
    case ">": a > b
    default: a >= b
    }
  }

  private func call(
    _ name: String, _ arguments: [CallArgument], _ whole: Expression
  ) throws(EvaluationProblem) -> Value {
    // 若 evaluates only the branch it takes, so the other branch's inputs may be missing.
    if name == "若", arguments.count == 3 {
      return try evaluate(try bool(arguments[0].value) ? arguments[1].value : arguments[2].value)
    }
    if !FormulaFunctions.arithmetic.contains(name) {
      return try function(name, arguments, whole)
    }
    let values = try arguments.map { argument throws(EvaluationProblem) in
      try number(argument.value)
    }
    switch (name, values.min(), values.max(), values.first) {
    case ("最小", let smallest?, _, _): return .number(smallest)
    case ("最大", _, let largest?, _): return .number(largest)
    case ("绝对值", _, _, let only?) where values.count == 1: return .number(abs(only))
    default: throw .typeMismatch(whole.description)
    }
  }
}
