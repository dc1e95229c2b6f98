/// The units a round of the plan always visits, for a summary's 尚未检查.
extension InspectionPlan {
  /// The units the rules of the group called `name` (or of every group) always visit: each
  /// group's 必查 units (`PlanSampler`'s must-check list), in plan order, each once. A summary
  /// expects their records. It does not expect the others it covers: a 中心学校 whose 本部 is
  /// listed apart is visited at its 本部, a unit that only the draw may pick is visited in some
  /// rounds, and one no rule reaches (P406) never; listing them as 尚未检查 contradicted the
  /// plan and kept cohort-ranked items waiting for records that never come.
  public func unitsAlwaysVisited(byGroupNamed name: String?) throws(PlanGroupNotFound)
    -> [PlanUnit]
  {
    // The must-check lists do not depend on the seed; only the draw does.
    let sample = try PlanSampler.sample(self, group: name, seed: 0)
    var seen: Set<String> = []
    var units: [PlanUnit] = []
    for draw in sample.groups {
      for unit in draw.mustCheck where seen.insert(unit.name).inserted { units.append(unit) }
    }
    return units
  }

  /// The groups (of the group called `name`, or all) whose rule draws units besides the 必查
  /// ones and has any to draw from, as `第一组（抽查 完小 1–2所）`… names: their drawn units are
  /// summarised when they have records, and not expected before.
  public func groupsThatDraw(named name: String?) throws(PlanGroupNotFound) -> [PlanGroup] {
    try PlanSampler.sample(self, group: name, seed: 0).groups.filter {
      $0.rule.draw != nil && !$0.candidates.isEmpty
    }.map(\.group)
  }
}
