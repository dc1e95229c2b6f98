import Foundation

extension Validator {
  /// Builds every item's rules from its `规则` lines.
  mutating func buildRules() {
    let syntaxes = itemSyntaxes
    // Each item's rules and messages depend only on the declarations made before this pass
    // (the inputs, names and lists) and on the item itself, so a large form's items are
    // checked in two halves on two cores, each by a copy of the validator, and the messages
    // are joined in item order: the same messages in the same order as one pass.
    let batches: [RuleBatch]
    if syntaxes.count >= Self.parallelRuleItems {
      let middle = syntaxes.count / 2
      let snapshot = ValidatorSnapshot(validator: self)
      batches = [0..<middle, middle..<syntaxes.count].concurrentMap { range in
        snapshot.validator.ruleBatch(syntaxes[range])
      }
    } else {
      batches = [ruleBatch(syntaxes[...])]
    }
    // Sized for every item at once: growing it rehashed every id a dozen times on a large form.
    var rulesByID: [String: [Rule]] = [:]
    rulesByID.reserveCapacity(syntaxes.count)
    for batch in batches {
      diagnostics += batch.diagnostics
      // A repeated id (already reported) keeps the rules of its last item, as before.
      rulesByID.merge(batch.rulesByID) { _, later in later }
    }
    setRules(rulesByID)
  }

  /// From this many items and parts on, `buildRules` runs on two cores.
  static let parallelRuleItems = 256

  /// The rules of `syntaxes` by item id and the messages about them, in item order.
  struct RuleBatch: Sendable {
    var rulesByID: [String: [Rule]] = [:]
    var diagnostics: [Diagnostic] = []
  }

  /// `buildRules` for some of the items, on a copy of the validator (nothing it changes is
  /// read by another item: only the messages and the per-rule `allowItemPoints`).
  func ruleBatch(_ syntaxes: ArraySlice<ItemSyntax>) -> RuleBatch {
    var validator = self
    validator.diagnostics = []
    var batch = RuleBatch()
    batch.rulesByID.reserveCapacity(syntaxes.count)
    for syntax in syntaxes {
      batch.rulesByID[syntax.id] = validator.rules(of: syntax)
    }
    batch.diagnostics = validator.diagnostics
    return batch
  }

  /// The rules of one item or part, reporting what is wrong with them.
  private mutating func rules(of syntax: ItemSyntax) -> [Rule] {
    var rules: [Rule] = []
    for call in syntax.rules {
      allowItemPoints = true
      defer { allowItemPoints = false }
      guard let (signature, arguments) = bind(call, in: RuleCatalogue.rules, statement: "规则"),
        let kind = ruleKind(signature.name, arguments)
      else { continue }
      rules.append(
        Rule(
          kind: kind, name: signature.name, source: buildsModel ? call.written(&numberTexts) : "",
          location: call.range.start))
    }
    let scoring = rules.filter(\.kind.isScoring)
    if scoring.count > 1 {
      report(
        ValidationErrors.tooManyScoringRules(
          keyword: "\(syntax.keyword)", id: "\(syntax.id)", scoringCount: "\(scoring.count)",
          rules: "\(scoring.map(\.name).joined(separator: "、"))",
          (syntax.rules.first?.range ?? syntax.range).start))
    }
    if checklist.kind == .verification {
      checkVerificationLine(syntax, rules)
    }
    let isLeaf = InertText.equal(syntax.keyword, "小项") || syntax.children.isEmpty
    if checklist.kind == .scoring, isLeaf, rules.isEmpty, syntax.rules.isEmpty {
      report(
        ValidationErrors.hasNoScoringRule(
          keyword: "\(syntax.keyword)", id: "\(syntax.id)", title: "\(syntax.title)",
          syntax.range.start))
    }
    if !isLeaf, !syntax.rules.isEmpty {
      report(
        ValidationErrors.rulesOnItemWithParts(id: "\(syntax.id)", syntax.rules[0].range.start))
    }
    return rules
  }

  private mutating func ruleKind(_ name: String, _ a: BoundArguments) -> Rule.Kind? {
    do { return try buildRuleKind(name, a) } catch { return nil }
  }

