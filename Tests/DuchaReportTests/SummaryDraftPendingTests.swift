import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// The draft's “存在问题” when nothing lost points: with items still 待定 it must not say that
/// every item was passed — seen on a leader's laptop with a walk just begun, where 13 of 14
/// items were 待定 and the draft read “各单位在本表各项均未失分”.
@Suite struct SummaryDraftPendingTests {
  static let text = """
    清单 草稿
    标题：制度检查
    对象：学校
    总分：20
    部分 一 制度 20分
    条目 1 制度 10分
      录入 有制度 是否
      规则 条件扣分(非 有制度, 扣=10)
    条目 2 台账 10分
      录入 有台账 是否
      规则 条件扣分(非 有台账, 扣=10)
    """

  func draft(_ values: [String: Answer]) throws -> String {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "草稿.ducha", text: Self.text)).0)
    let session = ReportFixtures.session(
      checklist, unit: "城关小学", id: "a", inspectors: [], stages: [.primary], values: values)
    return SummaryBuilder.build(checklist: checklist, sessions: [session]).draft
  }

  @Test func everyItemScoredWithoutLoss() throws {
    let text = try draft(["有制度": Answer(.bool(true)), "有台账": Answer(.bool(true))])
    #expect(text.contains("各单位在本表各项均未失分，也没有记为问题的情况。"))
  }

  @Test func itemsStillPendingAreNotCalledPassed() throws {
    let text = try draft(["有制度": Answer(.bool(true))])
    #expect(text.contains("尚有待定项目的单位：城关小学（1项待定）"))
    #expect(text.contains("已评分的各项均未失分，也没有记为问题的情况；待定项目评分后再看。"))
    #expect(!text.contains("各单位在本表各项均未失分"))
  }
}
