import Foundation
import Testing

/// A leader's folder for this year's round also holds 渔沟小学's record of last year (2020), sent
/// again over WeChat. It was merged into this year's as a second inspector's record: one
/// 渔沟小学, “本次检查于2020-10-27至2021-10-27”. Each 考核年度 is now summarised apart, titled with
/// its year, and the leader is told why and what to do.
@Suite struct LastYearInFolderCLITests {
  @Test func lastYearsRecordIsSummarisedApartFromThisYears() throws {
    let work = try CLI.temporaryDirectory("last-year-folder")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoYears(in: work)

    let run = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors.contains(
        "清单“lingbi-xueji-2021”的检查记录分属 2020、2021 年度：各年度分开汇总、分开排名，同一单位不同年度的记录不合并。"
          + "某一年度的记录不该在这里的，请把它移出文件夹后重新运行。\n"), "\(run.errors)")
    let tables = run.output.components(separatedBy: "灵璧县学籍管理工作专项核查记录表（")
    #expect(tables.count == 5, "two tables and two drafts: \(run.output)")
    #expect(tables[1].hasPrefix("2020年度）\n"))
    #expect(tables[3].hasPrefix("2021年度）\n"))
    for table in [tables[1], tables[3]] {
      #expect(table.contains("   1  渔沟小学  84.5  84.5"), "\(table)")
    }
    #expect(tables[2].contains("本次检查于2020-10-27共检查1个单位：渔沟小学。"))
    #expect(tables[4].contains("本次检查于2021-10-27共检查1个单位：渔沟小学。"))
    #expect(!run.output.contains("至2021-10-27"), "\(run.output)")
    #expect(!run.output.contains("ducha merge"), "no conflict between the years: \(run.output)")
  }
}
