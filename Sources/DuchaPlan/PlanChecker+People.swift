import DuchaChecklist

extension PlanChecker {
  // MARK: - P401: 被检查单位的抽调人员，不参与对本单位的检查

  static func ownUnits(_ index: PlanIndex) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for group in index.plan.allGroups {
      let checked = index.area(of: group).map(\.unit.name)
      // Someone also listed in a 小组 checks only what the 小组 checks (集中后进一步分组).
      let inSubgroups = Set(group.subgroups.flatMap(\.flattened).flatMap(\.ownPeople).map(\.name))
      for person in group.ownPeople where !inSubgroups.contains(person.name) {
        guard let homeName = person.homeUnit, let home = index.unit(named: homeName) else {
          continue
        }
        let own = Set([home.name] + index.units(under: home.name).map(\.name))
        let clashes = checked.filter(own.contains)
        guard !clashes.isEmpty else { continue }
        warnings.append(
          PlanWarnings.seconded(
            role: role(of: person, in: group), person: person.name, home: home.name,
            group: group.name, clashes: clashes, person.location))
      }
    }
    return warnings
  }

  private static func role(of person: PlanPerson, in group: PlanGroup) -> String {
    if group.leader?.name == person.name { return "组长" }
    if group.declaredConvener?.name == person.name { return "召集人" }
    return "组员"
  }

  // MARK: - P405: 人数 and the names listed

  /// The distinct 组员 of a group and its 小组.
  private static func memberNames(_ group: PlanGroup) -> [String] {
    var names: [String] = []
    var seen: Set<String> = []  // a set, so thousands of 组员 stay linear
    for person in group.flattened.flatMap(\.members) where seen.insert(person.name).inserted {
      names.append(person.name)
    }
    return names
  }

  static func headCounts(_ plan: InspectionPlan) -> [Diagnostic] {
    plan.allGroups.compactMap { group in
      let listed = memberNames(group).count
      guard let count = group.headCount, let location = group.headCountLocation, listed > 0,
        listed != count
      else { return nil }
      return PlanWarnings.headCount(group: group.name, count: count, listed: listed, location)
    }
  }

  // MARK: - P407: one person in two groups

  static func peopleInTwoGroups(_ plan: InspectionPlan) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    // By name, so each person is compared only with earlier people of the same name (a plan
    // of a thousand groups stays linear).
    var seen: [String: [(person: PlanPerson, group: PlanGroup)]] = [:]
    for group in plan.allGroups {
      for person in group.ownPeople {
        let clash = seen[person.name, default: []].first { earlier in
          earlier.person.name == person.name
            && !(earlier.person.affiliation != nil && person.affiliation != nil
              && earlier.person.affiliation != person.affiliation)
            && !related(earlier.group, group)
        }
        if let clash {
          warnings.append(
            PlanWarnings.personInTwoGroups(
              person.name, first: clash.group.name, firstLine: clash.person.location.line,
              group: group.name, person.location))
        }
        seen[person.name, default: []].append((person, group))
      }
    }
    return warnings
  }

  /// Whether one group is the other or contains it as a 小组.
  static func related(_ a: PlanGroup, _ b: PlanGroup) -> Bool {
    a.qualifiedID == b.qualifiedID || a.qualifiedID.hasPrefix(b.qualifiedID + ".")
      || b.qualifiedID.hasPrefix(a.qualifiedID + ".")
  }
}
