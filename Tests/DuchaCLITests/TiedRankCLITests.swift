import Foundation
import Testing

/// Two schools walked with the same answers (84.5 each) share 名次 1 on the leader's screen, as
/// they do in the CSV, the workbook and the printed report.
struct TiedRankCLITests {
  @Test func tiedTotalsShareTheirRankInTheTerminalSummary() throws {
    let directory = try CLI.temporaryDirectory("tied-rank")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let run = try runDucha(
      ["summary", folder.path, "--checklists", CLI.checklists], in: directory,
      environment: ["LANG": "zh_CN.UTF-8", "COLUMNS": "100"])
    #expect(run.status == 0, "\(run.errors)")
    let table = try RenderedTable(run.output)
    #expect(table.header.hasPrefix("名次  单位"))
    let rows = table.body.map { [table.cell($0, 0), table.cell($0, 1), table.cell($0, 3)] }
    // Same total, so the names decide the order (渔 U+6E14 before 韦 U+97E6), not the rank.
    #expect(rows == [["1", "渔沟小学", "84.5"], ["1", "韦集小学", "84.5"]])

    let csv = try runDucha(
      ["report", folder.path, "--format", "csv", "--checklists", CLI.checklists], in: directory)
    #expect(csv.output.contains("\r\n1,渔沟小学,小学,84.5,84.5,—,\r\n1,韦集小学,小学,84.5,84.5,—,"))
  }

  /// The draft 检查总结 does not call one of two equal schools 最高 and the other 最低.
  @Test func draftSaysTiedTotalsAreTheSameInsteadOfHighestAndLowest() throws {
    let directory = try CLI.temporaryDirectory("tied-draft")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let run = try runDucha(
      ["summary", folder.path, "--format", "md", "--checklists", CLI.checklists], in: directory,
      environment: ["LANG": "zh_CN.UTF-8"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output.contains(
        "共检查2个单位：渔沟小学、韦集小学。已全部评分的2个单位平均得分84.5分（满分100分），各单位得分相同。"),
      "\(run.output)")
    #expect(!run.output.contains("最高渔沟小学"))
  }
}
