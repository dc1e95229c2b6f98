import Foundation

extension Validator {
  /// Checks every free-standing expression: indicator formulas, input defaults, `适用`.
  mutating func checkNames() {
    for indicator in tree.indicators {
      expect(indicator.formula, .number, Localized("指标公式", en: "an indicator formula"))
    }
    checkReferences()
    for item in itemSyntaxes {
      if let condition = item.applicability {
        expect(condition, .bool, Localized("“适用”条件", en: "an applicability condition"))
      }
      for input in item.inputs {
        guard let fallback = input.defaultValue, let declared = checklist.inputs[input.name] else {
          continue
        }
        let expected = ValueType(declared.type)
        expect(
          fallback, expected,
          Localized("录入项“\(input.name)”的默认值", en: "the default of '\(input.name)'"))
      }
    }
  }

  /// Reports when `expression` is not of type `expected`.
  mutating func expect(
    _ expression: Expression, _ expected: ValueType, _ describe: @autoclosure () -> Localized,
    allowTotal: Bool = false
  ) {
    let actual = infer(expression, allowTotal: allowTotal)
    guard actual != .unknown, actual != expected else { return }
    // Described only for a message: building the words for every argument was a visible
    // share of validation.
    let what = describe()
    report(
      ValidationErrors.wrongType(
        whatZh: "\(what.zh)", expectedType: "\(expected.name.zh)", expression: "\(expression)",
        actualType: "\(actual.name.zh)", whatEn: "\(what.en)",
        expectedTypeEn: "\(expected.name.en)",
        actualTypeEn: "\(actual.name.en)",
        fix: Localized(
          expected == .bool ? "写成条件，如“非 有联动机制”“次数 < 4”。" : "换成与之相符的录入项或公式。",
          en: expected == .bool
            ? "write a condition such as '非 有联动机制' or '次数 < 4'."
            : "use an input or formula of the right type."), expression.range.start))
  }

  /// Infers the type of `expression`, reporting undefined names and operator misuse.
  mutating func infer(_ expression: Expression, allowTotal: Bool = false) -> ValueType {
    switch expression.kind {
    case .number: return .number
    case .text, .date: return .text
    case .boolean: return .bool
    case .name(let name): return nameType(name, expression.range, allowTotal: allowTotal)
    case .unary(let op, let operand):
      let type: ValueType = InertText.equal(op, "非") ? .bool : .number
      expect(
        operand, type, Localized("“\(op)”的运算对象", en: "the operand of '\(op)'"),
        allowTotal: allowTotal)
      return type
    case .binary(let op, let left, let right):
      switch op {
      case "且", "或":
        expect(
          left, .bool, Localized("“\(op)”两边", en: "both sides of '\(op)'"), allowTotal: allowTotal)
        expect(
          right, .bool, Localized("“\(op)”两边", en: "both sides of '\(op)'"), allowTotal: allowTotal)
        return .bool
      case "+", "-", "*", "/":
        expect(left, .number, Localized("算式", en: "arithmetic"), allowTotal: allowTotal)
        expect(right, .number, Localized("算式", en: "arithmetic"), allowTotal: allowTotal)
        return .number
      default:
        let a = infer(left, allowTotal: allowTotal)
        if a == .text, let labels = optionLabels(left) {
          checkOptionLabel(right, of: left, labels)
          return .bool
        }
        if case .name = right.kind, a == .text {
          return .bool  // `宣传 = 仅有资料` compares with an option label.
        }
        // `执行情况 = 一般` where the line of 执行情况 has its own error (`执行好=8-10`): its
        // options are unknown, so 一般 is not called undefined as well.
        if a == .unknown, case .name = right.kind, let name = left.name,
          inputsWithErrors.contains(name)
        {
          return .bool
        }
        let b = infer(right, allowTotal: allowTotal)
        if a != .unknown, b != .unknown, a != b {
          report(
            ValidationErrors.mismatchedComparison(
              expression: "\(expression)", leftType: "\(a.name.zh)", rightType: "\(b.name.zh)",
              leftTypeEn: "\(a.name.en)", rightTypeEn: "\(b.name.en)", expression.range.start))
        } else if a == .number, b == .number {
          checkPercentScale(op, left, right, expression.range.start)
        }
        return .bool
      }
    case .call("若", let arguments) where arguments.count == 3:
      expect(
        arguments[0].value, .bool, Localized("“若”的条件", en: "the condition of '若'"),
        allowTotal: allowTotal)
      let then = infer(arguments[1].value, allowTotal: allowTotal)
      let otherwise = infer(arguments[2].value, allowTotal: allowTotal)
      if then != .unknown, otherwise != .unknown, then != otherwise {
        report(
          ValidationErrors.mismatchedBranches(
            thenType: "\(then.name.zh)", elseType: "\(otherwise.name.zh)", expression.range.start))
      }
      return then
    case .call(let name, let arguments):
      return inferCall(name, arguments, expression, allowTotal: allowTotal)
    case .list: return .multiple
    case .pair: return .unknown
    }
  }

