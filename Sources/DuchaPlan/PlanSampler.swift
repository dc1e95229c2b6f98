/// Chooses the units each group visits: every must-check unit, plus a reproducible random
/// draw of extra units as the group's rule says (灵璧: 中学每校必查，中心学校本部必查，
/// 另外抽查1-2所完小).
///
/// Pure and reproducible: the result depends only on the plan, the group and the seed. Each
/// group draws from its own stream, derived from the seed and the group's qualified number,
/// so sampling one group gives the same draw as sampling all of them.
public enum PlanSampler {
  /// Samples one group (`group` as `InspectionPlan.group(named:)` reads it: `三`, `第三组`,
  /// `1.2`) or, when `group` is nil, every group. A group split into 小组 is sampled 小组 by
  /// 小组 (and itself only for units no 小组 checks). Throws when `group` names no group.
  public static func sample(_ plan: InspectionPlan, group: String? = nil, seed: UInt64)
    throws(PlanGroupNotFound) -> PlanSample
  {
    var selected = plan.allGroups
    if let group {
      guard let found = plan.group(named: group) else {
        throw PlanGroupNotFound(
          name: group, available: plan.allGroups.map { "\($0.name)（\($0.qualifiedID)）" })
      }
      selected = found.flattened
    }
    let index = PlanIndex(plan)
    let draws = selected.compactMap { group -> PlanSample.GroupDraw? in
      let units = ownUnits(of: group, index: index)
      guard !units.isEmpty || group.subgroups.isEmpty else { return nil }
      return draw(for: group, units: units, index: index, seed: seed)
    }
    return PlanSample(planID: plan.id, planTitle: plan.title, seed: seed, groups: draws)
  }

  /// A seed from the system's random source, for when the user gives none. The only impure
  /// function here; print the seed so the draw can be repeated.
  public static func randomSeed() -> UInt64 {
    var generator = SystemRandomNumberGenerator()
    return generator.next()
  }

  /// The units of `units` that `rule` always checks.
  public static func mustCheck(_ units: [PlanUnit], rule: SamplingRule, plan: InspectionPlan)
    -> [PlanUnit]
  {
    let index = PlanIndex(plan)
    return units.filter { index.mustCheck($0, rule: rule) }
  }

  /// The units a group visits itself: those its own `检查：` lines give, less those its 小组
  /// check (a 大组 that lists its 小组's units is not sampled twice).
  private static func ownUnits(of group: PlanGroup, index: PlanIndex) -> [PlanUnit] {
    let covered = Set(group.subgroups.flatMap { index.area(of: $0) }.map(\.unit.name))
    return index.area(of: group, includingSubgroups: false).map(\.unit).filter {
      !covered.contains($0.name)
    }
  }

  private static func draw(
    for group: PlanGroup, units: [PlanUnit], index: PlanIndex, seed: UInt64
  ) -> PlanSample.GroupDraw {
    let rule = group.rule
    let must = units.filter { index.mustCheck($0, rule: rule) }
    let mustNames = Set(must.map(\.name))
    let isMust = { (unit: PlanUnit) in mustNames.contains(unit.name) }
    guard let draw = rule.draw else {
      return PlanSample.GroupDraw(
        group: group, rule: rule, mustCheck: must, candidates: [], requested: 0, drawn: [],
        notChecked: units.filter { !isMust($0) })
    }
    let candidates = units.filter { !isMust($0) && draw.accepts($0.kind) }
    var generator = SplitMix64(
      seed: SplitMix64.mix(seed ^ SplitMix64.hash(group.qualifiedID)))
    // The range is bounded by the units available: drawing "up to 9223372036854775807" from
    // three candidates draws up to three. A minimum above the candidates stays requested, so
    // the shortfall is reported. Counts come from a plan (at most `maximumCount`) or from a
    // caller; clamping first keeps the arithmetic below in range either way.
    let minimum = min(max(0, draw.minimum), SamplingRule.Draw.maximumCount)
    let maximum = min(max(draw.maximum, minimum), max(minimum, candidates.count))
    var requested = minimum
    if maximum > minimum {
      requested += Int(generator.next(below: UInt64(maximum - minimum + 1)))
    }
    // A partial Fisher–Yates shuffle of the candidates' positions picks `take` of them.
    let take = min(requested, candidates.count)
    var positions = Array(candidates.indices)
    for index in 0..<take {
      let other = index + Int(generator.next(below: UInt64(positions.count - index)))
      positions.swapAt(index, other)
    }
    let chosen = Set(positions.prefix(take))
    let drawn = candidates.indices.filter { chosen.contains($0) }.map { candidates[$0] }
    let drawnNames = Set(drawn.map(\.name))
    return PlanSample.GroupDraw(
      group: group, rule: rule, mustCheck: must, candidates: candidates, requested: requested,
      drawn: drawn,
      notChecked: units.filter { !isMust($0) && !drawnNames.contains($0.name) }
    )
  }
}
