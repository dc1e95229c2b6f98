import DuchaChecklist

/// Turns a `PlanSyntax` into an `InspectionPlan`: required fields present, unit names and
/// `属于` resolved, group numbers unique, sampling rules resolved and inherited.
struct PlanValidator {
  var diagnostics: [Diagnostic] = []
  /// Declared units, in file order.
  var units: [PlanUnit] = []
  /// Name or 又名 (in `PlanText.key` form) → position in `units`.
  var index: [String: Int] = [:]
  /// Names whose `单位` line failed to parse; not reported again as undefined.
  var failedUnitNames: Set<String> = []

  /// The validated plan (nil when any error was found) and the diagnostics.
  static func validate(_ tree: PlanSyntax) -> (InspectionPlan?, [Diagnostic]) {
    var validator = PlanValidator(failedUnitNames: tree.failedUnitNames)
    let plan = validator.run(tree)
    return (validator.diagnostics.hasErrors ? nil : plan, validator.diagnostics)
  }

  private mutating func run(_ tree: PlanSyntax) -> InspectionPlan? {
    let start = tree.id?.location ?? SourceLocation(file: tree.file, line: 1, column: 1)
    if tree.id != nil, tree.title == nil {
      diagnostics.append(PlanValidationErrors.missingHeader("标题", example: "灵璧县2021年控辍保学检查", start))
    }
    if tree.id != nil, tree.checklists.isEmpty {
      diagnostics.append(
        PlanValidationErrors.missingHeader("清单", example: "lingbi-xueji-2021", start))
    }
    declareUnits(tree.units)
    let planRule = resolve(tree.rule)
    let groups = tree.groups.map { group(from: $0, parent: nil, inherited: planRule) }
    checkGroupNumbers(tree.groups)
    guard let id = tree.id else { return nil }
    return InspectionPlan(
      file: tree.file, id: id.text, title: tree.title ?? "", authority: tree.authority,
      documentNumber: tree.documentNumber, year: tree.year, dates: tree.dates,
      checklistIDs: tree.checklists.map(\.text), notes: tree.notes, units: units, groups: groups,
      location: id.location)
  }

  // MARK: - Groups

  private mutating func group(
    from syntax: PlanSyntax.Group, parent: PlanGroup?, inherited: ResolvedRule
  ) -> PlanGroup {
    let short = GroupNaming.shortName(level: syntax.level, id: syntax.id.text, title: syntax.title)
    let rule = resolve(syntax.rule).inheriting(inherited)
    var group = PlanGroup(
      level: syntax.level, id: syntax.id.text,
      qualifiedID: parent.map { "\($0.qualifiedID).\(syntax.id.text)" } ?? syntax.id.text,
      name: (parent?.name ?? "") + short, leader: syntax.leader.map(person),
      declaredConvener: syntax.convener.map(person), members: syntax.members.map(person),
      headCount: syntax.headCountValue, headCountLocation: syntax.headCount?.location,
      checks: syntax.checks.map {
        UnitReference(name: $0.text, unit: unit(named: $0.text)?.name, location: $0.location)
      },
      rule: rule.rule, notes: syntax.notes, location: syntax.location)
    group.subgroups = syntax.subgroups.map { self.group(from: $0, parent: group, inherited: rule) }
    return group
  }

  private func person(_ syntax: PlanSyntax.Person) -> PlanPerson {
    PlanPerson(
      name: syntax.name.text, affiliation: syntax.affiliation?.text,
      homeUnit: syntax.affiliation.flatMap { unit(named: $0.text)?.name },
      location: syntax.name.location)
  }

  private mutating func checkGroupNumbers(_ groups: [PlanSyntax.Group]) {
    func check(_ groups: [PlanSyntax.Group], prefix: String) {
      var seen: [String: Int] = [:]
      for group in groups {
        let key = GroupNaming.key(group.id.text)
        let name =
          prefix + GroupNaming.shortName(level: group.level, id: group.id.text, title: nil)
        if let line = seen[key] {
          diagnostics.append(
            PlanValidationErrors.duplicateGroup(name, firstLine: line, group.location))
        } else {
          seen[key] = group.location.line
        }
      }
    }
    check(groups, prefix: "")
    for group in groups {
      check(
        group.subgroups,
        prefix: GroupNaming.shortName(level: group.level, id: group.id.text, title: nil))
    }
  }

  // MARK: - Rules

  /// A rule as written at one level, its entries resolved; nil fields are inherited.
  struct ResolvedRule {
    var mustCheck: [SamplingRule.Target]?
    var mustCheckLocation: SourceLocation?
    var draw: SamplingRule.Draw?

    /// This level's fields over `outer`'s.
    func inheriting(_ outer: ResolvedRule) -> ResolvedRule {
      ResolvedRule(
        mustCheck: mustCheck ?? outer.mustCheck,
        mustCheckLocation: mustCheck == nil ? outer.mustCheckLocation : mustCheckLocation,
        draw: draw ?? outer.draw)
    }

    /// The rule in force: a draw of 0 is no draw; no `必查` means everything unless there is a
    /// draw.
    var rule: SamplingRule {
      let draw = self.draw.flatMap { $0.maximum == 0 ? nil : $0 }
      return SamplingRule(
        mustCheck: mustCheck ?? (draw == nil ? [.everything] : []), draw: draw,
        mustCheckLocation: mustCheckLocation)
    }
  }

  private mutating func resolve(_ syntax: PlanSyntax.Rule) -> ResolvedRule {
    let targets = syntax.mustCheck?.compactMap { entry -> SamplingRule.Target? in
      switch PlanText.key(entry.text) {
      case "中心学校本部", "中心校本部", "本部": return .mainCampus
      case "全部", "所有单位", "全部单位": return .everything
      default: break
      }
      if let kind = PlanUnitKind(word: entry.text) { return .kind(kind) }
      if let unit = unit(named: entry.text) { return .unit(unit.name) }
      if failedUnitNames.contains(PlanText.key(entry.text)) { return nil }
      let candidates = PlanUnitKind.allCases.map(\.word) + allUnitNames
      diagnostics.append(
        PlanValidationErrors.undefinedTarget(
          entry.text, hint: PlanText.suggestion(for: entry.text, among: candidates),
          entry.location))
      return nil
    }
    let draw = syntax.draw.map {
      SamplingRule.Draw(
        kinds: $0.kinds, minimum: $0.minimum, maximum: $0.maximum, location: $0.location)
    }
    return ResolvedRule(
      mustCheck: targets, mustCheckLocation: syntax.mustCheckLocation, draw: draw)
  }
}
