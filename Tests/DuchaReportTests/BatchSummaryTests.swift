import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// Values across the batch (issue 11 point 2): 待全体 until every unit is in, resolved by the
/// summary, which prints each unit's figure so the average and the rank can be checked by hand.
@Suite struct BatchSummaryTests {
  /// 高于或等于平均的得10分，低于平均的按从高到低得8、6、4分. 普及率 96, 90, 94, 88:
  /// 平均 = 368 ÷ 4 = 92; 96 and 94 → 10; below: 90 (1st, 8), 88 (2nd, 6).
  @Test func theAverageAndTheRankWithinTheUnitsBelowItAreResolvedInTheSummary() throws {
    let text = """
      清单 平均
      标题：普及率
      对象：县(市、区)
      总分：10
      部分 一 普及 10分
      条目 1 普及率 10分
        录入 普及率 百分比
        规则 名次分(普及率, 顺序=由高到低, 分=[8, 6, 4], 仅低于=全体平均(普及率), 其余=10)
      """
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "平均.ducha", text: text)).0)
    let rates: [(String, Decimal)] = [("甲县", 96), ("乙县", 90), ("丙县", 94), ("丁县", 88)]
    let sessions = rates.map { unit, rate in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.primary, .junior],
        values: ["普及率": Answer(.number(rate))])
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    let totals = Dictionary(
      uniqueKeysWithValues: summary.units.map { ($0.unit.name, $0.result.total) })
    #expect(totals == ["甲县": .scored(10), "乙县": .scored(8), "丙县": .scored(10), "丁县": .scored(6)])
    let printed = SummaryText.format(summary, width: 100)
    // Highest first: the rank below the average (乙县 8, 丁县 6) is read off the list.
    #expect(printed.contains("  普及率：甲县 96、丙县 94、乙县 90、丁县 88\n    4 个单位，合计 368，平均 92，最高 96，最低 88"))
    // With no plan the batch is the four sessions read: said, so a folder short of a county is
    // not ranked as the whole county without a word.
    #expect(
      printed.contains(
        "  没有给检查计划：“全体”只是本次读到的 4 个单位，少了哪个单位的记录，名次和平均就不同。加 --plan 计划文件 可核对是否齐全。"))
    let withPlan = SummaryBuilder.build(
      checklist: checklist, sessions: sessions, expectedUnits: rates.map(\.0))
    #expect(!SummaryText.format(withPlan, width: 200).contains("没有给检查计划"))
    // 普及率 is written twice (名次分 and 全体平均) but is one figure: listed once.
    #expect(printed.components(separatedBy: "  普及率：").count == 2)
    // The form has no 一票否决: it gives no verdict, so no 结论 column and no “通过”.
    let header = try #require(printed.split(separator: "\n").first { $0.contains("总分") })
    #expect(!header.contains("结论"))
    #expect(!printed.contains("通过"))
    // Before the batch is complete the item waits.
    let planned = SummaryBuilder.build(
      checklist: checklist, sessions: sessions, expectedUnits: rates.map(\.0) + ["戊县"])
    #expect(planned.units.allSatisfy { $0.result.total == .awaitingCohort })
    // The note names what waits: a 名次分 on an average, not only 排名分档.
    #expect(
      SummaryText.format(planned, width: 200).contains(
        "用到同批全部单位的数的项目（排名分档、名次分、全体平均、全体合计等）要等全部单位检查完（且数据齐全）后才能计分，目前为“待全体”。"))
  }
}
