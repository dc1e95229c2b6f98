import Foundation

extension Validator {
  /// Builds every item's rules from its `规则` lines.
  mutating func buildRules() {
    var rulesByID: [String: [Rule]] = [:]
    for syntax in itemSyntaxes {
      var rules: [Rule] = []
      for call in syntax.rules {
        allowItemPoints = true
        defer { allowItemPoints = false }
        guard let (signature, arguments) = bind(call, in: RuleCatalogue.rules, statement: "规则"),
          let kind = ruleKind(signature.name, arguments)
        else { continue }
        rules.append(
          Rule(
            kind: kind, name: signature.name, source: call.description, location: call.range.start))
      }
      let scoring = rules.filter(\.kind.isScoring)
      if scoring.count > 1 {
        error(
          "E307", syntax.rules.first?.range ?? syntax.range,
          Localized(
            "“\(syntax.keyword) \(syntax.id)”有 \(scoring.count) 条赋分类规则（\(scoring.map(\.name).joined(separator: "、"))），至多一条。",
            en: "'\(syntax.id)' has \(scoring.count) scoring rules; at most one is allowed."),
          fix: Localized(
            "把其中一条拆到单独的小项里，或改成扣分类规则。", en: "move one into its own 小项 or use a deduction rule."))
      }
      if checklist.kind == .verification {
        checkVerificationLine(syntax, rules)
      }
      let isLeaf = syntax.keyword == "小项" || syntax.children.isEmpty
      if checklist.kind == .scoring, isLeaf, rules.isEmpty, syntax.rules.isEmpty {
        error(
          "E308", syntax.range,
          Localized(
            "“\(syntax.keyword) \(syntax.id) \(syntax.title)”没有评分规则。",
            en: "'\(syntax.id) \(syntax.title)' has no scoring rule."),
          fix: Localized(
            "加一条“规则 …”，例如“规则 酌情赋分(…)”，见 docs/checklist-language.md 第 5 节。",
            en: "add a 规则 line; see section 5 of docs/checklist-language.md."))
      }
      if !isLeaf, !syntax.rules.isEmpty {
        error(
          "E205", syntax.rules[0].range,
          Localized(
            "有小项的条目“\(syntax.id)”不能再有自己的规则。",
            en: "item '\(syntax.id)' has parts, so it cannot have rules of its own."),
          fix: Localized("把规则移到小项里。", en: "move the rule into a 小项."))
      }
      rulesByID[syntax.id] = rules
    }
    setRules(rulesByID)
  }

  private mutating func ruleKind(_ name: String, _ a: BoundArguments) -> Rule.Kind? {
    let rounding = StepRounding(rawValue: a.text("取整") ?? "") ?? .proportional
    let step = a.literal("每") ?? 1
    switch name {
    case "每例扣分":
      return .perOccurrence(
        count: a.expression("计数")!, each: a.literal("每例")!, cap: a.literal("最多"))
    case "缺项扣分":
      let input = a.text("录入")!
      if a.literal("每缺") == nil, !hasWeights(input) {
        error(
          "E305", a.expression("录入")!.range,
          Localized(
            "“缺项扣分”缺少参数“每缺”，名单的各项也没有写分值。",
            en: "缺项扣分 lacks 每缺, and the list's entries carry no points."),
          fix: Localized(
            "写“缺项扣分(\(input), 每缺=0.5)”，或在名单里给每项写分值：“名单 辅助用房：保健室=3、办公室=3”。",
            en: "write 每缺=0.5, or give each list entry its points."))
        return nil
      }
      return .perMissing(input: input, each: a.literal("每缺"))
    case "不足扣分":
      return .shortfall(
        value: a.expression("值")!, minimum: a.expression("最低")!, step: a.literal("每少") ?? 1,
        each: a.literal("扣")!)
    case "条件扣分":
      return .conditional(
        condition: a.expression("条件")!, amount: a.expression("扣")!, reason: a.text("理由"))
    case "差距扣分":
      return .belowTarget(
        value: a.expression("值")!, target: a.expression("目标")!, step: step, each: a.literal("扣")!,
        rounding: rounding)
    case "超出扣分":
      return .aboveLimit(
        value: a.expression("值")!, limit: a.expression("上限")!, step: step, each: a.literal("扣")!,
        rounding: rounding)
    case "偏差扣分":
      return .deviation(
        value: a.expression("值")!, target: a.expression("目标")!, step: step, each: a.literal("扣")!,
        rounding: rounding)
    case "酌情扣分": return .discretionaryDeduction(input: a.text("录入")!)
    case "按比例":
      let hundred = Expression(.number(100), a.expression("值")!.range)
      return .proportional(value: a.expression("值")!, standard: a.expression("标准") ?? hundred)
    case "档次": return .tier(input: a.text("录入")!)
    case "酌情赋分": return .discretionaryScore(input: a.text("录入")!)
    case "比上年":
      return .comparedWithLastYear(
        current: a.expression("本年")!, previous: a.expression("上年")!, up: a.literal("提高"),
        flat: a.literal("持平"),
        down: a.literal("下降"))
    case "排名分档":
      var copy = self
      guard let bands = copy.bands(a.expression("档")!) else { return nil }
      return .cohortBands(
        value: a.expression("值")!, order: RankOrder(rawValue: a.text("顺序") ?? "") ?? .highFirst,
        bands: bands)
    case "不得分": return .zeroIf(condition: a.expression("条件")!, reason: a.text("理由"))
    default: return scoringRuleKind(name, a)
    }
  }

