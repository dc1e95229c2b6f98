import Foundation

/// Scores a checklist for one unit: items, sections, total and the form-level outcome.
public enum Evaluator {
  /// Evaluates every item of `checklist` with `answers` in `context`.
  public static func evaluate(
    _ checklist: Checklist, answers: Answers, context: EvaluationContext
  ) -> FormResult {
    let evaluator = ExpressionEvaluator(checklist: checklist, answers: answers, context: context)
    var counts = VerificationCounts()
    let sections = checklist.sections.map { section in
      let items = section.items.map { item(checklist, $0, evaluator, &counts) }
      var state = aggregate(items.map(\.state))
      var maxPoints = DecimalMath.total(
        items.lazy.filter { $0.state != .notApplicable }.map(\.maxPoints))
      if section.isBonus, let cap = section.points {
        // 加分项: at most its cap, and outside the applicable maximum of 总分.
        if case .scored(let sum) = state { state = .scored(DecimalMath.minimum(sum, cap)) }
        maxPoints = cap
      }
      return SectionResult(
        id: section.id, title: section.title, maxPoints: maxPoints, state: state,
        scoredSoFar: scoredSum(leafStates(items)), items: items)
    }
    let bonusIDs = Set(checklist.sections.filter(\.isBonus).map(\.id))
    let applicableMax = DecimalMath.total(
      sections.lazy.filter { !bonusIDs.contains($0.id) }.map(\.maxPoints))
    let itemTotal =
      checklist.kind == .verification ? .notApplicable : aggregate(sections.map(\.state))
    var result = FormResult(
      sections: sections, applicableMax: applicableMax, itemTotal: itemTotal, total: itemTotal,
      // The sections' own running sums added up (exact decimals): listing every section's
      // items again copied each item's result once more, per unit of a summary.
      scoredSoFar: DecimalMath.total(sections.lazy.map(\.scoredSoFar)), totalDeductions: [],
      rescaling: nil,
      derived: [],
      outcome: .pass, verification: counts)
    finish(checklist, &result, evaluator)
    return result
  }

  /// The states of items without parts and of parts: what has really been scored so far.
  private static func leafStates(_ items: [ItemResult]) -> [ScoreState] {
    items.flatMap { $0.parts.isEmpty ? [$0.state] : $0.parts.map(\.state) }
  }

  private static func item(
    _ checklist: Checklist, _ item: Item, _ evaluator: ExpressionEvaluator,
    _ counts: inout VerificationCounts
  ) -> ItemResult {
    var result = ItemResult(
      id: item.id, title: item.title, maxPoints: item.points ?? 0, state: .notApplicable, base: nil,
      deductions: [], explanations: [], parts: [], status: nil)
    if !applies(item, evaluator) {
      result.maxPoints = item.points ?? 0
      return result
    }
    if checklist.kind == .verification, !item.parts.isEmpty {
      // Three levels (一 / 1 / ①): every line with its own verdict is counted.
      result.parts = item.parts.map { self.item(checklist, $0, evaluator, &counts) }
      result.state = aggregate(result.parts.map(\.state))
      return result
    }
    if checklist.kind == .verification, let verdict = item.verdictRule {
      do {
        let (label, reason) = try evaluator.decide(verdict)
        result.verdict = label
        result.base = reason
        result.state = .scored(0)
      } catch {
        result.state = .pending([error.message])
      }
      return result
    }
    if checklist.kind == .verification {
      result.status = evaluator.answers.statuses[item.id]
      switch result.status {
      case .complete: counts.complete += 1
      case .missing: counts.missing += 1
      case .incomplete: counts.incomplete += 1
      case nil: counts.unchecked += 1
      }
      result.state =
        result.status == nil ? .pending([Localized("未核验", en: "not checked")]) : .scored(0)
      return result
    }
    if !item.parts.isEmpty {
      result.parts = item.parts.map { self.item(checklist, $0, evaluator, &counts) }
      result.state = aggregate(result.parts.map(\.state))
      result.maxPoints = DecimalMath.total(
        result.parts.lazy.filter { $0.state != .notApplicable }.map(\.maxPoints))
      return result
    }
    score(item, evaluator, &result)
    if let verdict = item.verdictRule, let (label, _) = try? evaluator.decide(verdict) {
      result.verdict = label
    }
    return result
  }

