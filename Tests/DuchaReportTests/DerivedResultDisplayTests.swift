import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// A `结果 换算` is a figure, not points: it is shown with every decimal it has, the same in
/// the summary, the CSV export and a unit's own score sheet. 利辛's 分配系数 60 ÷ 80000 =
/// 0.00075 used to be printed at two decimals, as 0.
@Suite struct DerivedResultDisplayTests {
  typealias Batch = ResultFigureBatchTests

  /// The four schools of `ResultFigureBatchTests`: 指数和 80000, 定向人数 60.
  @Test func theSummaryAndTheExportShowEveryDecimal() throws {
    let checklist = try Batch.lixin()
    let summary = SummaryBuilder.build(checklist: checklist, sessions: Batch.sessions(checklist))
    let printed = SummaryText.format(summary, width: 100)
    #expect(printed.contains("甲中学 分配系数：0.00075\n"))
    #expect(printed.contains("甲中学 分配指标：19.679625\n"))  // 26239.5 × 0.00075
    #expect(printed.contains("丁中学 分配指标：7.41\n"))  // 9880 × 0.00075
    let csv = String(decoding: SummaryCSV.format(summary), as: UTF8.self)
    #expect(csv.contains("综合评估指数 26239.5；分配系数 0.00075；分配指标 19.679625"))
  }

  @Test func aValueThatDoesNotEndIsMarkedApproximate() {
    #expect(ScoreFormat.exact(Decimal(string: "0.00075") ?? 0) == "0.00075")
    #expect(ScoreFormat.exact(Decimal(1) / Decimal(3)) == "≈0.3333333333")
    #expect(ScoreFormat.exact(Decimal(string: "8.50") ?? 0) == "8.5")
    #expect(ScoreState.scored(Decimal(string: "0.00075") ?? 0).resultLabel(.chinese) == "0.00075")
    #expect(ScoreState.awaitingCohort.resultLabel(.chinese) == "待全体")
  }
}
