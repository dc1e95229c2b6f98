import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// A form no unit's 学段 changes anything in (舟山's county governments ranked against each
/// other): versions before this one recorded the form's default 小学、初中 for every county, this
/// one records none. A folder holding both is still one batch, and prints no 学段 for either.
@Suite struct UnreadStageBatchTests {
  static let text = """
    清单 xian-mingci
    标题：县(区)教育工作考核（测试用）
    对象：县级人民政府
    学段：小学 初中
    总分：10
    部分 一 普及 10分
    条目 1 普及率 10分
      录入 普及率 百分比
      规则 名次分(普及率, 顺序=由高到低, 分=[10, 8, 6, 4])
    """

  /// 定海 99 → 1st, 10; 普陀 98 → 8; 岱山 97 → 6; 嵊泗 96 → 4: one ranking of four, though
  /// 定海 and 岱山 were recorded by an older version with 小学、初中.
  @Test func oldAndNewFilesOfAFormThatReadsNoStageAreOneBatch() throws {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "xian.ducha", text: Self.text)).0)
    #expect(!checklist.readsStages)
    #expect(checklist.unitStages == [])
    let counties: [(String, Decimal, [Stage])] = [
      ("定海区", 99, [.primary, .junior]), ("普陀区", 98, []), ("岱山县", 97, [.primary, .junior]),
      ("嵊泗县", 96, []),
    ]
    let sessions = counties.map { unit, rate, stages in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: stages,
        values: ["普及率": Answer(.number(rate))])
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    let totals = Dictionary(
      uniqueKeysWithValues: summary.units.map { ($0.unit.name, $0.result.total) })
    #expect(
      totals == [
        "定海区": .scored(10), "普陀区": .scored(8), "岱山县": .scored(6), "嵊泗县": .scored(4),
      ])
    let markdown = SummaryMarkdown.format(summary)
    #expect(markdown.contains("| 1 | 定海区 | — | 10 | 10 |"))
    #expect(markdown.contains("| 3 | 岱山县 | — | 6 | 6 |"))
    #expect(!markdown.contains("小学、初中"))
  }
}