  /// Applies an item's rules: a true 不得分 zeroes it; otherwise pending inputs make it
  /// pending; otherwise base (full points or the scoring rule) minus deductions, floored at 0.
  private static func score(
    _ item: Item, _ evaluator: ExpressionEvaluator, _ result: inout ItemResult
  ) {
    let points = item.points ?? 0
    var base = points
    var problems: [Localized] = []
    var awaiting = false
    var zeroed: Localized?
    var scales: [(Decimal, Localized)] = []
    for rule in item.rules {
      do {
        switch try evaluator.apply(rule, points: points) {
        case .deduct(let deduction): result.deductions.append(deduction)
        case .score(let value, let why):
          base = value
          result.base = why
        case .zero(let why): zeroed = zeroed ?? why
        case .scale(let factor, let why): scales.append((factor, why))
        case .none: break
        }
      } catch .awaitingCohort {
        awaiting = true
      } catch {
        problems.append(error.message)
      }
    }
    if evaluator.context.explains { result.explanations = indicatorExplanations(item, evaluator) }
    if let zeroed {
      result.deductions = [Deduction(amount: points, reason: zeroed, rule: "不得分")]
      result.state = .scored(0)
    } else if !problems.isEmpty {
      result.state = .pending(unique(problems))
    } else if awaiting {
      result.state = .awaitingCohort
    } else {
      let deducted = DecimalMath.total(result.deductions.lazy.map(\.amount))
      var final = DecimalMath.minimum(
        points, DecimalMath.maximum(0, DecimalMath.difference(base, deducted)))
      result.deductions = capped(
        result.deductions, at: DecimalMath.maximum(0, DecimalMath.minimum(points, base)),
        explains: evaluator.context.explains)
      if readsVerificationCounts(item, evaluator) {
        if let caveat = verificationCaveat(evaluator) { result.caveats.append(caveat) }
        if let named = verificationFindingsNamed(evaluator) { result.namedEntries.append(named) }
      }
      for (factor, why) in scales {
        let scaled = min(points, max(0, final * factor))
        let f = { (value: Decimal) in ScoreFormat.string(value) }
        result.deductions.append(
          Deduction(
            amount: final - scaled,
            reason: evaluator.explained(
              Localized(
                "\(why.zh)，得分 \(f(final)) × \(f(factor)) = \(f(scaled))",
                en: "\(why.en): \(f(final)) × \(f(factor)) = \(f(scaled))")),
            rule: "得分折算"))
        final = scaled
      }
      result.state = .scored(final)
    }
  }

  /// Whether the item's score comes from verification counts (`核验.*`, in a rule, through an
  /// unanswered input's default or an indicator).
  static func readsVerificationCounts(_ item: Item, _ evaluator: ExpressionEvaluator) -> Bool {
    // Only a session that walked a list has anything to say about it.
    guard (evaluator.unverifiedEntries ?? 0) > 0 || !evaluator.context.verificationFindings.isEmpty
    else { return false }
    var names =
      item.inputNames
      + item.rules.flatMap { rule in rule.kind.expressions.flatMap(\.referencedNames).map(\.0) }
    var seen = Set<String>()
    // Bounded: a checklist's names are finite, and each is followed once.
    while let name = names.popLast(), seen.count < 10_000 {
      guard seen.insert(name).inserted else { continue }
      if name.hasPrefix("核验.") { return true }
      // One lookup in the name table: an input's name is never an indicator's there.
      switch evaluator.checklist.entry(name) {
      case .input(let input)?:
        if evaluator.answers.values[name] == nil, let fallback = input.defaultValue {
          names += fallback.referencedNames.map(\.0)
        }
      case .indicator(let indicator)?: names += indicator.formula.referencedNames.map(\.0)
      case .yearTarget?, nil: break
      }
    }
    return false
  }

