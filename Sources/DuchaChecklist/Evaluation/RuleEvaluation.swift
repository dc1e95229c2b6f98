import Foundation

/// What one rule contributes to an item.
enum RuleEffect {
  /// Deducts points.
  case deduct(Deduction)
  /// Sets the item's base score.
  case score(Decimal, Localized)
  /// Zeroes the item.
  case zero(Localized)
  /// Multiplies the item's final score (得分减半).
  case scale(Decimal, Localized)
  /// Contributes nothing (condition false, nothing missing …).
  case none
}

extension ExpressionEvaluator {
  /// Evaluates one rule of an item worth `points`.
  func apply(_ rule: Rule, points: Decimal) throws(EvaluationProblem) -> RuleEffect {
    func f(_ value: Decimal) -> String { ScoreFormat.string(value) }
    switch rule.kind {
    case .perOccurrence(let count, let each, let cap):
      let n = try number(count)
      guard n > 0 else { return .none }
      var amount = DecimalMath.product(each, n)
      if let cap { amount = min(amount, cap) }
      return deduct(
        amount, rule,
        Localized(
          "\(count) \(f(n)) 例 × \(f(each)) 分 = \(f(amount)) 分",
          en: "\(count): \(f(n)) × \(f(each)) = \(f(amount))"), occurrences: n,
        counted: "\(count)")

    case .perMissing(let input, let each, let eachIncomplete):
      let entries = try requiredEntries(of: input)
      var missing: [String]
      var incomplete: [String] = []
      switch try resolve(input) {
      case .multiple(let chosen):
        let chosenSet = Set(chosen)  // a list of thousands of students: no linear search per entry
        missing = entries.filter { !chosenSet.contains($0) }
      case .verification(let statuses):
        // An entry not stated is 齐全, as in a sample's `[甲=缺失]`.
        missing = entries.filter { statuses[$0] == .missing }
        incomplete = entries.filter { statuses[$0] == .incomplete }
      default: throw .typeMismatch(input)
      }
      // 不全 counts only where the form says what it costs (每不全, required for a 核验 input).
      let short = eachIncomplete == nil ? [] : incomplete
      guard !missing.isEmpty || (!short.isEmpty && eachIncomplete != 0) else { return .none }
      return deductMissing(
        rule, input, missing: missing, each: each, incomplete: short, eachIncomplete ?? 0)

    case .shortfall(let value, let minimum, let step, let each):
      let actual = try number(value)
      let required = try number(minimum)
      guard actual < required else { return .none }
      let amount = DecimalMath.quotient(
        DecimalMath.product(each, DecimalMath.difference(required, actual)), step)
      return deduct(
        amount, rule,
        Localized(
          "\(value) \(f(actual))，不足 \(f(required))，少 \(f(required - actual)) × \(f(each)) 分 = \(f(amount)) 分",
          en:
            "\(value) \(f(actual)) below \(f(required)) by \(f(required - actual)) × \(f(each)) = \(f(amount))"
        ), occurrences: required - actual, counted: "\(value)")

    case .conditional(let condition, let amountExpression, let reason):
      guard try bool(condition) else { return .none }
      // 扣 may be a recorded figure: "超过12个班酌情扣2-4分" → 扣=超班扣分.
      let amount = try number(amountExpression)
      guard amount > 0 else { return .none }
      let why = reason ?? condition.description
      return deduct(amount, rule, Localized("\(why)，扣 \(f(amount)) 分", en: "\(why): −\(f(amount))"))

    case .belowTarget(let value, let target, let step, let each, let rounding):
      let actual = try number(value)
      let goal = try number(target)
      return gapDeduction(
        rule, value, actual, goal, gap: goal - actual, step, each, rounding,
        Localized("低于目标", en: "below target"), by: "差")

    case .aboveLimit(let value, let limit, let step, let each, let rounding):
      let actual = try number(value)
      let cap = try number(limit)
      return gapDeduction(
        rule, value, actual, cap, gap: actual - cap, step, each, rounding,
        Localized("超出上限", en: "above limit"), by: "超出")

    case .deviation(let value, let target, let step, let each, let rounding):
      let actual = try number(value)
      let goal = try number(target)
      return gapDeduction(
        rule, value, actual, goal, gap: abs(actual - goal), step, each, rounding,
        Localized("偏离目标", en: "off target"), by: "相差")

    case .discretionaryDeduction(let input):
      let amount = try number(Expression(.name(input), SourceRange(start: rule.location)))
      guard amount > 0 else { return .none }
      let reason = answers.values[input]?.reason ?? "酌情"
      return deduct(
        amount, rule,
        Localized("酌情扣 \(f(amount)) 分：\(reason)", en: "discretionary −\(f(amount)): \(reason)"))

    case .proportional(let value, let standard):
      let actual = try number(value)
      let norm = try number(standard)
      guard norm != 0 else {
        throw .divisionByZero("\(value) ÷ \(standard)", divisor: "\(standard)")
      }
      let ratio = min(1, max(0, DecimalMath.quotient(actual, norm)))
      let score = DecimalMath.product(points, ratio)
      return scoring(
        score,
        Localized(
          "\(value) \(f(actual)) ÷ 标准 \(f(norm)) × \(f(points)) 分 = \(f(score)) 分",
          en: "\(value) \(f(actual)) ÷ \(f(norm)) × \(f(points)) = \(f(score))"))

    case .tier(let input):
      guard case .text(let label) = try resolve(input) else { throw .typeMismatch(input) }
      guard case .choice(let options) = checklist.input(named: input)?.type,
        let option = options.first(where: { $0.label == label }), let score = option.score
      else { throw .typeMismatch(input) }
      return scoring(
        score,
        Localized("\(input)：\(label)，得 \(f(score)) 分", en: "\(input): \(label) → \(f(score))"))

    case .discretionaryScore(let input):
      let score = min(
        points, max(0, try number(Expression(.name(input), SourceRange(start: rule.location)))))
      let reason = answers.values[input]?.reason ?? "酌情"
      return scoring(
        score, Localized("酌情赋 \(f(score)) 分：\(reason)", en: "discretionary \(f(score)): \(reason)"))

    case .comparedWithLastYear(let current, let previous, let up, let flat, let down):
      let now = try number(current)
      let before = try number(previous)
      let (word, english, score): (String, String, Decimal?) =
        now > before
        ? ("提高", "up", up) : now == before ? ("持平", "flat", flat) : ("下降", "down", down)
      let points = score ?? 0
      return scoring(
        points,
        Localized(
          "\(current) \(f(now))，上年 \(f(before))，\(word)，得 \(f(points)) 分",
          en: "\(current) \(f(now)) vs last year \(f(before)): \(english) → \(f(points))"))

    case .cohortBands(let value, let order, let bands):
      let mine = try number(value)
      guard let others = context.cohort[value.description] else {
        throw .awaitingCohort(value.description)
      }
      let (rank, count, band) = Self.band(of: mine, among: others, order: order, bands: bands)
      return scoring(
        band.points,
        Localized(
          "\(value) \(f(mine))，\(count) 个单位中\(order.rawValue)第 \(rank) 名，前 \(f(band.share))% 档，得 \(f(band.points)) 分",
          en:
            "\(value) \(f(mine)): rank \(rank) of \(count) → band \(f(band.share))% → \(f(band.points))"
        ))

    case .scale(let condition, let factor, let reason):
      guard try bool(condition) else { return .none }
      let times = try number(factor)
      return scaling(times, Localized(reason ?? condition.description))

    case .formula, .steps, .bandScore, .rankPoints, .verdict:
      var scoped = self
      scoped.itemPoints = points
      return try scoped.applyScoring(rule, points: points)

    case .zeroIf(let condition, let reason):
      guard try bool(condition) else { return .none }
      let why = reason ?? condition.description
      return zeroing(Localized("\(why)，此项不得分", en: "\(why): item scores zero"))
    }
  }

