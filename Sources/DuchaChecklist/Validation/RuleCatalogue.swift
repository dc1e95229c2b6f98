import Foundation

/// The rules and form-level results the language knows, with their parameters.
///
/// CallArgument checking is driven by these signatures, so each rule's messages come from one
/// place and a new rule is one entry here plus its evaluation.
enum RuleCatalogue {
  enum ParameterKind {
    case number  // a number-valued formula
    case condition  // a yes/no condition
    case literal  // a plain number
    case text  // quoted text
    case input(String)  // the name of an input of this type keyword
    case order  // 由高到低 / 由低到高
    case bands  // [20%=20, …]
    case rounding  // 按比例 / 向上 / 向下
    case word  // a bare name (换算's result name)
    case steps  // [100=10, 80=8, …]: thresholds and scores
    case points  // [10, 8, 6, 4]: points by rank position
    case label  // a verdict word: 达标, 一致 …
    case input2([String])  // the name of an input of one of these type keywords
    case wording  // a formula giving text: "通过评估", 若(…, "…", "…")
    case levels  // [A=条件, B=条件]: verdict words with their conditions
  }

  struct Parameter {
    var name: String
    var kind: ParameterKind
    var required: Bool
  }

  struct Signature {
    var name: String
    var parameters: [Parameter]
    /// How many leading parameters may be given without a name.
    var positional: Int
    var example: String
  }

  static func p(_ name: String, _ kind: ParameterKind, _ required: Bool = true) -> Parameter {
    Parameter(name: name, kind: kind, required: required)
  }

  static let gap = [p("每", .literal, false), p("扣", .literal), p("取整", .rounding, false)]