  private mutating func buildRuleKind(_ name: String, _ a: BoundArguments) throws(UnboundArgument)
    -> Rule.Kind?
  {
    // Looked up by the three rules that take them only: each lookup compares every bound
    // parameter's name, twice per rule of a large form for nothing.
    func rounding() -> StepRounding { StepRounding(rawValue: a.text("取整") ?? "") ?? .proportional }
    func step() -> Decimal { a.literal("每") ?? 1 }
    switch InertWord(name) {
    case "每例扣分":
      return .perOccurrence(
        count: try a.required("计数"), each: try a.requiredLiteral("每例"), cap: a.literal("最多"))
    case "缺项扣分":
      let input = try a.requiredText("录入")
      if a.literal("每缺") == nil, !hasWeights(input) {
        report(
          ValidationErrors.missingPerMissing(
            input: "\(input)", try a.required("录入").range.start))
        return nil
      }
      // A 核验 entry can be 不全 as well as 缺失: the form must say what 不全 costs (0 is a
      // choice to write down, not a default that silently forgives it).
      if case .verification? = checklist.inputs[input]?.type, a.literal("每不全") == nil {
        report(
          ValidationErrors.missingPerIncomplete(
            input: "\(input)", try a.required("录入").range.start))
        return nil
      }
      return .perMissing(input: input, each: a.literal("每缺"), incomplete: a.literal("每不全"))
    case "不足扣分":
      checkPercentScale(rule: name, a, value: "值", against: "最低")
      return .shortfall(
        value: try a.required("值"), minimum: try a.required("最低"), step: a.literal("每少") ?? 1,
        each: try a.requiredLiteral("扣"))
    case "条件扣分":
      return .conditional(
        condition: try a.required("条件"), amount: try a.required("扣"), reason: a.text("理由"))
    case "差距扣分":
      checkPercentScale(rule: name, a, value: "值", against: "目标")
      return .belowTarget(
        value: try a.required("值"), target: try a.required("目标"), step: step(),
        each: try a.requiredLiteral("扣"),
        rounding: rounding())
    case "超出扣分":
      checkPercentScale(rule: name, a, value: "值", against: "上限")
      return .aboveLimit(
        value: try a.required("值"), limit: try a.required("上限"), step: step(),
        each: try a.requiredLiteral("扣"),
        rounding: rounding())
    case "偏差扣分":
      checkPercentScale(rule: name, a, value: "值", against: "目标")
      return .deviation(
        value: try a.required("值"), target: try a.required("目标"), step: step(),
        each: try a.requiredLiteral("扣"),
        rounding: rounding())
    case "酌情扣分": return .discretionaryDeduction(input: try a.requiredText("录入"))
    case "按比例":
      checkPercentScale(rule: name, a, value: "值", against: "标准")
      let value = try a.required("值")
      let hundred = Expression(.number(100), value.range)
      return .proportional(value: value, standard: a.expression("标准") ?? hundred)
    case "档次": return .tier(input: try a.requiredText("录入"))
    case "酌情赋分": return .discretionaryScore(input: try a.requiredText("录入"))
    case "比上年":
      return .comparedWithLastYear(
        current: try a.required("本年"), previous: try a.required("上年"), up: a.literal("提高"),
        flat: a.literal("持平"),
        down: a.literal("下降"))
    case "排名分档":
      var copy = self
      guard let bands = copy.bands(try a.required("档")) else { return nil }
      return .cohortBands(
        value: try a.required("值"), order: RankOrder(written: a.text("顺序") ?? "") ?? .highFirst,
        bands: bands)
    case "不得分": return .zeroIf(condition: try a.required("条件"), reason: a.text("理由"))
    default: return try scoringRuleKind(name, a)
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
      try? appendOutcome(signature.name, a, call, derivedNames: &derivedNames)
    }
  }

