extension InspectionPlan {
  /// The declared unit called `name` (its name or a 又名, white space ignored).
  public func unit(named name: String) -> PlanUnit? {
    units.first { $0.matches(name) }
  }

  /// The group or 小组 that `name` names: its number (`三`, `3`), its qualified number
  /// (`一.二`, `1-2`) or its name (`第三组`, `第一大组第二小组`). Top-level groups win over
  /// 小组 with the same number.
  public func group(named name: String) -> PlanGroup? {
    let key = GroupNaming.key(name)
    guard !key.isEmpty else { return nil }
    return allGroups.first { GroupNaming.key($0.qualifiedID) == key }
      ?? allGroups.first { GroupNaming.key($0.name) == key || PlanText.key($0.name) == key }
  }

  /// The units under `unit` through `属于`, at any depth, in file order.
  public func units(under unit: PlanUnit) -> [PlanUnit] {
    units.filter { candidate in
      var parent = candidate.parent
      var steps = 0
      while let name = parent, steps <= units.count {
        if name == unit.name { return true }
        parent = self.unit(named: name)?.parent
        steps += 1
      }
      return false
    }
  }

  /// The units `group` checks: those its `检查：` lines name, each with the units under it
  /// (`属于`), then those of its 小组 unless `includingSubgroups` is false. A name that no
  /// `单位` declares comes back as an undeclared unit of kind 学校. Each unit once, in order.
  public func units(checkedBy group: PlanGroup, includingSubgroups: Bool = true) -> [PlanUnit] {
    var result: [PlanUnit] = []
    func add(_ unit: PlanUnit) {
      if !result.contains(where: { $0.name == unit.name }) { result.append(unit) }
    }
    for reference in group.checks {
      if let declared = reference.unit.flatMap(unit(named:)) {
        add(declared)
        units(under: declared).forEach(add)
      } else {
        add(
          PlanUnit(
            name: reference.name, kind: .school, isDeclared: false, location: reference.location))
      }
    }
    if includingSubgroups {
      for subgroup in group.subgroups {
        units(checkedBy: subgroup).forEach(add)
      }
    }
    return result
  }

  /// The units of the group `name` names (see `group(named:)`), or nil when there is none.
  public func units(checkedByGroupNamed name: String) -> [PlanUnit]? {
    group(named: name).map { units(checkedBy: $0) }
  }

  /// The groups that check the unit called `name` (name or 又名) themselves: the most specific
  /// ones, so a 小组 rather than its 大组. More than one means the plan gives the unit twice.
  public func groups(checking name: String) -> [PlanGroup] {
    allGroups.filter { group in
      units(checkedBy: group, includingSubgroups: false).contains { $0.matches(name) }
    }
  }

  /// The group that checks the unit called `name`, if any (the first, when several do).
  public func group(checking name: String) -> PlanGroup? {
    groups(checking: name).first
  }
}
