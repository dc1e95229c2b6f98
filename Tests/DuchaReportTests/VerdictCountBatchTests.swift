import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// A figure compared across the batch built on a `判定` count (“不达标项多于全县平均的，一票
/// 否决”): a line's verdict is known only once the unit is scored, so the count is read after
/// scoring, like a figure built on the total. It used to be evaluated from the answers alone,
/// where no `判定.…` count exists, and the summary waited for ever (“判定.不达标：乙校 未录”).
@Suite struct VerdictCountBatchTests {
  static let text = """
    清单 判定全体
    标题：判定条数的全体比较
    对象：学校
    总分：10

    部分 一 核对 10分
    条目 1 在校生数一致 5分
      录入 系统人数 计数
      录入 实际人数 计数
      规则 判定(系统人数 = 实际人数, 是=一致, 否=不一致)
    条目 2 证明材料 5分
      录入 材料比例 百分比
      规则 判定(材料比例 >= 80)
    结果 换算(达标数, 判定.达标)
    结果 一票否决(判定.不达标 > 全体平均(判定.不达标), 理由="不达标项多于全县平均")
    """

  static func checklist() throws -> Checklist {
    try #require(ChecklistLoader.load(source: SourceText(file: "判定全体.ducha", text: text)).0)
  }

  /// 甲校: 10 = 10 一致, 90 ≥ 80 达标 → 不达标 0. 乙校: 10 ≠ 9 不一致, 70 < 80 不达标 → 不达标 1.
  /// 全体平均(判定.不达标) = (0 + 1) ÷ 2 = 0.5: 乙校 1 > 0.5 一票否决, 甲校 0 ≤ 0.5 通过.
  static func sessions(_ checklist: Checklist) -> [Session] {
    [
      ReportFixtures.session(
        checklist, unit: "甲校", id: "a", inspectors: [],
        values: [
          "系统人数": Answer(.number(10)), "实际人数": Answer(.number(10)), "材料比例": Answer(.number(90)),
        ]),
      ReportFixtures.session(
        checklist, unit: "乙校", id: "b", inspectors: [],
        values: [
          "系统人数": Answer(.number(10)), "实际人数": Answer(.number(9)), "材料比例": Answer(.number(70)),
        ]),
    ]
  }

  @Test func aBatchFigureOnAVerdictCountIsResolvedInTheSummary() throws {
    let checklist = try Self.checklist()
    let summary = SummaryBuilder.build(checklist: checklist, sessions: Self.sessions(checklist))
    #expect(summary.cohortComplete)
    func unit(_ name: String) -> UnitResult? { summary.units.first { $0.unit.name == name } }
    #expect(unit("甲校")?.result.outcome == .pass)
    guard case .veto(let reasons) = unit("乙校")?.result.outcome else {
      Issue.record("乙校 is not vetoed: \(String(describing: unit("乙校")?.result.outcome))")
      return
    }
    #expect(reasons.map(\.zh) == ["不达标项多于全县平均"])
    #expect(unit("甲校")?.result.derived.first?.state == .scored(1))
    let printed = SummaryText.format(summary, width: 100)
    #expect(printed.contains("  判定.不达标：乙校 1、甲校 0\n    2 个单位，合计 1，平均 0.5，最高 1，最低 0"))
    #expect(printed.contains("乙校 一票否决：不达标项多于全县平均"))
  }

  @Test func oneUnitAloneStillWaitsForTheBatch() throws {
    let checklist = try Self.checklist()
    let summary = SummaryBuilder.build(
      checklist: checklist, sessions: Self.sessions(checklist), expectedUnits: ["甲校", "乙校", "丙校"])
    #expect(!summary.cohortComplete)
    #expect(summary.units.allSatisfy { $0.result.outcome == .pending })
  }
}