  /// `核验表 40 项中 37 项未核验，本项只按已核验的 3 项计分`, for an item scored from
  /// verification counts when entries of the lists walked were left without a status.
  static func verificationCaveat(_ evaluator: ExpressionEvaluator) -> Localized? {
    guard let unverified = evaluator.unverifiedEntries, unverified > 0 else { return nil }
    let figures = evaluator.answers.figures
    let checked = ["核验.齐全", "核验.缺失", "核验.不全"].compactMap { figures[$0] }.reduce(0, +)
    let f = { (value: Decimal) in ScoreFormat.string(value) }
    return Localized(
      "核验表 \(f(checked + unverified)) 项中 \(f(unverified)) 项未核验，本项只按已核验的 \(f(checked)) 项计分",
      en:
        "\(f(unverified)) of \(f(checked + unverified)) verification-list entries not verified; scored from the \(f(checked)) verified"
    )
  }

  /// `核验 huili-taizhang：1.5 缺失，2.3 不全`, for an item scored from verification counts:
  /// the count alone (“台账问题数 2 例”) did not say which 台账 the unit is to rectify.
  static func verificationFindingsNamed(_ evaluator: ExpressionEvaluator) -> Localized? {
    let findings = evaluator.context.verificationFindings
    guard !findings.isEmpty else { return nil }
    var lists: [String] = []
    var byList: [String: [VerificationFinding]] = [:]
    for finding in findings {
      if byList[finding.list] == nil { lists.append(finding.list) }
      byList[finding.list, default: []].append(finding)
    }
    let english: [VerificationStatus: String] = [.missing: "missing", .incomplete: "incomplete"]
    let zh = lists.map { list in
      "核验 \(list)："
        + (byList[list] ?? []).map { "\($0.entry) \($0.status.rawValue)" }
        .joined(separator: "，")
    }
    let en = lists.map { list in
      "verified \(list): "
        + (byList[list] ?? []).map {
          "\($0.entry) \(english[$0.status] ?? $0.status.rawValue)"
        }.joined(separator: ", ")
    }
    return Localized(zh.joined(separator: "；"), en: en.joined(separator: "; "))
  }

  /// Deductions as far as the item has points left: the one that goes past zero reads
  /// `扣 5 分（扣完为止）` instead of `扣 94.44 分`, and later ones take nothing.
  static func capped(_ deductions: [Deduction], at available: Decimal, explains: Bool = true)
    -> [Deduction]
  {
    var left = available
    return deductions.map { deduction in
      guard DecimalMath.less(left, deduction.amount) else {
        left = DecimalMath.difference(left, deduction.amount)
        return deduction
      }
      var capped = deduction
      guard explains else {
        capped.amount = left
        left = 0
        return capped
      }
      let f = { (value: Decimal) in ScoreFormat.string(value) }
      let full = f(deduction.amount)
      let zh = deduction.reason.zh
      let en = deduction.reason.en
      let zhSuffix = "扣 \(full) 分"
      let eqSuffix = "= \(full) 分"
      capped.reason = Localized(
        zh.hasSuffix(zhSuffix)
          ? String(zh.dropLast(zhSuffix.count)) + "应扣 \(full) 分，扣 \(f(left)) 分（扣完为止）"
          : zh.hasSuffix(eqSuffix)
            ? zh + "，扣 \(f(left)) 分（扣完为止）" : zh + "，扣 \(f(left)) 分（扣完为止）",
        en: en + " → −\(f(left)) (no points left)")
      capped.amount = left
      left = 0
      return capped
    }
  }

  /// Shows each indicator an item's rules use, or that is computed from the item's own
  /// inputs (灵璧 11: the ratio the inspector judges by), with its formula and value.
  private static func indicatorExplanations(_ item: Item, _ evaluator: ExpressionEvaluator)
    -> [Localized]
  {
    let names =
      evaluator.context.indicators?.names?[item.id]
      ?? IndicatorUse.names(item, evaluator.checklist)
    return names.compactMap { name in
      guard let indicator = evaluator.checklist.indicators[name] else { return nil }
      let value = (try? evaluator.number(indicator.formula)).map { ScoreFormat.string($0) } ?? "?"
      // The figures the formula reads, as 公式赋分 shows them, so the ratio can be checked by
      // hand: `校舍达标程度 = 校舍建筑面积 / …（校舍建筑面积 = 15000，…） = 277.78`.
      let figures = (try? evaluator.substituted(indicator.formula)) ?? Localized("")
      return Localized(
        "\(name) = \(indicator.source)\(figures.zh) = \(value)",
        en: "\(name) = \(indicator.source)\(figures.en) = \(value)")
    }
  }

