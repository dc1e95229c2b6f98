import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// A unit with nothing applicable under `不适用条目：不计` (a school without boarders on a
/// boarding form, scored only on its 加分项) has full points 0. The draft's praise gave up on
/// every unit because of it: no 做得较好 sentence at all, and the overview said “满分0—10分”.
@Suite struct NothingApplicablePraiseTests {
  static let form = """
    清单 jisu-test
    标题：寄宿制学校管理检查
    对象：学校
    学段：小学 初中
    总分：10
    总分上限：12
    类型：评分表
    不适用条目：不计

    加分项 二 特色 2分

    条目 2.1 特色活动 2分
      录入 有寄宿生 是否 提示 "学校有没有寄宿生？"
      录入 有特色 是否 提示 "有无特色活动"
      规则 不得分(非 有特色, 理由="无特色")

    部分 一 寄宿管理 10分

    条目 1 宿舍管理 6分
      适用：有寄宿生
      录入 管理扣分 酌情 范围 0..6 提示 "扣几分"
      规则 酌情扣分(管理扣分)

    条目 2 寄宿生资助 4分
      适用：有寄宿生
      录入 补助到位 是否 提示 "补助是否按时发放"
      规则 不得分(非 补助到位, 理由="补助未按时发放")
    """

  /// Hand-computed, every school with a 特色 (+2):
  ///   一小: boarders, 6 + 4 = 10 of 10, + 2 = 12;
  ///   二小: boarders, 6 − 0.5 + 4 = 9.5, + 2 = 11.5;
  ///   四小: boarders, 6 − 3 + 4 = 7, + 2 = 9 (90%, but the lowest);
  ///   三小: no boarders, 1 and 2 不适用, full points 0, total 2 (the 加分项 alone).
  /// The bar is 90% of 10 = 9: 一小 and 二小 are named, 四小 is the lowest, 三小 is not compared.
  @Test func aUnitWithNothingApplicableDoesNotSilenceThePraise() throws {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "寄宿.ducha", text: Self.form)).0)
    func school(_ name: String, boarders: Bool, deducted: Decimal) -> Session {
      var values: [String: Answer] = [
        "有寄宿生": Answer(.bool(boarders)), "有特色": Answer(.bool(true)),
      ]
      if boarders {
        values["管理扣分"] = Answer(.number(deducted))
        values["补助到位"] = Answer(.bool(true))
      }
      return ReportFixtures.session(
        checklist, unit: name, id: name, inspectors: ["王雷"], values: values)
    }
    let summary = SummaryBuilder.build(
      checklist: checklist,
      sessions: [
        school("一小", boarders: true, deducted: 0), school("二小", boarders: true, deducted: 0.5),
        school("三小", boarders: false, deducted: 0), school("四小", boarders: true, deducted: 3),
      ])
    #expect(summary.units.map(\.unit.name) == ["一小", "二小", "四小", "三小"])
    #expect(
      summary.units.map(\.result.total) == [.scored(12), .scored(11.5), .scored(9), .scored(2)])
    #expect(
      summary.draft.contains(
        "以总分达到满分的90%（9分）及以上、未被一票否决且不是最低分为标准，此项工作做得较好的单位有一小（12分）、二小（11.5分）。"),
      "\(summary.draft)")
    // (12 + 11.5 + 9 + 2) ÷ 4 = 8.625; the range of full points leaves 三小's 0 out.
    #expect(
      summary.draft.contains("已全部评分的4个单位平均得分8.63分（满分10分），最高一小12分（满分10分），最低四小9分（满分10分）。"),
      "\(summary.draft)")
  }
}
