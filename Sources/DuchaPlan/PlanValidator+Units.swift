import DuchaChecklist

extension PlanValidator {
  /// Declares the units: names and 又名 unique, 属于 resolved to a 乡镇, 街道 or 中心学校
  /// without cycles, at most one 本部 per 中心学校.
  mutating func declareUnits(_ syntax: [PlanSyntax.Unit]) {
    var kept: [PlanSyntax.Unit] = []
    for var unit in syntax {
      if let first = index[PlanText.key(unit.name.text)] {
        diagnostics.append(
          PlanValidationErrors.duplicateUnit(
            unit.name.text, firstLine: lineOfName(unit.name.text, first, kept),
            unit.name.location))
        continue
      }
      index[PlanText.key(unit.name.text)] = kept.count
      unit.aliases = unit.aliases.filter { alias in
        let key = PlanText.key(alias.text)
        if let first = index[key] {
          diagnostics.append(
            PlanValidationErrors.duplicateUnit(
              alias.text, firstLine: lineOfName(alias.text, first, kept + [unit]),
              alias.location))
          return false
        }
        index[key] = kept.count
        return true
      }
      kept.append(unit)
    }
    units = kept.map {
      PlanUnit(
        name: $0.name.text, aliases: $0.aliases.map(\.text), kind: $0.kind, stages: $0.stages,
        parent: nil, isMainCampus: $0.mainCampus != nil, location: $0.name.location)
    }
    resolveParents(kept)
    checkMainCampuses(kept)
  }

  /// The line where `name` was first declared (as a name or 又名) among `declared`.
  private func lineOfName(_ name: String, _ position: Int, _ declared: [PlanSyntax.Unit]) -> Int {
    let unit = declared[position]
    let key = PlanText.key(name)
    if PlanText.key(unit.name.text) == key { return unit.name.location.line }
    return unit.aliases.first { PlanText.key($0.text) == key }?.location.line
      ?? unit.name.location.line
  }

  /// The declared unit a written name (name or 又名) refers to.
  func unit(named name: String) -> PlanUnit? {
    index[PlanText.key(name)].map { units[$0] }
  }

  /// Every declared name and alias, for “是不是…？” hints.
  var allUnitNames: [String] { units.flatMap { [$0.name] + $0.aliases } }

  private mutating func resolveParents(_ syntax: [PlanSyntax.Unit]) {
    for (position, unit) in syntax.enumerated() {
      guard let parent = unit.parent else { continue }
      guard let target = index[PlanText.key(parent.text)] else {
        if failedUnitNames.contains(PlanText.key(parent.text)) { continue }
        diagnostics.append(
          PlanValidationErrors.undefinedParent(
            parent.text, hint: PlanText.suggestion(for: parent.text, among: allUnitNames),
            parent.location))
        continue
      }
      let kind = units[target].kind
      guard kind.canHaveUnits else {
        diagnostics.append(
          PlanValidationErrors.parentKind(unit.name.text, units[target].name, kind, parent.location)
        )
        continue
      }
      units[position].parent = units[target].name
    }
    // Follow each chain of 属于 once: a walk stops at a unit an earlier walk finished, so a
    // long chain costs its length, not its length squared or cubed. A walk that comes back to a
    // unit on it has found a cycle, reported once, at the 属于 of its first unit in file order.
    var reported: Set<String> = []
    var finished = Set<Int>()
    func parentPosition(_ position: Int) -> Int? {
      units[position].parent.flatMap { index[PlanText.key($0)] }
    }
    for position in syntax.indices where !finished.contains(position) {
      var walk: [Int] = []
      var onWalk: [Int: Int] = [:]
      var current: Int? = position
      while let here = current, !finished.contains(here) {
        if let start = onWalk[here] {
          let first = walk[start...].min() ?? here
          var cycle = [units[first].name]
          var next = parentPosition(first)
          while let step = next, step != first {
            cycle.append(units[step].name)
            next = parentPosition(step)
          }
          cycle.append(units[first].name)
          if reported.isDisjoint(with: cycle), let location = syntax[first].parent?.location {
            diagnostics.append(PlanValidationErrors.parentCycle(cycle, location))
            reported.formUnion(cycle)
          }
          break
        }
        onWalk[here] = walk.count
        walk.append(here)
        current = parentPosition(here)
      }
      finished.formUnion(walk)
    }
    for position in units.indices where reported.contains(units[position].name) {
      units[position].parent = nil
    }
  }

  private mutating func checkMainCampuses(_ syntax: [PlanSyntax.Unit]) {
    var campuses: [String: Int] = [:]
    for (position, unit) in syntax.enumerated() {
      guard let flag = unit.mainCampus else { continue }
      let declared = units[position]
      let school: String
      if declared.kind == .centralSchool {
        school = declared.name
      } else if let parent = declared.parent, self.unit(named: parent)?.kind == .centralSchool {
        school = parent
      } else {
        diagnostics.append(PlanValidationErrors.mainCampusMisplaced(declared.name, flag))
        units[position].isMainCampus = false
        continue
      }
      if let first = campuses[school] {
        diagnostics.append(
          PlanValidationErrors.twoMainCampuses(
            school, first: units[first].name, firstLine: units[first].location.line,
            second: declared.name, flag))
        units[position].isMainCampus = false
        continue
      }
      campuses[school] = position
    }
  }
}