  private static func unique(_ messages: [Localized]) -> [Localized] {
    // An item has a few messages: comparing them is cheaper than hashing Chinese text through
    // its NFC form (1.3% of a walk's samples in `perf record`); the same ones are kept.
    // Without repeats the list itself is kept: a copy per pending item per unit was 5% of a
    // summary's peak heap.
    if messages.count <= 8 {
      // Compared by bytes where both texts are inert (`InertText.equal`, exactly `==`): `==`
      // on Chinese text compared through its NFC form, 500 instructions a pair.
      func same(_ a: Localized, _ b: Localized) -> Bool {
        InertText.equal(a.zh, b.zh) && InertText.equal(a.en, b.en)
      }
      let repeats = messages.indices.contains { index in
        messages[..<index].contains { same($0, messages[index]) }
      }
      guard repeats else { return messages }
      var kept: [Localized] = []
      for message in messages where !kept.contains(where: { same($0, message) }) {
        kept.append(message)
      }
      return kept
    }
    var seen = Set<Localized>()
    return messages.filter { seen.insert($0).inserted }
  }

  /// Rescaling, form-level deductions, derived results and the veto.
  private static func finish(
    _ checklist: Checklist, _ result: inout FormResult, _ evaluator: ExpressionEvaluator
  ) {
    func f(_ value: Decimal) -> String { ScoreFormat.string(value) }
    var outcomePending = false
    if case .scored(var total) = result.itemTotal {
      if checklist.inapplicablePolicy == .rescale, result.applicableMax > 0,
        result.applicableMax != checklist.totalPoints
      {
        let rescaled = total * checklist.totalPoints / result.applicableMax
        result.rescaling = Localized(
          "适用满分 \(f(result.applicableMax))，折算：\(f(total)) ÷ \(f(result.applicableMax)) × \(f(checklist.totalPoints)) = \(f(rescaled))",
          en: "applicable maximum \(f(result.applicableMax)); rescaled \(f(total)) → \(f(rescaled))"
        )
        total = rescaled
      }
      var pendingReasons: [Localized] = []
      for case .totalDeduction(let amountExpression, let cap, let reason, _) in checklist.outcomes {
        do {
          var amount = try evaluator.number(amountExpression)
          if let cap { amount = min(amount, cap) }
          guard amount > 0 else { continue }
          let why = reason ?? amountExpression.description
          result.totalDeductions.append(
            Deduction(
              amount: amount,
              reason: Localized(
                "\(why)，总分扣 \(f(amount)) 分", en: "\(why): −\(f(amount)) from the total"),
              rule: "总分扣分"))
          total -= amount
        } catch {
          pendingReasons.append(error.message)
        }
      }
      total = max(0, total)
      let cap = checklist.totalCap ?? checklist.totalPoints
      if checklist.sections.contains(where: \.isBonus), total > cap {
        result.totalDeductions.append(
          Deduction(
            amount: total - cap,
            reason: Localized(
              "含加分 \(f(total))，超过总分上限 \(f(cap))，按 \(f(cap)) 计",
              en: "with bonus \(f(total)), above the cap \(f(cap)): \(f(cap))"),
            rule: "总分上限"))
        total = cap
      }
      result.total = pendingReasons.isEmpty ? .scored(total) : .pending(pendingReasons)
    }
    // Items and their parts, as `allItems` lists them, without building that list.
    for section in result.sections {
      for item in section.items {
        if let verdict = item.verdict { result.verdicts[verdict, default: 0] += 1 }
        for part in item.parts {
          if let verdict = part.verdict { result.verdicts[verdict, default: 0] += 1 }
        }
      }
    }
    // The rest reads 结果, 评定 and 一票否决 lines: a summary scores thousands of units of forms
    // that have none, where the verdict counts and the evaluator below would go unused (and
    // without a 一票否决 line the form gives no verdict: `givesVerdict` below).
    let readsOutcomes = checklist.outcomes.contains {
      if case .totalDeduction = $0 { return false }
      return true
    }
    guard readsOutcomes else {
      result.outcome = .unstated
      return
    }
    var counted = evaluator.answers
    counted.figures.merge(checklist.verdictCounts(result)) { _, count in count }
    var finalEvaluator = ExpressionEvaluator(
      checklist: checklist, answers: counted, context: evaluator.context)
    finalEvaluator.total = result.total.score
    // A result waits for the total. A 核验表 has none (it cannot name 总分): its results read the
    // 判定 counts, which `verdictCounts` leaves unknown while a line is undecided, so they wait
    // as its 一票否决 does.
    for case .derived(let name, let formula, let cap, _) in checklist.outcomes {
      guard result.total.score != nil || checklist.kind == .verification else {
        result.derived.append((name, result.total))
        continue
      }
      do {
        var value = try finalEvaluator.number(formula)
        if let cap { value = min(value, cap) }
        result.derived.append((name, .scored(max(0, value))))
        // Later results and the veto may build on this one (written after it).
        counted.figures[name] = max(0, value)
        finalEvaluator = ExpressionEvaluator(
          checklist: checklist, answers: counted, context: evaluator.context,
          total: result.total.score)
      } catch {
        result.derived.append((name, .pending([error.message])))
      }
    }
    for case .grade(let name, let formula, _) in checklist.outcomes {
      if case .text(let label) = try? finalEvaluator.evaluate(formula) {
        result.grades.append((name, label))
      } else {
        result.grades.append((name, nil))
      }
    }
    var vetoes: [Localized] = []
    for case .veto(let condition, let reason, _) in checklist.outcomes {
      do {
        if try finalEvaluator.bool(condition) {
          vetoes.append(Localized(reason ?? condition.description))
        }
      } catch {
        outcomePending = true
      }
    }
    // A veto decides at once; otherwise 通过 waits for a final total, so a half-scored unit is
    // never reported as passed. A form without 一票否决 gives no verdict at all.
    let totalFinal = result.total.score != nil || checklist.kind == .verification
    guard checklist.givesVerdict else {
      result.outcome = .unstated
      return
    }
    result.outcome =
      !vetoes.isEmpty ? .veto(vetoes) : (outcomePending || !totalFinal) ? .pending : .pass
  }
}

