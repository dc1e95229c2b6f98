import DuchaChecklist
import DuchaPlan
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// A summary restricted to a plan: which records it keeps, which units it expects and under
/// what name, and which units of the folder the plan does not name.
@Suite struct SummaryPlanScopeTests {
  /// 渔沟 (又名 渔沟小学) and 冯庙小学 for group 三, 韦集小学 for group 四; 尹集小学 is in no plan.
  static let plan = """
    计划 field-2021
    标题：灵璧县2021年学籍管理工作检查
    年度：2021
    清单：lingbi-xueji-2021
    必查：小学

    单位 渔沟 小学 又名 渔沟小学
    单位 冯庙小学 小学
    单位 韦集小学 小学

    组 三
      组长：张徽
      检查：渔沟、冯庙小学

    组 四
      组长：李辉
      检查：韦集小学

    """

  static func sessions() throws -> [Session] {
    let checklist = try ReportFixtures.lingbi()
    return ["渔沟小学", "韦集小学", "尹集小学", "尹集小学"].enumerated().map { index, unit in
      ReportFixtures.session(
        checklist, unit: unit, id: "s\(index)", inspectors: ["李辉"], values: [:])
    }
  }

  @Test func aGroupKeepsItsUnitsUnderTheSessionsNamesAndNamesUnitsOutsideThePlan() throws {
    let plan = try #require(PlanLoader.load(text: Self.plan, file: "检查计划.plan").0)
    let units = try #require(plan.units(checkedByGroupNamed: "三"))

    let scope = SummaryPlanScope(
      sessions: try Self.sessions(), units: units, planned: plan.units,
      visited: try plan.unitsAlwaysVisited(byGroupNamed: "三"))

    // 渔沟 matched 渔沟小学 by its 又名; 冯庙小学 has no record yet and keeps the plan's name.
    #expect(scope.keptIDs == ["s0"])
    #expect(scope.expectedUnits == ["渔沟小学", "冯庙小学"])
    // 韦集小学 is group 四's: the plan's all the same, so not named; 尹集小学 named once.
    #expect(scope.outsideUnits == ["尹集小学"])
  }

  @Test func theWholePlanKeepsEveryGroupsUnits() throws {
    let plan = try #require(PlanLoader.load(text: Self.plan, file: "检查计划.plan").0)

    let scope = SummaryPlanScope(
      sessions: try Self.sessions(), units: plan.units, planned: plan.units,
      visited: try plan.unitsAlwaysVisited(byGroupNamed: nil))

    #expect(scope.keptIDs == ["s0", "s1"])
    #expect(scope.expectedUnits == ["渔沟小学", "冯庙小学", "韦集小学"])
    #expect(scope.outsideUnits == ["尹集小学"])
  }
}
