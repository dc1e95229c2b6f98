import Foundation

extension ExpressionEvaluator {
  /// 公式赋分, 分段赋分/扣分, 档内评分, 名次分 and 判定, for an item worth `points`.
  func applyScoring(_ rule: Rule, points: Decimal) throws(EvaluationProblem) -> RuleEffect {
    func f(_ value: Decimal) -> String { ScoreFormat.string(value) }
    switch rule.kind {
    case .formula(let formula):
      let value = try number(formula)
      let score = min(points, max(0, value))
      guard context.explains else { return .score(score, Localized("")) }
      let kept =
        value > points
        ? Localized("，超过满分，按 \(f(points)) 分计", en: ", above full marks: \(f(points))")
        : value < 0 ? Localized("，低于 0，按 0 分计", en: ", below zero: 0") : Localized("")
      return .score(
        score,
        Localized(
          "\(formula)\(try substituted(formula).zh) = \(f(value))\(kept.zh)，得 \(f(score)) 分",
          en: "\(formula)\(try substituted(formula).en) = \(f(value))\(kept.en) → \(f(score))"))

    case .steps(let value, let order, let steps, let otherwise, let deducts):
      let actual = try number(value)
      let sign = order == .highFirst ? "≥" : "≤"
      let reached = steps.first {
        order == .highFirst ? actual >= $0.threshold : actual <= $0.threshold
      }
      let amountExpression = reached?.amount ?? otherwise
      let amount = try number(amountExpression)
      // Past every step the value is below the last (由高到低) or above it (由低到高).
      let which =
        reached.map { Localized("\(value) \(f(actual)) \(sign) \(f($0.threshold))") }
        ?? Localized(
          "\(value) \(f(actual)) \(order == .highFirst ? "<" : ">") \(f(steps.last?.threshold ?? 0))",
          en: "\(value) \(f(actual)) reaches no step")
      // An amount the inspector gave at discretion (`其余=超班扣分`) carries the reason given.
      let why = discretionaryReason(amountExpression)
      // The step above the one reached, so a finding says what was missed (辍学率 1.2 ≤ 2 得 8
      // 分; 上一档 ≤ 1 得 15 分), in the problem list as at the prompt.
      let index = reached.flatMap { step in steps.firstIndex { $0.threshold == step.threshold } }
      let above = (index ?? steps.count) > 0 ? steps[(index ?? steps.count) - 1] : nil
      let next = above.flatMap { step -> Localized? in
        guard let worth = try? number(step.amount) else { return nil }
        let outcome =
          deducts
          ? (worth == 0
            ? Localized("不扣分", en: "nothing off")
            : Localized("扣 \(f(worth)) 分", en: "−\(f(worth))"))
          : Localized("得 \(f(worth)) 分", en: "→ \(f(worth))")
        return Localized(
          "（上一档：\(sign) \(f(step.threshold)) \(outcome.zh)）",
          en: " (step above: \(sign) \(f(step.threshold)) \(outcome.en))")
      }
      let missed = next ?? Localized("")
      if deducts {
        guard amount > 0 else { return .none }
        return deduct(
          amount, rule,
          Localized(
            "\(which.zh)，扣 \(f(amount)) 分\(why.zh)\(missed.zh)",
            en: "\(which.en): −\(f(amount))\(why.en)\(missed.en)"))
      }
      let score = min(points, max(0, amount))
      return scoring(
        score,
        Localized(
          "\(which.zh)，得 \(f(score)) 分\(why.zh)\(missed.zh)",
          en: "\(which.en) → \(f(score))\(why.en)\(missed.en)"))

    case .bandScore(let band, let scoreInput, let factor):
      guard case .text(let label) = try resolve(band),
        case .choice(let options) = checklist.input(named: band)?.type,
        let option = options.first(where: { $0.label == label })
      else { throw .typeMismatch(band) }
      var value: Decimal
      var shown: String
      var shownEnglish: String
      if let range = option.band, let scoreInput {
        value = try number(Expression(.name(scoreInput), SourceRange(start: rule.location)))
        guard range.contains(value) else {
          throw .refused(
            Localized(
              "\(scoreInput) \(f(value)) 不在“\(label)”档的 \(f(range.lowerBound))—\(f(range.upperBound)) 之内，请在档内重新评分或改选档次",
              en:
                "\(scoreInput) \(f(value)) is outside the band of '\(label)' (\(f(range.lowerBound))–\(f(range.upperBound))); score within the band or choose another"
            ))
        }
        shown =
          "\(band)：\(label)（\(f(range.lowerBound))—\(f(range.upperBound))），\(scoreInput) \(f(value))"
        shownEnglish =
          "\(band): \(label) (\(f(range.lowerBound))–\(f(range.upperBound))), \(scoreInput) \(f(value))"
      } else {
        value = option.score ?? 0
        shown = "\(band)：\(label) \(f(value))"
        shownEnglish = "\(band): \(label) \(f(value))"
      }
      if let factor {
        let times = try number(factor)
        let timesPoints = factor == Expression(.name("分值"), factor.range)
        shown += " × \(timesPoints ? "分值 " : "")\(f(times))"
        shownEnglish += " × \(timesPoints ? "points " : "")\(f(times))"
        value *= times
        shown += " = \(f(value))"
        shownEnglish += " = \(f(value))"
      }
      let score = min(points, max(0, value))
      // The score given within the band rests on the inspector's reason: it goes with the
      // finding into the problem list, not only into the session file.
      let why =
        scoreInput.map {
          discretionaryReason(Expression(.name($0), SourceRange(start: rule.location)))
        } ?? Localized("")
      return scoring(
        score,
        Localized("\(shown)，得 \(f(score)) 分\(why.zh)", en: "\(shownEnglish) → \(f(score))\(why.en)")
      )

    case .rankPoints(let value, let order, let list, let below, let above, let otherwise):
      let mine = try number(value)
      var members: [Decimal]
      var within = ""
      if let limit = below ?? above {
        // A fixed threshold decides at once for units outside the ranked part; only a
        // threshold across the batch (全体平均 …) waits for it.
        let threshold = try number(limit)
        let inside = { (x: Decimal) in below != nil ? x < threshold : x > threshold }
        let word = below != nil ? "低于" : "高于"
        guard inside(mine) else {
          let rest = try number(otherwise ?? Expression(.number(0), limit.range))
          let score = min(points, max(0, rest))
          return scoring(
            score,
            Localized(
              "\(value) \(f(mine)) 不\(word) \(limit) \(f(threshold))，得 \(f(score)) 分",
              en:
                "\(value) \(f(mine)) is not \(below != nil ? "below" : "above") \(f(threshold)) → \(f(score))"
            ))
        }
        guard let others = context.cohort[value.description] else {
          throw .awaitingCohort(value.description)
        }
        members = others.filter(inside)
        within = "\(word) \(limit) \(f(threshold)) 的 "
      } else {
        guard let others = context.cohort[value.description] else {
          throw .awaitingCohort(value.description)
        }
        members = others
      }
      let ahead = members.filter { order == .highFirst ? $0 > mine : $0 < mine }.count
      let rank = ahead + 1
      // Past the list: 0, or `其余` when the whole batch is ranked (“第1名10分……其余4分”);
      // with 仅低于/仅高于, `其余` is what the units outside the ranked part get.
      let past = below == nil && above == nil ? otherwise : nil
      let beyond = try past.map { e throws(EvaluationProblem) in try number(e) } ?? 0
      let score = min(points, max(0, rank <= list.count ? list[rank - 1] : beyond))
      return scoring(
        score,
        Localized(
          "\(value) \(f(mine))，\(within)\(members.count + 1) 个单位中\(order.rawValue)第 \(rank) 名，得 \(f(score)) 分",
          en: "\(value) \(f(mine)): rank \(rank) of \(members.count + 1) → \(f(score))"))

    case .verdict(let verdict):
      let (label, reason) = try decide(verdict)
      // In a scoring form the first level (达标, 一致 …) earns the points, any other 0.
      let score = label == verdict.levels.first?.label ? points : 0
      return scoring(
        score,
        Localized("\(reason.zh)，得 \(f(score)) 分", en: "\(reason.en) → \(f(score))"))

    default: return .none
    }
  }