extension Rule.Kind {
  /// The expressions the rule reads, for explanations and name checks.
  var expressions: [Expression] {
    let nowhere = SourceRange(start: SourceLocation(file: "", line: 0, column: 0))
    switch self {
    case .perOccurrence(let count, _, _): return [count]
    case .perMissing(let input, _, _), .discretionaryDeduction(let input), .tier(let input),
      .discretionaryScore(let input):
      return [Expression(.name(input), nowhere)]
    case .shortfall(let value, let minimum, _, _): return [value, minimum]
    case .conditional(let condition, let amount, _): return [condition, amount]
    case .zeroIf(let condition, _): return [condition]
    case .belowTarget(let value, let target, _, _, _), .deviation(let value, let target, _, _, _):
      return [value, target]
    case .aboveLimit(let value, let limit, _, _, _): return [value, limit]
    case .proportional(let value, let standard): return [value, standard]
    case .comparedWithLastYear(let current, let previous, _, _, _): return [current, previous]
    case .cohortBands(let value, _, _): return [value]
    case .formula(let formula): return [formula]
    case .steps(let value, _, let steps, let otherwise, _):
      return [value, otherwise] + steps.map(\.amount)
    case .bandScore(let band, let score, let factor):
      return [Expression(.name(band), nowhere)]
        + (score.map { [Expression(.name($0), nowhere)] } ?? [])
        + (factor.map { [$0] } ?? [])
    case .rankPoints(let value, _, _, let below, let above, let otherwise):
      return [value] + [below, above, otherwise].compactMap { $0 }
    case .verdict(let verdict): return verdict.levels.map(\.condition)
    case .scale(let condition, let factor, _): return [condition, factor]
    }
  }
}