  static let rules: [String: Signature] = [
    "每例扣分": Signature(
      name: "每例扣分", parameters: [p("计数", .number), p("每例", .literal), p("最多", .literal, false)],
      positional: 1, example: "每例扣分(不一致人数, 每例=0.5)"),
    "缺项扣分": Signature(
      name: "缺项扣分",
      parameters: [
        p("录入", .input2(["多选", "核验"])), p("每缺", .literal, false), p("每不全", .literal, false),
      ],
      positional: 1,
      example: "缺项扣分(已建制度, 每缺=0.5)"),
    "不足扣分": Signature(
      name: "不足扣分",
      parameters: [p("值", .number), p("最低", .number), p("每少", .literal, false), p("扣", .literal)],
      positional: 1, example: "不足扣分(专题会议次数, 最低=4, 每少=1, 扣=0.5)"),
    "条件扣分": Signature(
      name: "条件扣分", parameters: [p("条件", .condition), p("扣", .number), p("理由", .text, false)],
      positional: 1, example: "条件扣分(非 有联动机制, 扣=1, 理由=\"未建立联动机制\")"),
    "差距扣分": Signature(
      name: "差距扣分", parameters: [p("值", .number), p("目标", .number)] + gap, positional: 1,
      example: "差距扣分(入学率, 目标=100, 每=1, 扣=1)"),
    "超出扣分": Signature(
      name: "超出扣分", parameters: [p("值", .number), p("上限", .number)] + gap, positional: 1,
      example: "超出扣分(辍学率, 上限=0.5, 每=0.1, 扣=0.1)"),
    "偏差扣分": Signature(
      name: "偏差扣分", parameters: [p("值", .number), p("目标", .number)] + gap, positional: 1,
      example: "偏差扣分(班级比率, 目标=100, 每=1, 扣=1)"),
    "酌情扣分": Signature(
      name: "酌情扣分", parameters: [p("录入", .input("酌情"))], positional: 1, example: "酌情扣分(执行扣分)"),
    "按比例": Signature(
      name: "按比例", parameters: [p("值", .number), p("标准", .number, false)], positional: 1,
      example: "按比例(经费达标率, 标准=100)"),
    "档次": Signature(
      name: "档次", parameters: [p("录入", .input("单选"))], positional: 1, example: "档次(宣传)"),
    "酌情赋分": Signature(
      name: "酌情赋分", parameters: [p("录入", .input("酌情"))], positional: 1, example: "酌情赋分(比率得分)"),
    "比上年": Signature(
      name: "比上年",
      parameters: [
        p("本年", .number), p("上年", .number), p("提高", .literal, false), p("持平", .literal, false),
        p("下降", .literal, false),
      ], positional: 2, example: "比上年(入学率, 上年入学率, 提高=1.5, 持平=0.5, 下降=0)"),
    "排名分档": Signature(
      name: "排名分档", parameters: [p("值", .number), p("顺序", .order, false), p("档", .bands)],
      positional: 1, example: "排名分档(报考率, 顺序=由高到低, 档=[20%=20, 30%=16, 30%=12, 20%=8])"),
    "公式赋分": Signature(
      name: "公式赋分", parameters: [p("公式", .number)], positional: 1,
      example: "公式赋分(分值 × 实际比率 ÷ 标准比率)"),
    "分段赋分": Signature(
      name: "分段赋分",
      parameters: [
        p("值", .number), p("段", .steps), p("其余", .number, false), p("顺序", .order, false),
      ], positional: 1, example: "分段赋分(达成率, 段=[100=分值, 80=分值 × 0.8, 60=分值 × 0.5], 其余=0)"),
    "分段扣分": Signature(
      name: "分段扣分",
      parameters: [
        p("值", .number), p("段", .steps), p("其余", .number, false), p("顺序", .order, false),
      ], positional: 1, example: "分段扣分(人均面积, 段=[1.5=0, 1.4=1, 1.2=2, 1=3], 其余=分值)"),
    "档内评分": Signature(
      name: "档内评分",
      parameters: [
        p("档次", .input("单选")), p("分数", .input2(["酌情", "数值"]), false), p("乘", .number, false),
      ], positional: 2, example: "档内评分(执行情况, 执行得分)"),
    "名次分": Signature(
      name: "名次分",
      parameters: [
        p("值", .number), p("顺序", .order, false), p("分", .points), p("仅低于", .number, false),
        p("仅高于", .number, false), p("其余", .number, false),
      ], positional: 1, example: "名次分(辍学率, 顺序=由低到高, 分=[10, 8, 6, 4])"),
    "判定": Signature(
      name: "判定",
      parameters: [
        p("条件", .condition, false), p("是", .label, false), p("否", .label, false),
        p("级", .levels, false), p("其余", .label, false),
      ],
      positional: 1, example: "判定(学籍人数 = 实际人数, 是=一致, 否=不一致)"),
    "得分折算": Signature(
      name: "得分折算",
      parameters: [p("条件", .condition), p("乘", .number), p("理由", .text, false)], positional: 1,
      example: "得分折算(非 其他符合要求, 乘=0.5, 理由=\"其他不符合要求，得分减半\")"),
    "不得分": Signature(
      name: "不得分", parameters: [p("条件", .condition), p("理由", .text, false)], positional: 1,
      example: "不得分(弄虚作假, 理由=\"存在弄虚作假\")"),
  ]

  static let outcomes: [String: Signature] = [
    "一票否决": Signature(
      name: "一票否决", parameters: [p("条件", .condition), p("理由", .text, false)], positional: 1,
      example: "一票否决(重大辍学事件, 理由=\"…\")"),
    "总分扣分": Signature(
      name: "总分扣分",
      parameters: [p("金额", .number), p("最多", .literal, false), p("理由", .text, false)],
      positional: 1, example: "总分扣分(巩固率差距, 最多=3, 理由=\"…\")"),
    "评定": Signature(
      name: "评定", parameters: [p("名称", .word), p("公式", .wording)], positional: 2,
      example: "评定(评估结论, 若(判定.达标 >= 30, \"通过评估\", \"不通过评估\"))"),
    "换算": Signature(
      name: "换算", parameters: [p("名称", .word), p("公式", .number), p("最多", .literal, false)],
      positional: 2, example: "换算(年终考核减分, 5 × (100 - 总分) / 100, 最多=5)"),
  ]
}

