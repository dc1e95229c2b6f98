extension Checklist {
  /// Whether the unit's 学段 can change anything in this form: it is a school's or a teaching
  /// point's (its stages also set the batch units are compared in), or a formula, `适用：` or
  /// condition names `小学`, `初中` or `高中`.
  ///
  /// A kindergarten, a county government or a city has no 学段 to give, and a form about them
  /// that never reads one should not ask “单位学段（小学/初中）”.
  public var readsStages: Bool {
    if unitKind == .school || unitKind == .teachingPoint { return true }
    let stageNames = Set(Stage.allCases.map(\.rawValue))
    let names = stageNames.subtracting(inputs.keys).subtracting(indicators.keys)
    guard !names.isEmpty else { return false }
    func reads(_ expression: Expression?) -> Bool {
      expression?.referencedNames.contains { names.contains($0.0) } == true
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
}
