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

  static func warning(
    _ code: String, _ location: SourceLocation, _ zh: String, en: String, fix fixZh: String,
    _ fixEn: String
  ) -> Diagnostic {
    Diagnostic(
      .warning, code, at: location, Localized(zh, en: en), fix: Localized(fixZh, en: fixEn))
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
          warning(
            "P408", group.location, "\(group.name)没有要检查的单位。",
            en: "\(group.name) has no units to check.",
            fix: "写“检查：单位、单位……”，或在它下面分小组。",
            "add '检查：<unit>、<unit>…' or split it into 小组."))
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
          warning(
            "P404", reference.location,
            "\(group.name)检查的“\(reference.name)”没有用“单位”声明。"
              + (hint.map { "是不是“\($0)”？" } ?? ""),
            en: "'\(reference.name)', checked by \(group.name), is not declared with 单位.",
            fix: "加一行“单位 \(reference.name) <类别>”（类别：\(PlanUnitKind.catalogue)），或改正名称；"
              + "没有声明的单位按“学校”处理，抽查规则认不出它的类别。",
            "declare it with '单位 \(reference.name) <kind>' or correct the name."))
      }
    }
    for name in order {
      guard let list = checkers[name], let first = list.first else { continue }
      for other in list.dropFirst() where !related(first.group, other.group) {
        warnings.append(
          warning(
            "P402", other.reference.location,
            "单位“\(name)”分给了两个组：\(first.group.name)（第 \(first.reference.location.line) 行）"
              + "和\(other.group.name)。",
            en: "unit '\(name)' is given to two groups: \(first.group.name) (line "
              + "\(first.reference.location.line)) and \(other.group.name).",
            fix: "一个单位只交给一个组：从其中一个组的“检查：”里删去它（或它所属的乡镇、中心学校）。",
            "give each unit to one group: remove it from one group's 检查 line."))
      }
    }
    for unit in plan.units where checkers[unit.name] == nil {
      warnings.append(
        warning(
          "P403", unit.location, "单位“\(unit.name)”没有分给任何组。",
          en: "unit '\(unit.name)' is not given to any group.",
          fix: "在某个组的“检查：”里写上“\(unit.name)”，或用“属于”把它归到某组检查的乡镇、中心学校；"
            + "这次本来不查它的话，可以不管这条提醒。",
          "name it in some group's 检查 line, or attach it with 属于 to a unit a group checks."))
    }
    return warnings
  }

  // MARK: - P406: units the rule never reaches

  private static func unreachable(_ index: PlanIndex) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for group in index.plan.allGroups where !group.rule.mustCheck.contains(.everything) {
      for reference in group.checks {
        guard let name = reference.unit, let unit = index.unit(named: name),
          !index.mustCheck(unit, rule: group.rule),
          !(group.rule.draw?.accepts(unit.kind) ?? false)
        else { continue }
        let kind = unit.kind.rawValue
        warnings.append(
          warning(
            "P406", reference.location,
            "\(group.name)的“\(name)”（\(kind)）既不是必查，也不在抽查范围内，按本组的规则不会被检查。",
            en: "\(group.name)'s '\(name)' (\(unit.kind.name(.english))) is neither checked "
              + "always nor drawn: the group's rule never reaches it.",
            fix: "在“必查：”里加上“\(kind)”或“\(name)”，或在“抽查：”里加上“\(kind)”；本来不查的话，从“检查：”里删去它。",
            "add '\(kind)' or '\(name)' to 必查, or '\(kind)' to 抽查; or remove it from 检查."))
      }
    }
    return warnings
  }
}