/// A required parameter found unbound while building a rule. `bind` reports every missing or
/// mistyped required argument and then returns nil, so a builder never sees one; if a signature
/// and its builder ever disagreed, the rule is left out instead of trapping.
struct UnboundArgument: Error {
  /// The parameter.
  let name: String
}

/// The arguments of one call, matched to a signature and type-checked.
struct BoundArguments {
  /// Each bound parameter's name and value, in binding order. A call has a handful, so a
  /// linear search with `InertText.equal` beats a `[String: Expression]`, whose every lookup
  /// hashed a Chinese name through Unicode normalization (most of binding a rule).
  private var pairs: [(name: String, value: Expression)] = []

  /// Every bound value by parameter name.
  var values: [String: Expression] {
    Dictionary(pairs.map { ($0.name, $0.value) }) { first, _ in first }
  }

  /// Binds `name` to `value`; the caller has checked that `name` is not bound yet.
  mutating func bind(_ name: String, to value: Expression) {
    pairs.append((name: name, value: value))
  }

  func expression(_ name: String) -> Expression? {
    pairs.first { InertText.equal($0.name, name) }?.value
  }

  /// The value of a required parameter.
  func required(_ name: String) throws(UnboundArgument) -> Expression {
    guard let value = expression(name) else { throw UnboundArgument(name: name) }
    return value
  }

  /// The number of a required literal parameter (`每例=0.5`).
  func requiredLiteral(_ name: String) throws(UnboundArgument) -> Decimal {
    guard let value = literal(name) else { throw UnboundArgument(name: name) }
    return value
  }

  /// The text or name of a required parameter (`录入=台账`).
  func requiredText(_ name: String) throws(UnboundArgument) -> String {
    guard let value = text(name) else { throw UnboundArgument(name: name) }
    return value
  }

  func literal(_ name: String) -> Decimal? {
    expression(name).flatMap(Self.literal)
  }

  /// The number `value` writes (`5`, `-0.5`), if it is one.
  static func literal(_ value: Expression) -> Decimal? {
    if case .number(let number) = value.kind { return number }
    if case .unary("-", let inner) = value.kind, case .number(let number) = inner.kind {
      return -number
    }
    return nil
  }

  func text(_ name: String) -> String? {
    expression(name).flatMap(Self.text)
  }

  /// The text or name `value` writes, if it is one.
  static func text(_ value: Expression) -> String? {
    switch value.kind {
    case .text(let text), .name(let text): return text
    default: return nil
    }
  }
}

