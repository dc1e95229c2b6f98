import Foundation
import Testing

/// A leader's folder holds 渔沟小学's record of 2021 and, sent again over WeChat, the one of 2020.
/// The workbook's sheets were 排名 and 排名 2 with nothing saying which year was which, and
/// 点名明细 and 学籍核查 listed 渔沟小学 twice, row for row alike. The sheets now carry the year
/// (`排名（2020年度）`), and the two tables of every unit a 考核年度 column.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct TwoYearWorkbookCLITests {
  @Test func eachSheetSaysItsYearAndEachRowItsYear() throws {
    let work = try CLI.temporaryDirectory("two-year-xlsx")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoYears(in: work)
    let run = try runDucha(
      ["report", folder.path, "-o", "两年.xlsx", "--checklists", CLI.checklists], in: work,
      workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    let dump = try PythonClient.dumpWorkbook(work.appendingPathComponent("两年.xlsx").path)
    #expect(
      dump.hasPrefix(
        "sheets 排名（2020年度）|排名（2021年度）|各项得分（2020年度）|各项得分（2021年度）"
          + "|扣分明细（2020年度）|扣分明细（2021年度）|问题清单|点名明细|学籍核查\n"), "\(dump)")
    #expect(dump.contains("排名（2020年度） 2: 1|渔沟小学|小学|84.5|84.5|—||李辉|2020-10-27\n"), "\(dump)")
    #expect(dump.contains("排名（2021年度） 2: 1|渔沟小学|小学|84.5|84.5|—||李辉|2021-10-27\n"), "\(dump)")
    // The walk's three classes (45+40+50 on the register, 43+41+50 there): once a year.
    #expect(dump.contains("点名明细 1: 单位|考核年度|年级|班级|学籍人数|"), "\(dump)")
    #expect(dump.contains("点名明细 5: 渔沟小学|2020|合计|3个班|135|133|1|134|-1|2|1|\n"), "\(dump)")
    #expect(dump.contains("点名明细 9: 渔沟小学|2021|合计|3个班|135|133|1|134|-1|2|1|\n"), "\(dump)")
    #expect(dump.contains("学籍核查 1: 单位|考核年度|系统班级数|系统学生数|"), "\(dump)")
    #expect(dump.contains("学籍核查 2: 渔沟小学|2020|3|137|"), "\(dump)")
    #expect(dump.contains("学籍核查 3: 渔沟小学|2021|3|137|"), "\(dump)")
  }
}
