import Foundation
import Testing

/// A plan lists three schools; the team walked two. The workbook a leader hands in names the
/// third as not inspected, as the printed report's 未检查单位 does, instead of leaving it out.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct PlanWorkbookCLITests {
  static let plan = """
    计划 field-2021
    标题：灵璧县2021年学籍管理工作检查
    机关：灵璧县教育体育局
    年度：2021
    清单：lingbi-xueji-2021
    必查：小学

    单位 渔沟小学 小学
    单位 韦集小学 小学
    单位 冯庙小学 小学

    组 三
      组长：张徽
      检查：渔沟小学、韦集小学、冯庙小学

    """

  @Test func rankingSheetListsThePlansUninspectedUnit() throws {
    let directory = try CLI.temporaryDirectory("plan-workbook")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let planFile = directory.appendingPathComponent("检查计划.plan")
    try Data(Self.plan.utf8).write(to: planFile)
    let workbook = directory.appendingPathComponent("第三组.xlsx").path
    let run = try runDucha(
      [
        "report", folder.path, "--plan", planFile.path, "-o", workbook, "--checklists",
        CLI.checklists,
      ], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let dump = try PythonClient.dumpWorkbook(workbook)
    let ranking = dump.components(separatedBy: "\n").filter { $0.hasPrefix("排名 ") }
    #expect(
      ranking == [
        "排名 1: 名次|单位|学段|一 学籍管理工作专项核查（100分）|总分|结论|待定项|检查人员|检查日期",
        "排名 2: 1|渔沟小学|小学|84.5|84.5|—||李辉、王雷|2021-10-27",
        "排名 3: 1|韦集小学|小学|84.5|84.5|—||李辉、王雷|2021-10-27",
        "排名 4: 未检查|冯庙小学|||||||",
      ])
  }
}
