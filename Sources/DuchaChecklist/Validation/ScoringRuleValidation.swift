import Foundation

extension Validator {
  /// Builds 公式赋分, 分段赋分/扣分, 档内评分, 名次分 and 判定 from checked arguments.
  mutating func scoringRuleKind(_ name: String, _ a: BoundArguments) throws(UnboundArgument)
    -> Rule.Kind?
  {
    let order = RankOrder(written: a.text("顺序") ?? "") ?? .highFirst
    switch InertWord(name) {
    case "公式赋分": return .formula(try a.required("公式"))
    case "分段赋分", "分段扣分":
      guard let steps = steps(try a.required("段"), rule: name, order: order) else { return nil }
      let zero = Expression(.number(0), try a.required("段").range)
      return .steps(
        value: try a.required("值"), order: order, steps: steps,
        otherwise: a.expression("其余") ?? zero, deducts: name == "分段扣分")
    case "档内评分":
      guard let band = a.text("档次"), checkBands(of: band, score: a.text("分数"), a) else {
        return nil
      }
      return .bandScore(band: band, score: a.text("分数"), factor: a.expression("乘"))
    case "名次分":
      guard let points = rankPoints(try a.required("分")) else { return nil }
      let subset = a.expression("仅低于") ?? a.expression("仅高于")
      if let subset, a.expression("其余") == nil {
        report(ValidationErrors.rankSubsetNeedsRest(subset.range.start))
        return nil
      }
      if let subset, a.expression("仅低于") != nil, a.expression("仅高于") != nil {
        report(ValidationErrors.bothRankLimits(subset.range.start))
        return nil
      }
      return .rankPoints(
        value: try a.required("值"), order: order, points: points, below: a.expression("仅低于"),
        above: a.expression("仅高于"), otherwise: a.expression("其余"))
    case "得分折算":
      return .scale(
        condition: try a.required("条件"), factor: try a.required("乘"), reason: a.text("理由"))
    case "判定":
      return verdictRule(a)
    default: return nil
    }
  }

  /// Reads `[100=10, 80=8, 60=5]`: thresholds strictly falling (由高到低, the default) or
  /// rising (由低到高), each with a score or deduction that may use 分值.
  mutating func steps(_ value: Expression, rule: String, order: RankOrder = .highFirst) -> [Step]? {
    let fix = Localized(
      "写成“段=[100=分值, 80=分值 × 0.8, 60=分值 × 0.5]”：达到 100 的得满分，达到 80 的得 80%……门槛从高到低排；越低越好的（如辍学率）加“顺序=由低到高”，门槛从低到高排。",
      en:
        "write 段=[100=分值, 80=分值 × 0.8, 60=分值 × 0.5], thresholds falling; add 顺序=由低到高 for lower-is-better figures."
    )
    guard case .list(let elements) = value.kind, !elements.isEmpty else {
      report(ValidationErrors.stepsNotList(fix: fix, value.range.start))
      return nil
    }
    var result: [Step] = []
    for element in elements {
      guard case .pair(var threshold, let amount) = element.kind else {
        report(
          ValidationErrors.badStep(
            element: "\(element)", fix: fix, element.range.start))
        return nil
      }
      if case .unary("%", let inner) = threshold.kind { threshold = inner }
      guard let limit = BoundArguments.literal(threshold) else {
        report(
          ValidationErrors.stepThresholdNotNumber(
            threshold: "\(threshold)", fix: fix, threshold.range.start))
        return nil
      }
      _ = infer(amount)
      if let previous = result.last?.threshold,
        order == .highFirst ? limit >= previous : limit <= previous
      {
        report(
          ValidationErrors.stepsOutOfOrder(
            order: order == .highFirst ? "从高到低" : "从低到高",
            orderEn: order == .highFirst ? "falling" : "rising", limit: limit, previous: previous,
            fix: fix, element.range.start))
        return nil
      }
      result.append(Step(threshold: limit, amount: amount))
    }
    return result
  }

  /// Reads `[10, 8, 6, 4]`: the points of rank 1, 2, 3 …
  mutating func rankPoints(_ value: Expression) -> [Decimal]? {
    let fix = Localized(
      "写成“分=[10, 8, 6, 4]”：第1名10分、第2名8分……；名单之后的名次得 0 分。",
      en: "write 分=[10, 8, 6, 4]: rank 1 gets 10, rank 2 gets 8 …; later ranks get 0.")
    guard case .list(let elements) = value.kind, !elements.isEmpty else {
      report(ValidationErrors.rankPointsNotList(fix: fix, value.range.start))
      return nil
    }
    var points: [Decimal] = []
    for element in elements {
      guard let number = BoundArguments.literal(element) else {
        report(
          ValidationErrors.rankPointNotNumber(element: "\(element)", fix: fix, element.range.start))
        return nil
      }
      points.append(number)
    }
    return points
  }