  /// Builds the form-level `结果` statements.
  mutating func buildOutcomes() {
    var derivedNames = Set<String>()
    for call in tree.outcomes {
      if case .call("换算", let arguments) = call.kind, let name = arguments.first?.value.name {
        allResults.insert(name)
      }
    }
    for call in tree.outcomes {
      let bound = bind(call, in: RuleCatalogue.outcomes, statement: "结果", allowTotal: true)
      // A result with a mistake is still "written": later lines may use its name.
      if case .call("换算", let arguments) = call.kind, let name = arguments.first?.value.name {
        earlierResults.insert(name)
      }
      guard let (signature, a) = bound else { continue }
      let location = call.range.start
      switch signature.name {
      case "一票否决":
        checklist.outcomes.append(
          .veto(condition: a.expression("条件")!, reason: a.text("理由"), location: location))
      case "总分扣分":
        checklist.outcomes.append(
          .totalDeduction(
            amount: a.expression("金额")!, cap: a.literal("最多"), reason: a.text("理由"),
            location: location))
      case "评定":
        let name = a.text("名称")!
        if ["结论", "总分"].contains(name) {
          error(
            "E302", call.range,
            Localized(
              "“\(name)”是整张表自带的结果名称，评定要另起一个名字。",
              en: "'\(name)' is the form's own result; give the 评定 another name."),
            fix: Localized(
              "例如“评定(评估结论, …)”，样例里写“期望 评估结论 = …”。",
              en: "e.g. 评定(评估结论, …)."))
        }
        if !derivedNames.insert(name).inserted || checklist.inputs[name] != nil {
          duplicate(Localized("结果名称", en: "result name"), name, call.range)
        }
        checklist.outcomes.append(
          .grade(name: name, formula: a.expression("公式")!, location: location))
      default:
        let name = a.text("名称")!
        if !derivedNames.insert(name).inserted || checklist.inputs[name] != nil {
          duplicate(Localized("结果名称", en: "result name"), name, call.range)
        }
        checklist.outcomes.append(
          .derived(
            name: name, formula: a.expression("公式")!, cap: a.literal("最多"), location: location))
      }
    }
  }

  /// Year targets must have a value for every assessment year the form claims.
  mutating func checkYearCoverage() {
    for target in tree.yearTargets {
      guard let years = checklist.assessmentYears else {
        error(
          "E306", target.range,
          Localized(
            "有年度目标“\(target.name)”，但表头没有写“考核年度”。",
            en: "year target '\(target.name)' needs '考核年度' in the header."),
          fix: Localized("在表头加“考核年度：2018-2020”。", en: "add '考核年度：2018-2020' to the header."))
        continue
      }
      let missing = years.filter { checklist.yearTargets[target.name]?[$0] == nil }
      if !missing.isEmpty {
        error(
          "E306", target.range,
          Localized(
            "年度目标“\(target.name)”缺少 \(missing.map(String.init).joined(separator: "、")) 年的值（考核年度 \(years.lowerBound)-\(years.upperBound)）。",
            en:
              "year target '\(target.name)' has no value for \(missing.map(String.init).joined(separator: ", "))."
          ),
          fix: Localized("补上“\(missing[0])=目标值”。", en: "add '\(missing[0])=value'."))
      }
    }
  }

  /// Warns about inputs that nothing reads: the inspector would record them for nothing.
  mutating func checkUnusedInputs() {
    guard checklist.kind == .scoring else { return }
    // Read usage from the rule lines as written, so an input whose rule has a mistake is
    // not also reported as unused.
    var used = Set<String>()
    for syntax in itemSyntaxes {
      for rule in syntax.rules {
        used.formUnion(rule.referencedNames.map(\.0))
        if case .call(_, let arguments) = rule.kind {
          used.formUnion(arguments.compactMap(\.label))
        }
      }
      // `适用：人口 >= 30` uses 人口: it decides whether the item counts at all.
      if let condition = syntax.applicability {
        used.formUnion(condition.referencedNames.map(\.0))
      }
    }
    for indicator in checklist.indicators.values {
      used.formUnion(indicator.formula.referencedNames.map(\.0))
    }
    for conditions in checklist.listConditions.values {
      for condition in conditions.values { used.formUnion(condition.referencedNames.map(\.0)) }
    }
    for input in checklist.inputs.values {
      if let fallback = input.defaultValue { used.formUnion(fallback.referencedNames.map(\.0)) }
    }
    for outcome in checklist.outcomes {
      switch outcome {
      case .veto(let e, _, _), .totalDeduction(let e, _, _, _), .derived(_, let e, _, _),
        .grade(_, let e, _):
        used.formUnion(e.referencedNames.map(\.0))
      }
    }
    for name in checklist.inputOrder where !used.contains(name) {
      guard let input = checklist.inputs[name], input.type.keyword != "文本",
        input.type.keyword != "日期"
      else { continue }
      warning(
        "W301", SourceRange(start: input.location),
        Localized(
          "录入项“\(name)”没有被任何规则或指标用到。", en: "input '\(name)' is not used by any rule or indicator."),
        fix: Localized("加一条用到它的规则，或删去它。", en: "add a rule that uses it, or remove it."))
    }
  }
}
