extension InspectionPlan {
  /// The declared unit called `name` (its name or a 又名, white space ignored).
  public func unit(named name: String) -> PlanUnit? {
    PlanIndex(self).unit(named: name)
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
    PlanIndex(self).units(under: unit.name)
  }

  /// The units `group` checks: those its `检查：` lines name, each with the units under it
  /// (`属于`), then those of its 小组 unless `includingSubgroups` is false. A name that no
  /// `单位` declares comes back as an undeclared unit of kind 学校. Each unit once, in order.
  public func units(checkedBy group: PlanGroup, includingSubgroups: Bool = true) -> [PlanUnit] {
    PlanIndex(self).area(of: group, includingSubgroups: includingSubgroups).map(\.unit)
  }

  /// The units of the group `name` names (see `group(named:)`), or nil when there is none.
  public func units(checkedByGroupNamed name: String) -> [PlanUnit]? {
    group(named: name).map { units(checkedBy: $0) }
  }

  /// The groups that check the unit called `name` (name or 又名) themselves: the most specific
  /// ones, so a 小组 rather than its 大组. More than one means the plan gives the unit twice.
  public func groups(checking name: String) -> [PlanGroup] {
    let index = PlanIndex(self)
    return allGroups.filter { group in
      index.area(of: group, includingSubgroups: false).contains { $0.unit.matches(name) }
    }
  }

  /// The group that checks the unit called `name`, if any (the first, when several do).
  public func group(checking name: String) -> PlanGroup? {
    groups(checking: name).first
  }
}