  /// The verdict of a 判定 and the reason: the first level whose condition holds (shown
  /// with the values it read), else the last word.
  func decide(_ verdict: VerdictRule) throws(EvaluationProblem) -> (String, Localized) {
    for level in verdict.levels {
      if try bool(level.condition) {
        let shown = "\(level.condition)\(try substituted(level.condition).zh)"
        return (
          level.label,
          Localized("\(shown)：\(level.label)", en: "\(level.condition): \(level.label)")
        )
      }
    }
    let tried = verdict.levels.map { "\($0.condition)" }.joined(separator: "；")
    let all = verdict.levels.map(\.condition)
    let values = try substituted(
      Expression(
        .list(all),
        all.first?.range ?? SourceRange(start: SourceLocation(file: "", line: 0, column: 0)))
    ).zh
    return (
      verdict.otherwise,
      Localized(
        verdict.levels.count == 1
          ? "\(tried)\(values)不成立：\(verdict.otherwise)"
          : "\(tried)都不成立\(values)：\(verdict.otherwise)",
        en: "\(tried) does not hold: \(verdict.otherwise)")
    )
  }

  /// `（酌情：14个班，超2个）` when `expression` is a 酌情 input answered with a reason: the
  /// reason a score or deduction given at discretion rests on; empty otherwise.
  func discretionaryReason(_ expression: Expression) -> Localized {
    guard case .name(let name) = expression.kind,
      case .discretionary? = checklist.input(named: name)?.type,
      let reason = answers.values[name]?.reason, !reason.isEmpty
    else { return Localized("") }
    return Localized("（酌情：\(reason)）", en: " (discretion: \(reason))")
  }

