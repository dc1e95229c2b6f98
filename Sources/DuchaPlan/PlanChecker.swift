import DuchaChecklist

/// Looks through a valid plan for things that are allowed but probably wrong, and reports
/// each as a warning with its location (P4xx): an inspector assigned to their own unit, a
/// unit given to two groups or to none, a name no `单位` declares, a head count that does not
/// match the names, a unit the sampling rule never reaches, one person in two groups, a group
/// with nothing to check.
///
/// Pure: the same plan gives the same warnings, in file order.
public enum PlanChecker {
  /// Every warning about `plan`, sorted by position.
  public static func check(_ plan: InspectionPlan) -> [Diagnostic] {
    let index = PlanIndex(plan)
    var warnings: [Diagnostic] = []
    warnings += coverage(index)
    warnings += ownUnits(index)
    warnings += headCounts(plan)
    warnings += peopleInTwoGroups(plan)
    warnings += unreachable(index)
    return warnings.sortedByLocation
  }

  // MARK: - P402, P403, P404, P408: who checks what

  private static func coverage(_ index: PlanIndex) -> [Diagnostic] {
    let plan = index.plan
    var warnings: [Diagnostic] = []
    var checkers: [String: [(group: PlanGroup, reference: UnitReference)]] = [:]
    var order: [String] = []
    for group in plan.allGroups {
      let own = index.area(of: group, includingSubgroups: false)
      if own.isEmpty, group.subgroups.isEmpty {
        warnings.append(
          PlanWarnings.nothingToCheck(group: group.name, group.location))
      }
      for covered in own {
        let name = covered.unit.name
        if checkers[name] == nil { order.append(name) }
        checkers[name, default: []].append((group, covered.reference))
      }
      for reference in group.checks where reference.unit == nil {
        let hint = PlanText.suggestion(
          for: reference.name, among: plan.units.flatMap { [$0.name] + $0.aliases })
        warnings.append(
          PlanWarnings.undeclaredUnit(
            reference.name, group: group.name, hint: hint, reference.location))
      }
    }
    for name in order {
      guard let list = checkers[name], let first = list.first else { continue }
      for other in list.dropFirst() where !related(first.group, other.group) {
        warnings.append(
          PlanWarnings.unitInTwoGroups(
            name, first: first.group.name, firstLine: first.reference.location.line,
            other: other.group.name, other.reference.location))
      }
    }
    for unit in plan.units where checkers[unit.name] == nil {
      warnings.append(
        PlanWarnings.unitInNoGroup(unit.name, unit.location))
    }
    return warnings
  }

  // MARK: - P406: units the rule never reaches

  private static func unreachable(_ index: PlanIndex) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for group in index.plan.allGroups where !group.rule.mustCheck.contains(.everything) {
      let reached = { (unit: PlanUnit) in
        index.mustCheck(unit, rule: group.rule) || (group.rule.draw?.accepts(unit.kind) ?? false)
      }
      for reference in group.checks {
        // A 中心学校 or 乡镇 named in 检查 brings its schools in: when the rule reaches them (its
        // 本部 必查, its 完小 drawn) it is checked through them, and “不会被检查” with advice to
        // add 中心学校 to 必查 (a second visit) misled the leader.
        guard let name = reference.unit, let unit = index.unit(named: name), !reached(unit),
          !index.units(under: unit.name).contains(where: reached)
        else { continue }
        warnings.append(
          PlanWarnings.unreachable(name, kind: unit.kind, group: group.name, reference.location))
      }
    }
    return warnings
  }
}