  func deduct(
    _ amount: Decimal, _ rule: Rule, _ reason: @autoclosure () -> Localized,
    occurrences: Decimal? = nil, counted: String? = nil
  ) -> RuleEffect {
    .deduct(
      Deduction(
        amount: amount, reason: explained(reason()), rule: rule.source, occurrences: occurrences,
        counted: counted))
  }

  /// Sets the item's base score to `value`; `reason` is built only when explaining.
  func scoring(_ value: Decimal, _ reason: @autoclosure () -> Localized) -> RuleEffect {
    .score(value, explained(reason()))
  }

  /// Zeroes the item; `reason` is built only when explaining.
  func zeroing(_ reason: @autoclosure () -> Localized) -> RuleEffect {
    .zero(explained(reason()))
  }

  /// Multiplies the item's final score by `factor`; `reason` is built only when explaining.
  func scaling(_ factor: Decimal, _ reason: @autoclosure () -> Localized) -> RuleEffect {
    .scale(factor, explained(reason()))
  }

  /// `reason`, or an empty text when the context does not explain (`EvaluationContext.explains`):
  /// the text is then never built.
  func explained(_ reason: @autoclosure () -> Localized) -> Localized {
    context.explains ? reason() : Localized("")
  }

  private func gapDeduction(
    _ rule: Rule, _ value: Expression, _ actual: Decimal, _ reference: Decimal, gap: Decimal,
    _ step: Decimal, _ each: Decimal, _ rounding: StepRounding, _ what: Localized,
    by gapWord: String
  ) -> RuleEffect {
    guard gap > 0 else { return .none }
    let steps = ScoreFormat.steps(DecimalMath.quotient(gap, step), rounding: rounding)
    let amount = DecimalMath.product(steps, each)
    guard amount > 0 else { return .none }
    func f(_ value: Decimal) -> String { ScoreFormat.string(value) }
    return deduct(
      amount, rule,
      Localized(
        "\(value) \(f(actual))，\(what.zh) \(f(reference))，\(gapWord) \(f(gap)) 个百分点，每 \(f(step)) 扣 \(f(each)) 分，扣 \(f(amount)) 分",
        en:
          "\(value) \(f(actual)) \(what.en) \(f(reference)) by \(f(gap)); \(f(each)) per \(f(step)) → −\(f(amount))"
      ))
  }

