/// The indicators each item's explanation shows (`Evaluator`'s indicator lines): those its
/// rules use and those computed from its own inputs, in the order they are shown. They depend
/// on the checklist alone, so a summary works them out once per checklist and passes them in
/// the context of every unit it scores, instead of every item of every unit working them out
/// again.
public struct IndicatorUse: Sendable {
  /// Item id → indicator names; nil when ids repeat (each item then works its list out).
  let names: [String: [String]]?

  /// The lists of every item and part of `checklist`.
  public init(_ checklist: Checklist) {
    let items = checklist.allItems
    var names: [String: [String]] = [:]
    for item in items { names[item.id] = Self.names(item, checklist) }
    self.names = names.count == items.count ? names : nil
  }

  /// The indicators `item` shows, in order: its rules' names, then those computed from its
  /// own inputs (sorted), each once, except those another item's rules score by: an input
  /// several items share is declared in the first (贵州 1.1's 在校学生数), whose score then
  /// listed 生均占地面积 and 校舍达标程度 (“= ?”), the figures of 1.2 and 2.1.
  static func names(_ item: Item, _ checklist: Checklist) -> [String] {
    let own = Set(item.inputNames)
    func ruleNames(_ item: Item) -> [String] {
      item.rules.flatMap { rule in rule.kind.expressions.flatMap(\.referencedNames).map(\.0) }
    }
    let candidates = checklist.indicators.values.filter { $0.formula.refers(toAnyOf: own) }
    var elsewhere = Set<String>()
    if !candidates.isEmpty {
      for other in checklist.allItems where other.id != item.id {
        elsewhere.formUnion(ruleNames(other))
      }
    }
    let fromInputs = candidates.map(\.name).filter { !elsewhere.contains($0) }.sorted()
    let names = ruleNames(item) + fromInputs
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted && checklist.indicators[$0] != nil }
  }
}