extension Validator {
  /// Matches a call's arguments to its signature, reporting unknown, missing, repeated and
  /// mistyped arguments. Returns nil when the call cannot be used.
  mutating func bind(
    _ call: Expression, in catalogue: [String: RuleCatalogue.Signature], statement: String,
    allowTotal: Bool = false
  ) -> (RuleCatalogue.Signature, BoundArguments)? {
    guard case .call(let name, let arguments) = call.kind else { return nil }
    guard let signature = catalogue[name] else {
      // `规则 若(入学率 >= 99, 10, 0)`: a formula's function written where a rule goes.
      if FormulaFunctions.names.contains(name), catalogue["公式赋分"] != nil {
        report(ValidationErrors.functionAsRule(name: "\(name)", call.range.start))
        return nil
      }
      let names = catalogue.keys.sorted()
      let closest = names.min { editDistance($0, name) < editDistance($1, name) }
      let hint = closest.map { editDistance($0, name) <= 2 ? "是不是“\($0)”？" : "" } ?? ""
      report(
        ValidationErrors.unknownRuleOrResult(
          statement: "\(statement)", name: "\(name)", hint: "\(hint)",
          names: "\(names.joined(separator: "、"))", namesEn: "\(names.joined(separator: ", "))",
          call.range.start))
      return nil
    }
    var bound = BoundArguments()
    var ok = true
    var positionalIndex = 0
    // Built only for a message.
    func example() -> Localized {
      Localized("写法：\(signature.example)", en: "form: \(signature.example)")
    }
    for var argument in arguments {
      let parameter: RuleCatalogue.Parameter
      // `条件扣分(执行 = 执行好, 扣=1)`: a word that is no parameter of the rule, in a place a
      // positional argument may stand, is the left side of a comparison.
      if let label = argument.label,
        !signature.parameters.contains(where: { InertText.equal(label, $0.name) }),
        positionalIndex < signature.positional,
        bound.expression(signature.parameters[positionalIndex].name) == nil
      {
        let left = Expression(.name(label), argument.range)
        let comparison =
          argument.wholeReading ?? Expression(.binary("=", left, argument.value), argument.range)
        argument = CallArgument(label: nil, value: comparison, range: argument.range)
      }
      if let label = argument.label {
        guard let found = signature.parameters.first(where: { InertText.equal(label, $0.name) })
        else {
          let known = signature.parameters.map(\.name).joined(separator: "、")
          report(
            ValidationErrors.unknownParameter(
              name: "\(name)", label: "\(label)", known: "\(known)", fix: example(),
              argument.range.start))
          ok = false
          continue
        }
        parameter = found
      } else {
        guard positionalIndex < signature.positional else {
          // `每例扣分(人数, 每例=1, 扣完为止)`: the form's “扣完为止” copied as an argument.
          if ["扣完为止", "扣完即止", "扣完为止。"].contains(argument.value.name ?? "") {
            report(
              ValidationErrors.untilNothingLeft(
                name: "\(name)", capped: signature.parameters.contains { $0.name == "最多" },
                argument.range.start))
          } else {
            report(
              ValidationErrors.unnamedArgument(
                name: "\(name)",
                named: signature.parameters.dropFirst(signature.positional).map(\.name),
                fix: example(), argument.range.start))
          }
          ok = false
          continue
        }
        parameter = signature.parameters[positionalIndex]
        positionalIndex += 1
      }
      guard bound.expression(parameter.name) == nil else {
        report(
          ValidationErrors.parameterGivenTwice(
            name: "\(parameter.name)", fix: example(), argument.range.start))
        ok = false
        continue
      }
      if check(argument.value, parameter, rule: name, allowTotal: allowTotal) {
        bound.bind(parameter.name, to: argument.value)
      } else {
        ok = false
      }
    }
    for parameter in signature.parameters
    where parameter.required && bound.expression(parameter.name) == nil && ok {
      report(
        ValidationErrors.missingParameter(
          rule: "\(name)", parameter: "\(parameter.name)", fix: example(), call.range.start))
      ok = false
    }
    return ok ? (signature, bound) : nil
  }

