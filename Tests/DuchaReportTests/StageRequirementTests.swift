import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// 贵州's 要求 is written per 学段: `…服务半径适宜（小学）；…具有可持续发展空间（初中）`. The
/// problem list's 整改要求 and the draft's 建议 quoted both columns to a 小学 (and cut the 初中
/// one short at 50 characters); they now quote the unit's own.
@Suite struct StageRequirementTests {
  typealias F = ReportFixtures

  /// 新区小学 (小学) loses 2 on 1.1; 新区初中 (初中, new) has 400 pupils on 8000㎡, 20 < 25㎡, so
  /// 1.2 scores 0; 一贯制学校 (小学 and 初中, 10000 ÷ 400 = 25㎡) loses 1 on 1.1 only. Everything
  /// else full.
  func problemList() throws -> (GroupSummary, ProblemList) {
    let checklist = try #require(
      ChecklistLoader.load(
        path: F.root.appendingPathComponent("Checklists/guizhou-banxue-tiaojian.ducha").path
      ).0)
    func school(_ name: String, deducted: Int, land: Int = 8000, stages: [Stage]) -> Session {
      let values: [String: Answer] = [
        "规划布局扣分": Answer(.number(Decimal(deducted))), "新建于2011年后": Answer(.bool(true)),
        "在校学生数": Answer(.number(400)), "占地面积": Answer(.number(Decimal(land))),
        "校舍建筑面积": Answer(.number(1800)), "生均校舍标准": Answer(.number(4.5)),
        "有寄宿生": Answer(.bool(false)), "宿舍达标": Answer(.bool(true)),
      ]
      return F.session(
        checklist, unit: name, id: name, inspectors: ["刘芳"], stages: stages, values: values)
    }
    let summary = SummaryBuilder.build(
      checklist: checklist,
      sessions: [
        school("新区小学", deducted: 2, stages: [.primary]),
        school("新区初中", deducted: 0, stages: [.junior]),
        school("一贯制学校", deducted: 1, land: 10000, stages: [.primary, .junior]),
      ])
    return (summary, ProblemListBuilder.build(summary))
  }

  @Test func eachUnitIsToldItsOwnStagesRequirement() throws {
    let (_, list) = try problemList()
    let requirements = list.entries.map { "\($0.unit) \($0.itemID) \($0.requirement)" }
    #expect(
      requirements == [
        "一贯制学校 1.1 对照“（缺）,合理布局;服务半径适宜（小学）；（缺）,合理布局;服务半径适宜;具有可持续发展空间（初中）”整改到位",
        "新区初中 1.2 对照“（缺）,2011年后新建学校生均不低于25㎡（初中）”整改到位",
        "新区小学 1.1 对照“（缺）,合理布局;服务半径适宜（小学）”整改到位",
      ])
  }

  /// 1.1 was lost by a 小学 and a 九年一贯制 school: both columns; 1.2 only by a 初中: its own.
  @Test func theDraftsAdviceQuotesTheColumnsOfTheUnitsConcerned() throws {
    let (summary, _) = try problemList()
    #expect(
      summary.draft.contains("建议：相关单位对照“（缺）,2011年后新建学校生均不低于25㎡（初中）”的要求逐项整改"),
      "\(summary.draft)")
    #expect(
      summary.draft.contains(
        "建议：相关单位对照“（缺）,合理布局;服务半径适宜（小学）；（缺）,合理布局;服务半径适宜;具有可持续发展空间（初中）”的要求"),
      "\(summary.draft)")
  }

  @Test func textNotWrittenPerStageIsNeverCut() {
    let perStage = "不低于20㎡（小学）；不低于25㎡（初中）"
    #expect(StageText.own(perStage, stages: [.junior]) == "不低于25㎡（初中）")
    #expect(StageText.own(perStage, stages: [.primary, .junior]) == perStage)
    #expect(StageText.own(perStage, stages: []) == perStage)
    #expect(StageText.own(perStage, stages: [.senior]) == perStage)
    #expect(StageText.own("小学、初中两栏；各有标准（小学、初中）", stages: [.primary]) == "小学、初中两栏；各有标准（小学、初中）")
    #expect(StageText.own("建立台账（县级）；按时上报（小学）", stages: [.primary]) == "建立台账（县级）；按时上报（小学）")
    #expect(StageText.own("生均 5㎡（小学、初中）；生均 8㎡（高中）", stages: [.junior]) == "生均 5㎡（小学、初中）")
  }
}