  /// 缺项扣分's deduction and reason: “缺 2 项（甲、乙）× 0.5 分 = 1 分”; in a list whose entries
  /// carry points (少一室扣该室分值) each missing one costs its own, “缺 2 项（保健室 3 分、值班室 1 分）=
  /// 4 分”; a 核验 input's 不全 entries cost 每不全, “…，不全 1 项（花名册）× 1 分 = 3 分”.
  private func deductMissing(
    _ rule: Rule, _ input: String, missing: [String], each: Decimal?, incomplete: [String],
    _ eachIncomplete: Decimal
  ) -> RuleEffect {
    func f(_ value: Decimal) -> String { ScoreFormat.string(value) }
    let weights = listWeights(of: input)
    let missingAmount =
      each.map { $0 * Decimal(missing.count) } ?? missing.map { weights[$0] ?? 0 }.reduce(0, +)
    let amount = missingAmount + eachIncomplete * Decimal(incomplete.count)
    var parts: [Localized] = []
    if !missing.isEmpty {
      if let each {
        let names = missing.joined(separator: "、")
        parts.append(
          Localized(
            "缺 \(missing.count) 项（\(names)）× \(f(each)) 分",
            en: "\(missing.count) missing (\(names)) × \(f(each))"))
      } else {
        let names = missing.map { "\($0) \(f(weights[$0] ?? 0)) 分" }.joined(separator: "、")
        parts.append(
          Localized(
            "缺 \(missing.count) 项（\(names)）", en: "\(missing.count) missing (\(names))"))
      }
    }
    if !incomplete.isEmpty {
      let names = incomplete.joined(separator: "、")
      parts.append(
        Localized(
          "不全 \(incomplete.count) 项（\(names)）× \(f(eachIncomplete)) 分",
          en: "\(incomplete.count) incomplete (\(names)) × \(f(eachIncomplete))"))
    }
    let zh = parts.map(\.zh).joined(separator: "，")
    // “（…）= 4 分” after a closing bracket, “× 0.5 分 = 1 分” after a figure, as written before.
    let equals = zh.hasSuffix("）") ? "= " : " = "
    return deduct(
      amount, rule,
      Localized(
        zh + equals + "\(f(amount)) 分",
        en: parts.map(\.en).joined(separator: ", ") + " = \(f(amount))"),
      occurrences: Decimal(missing.count + incomplete.count), counted: "\(input)")
  }

  /// Ranks `value` among `others` plus itself; ties share the better rank. A unit falls in
  /// the first band whose cumulative share exceeds the share of units ranked ahead of it.
  static func band(
    of value: Decimal, among others: [Decimal], order: RankOrder, bands: [Band]
  ) -> (rank: Int, count: Int, band: Band) {
    let count = others.count + 1
    let ahead = others.filter { order == .highFirst ? $0 > value : $0 < value }.count
    let position = Decimal(ahead) * 100 / Decimal(count)
    var cumulative = Decimal(0)
    for band in bands {
      cumulative += band.share
      if position < cumulative { return (ahead + 1, count, band) }
    }
    return (ahead + 1, count, bands.last ?? Band(share: 100, points: 0))
  }
}