  /// 档内评分 needs every option of the band input to carry a score or a band, and a score
  /// input when any option is a band.
  private mutating func checkBands(of band: String, score: String?, _ a: BoundArguments) -> Bool {
    guard case .choice(let options) = checklist.inputs[band]?.type else { return false }
    guard let range = a.expression("档次")?.range else { return false }
    if let bare = options.first(where: { $0.score == nil && $0.band == nil }) {
      report(
        ValidationErrors.bandOptionWithoutScore(
          band: "\(band)", label: "\(bare.label)", range.start)
      )
      return false
    }
    if score == nil, options.contains(where: { $0.band != nil }) {
      report(ValidationErrors.bandNeedsScoreInput(band: "\(band)", range.start))
      return false
    }
    return true
  }
}

extension Validator {
  /// A line of a 核验表 is checked by hand (齐全/缺失/不全) or decided by `规则 判定(…)`;
  /// any other rule would be silently ignored, so it is an error. (Inputs stay: a 核查记录表
  /// records figures without scoring them.)
  mutating func checkVerificationLine(_ syntax: ItemSyntax, _ rules: [Rule]) {
    for (call, rule) in zip(syntax.rules, rules) {
      if case .verdict = rule.kind { continue }
      report(ValidationErrors.scoringRuleInVerification(name: "\(rule.name)", call.range.start))
    }
  }
}

extension Validator {
  /// `判定(条件, 是=…, 否=…)` or `判定(级=[A=条件, B=条件], 其余=C)`, never both.
  mutating func verdictRule(_ a: BoundArguments) -> Rule.Kind? {
    let fix = Localized(
      "两级写“判定(系统人数 = 实际人数, 是=一致, 否=不一致)”；多级写“判定(级=[A=全部达到, B=不足比例 < 40], 其余=C)”。",
      en: "two levels: 判定(cond, 是=…, 否=…); more: 判定(级=[A=cond, B=cond], 其余=C).")
    if let condition = a.expression("条件") {
      guard a.expression("级") == nil, a.expression("其余") == nil else {
        report(ValidationErrors.verdictConditionAndLevels(fix: fix, condition.range.start))
        return nil
      }
      return .verdict(
        VerdictRule(
          levels: [(a.text("是") ?? "达标", condition)], otherwise: a.text("否") ?? "不达标"))
    }
    guard let levelsExpression = a.expression("级"), let levels = verdictLevels(levelsExpression)
    else {
      report(
        ValidationErrors.verdictWithoutCondition(
          fix: fix,
          (a.values.values.first?.range
            ?? SourceRange(start: SourceLocation(file: "", line: 0, column: 0))).start))
      return nil
    }
    guard a.expression("是") == nil, a.expression("否") == nil else {
      report(ValidationErrors.levelsWithYesNo(fix: fix, levelsExpression.range.start))
      return nil
    }
    return .verdict(VerdictRule(levels: levels, otherwise: a.text("其余") ?? "不达标"))
  }

  /// Reads `[A=条件, B=条件]`.
  mutating func verdictLevels(_ value: Expression) -> [(label: String, condition: Expression)]? {
    let fix = Localized(
      "写成“级=[A=全部达到, B=不足比例 < 40]”：从前往后，第一个成立的就是结论。",
      en: "write 级=[A=cond, B=cond]; the first that holds is the verdict.")
    guard case .list(let elements) = value.kind, !elements.isEmpty else {
      report(ValidationErrors.levelsNotList(fix: fix, value.range.start))
      return nil
    }
    var levels: [(label: String, condition: Expression)] = []
    for element in elements {
      guard case .pair(let label, let condition) = element.kind,
        let word = BoundArguments.text(label)
      else {
        report(
          ValidationErrors.badLevel(element: "\(element)", fix: fix, element.range.start))
        return nil
      }
      expect(condition, .bool, Localized("结论“\(word)”的条件", en: "the condition of '\(word)'"))
      levels.append((word, condition))
    }
    return levels
  }
}
