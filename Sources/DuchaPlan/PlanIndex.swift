/// Lookups over one plan, built once so the checker and the sampler stay linear in the size
/// of a county's plan (hundreds of 完小 under dozens of 中心学校).
struct PlanIndex {
  /// One unit of a group's area and the `检查：` entry that brings it in.
  struct Covered {
    var unit: PlanUnit
    var reference: UnitReference
  }

  let plan: InspectionPlan
  /// Name or 又名 (`PlanText.key` form) → position in `plan.units`.
  private let positions: [String: Int]
  /// A unit's name → positions of the units directly under it (`属于`), in file order.
  private let children: [String: [Int]]
  /// Names of 中心学校 with a separately declared 本部 unit.
  let schoolsWithMainCampus: Set<String>

  init(_ plan: InspectionPlan) {
    self.plan = plan
    var positions: [String: Int] = [:]
    var children: [String: [Int]] = [:]
    var campuses: Set<String> = []
    for (position, unit) in plan.units.enumerated() {
      for name in [unit.name] + unit.aliases where positions[PlanText.key(name)] == nil {
        positions[PlanText.key(name)] = position
      }
      if let parent = unit.parent {
        children[parent, default: []].append(position)
        if unit.isMainCampus { campuses.insert(parent) }
      }
    }
    self.positions = positions
    self.children = children
    self.schoolsWithMainCampus = campuses
  }

  /// The declared unit called `name` (name or 又名).
  func unit(named name: String) -> PlanUnit? {
    positions[PlanText.key(name)].map { plan.units[$0] }
  }

  /// The units under `name` through `属于`, at any depth, in file order.
  func units(under name: String) -> [PlanUnit] {
    var found: Set<Int> = []
    var stack = children[name] ?? []
    while let position = stack.popLast() {
      guard found.insert(position).inserted else { continue }
      stack += children[plan.units[position].name] ?? []
    }
    return found.sorted().map { plan.units[$0] }
  }

  /// The units `group` checks, each once with the first `检查：` entry that brings it in: the
  /// named unit, then the units under it; then the 小组's units unless excluded.
  func area(of group: PlanGroup, includingSubgroups: Bool = true) -> [Covered] {
    var result: [Covered] = []
    var seen: Set<String> = []
    func add(_ unit: PlanUnit, _ reference: UnitReference) {
      if seen.insert(unit.name).inserted {
        result.append(Covered(unit: unit, reference: reference))
      }
    }
    for reference in group.checks {
      if let declared = reference.unit.flatMap(unit(named:)) {
        add(declared, reference)
        for unit in units(under: declared.name) { add(unit, reference) }
      } else {
        add(
          PlanUnit(
            name: reference.name, kind: .school, isDeclared: false, location: reference.location),
          reference)
      }
    }
    if includingSubgroups {
      for subgroup in group.subgroups {
        for covered in area(of: subgroup) { add(covered.unit, covered.reference) }
      }
    }
    return result
  }

  /// Whether `rule`'s `必查` takes in `unit`.
  func mustCheck(_ unit: PlanUnit, rule: SamplingRule) -> Bool {
    rule.mustCheck.contains { target in
      switch target {
      case .everything: true
      case .kind(let kind): unit.kind == kind
      case .unit(let name): unit.name == name
      case .mainCampus:
        unit.isMainCampus
          || (unit.kind == .centralSchool && !schoolsWithMainCampus.contains(unit.name))
      }
    }
  }
}