  private mutating func check(
    _ value: Expression, _ parameter: RuleCatalogue.Parameter, rule: String, allowTotal: Bool
  ) -> Bool {
    let before = diagnostics.count
    // Built only for a message (see `expect`).
    func what() -> Localized {
      Localized(
        "“\(rule)”的参数“\(parameter.name)”", en: "parameter '\(parameter.name)' of '\(rule)'")
    }
    func mismatch(_ expected: Localized) {
      let what = what()
      report(
        ValidationErrors.wrongArgumentValue(
          whatZh: "\(what.zh)", expectedZh: "\(expected.zh)", value: "\(value)",
          whatEn: "\(what.en)", expectedEn: "\(expected.en)", value.range.start))
    }
    switch parameter.kind {
    case .number: expect(value, .number, what(), allowTotal: allowTotal)
    case .condition: expect(value, .bool, what(), allowTotal: allowTotal)
    case .literal:
      if BoundArguments.literal(value) == nil {
        mismatch(Localized("一个数", en: "a number"))
      }
    case .text:
      if case .text = value.kind {
      } else if let word = value.name {
        // `理由=不达标项两项以上`: the reason without its quotes; the line with them is the fix.
        report(
          ValidationErrors.unquotedText(
            parameter: parameter.name, word: word, what: what(), value.range.start))
      } else {
        mismatch(Localized("引号里的文字", en: "quoted text"))
      }
    case .word:
      if value.name == nil { mismatch(Localized("一个名称", en: "a name")) }
    case .order:
      if RankOrder(written: value.name ?? "") == nil {
        mismatch(Localized("“由高到低”或“由低到高”", en: "由高到低 or 由低到高"))
      }
    case .rounding:
      if StepRounding(rawValue: value.name ?? "") == nil {
        mismatch(Localized("“按比例”“向上”或“向下”", en: "按比例, 向上 or 向下"))
      }
    case .bands:
      if bands(value) == nil { return false }
    case .steps: break  // read with the rule's 顺序 when the rule is built
    case .wording: expect(value, .text, what(), allowTotal: allowTotal)
    case .levels: if verdictLevels(value) == nil { return false }
    case .points:
      if rankPoints(value) == nil { return false }
    case .label:
      if value.name == nil, BoundArguments.text(value) == nil {
        mismatch(Localized("一个词，如“达标”“一致”", en: "a word such as 达标 or 一致"))
      }
    case .input2(let types):
      guard let name = value.name, let input = checklist.inputs[name] else {
        if let name = value.name {
          undefined(
            name, value.range, kind: Localized("录入项", en: "input"),
            candidates: Array(checklist.inputs.keys))
        } else {
          mismatch(Localized("一个录入项的名称", en: "the name of an input"))
        }
        return false
      }
      if !types.contains(input.type.keyword) {
        mismatch(
          Localized(
            "\(types.joined(separator: "或"))录入项（“\(name)”是\(input.type.keyword)）",
            en: "a \(types.joined(separator: " or ")) input"))
      }
    case .input(let type):
      guard let name = value.name, let input = checklist.inputs[name] else {
        if let name = value.name {
          undefined(
            name, value.range, kind: Localized("录入项", en: "input"),
            candidates: Array(checklist.inputs.keys))
        } else {
          mismatch(Localized("一个\(type)录入项的名称", en: "the name of a \(type) input"))
        }
        return false
      }
      if input.type.keyword != type {
        report(
          ValidationErrors.wrongInputType(
            whatZh: "\(what().zh)", type: "\(type)", name: "\(name)",
            keyword: "\(input.type.keyword)", whatEn: "\(what().en)", value.range.start))
      } else if InertText.equal(rule, "档次"), case .choice(let options) = input.type,
        options.contains(where: { $0.score == nil })
      {
        report(ValidationErrors.tierNeedsScores(name: "\(name)", value.range.start))
      }
    }
    return diagnostics.count == before
  }

  /// Reads `[20%=20, 30%=16, …]`; shares must add up to 100.
  mutating func bands(_ value: Expression) -> [Band]? {
    let fix = Localized(
      "写成“档=[20%=20, 30%=16, 30%=12, 20%=8]”，比例合计 100%。",
      en: "write 档=[20%=20, 30%=16, 30%=12, 20%=8]; shares add up to 100%.")
    guard case .list(let elements) = value.kind, !elements.isEmpty else {
      report(ValidationErrors.bandsNotList(fix: fix, value.range.start))
      return nil
    }
    var result: [Band] = []
    for element in elements {
      if case .pair(let share, _) = element.kind, case .number = share.kind {
        report(ValidationErrors.bandWithoutPercent(element: "\(element)", element.range.start))
        return nil
      }
      guard case .pair(let shareExpression, let points) = element.kind,
        case .unary("%", let share) = shareExpression.kind,
        case .number(let s) = share.kind, case .number(let p) = points.kind
      else {
        report(
          ValidationErrors.badBand(element: "\(element)", fix: fix, element.range.start)
        )
        return nil
      }
      result.append(Band(share: s, points: p))
    }
    let sum = result.map(\.share).reduce(0, +)
    guard sum == 100 else {
      report(ValidationErrors.bandSharesNotHundred(sum: sum, fix: fix, value.range.start))
      return nil
    }
    return result
  }
}
