import Foundation

extension Evaluator {
  /// Whether the inspector can be spared the question for input `name` of `item`: with what
  /// is recorded, the item no longer depends on it. 利辛 3: “通报一次违规办学行为的学校扣?分” —
  /// with 违规通报次数 = 0 the 条件扣分 is settled and 每次通报扣分 is never read; an item whose
  /// `适用：` is already false needs none of its inputs.
  ///
  /// Decided without guessing what the input is for: it has no answer and no default, so any
  /// read of it fails as missing; it is moot when every rule of the item that mentions it
  /// (and the item's `适用：`) evaluates without failing — the lazy evaluation (`若`, `且`/`或`,
  /// a 条件扣分 whose condition is false) never reached it. An input read anywhere outside the
  /// item (another item, an indicator, a list condition, a default, a result) is never moot,
  /// nor one no rule of the item mentions (a 文本 note is still asked).
  public static func isMoot(
    _ name: String, in item: Item, of checklist: Checklist, answers: Answers,
    context: EvaluationContext
  ) -> Bool {
    guard answers.values[name] == nil, answers.figures[name] == nil,
      let input = checklist.input(named: name), input.defaultValue == nil
    else { return false }
    let evaluator = ExpressionEvaluator(checklist: checklist, answers: answers, context: context)
    if let condition = item.applicability {
      do {
        if try !evaluator.bool(condition) { return !checklist.readsOutside(item, name) }
      } catch {
        return false
      }
    }
    let mentioning = item.rules.filter { rule in
      rule.kind.expressions.contains { $0.mentions(name) }
    }
    guard !mentioning.isEmpty else { return false }
    // The rules first: usually one reads the unanswered input and fails at once, and the walk
    // asks before every question, so the scan of the whole form below is the rare case.
    for rule in mentioning {
      do {
        _ = try evaluator.apply(rule, points: item.points ?? 0)
      } catch {
        return false
      }
    }
    return !checklist.readsOutside(item, name)
  }
}

extension Checklist {
  /// Whether anything but `item`'s own rules and `适用：` reads `name`.
  func readsOutside(_ item: Item, _ name: String) -> Bool {
    for other in allItems where other.id != item.id {
      if other.applicability?.mentions(name) == true { return true }
      for rule in other.rules where rule.kind.expressions.contains(where: { $0.mentions(name) }) {
        return true
      }
    }
    if indicators.values.contains(where: { $0.formula.mentions(name) }) { return true }
    for conditions in listConditions.values
    where conditions.values.contains(where: { $0.mentions(name) }) {
      return true
    }
    if inputs.values.contains(where: { $0.defaultValue?.mentions(name) == true }) { return true }
    for outcome in outcomes {
      switch outcome {
      case .veto(let e, _, _), .totalDeduction(let e, _, _, _), .derived(_, let e, _, _),
        .grade(_, let e, _):
        if e.mentions(name) { return true }
      }
    }
    return false
  }
}

extension Expression {
  /// Whether the expression names `name` anywhere.
  public func mentions(_ name: String) -> Bool {
    referencedNames.contains { $0.0 == name }
  }
}