  /// Adds one bound `结果` statement to the checklist.
  private mutating func appendOutcome(
    _ name: String, _ a: BoundArguments, _ call: Expression, derivedNames: inout Set<String>
  ) throws(UnboundArgument) {
    let location = call.range.start
    switch name {
    case "一票否决":
      checklist.outcomes.append(
        .veto(condition: try a.required("条件"), reason: a.text("理由"), location: location))
    case "总分扣分":
      checklist.outcomes.append(
        .totalDeduction(
          amount: try a.required("金额"), cap: a.literal("最多"), reason: a.text("理由"),
          location: location))
    case "评定":
      let name = try a.requiredText("名称")
      if ["结论", "总分"].contains(name) {
        report(ValidationErrors.reservedGradeName(name: "\(name)", call.range.start))
      }
      if !derivedNames.insert(name).inserted || checklist.inputs[name] != nil {
        duplicate(Localized("结果名称", en: "result name"), name, call.range)
      }
      checklist.outcomes.append(
        .grade(name: name, formula: try a.required("公式"), location: location))
    default:
      let name = try a.requiredText("名称")
      if !derivedNames.insert(name).inserted || checklist.inputs[name] != nil {
        duplicate(Localized("结果名称", en: "result name"), name, call.range)
      }
      checklist.outcomes.append(
        .derived(
          name: name, formula: try a.required("公式"), cap: a.literal("最多"), location: location))
    }
  }

  /// Year targets must have a value for every assessment year the form claims.
  mutating func checkYearCoverage() {
    for target in tree.yearTargets {
      guard let years = checklist.assessmentYears else {
        report(ValidationErrors.yearTargetWithoutYears(name: "\(target.name)", target.range.start))
        continue
      }
      let missing = years.filter { checklist.yearTargets[target.name]?[$0] == nil }
      if !missing.isEmpty {
        report(
          ValidationErrors.yearTargetMissingYears(
            name: "\(target.name)",
            missingYears: "\(missing.map(String.init).joined(separator: "、"))",
            yearsLowerBound: "\(years.lowerBound)", yearsUpperBound: "\(years.upperBound)",
            missingYearsEn: "\(missing.map(String.init).joined(separator: ", "))",
            missing: "\(missing[0])",
            target.range.start))
      }
    }
  }

  /// Warns about inputs that nothing reads: the inspector would record them for nothing.
  mutating func checkUnusedInputs() {
    guard checklist.kind == .scoring else { return }
    // Read usage from the rule lines as written, so an input whose rule has a mistake is
    // not also reported as unused.
    var used: [String] = []
    // Appended name by name (`forEachName`): the arrays `referencedNames` builds at every
    // node of every rule were a tenth of this pass.
    let use = { (name: String) in used.append(name) }
    for syntax in itemSyntaxes {
      for rule in syntax.rules {
        rule.forEachName(use)
        if case .call(_, let arguments) = rule.kind {
          for argument in arguments {
            if let label = argument.label { used.append(label) }
          }
        }
      }
      // `适用：人口 >= 30` uses 人口: it decides whether the item counts at all.
      syntax.applicability?.forEachName(use)
    }
    for indicator in checklist.indicators.values {
      indicator.formula.forEachName(use)
    }
    for conditions in checklist.listConditions.values {
      for condition in conditions.values {
        condition.forEachName(use)
      }
    }
    for input in checklist.inputs.values {
      input.defaultValue?.forEachName(use)
    }
    for outcome in checklist.outcomes {
      switch outcome {
      case .veto(let e, _, _), .totalDeduction(let e, _, _, _), .derived(_, let e, _, _),
        .grade(_, let e, _):
        e.forEachName(use)
      }
    }
    let usedNames = NameSet(used)
    // Names read that name nothing (`台帐` for 台账), found only once some input is unused.
    var misspelled: [String]?
    for name in checklist.inputOrder where !usedNames.contains(name) {
      guard let input = checklist.inputs[name], input.type.keyword != "文本",
        input.type.keyword != "日期"
      else { continue }
      let unknown =
        misspelled
        ?? used.filter {
          checklist.inputs[$0] == nil && checklist.indicators[$0] == nil
            && checklist.yearTargets[$0] == nil
        }
      misspelled = unknown
      // E303 already says “是不是“台账”？” of the misspelling: the input is read, as mistyped.
      if unknown.contains(where: { NameSuggestions.near($0, in: [name]).contains(name) }) {
        continue
      }
      report(
        ValidationErrors.unusedInput(
          name: "\(name)", (SourceRange(start: input.location)).start))
    }
  }
}

/// The validator as it stands before `buildRules`, shared read-only by the two halves.
private struct ValidatorSnapshot: @unchecked Sendable {
  let validator: Validator
}
