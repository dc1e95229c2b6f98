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
  /// own inputs (sorted), each once.
  static func names(_ item: Item, _ checklist: Checklist) -> [String] {
    let own = Set(item.inputNames)
    let fromInputs = checklist.indicators.values
      .filter { $0.formula.refers(toAnyOf: own) }.map(\.name).sorted()
    let names =
      item.rules.flatMap { rule in rule.kind.expressions.flatMap(\.referencedNames).map(\.0) }
      + fromInputs
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted && checklist.indicators[$0] != nil }
  }
}
