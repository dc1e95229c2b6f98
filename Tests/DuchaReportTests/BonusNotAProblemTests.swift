import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// A 加分项 not earned is no shortfall: its points are on top of 总分. A county's form with
/// “经验被推广 +4” listed every township without the bonus under 存在问题 (“2个单位在此项失分…
/// 建议：…逐项整改”) and put it in the 问题清单 to be put right by a date.
@Suite struct BonusNotAProblemTests {
  static let form = """
    清单 xz-test
    标题：乡镇控辍保学考核
    对象：乡镇(街道)
    总分：10
    总分上限：14

    部分 一 责任落实 10分
    条目 1.1 工作专班 10分
      录入 有工作专班 是否
      规则 条件扣分(非 有工作专班, 扣=5, 理由="未成立工作专班")

    加分项 二 特色工作 4分
    条目 2.1 经验被推广 4分
      录入 经验推广 是否
      规则 判定(经验推广, 是=有, 否=无)
    """

  /// 城关镇: 10 + 4 = 14; 东河乡: 10 − 5 = 5, no bonus; 西山乡: 10, no bonus.
  @Test func aBonusNotEarnedIsNeitherLostPointsNorAProblem() throws {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "乡镇.ducha", text: Self.form)).0)
    func township(_ name: String, team: Bool, bonus: Bool) -> Session {
      ReportFixtures.session(
        checklist, unit: name, id: name, inspectors: ["王雷"],
        values: ["有工作专班": Answer(.bool(team)), "经验推广": Answer(.bool(bonus))])
    }
    let summary = SummaryBuilder.build(
      checklist: checklist,
      sessions: [
        township("城关镇", team: true, bonus: true), township("东河乡", team: false, bonus: false),
        township("西山乡", team: true, bonus: false),
      ])
    #expect(summary.units.map(\.result.total) == [.scored(14), .scored(10), .scored(5)])
    #expect(summary.mostLost.map(\.id) == ["1.1"])
    #expect(summary.draft.contains("1、工作专班。1个单位在此项失分"), "\(summary.draft)")
    #expect(!summary.draft.contains("经验被推广。"), "\(summary.draft)")
    let list = ProblemListBuilder.build(summary)
    #expect(list.entries.map { "\($0.unit) \($0.itemID)" } == ["东河乡 1.1"])
  }

  /// The summary, the draft and the printed sheet call the bonus section a 加分项 with its
  /// cap, so its 0 reads as “no bonus”, not as a part failed.
  @Test func theBonusSectionIsNamedAsOneWherePartsAreListed() throws {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "乡镇.ducha", text: Self.form)).0)
    let sessions = [("城关镇", true), ("东河乡", false)].map { name, bonus in
      ReportFixtures.session(
        checklist, unit: name, id: name, inspectors: ["王雷"],
        values: ["有工作专班": Answer(.bool(true)), "经验推广": Answer(.bool(bonus))])
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    let text = SummaryText.format(summary, width: 200)
    #expect(text.contains("部分：一 责任落实（10分）  二 特色工作（加分项，最多4分）"), "\(text)")
    // (4 + 0) ÷ 2 = 2.
    #expect(
      summary.draft.contains("分项情况：责任落实平均得分10分（满分10分）；特色工作（加分项）平均加2分（最多4分）。"),
      "\(summary.draft)")
    let unit = try #require(summary.units.first { $0.unit.name == "东河乡" })
    let html = InspectionSheetHTML.format([(checklist, unit)])
    #expect(html.contains("特色工作（加分项，最多4分）</td>"), "\(html)")
  }

  /// An inspector's own problem on a bonus item still goes on the list.
  @Test func aProblemMarkedOnABonusItemStaysOnTheList() throws {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "乡镇.ducha", text: Self.form)).0)
    var session = ReportFixtures.session(
      checklist, unit: "西山乡", id: "西山乡", inspectors: ["王雷"],
      values: ["有工作专班": Answer(.bool(true)), "经验推广": Answer(.bool(false))])
    session.problems.append(
      Problem(itemID: "2.1", description: "推广材料弄虚作假", time: "2026-11-21T10:00:00+08:00"))
    let list = ProblemListBuilder.build(
      SummaryBuilder.build(checklist: checklist, sessions: [session]))
    #expect(list.entries.map(\.finding) == ["推广材料弄虚作假"])
  }
}
