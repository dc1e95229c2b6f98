import Foundation

extension Validator {
  /// Checks a formula function call (`最大`, `四舍五入`, `选中数`, `全体平均` …) and gives its type.
  mutating func inferCall(
    _ name: String, _ arguments: [CallArgument], _ call: Expression, allowTotal: Bool
  ) -> ValueType {
    let what = Localized("“\(name)”的参数", en: "arguments of '\(name)'")
    func arity(_ allowed: ClosedRange<Int>, _ form: String) -> Bool {
      guard allowed.contains(arguments.count) else {
        report(
          ValidationErrors.wrongArgumentCount(
            name: "\(name)", argumentsCount: "\(arguments.count)",
            allowedLowerBound: "\(allowed.lowerBound)", allowedUpperBound: "\(allowed.upperBound)",
            form: "\(form)", call.range.start))
        return false
      }
      return true
    }
    if FormulaFunctions.arithmetic.contains(name) {
      guard arity(name == "绝对值" ? 1...1 : 1...100, name == "绝对值" ? "绝对值(x)" : "\(name)(a, b, …)")
      else { return .unknown }
      for argument in arguments { expect(argument.value, .number, what, allowTotal: allowTotal) }
      return .number
    }
    if FormulaFunctions.rounding.contains(name) || name == FormulaFunctions.root {
      // 平方根 has no default: a root to whole numbers would silently lose what 差异系数 needs.
      let allowed = name == FormulaFunctions.root ? 2...2 : 1...2
      guard arity(allowed, "\(name)(x, 位数)") else { return .unknown }
      expect(arguments[0].value, .number, what, allowTotal: allowTotal)
      if arguments.count == 2 {
        let places = BoundArguments.literal(arguments[1].value)
        if places.map({ $0 < 0 || $0 > 10 || $0 != ScoreFormat.round($0, places: 0) }) ?? true {
          report(
            ValidationErrors.badRoundingPlaces(
              name: "\(name)", places: "\(arguments[1].value)", arguments[1].value.range.start))
        }
      }
      return .number
    }
    if name == FormulaFunctions.count {
      guard arity(1...1, "选中数(多选录入项)") else { return .unknown }
      if infer(arguments[0].value, allowTotal: allowTotal) != .multiple {
        report(
          ValidationErrors.tickedCountNeedsMultiple(
            argument: "\(arguments[0].value)", arguments[0].value.range.start))
      }
      return .number
    }
    if FormulaFunctions.cohort.contains(name) {
      guard arity(1...1, "\(name)(x)") else { return .unknown }
      expect(arguments[0].value, .number, what, allowTotal: allowTotal)
      if arguments[0].value.usesCohort(checklist) {
        report(
          ValidationErrors.nestedBatchValue(
            name: "\(name)", arguments[0].value.range.start))
      }
      return .number
    }
    if name == "若" {
      // 若 with three arguments is read as a conditional of its own; `若(入学率 < 99)` with
      // one came here and was told 若 is no formula function, beside a list that names it.
      _ = arity(3...3, "若(条件, 是时, 否时)")
      return .unknown
    }
    report(ValidationErrors.functionNotInFormula(name: "\(name)", call.range.start))
    return .unknown
  }

  /// The option labels of a 单选 input named by `expression`, if it is one.
  func optionLabels(_ expression: Expression) -> [String]? {
    guard let name = expression.name, case .choice(let options) = checklist.inputs[name]?.type
    else { return nil }
    return options.map(\.label)
  }

  /// `执行 = 执行好` and `执行 = "执行好"` compare with an option label; any other word is a
  /// mistake the clerk would otherwise only find as a condition that is never true.
  mutating func checkOptionLabel(_ value: Expression, of input: Expression, _ labels: [String]) {
    let label: String
    switch value.kind {
    case .name(let word) where checklist.inputs[word] == nil: label = word
    case .text(let text): label = text
    default:
      _ = infer(value)
      return
    }
    guard !labels.contains(label) else { return }
    report(
      ValidationErrors.noSuchOption(
        input: "\(input)", label: "\(label)", labels: "\(labels.joined(separator: "、"))",
        labelsEn: "\(labels.joined(separator: ", "))", labelsFirst: "\(labels.first ?? "")",
        value.range.start))
  }
}

extension Expression {
  /// Whether the expression (through indicators) reads a value across the batch.
  func usesCohort(_ checklist: Checklist, depth: Int = 0) -> Bool {
    // Indicator chains are bounded by E309; this bound keeps a cyclic chain (reported as
    // E303 later) from recursing for ever.
    guard depth < 400 else { return false }
    switch kind {
    case .call(let name, let arguments):
      return FormulaFunctions.cohort.contains(name)
        || arguments.contains { $0.value.usesCohort(checklist, depth: depth + 1) }
    case .name(let name):
      return checklist.indicators[name]?.formula.usesCohort(checklist, depth: depth + 1) ?? false
    case .unary(_, let operand): return operand.usesCohort(checklist, depth: depth + 1)
    case .binary(_, let left, let right):
      return left.usesCohort(checklist, depth: depth + 1)
        || right.usesCohort(checklist, depth: depth + 1)
    case .list(let elements):
      return elements.contains { $0.usesCohort(checklist, depth: depth + 1) }
    case .pair(_, let value): return value.usesCohort(checklist, depth: depth + 1)
    case .number, .text, .boolean, .date: return false
    }
  }
}
