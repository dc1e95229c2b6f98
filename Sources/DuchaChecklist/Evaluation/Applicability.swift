import Foundation

extension Evaluator {
  /// Whether `item` is assessed at all: its `适用：` condition holds or cannot be decided yet
  /// (an unanswered input keeps the item, and its question, in the walk).
  static func applies(_ item: Item, _ evaluator: ExpressionEvaluator) -> Bool {
    guard let condition = item.applicability else { return true }
    return (try? evaluator.bool(condition)) != false
  }

  /// The ids of the items and parts that `evaluate` leaves 不适用, as `FormResult.allItems`
  /// lists them (items and their parts), found from the `适用：` conditions alone: an item
  /// whose condition is false, or whose parts are all 不适用. A summary asks this of every unit
  /// that lacks a batch figure, to tell a figure no applicable item uses from one the batch
  /// waits for; scoring the whole form for it cost a quarter of a 10,000-session summary.
  public static func notApplicableItems(
    _ checklist: Checklist, answers: Answers, context: EvaluationContext
  ) -> Set<String> {
    let evaluator = ExpressionEvaluator(checklist: checklist, answers: answers, context: context)
    var found = Set<String>()
    // Nesting is bounded by the language (条目, 小项, the third level of a verification list)
    // and walked as `evaluate` walks it; `depth` keeps the set to the two levels `allItems` lists.
    func walk(_ item: Item, depth: Int) -> Bool {
      var notApplicable = !applies(item, evaluator)
      if !notApplicable, !item.parts.isEmpty {
        let parts = item.parts.map { walk($0, depth: depth + 1) }
        notApplicable = !parts.contains(false)
      }
      if notApplicable && depth < 2 { found.insert(item.id) }
      return notApplicable
    }
    for section in checklist.sections {
      for item in section.items { _ = walk(item, depth: 0) }
    }
    return found
  }
}