  /// `（实际比率 = 90，标准比率 = 100）`: the recorded values a formula reads, so the
  /// arithmetic can be checked by hand.
  func substituted(_ expression: Expression) throws(EvaluationProblem) -> Localized {
    var seen = Set<String>()
    var parts: [String] = []
    for (name, _) in expression.referencedNames where seen.insert(name).inserted {
      guard Stage(rawValue: name) == nil else { continue }
      switch try? evaluate(Expression(.name(name), expression.range)) {
      case .number(let value): parts.append("\(name) = \(ScoreFormat.string(value))")
      case .bool(let value): parts.append("\(name) = \(value ? "是" : "否")")
      case .text(let text): parts.append("\(name) = \(text)")
      // A 多选 read through 选中数: the entries ticked, so the count can be checked.
      case .multiple(let entries):
        parts.append("\(name) = \(entries.isEmpty ? "（无）" : entries.joined(separator: "、"))")
      default: continue
      }
    }
    // A batch figure (`全体合计(招生数)`) is one of the numbers the arithmetic reads: shown
    // with the unit's own, so `招生数 ÷ 全体合计(招生数)` can be checked by hand; so is a count of
    // ticked entries (`选中数(档案) = 2`).
    for call in Self.cohortCalls(in: expression) where seen.insert(call.description).inserted {
      if case .number(let value)? = try? evaluate(call) {
        parts.append("\(call) = \(ScoreFormat.string(value))")
      }
    }
    guard !parts.isEmpty else { return Localized("") }
    return Localized("（\(parts.joined(separator: "，"))）", en: " (\(parts.joined(separator: ", ")))")
  }

  /// The `全体平均/合计/最高/最低(…)` and `选中数(…)` calls in `expression`, in writing order. They do not nest
  /// (the validator refuses a batch value inside one), and formulas are a line long, so the
  /// walk is shallow.
  static func cohortCalls(in expression: Expression) -> [Expression] {
    switch expression.kind {
    case .call(let name, let arguments):
      if FormulaFunctions.cohort.contains(name) || name == FormulaFunctions.count {
        return [expression]
      }
      return arguments.flatMap { cohortCalls(in: $0.value) }
    case .unary(_, let operand): return cohortCalls(in: operand)
    case .binary(_, let left, let right): return cohortCalls(in: left) + cohortCalls(in: right)
    case .list(let elements): return elements.flatMap { cohortCalls(in: $0) }
    case .pair(_, let value): return cohortCalls(in: value)
    case .name, .number, .text, .boolean, .date: return []
    }
  }
}
