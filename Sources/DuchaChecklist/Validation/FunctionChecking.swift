import Foundation

extension Validator {
  /// Checks a formula function call (`最大`, `四舍五入`, `选中数`, `全体平均` …) and gives its type.
  mutating func inferCall(
    _ name: String, _ arguments: [CallArgument], _ call: Expression, allowTotal: Bool
  ) -> ValueType {
    let what = Localized("“\(name)”的参数", en: "arguments of '\(name)'")
    func arity(_ allowed: ClosedRange<Int>, _ form: String) -> Bool {
      guard allowed.contains(arguments.count) else {
        error(
          "E305", call.range,
          Localized(
            "“\(name)”的参数个数不对（写了 \(arguments.count) 个）。",
            en:
              "'\(name)' takes \(allowed.lowerBound)–\(allowed.upperBound) arguments, not \(arguments.count)."
          ),
          fix: Localized("写成“\(form)”。", en: "write '\(form)'."))
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
    if FormulaFunctions.rounding.contains(name) {
      guard arity(1...2, "\(name)(x, 位数)") else { return .unknown }
      expect(arguments[0].value, .number, what, allowTotal: allowTotal)
      if arguments.count == 2 {
        let places = BoundArguments(values: ["x": arguments[1].value]).literal("x")
        if places.map({ $0 < 0 || $0 > 10 || $0 != ScoreFormat.round($0, places: 0) }) ?? true {
          error(
            "E304", arguments[1].value.range,
            Localized(
              "“\(name)”的位数应当是 0 到 10 的整数，这里写的是“\(arguments[1].value)”。",
              en:
                "the places of '\(name)' must be a whole number 0–10, not '\(arguments[1].value)'."),
            fix: Localized(
              "保留两位小数写“\(name)(x, 2)”，到整数（到整人）写“\(name)(x)”。",
              en: "two decimals: \(name)(x, 2); whole numbers: \(name)(x)."))
        }
      }
      return .number
    }
    if name == FormulaFunctions.count {
      guard arity(1...1, "选中数(多选录入项)") else { return .unknown }
      if infer(arguments[0].value, allowTotal: allowTotal) != .multiple {
        error(
          "E304", arguments[0].value.range,
          Localized(
            "“选中数”数的是一个多选录入项里勾了几项，“\(arguments[0].value)”不是多选。",
            en: "选中数 counts the ticked entries of a 多选 input; '\(arguments[0].value)' is not one."),
          fix: Localized(
            "写成“选中数(已有计划)”，其中“已有计划”是“多选 名单 …”录入项。",
            en: "write 选中数(<a 多选 input>)."))
      }
      return .number
    }
    if FormulaFunctions.cohort.contains(name) {
      guard arity(1...1, "\(name)(x)") else { return .unknown }
      expect(arguments[0].value, .number, what, allowTotal: allowTotal)
      if arguments[0].value.usesCohort(checklist) {
        error(
          "E304", arguments[0].value.range,
          Localized(
            "“\(name)”里面不能再用全体数值（全体平均、全体合计……）。",
            en: "'\(name)' cannot contain another value across the batch."),
          fix: Localized(
            "对每个单位自己的数求“\(name)”，如“\(name)(普及率)”。",
            en: "apply \(name) to each unit's own figure, e.g. \(name)(普及率)."))
      }
      return .number
    }
    error(
      "E305", call.range,
      Localized("公式里不能用“\(name)(…)”。", en: "'\(name)(…)' cannot be used in a formula."),
      fix: Localized(
        "公式里可用的函数：\(FormulaFunctions.catalogue)；评分规则写在“规则”行。",
        en: "formulas may call \(FormulaFunctions.catalogue); rules go on 规则 lines."))
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
    error(
      "E304", value.range,
      Localized(
        "单选“\(input)”没有选项“\(label)”，这个条件永远不成立（选项：\(labels.joined(separator: "、"))）。",
        en:
          "the choice '\(input)' has no option '\(label)' (options: \(labels.joined(separator: ", ")))."
      ),
      fix: Localized(
        "写成它的一个选项，加不加引号都可以，如“\(input) = \(labels.first ?? "")”或“\(input) = \"\(labels.first ?? "")\"”。",
        en: "compare with one of its options, with or without quotes."))
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