  private mutating func nameType(_ name: String, _ range: SourceRange, allowTotal: Bool)
    -> ValueType
  {
    // `InertText.equal` is `==` (and `Stage(rawValue:)`) without normalizing Chinese names.
    if Stage.allCases.contains(where: { InertText.equal(name, $0.rawValue) }) { return .bool }
    if allowTotal, InertText.equal(name, "总分") {
      guard checklist.kind == .scoring else {
        report(ValidationErrors.noTotalInVerificationList(range.start))
        return .unknown
      }
      return .number
    }
    if allowItemPoints, InertText.equal(name, "分值") { return .number }
    if allowTotal, earlierResults.contains(name) { return .number }
    if allowTotal, allResults.contains(name) {
      report(ValidationErrors.laterResult(name: "\(name)", range.start))
      return .unknown
    }
    if allowTotal, InertText.hasPrefix(name, "判定."),
      checklist.verdictLabels.contains(String(name.dropFirst(3)))
    {
      return .number
    }
    if let input = checklist.inputs[name] { return ValueType(input.type) }
    if checklist.indicators[name] != nil || checklist.yearTargets[name] != nil { return .number }
    // Looked up in the inputs as needed: a set of every input name built for each name read
    // made validation quadratic in the size of the checklist.
    if Figures.isKnown(name, isInput: { checklist.inputs[$0] != nil }) { return .number }
    // `宣传 = 一般 或 差`: the clerk wrote the form's “一般或差” and the second option stands
    // alone. Saying it is undefined sends them to declare it; say whose option it is instead.
    if let owner = choiceOwning(label: name) {
      report(
        ValidationErrors.loneOptionLabel(
          label: "\(name)", input: "\(owner.name)", other: "\(owner.other)", range.start))
      return .unknown
    }
    let candidates =
      Array(checklist.inputs.keys) + Array(checklist.indicators.keys)
      + Array(checklist.yearTargets.keys)
      + Figures.all + checklist.inputs.keys.map { "上年.\($0)" }
      + (allowTotal && checklist.kind == .scoring ? ["总分"] : [])
      + (allowTotal ? checklist.verdictLabels.map { "判定.\($0)" } : [])
    undefined(name, range, kind: Localized("名称", en: "name"), candidates: candidates)
    return .unknown
  }

  /// The first 单选 input (in text order) one of whose options is `label`, with another of its
  /// options for the example in the message.
  private func choiceOwning(label: String) -> (name: String, other: String)? {
    var found: (input: Input, other: String)?
    for input in checklist.inputs.values {
      guard case .choice(let options) = input.type,
        options.contains(where: { InertText.equal($0.label, label) }),
        found.map({ input.location < $0.input.location }) ?? true
      else { continue }
      let other = options.first { !InertText.equal($0.label, label) }?.label ?? label
      found = (input, other)
    }
    return found.map { ($0.input.name, $0.other) }
  }
}
