extension Checklist {
  /// Whether a formula, `适用：`, rule, default, list condition or result of the form reads a
  /// name `matches` accepts.
  public func readsName(_ matches: (String) -> Bool) -> Bool {
    func reads(_ expression: Expression?) -> Bool {
      expression?.referencedNames.contains { matches($0.0) } == true
    }
    for item in allItems {
      if reads(item.applicability) { return true }
      if item.rules.contains(where: { $0.kind.expressions.contains(where: reads) }) { return true }
    }
    if indicators.values.contains(where: { reads($0.formula) }) { return true }
    if inputs.values.contains(where: { reads($0.defaultValue) }) { return true }
    if listConditions.values.contains(where: { $0.values.contains(where: reads) }) { return true }
    return outcomes.contains { outcome in
      switch outcome {
      case .veto(let e, _, _), .totalDeduction(let e, _, _, _), .derived(_, let e, _, _),
        .grade(_, let e, _):
        reads(e)
      }
    }
  }

  /// Whether the form scores anything from the roll call (`点名.*`): a sheet of a form that
  /// does not has no 入班核查 to report missing.
  public var readsRollCall: Bool { readsName { $0.hasPrefix("点名.") } }

  /// Whether the form scores anything from the registry check (`学籍.*`).
  public var readsRegistry: Bool { readsName { $0.hasPrefix("学籍.") } }
}
