import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// A figure compared across the batch, used only by an item that does not apply to some units
/// (凌源 3.3 报考率 is 适用：初中): a 小学 has no such figure and is no one's peer in it, so it
/// neither holds the 初中 back nor is listed as 未录.
@Suite struct CohortApplicabilityTests {
  /// Four 初中 at 99, 98, 97, 96 → 20, 16, 12, 12 (as in SummaryTests); 实小 answers nothing on
  /// 报考率, the item does not apply to it, its total is the 10 of item 2 alone.
  @Test func aFigureOfAnItemThatDoesNotApplyIsNotWaitedFor() throws {
    let text = """
      清单 排名
      标题：排名分档
      对象：学校
      学段：小学 初中
      总分：30
      部分 一 成效 30分
      条目 1 报考率 20分
        适用：初中
        录入 报名人数 计数
        录入 九年级人数 计数
        规则 排名分档(报名人数 / 九年级人数, 顺序=由高到低, 档=[20%=20, 30%=16, 30%=12, 20%=8])
      条目 2 制度 10分
        录入 有制度 是否
        规则 条件扣分(非 有制度, 扣=10)
      """
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "排名.ducha", text: text)).0)
    let junior: [(String, Int)] = [("一中", 99), ("二中", 98), ("三中", 97), ("四中", 96)]
    var sessions = junior.map { unit, registered in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.junior],
        values: [
          "报名人数": Answer(.number(Decimal(registered))), "九年级人数": Answer(.number(100)),
          "有制度": Answer(.bool(true)),
        ])
    }
    sessions.append(
      ReportFixtures.session(
        checklist, unit: "实小", id: "实小", inspectors: [], stages: [.primary],
        values: ["有制度": Answer(.bool(true))]))
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    let totals = Dictionary(
      uniqueKeysWithValues: summary.units.map { ($0.unit.name, $0.result.total) })
    #expect(
      totals == [
        "一中": .scored(30), "二中": .scored(26), "三中": .scored(22), "四中": .scored(22),
        "实小": .scored(10),
      ])
    // The figure is listed for the units that are ranked on it, not 实小 “未录”.
    #expect(summary.batchFigures.map(\.expression) == ["报名人数 ÷ 九年级人数"])
    #expect(Set(summary.batchFigures.first?.values.map(\.unit) ?? []) == ["一中", "二中", "三中", "四中"])
    // A 初中 that has not recorded its figure yet is still waited for.
    var partial = sessions
    partial[0].answers.values["报名人数"] = nil
    let waiting = SummaryBuilder.build(checklist: checklist, sessions: partial)
    #expect(!waiting.cohortComplete)
    #expect(waiting.units.first { $0.unit.name == "二中" }?.result.total == .awaitingCohort)
  }
}
