import Foundation
import Testing

/// A leader's folder for this year's round also holds 渔沟小学's record of last year (2020), sent
/// again over WeChat. The summary keeps the years apart, but `problems build` listed both years'
/// problems, 渔沟小学 twice with nothing telling them apart (20 entries for one school), and the
/// drafts then quoted each finding twice (“渔沟小学酌情扣 1 分：…；渔沟小学酌情扣 1 分：…”),
/// the 2020 draft quoting this year's list. The list now takes the latest 考核年度 and says what
/// it left out; each year's draft quotes only its own sessions' entries, and the 整改通知书 names
/// only the visit its problems were found on.
@Suite struct LastYearProblemListCLITests {
  @Test func theProblemListIsOfTheLatestYearOnly() throws {
    let work = try CLI.temporaryDirectory("last-year-problems")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoYears(in: work)
    let build = try runDucha(
      ["problems", "build", folder.path, "--checklists", CLI.checklists, "--title", "第三组问题清单"],
      in: work)
    #expect(build.status == 0, "\(build.errors)")
    #expect(
      build.errors.hasSuffix(
        "清单“lingbi-xueji-2021”2020年度的记录（渔沟小学）不是最近一个考核年度的，其中的问题没有列入问题清单。"
          + "确要为那一年建问题清单，请把那一年的记录放进单独的文件夹，对那个文件夹运行 ducha problems build。\n"),
      "\(build.errors)")
    // The walk lost points on ten items (1 2.2 3 4.1 4.2 5 7.1 7.2 9 11): one school, ten rows.
    let rows = build.output.components(separatedBy: "\n").filter {
      $0.range(of: #"^ +\d+  \S+小学  [0-9.]+ "#, options: .regularExpression) != nil
    }.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
    #expect(
      rows == [
        "1 渔沟小学 1", "2 渔沟小学 2.2", "3 渔沟小学 3", "4 渔沟小学 4.1", "5 渔沟小学 4.2",
        "6 渔沟小学 5", "7 渔沟小学 7.1", "8 渔沟小学 7.2", "9 渔沟小学 9", "10 渔沟小学 11",
      ], "\(build.output)")

    let summary = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(summary.status == 0, "\(summary.errors)")
    let drafts = summary.output.components(separatedBy: "检查情况总结（草稿）")
    #expect(drafts.count == 3, "\(summary.output)")
    // This year's draft quotes this year's entry once; last year's, not covered by the list,
    // goes by its record's marked problem.
    let thisYear = drafts[2].replacingOccurrences(of: "\n", with: "")
    #expect(
      thisYear.contains("检查发现：渔沟小学酌情扣 1 分：学籍管理员为兼职，EXCEL不熟练。建议"), "\(thisYear)")
    let lastYear = drafts[1].replacingOccurrences(of: "\n", with: "")
    #expect(!lastYear.contains("酌情扣 1 分：学籍管理员"), "\(lastYear)")
    #expect(
      lastYear.contains("检查发现：渔沟小学三年级2班张*、李*籍在人不在，未办理转学手续。"), "\(lastYear)")
  }

  /// The notice's opening named both visits, “检查组于2020年10月27日、2021年10月27日对你校进行了…”,
  /// for a list of this year's problems.
  @Test func theNoticeNamesTheVisitItsProblemsWereFoundOn() throws {
    let work = try CLI.temporaryDirectory("last-year-notice")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoYears(in: work)
    let build = try runDucha(
      ["problems", "build", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(build.status == 0, "\(build.errors)")
    let output = work.appendingPathComponent("渔沟小学通知书.html")
    let run = try runDucha(
      [
        "notice", folder.path, "--unit", "渔沟小学", "-o", output.path, "--checklists",
        CLI.checklists,
      ], in: work)
    #expect(run.status == 0, "\(run.errors)")
    let page = try String(contentsOf: output, encoding: .utf8)
    #expect(
      page.contains(
        "<p class=\"body\">根据工作安排，检查组于2021年10月27日对你校进行了“灵璧县学籍管理工作专项核查记录表”检查。"
          + "经检查，发现你校存在以下问题，现通知如下，请认真对照整改。</p>"), "\(page)")
  }

  /// `summary --format csv` of the two years glued two files together: a second byte-order
  /// mark in the middle and no title, last year's ranking first as if it were this year's.
  @Test func theCSVSaysWhichYearEachTableIs() throws {
    let work = try CLI.temporaryDirectory("last-year-csv")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoYears(in: work)
    let file = work.appendingPathComponent("汇总.csv")
    let run = try runDucha(
      ["summary", folder.path, "-o", file.path, "--checklists", CLI.checklists], in: work)
    #expect(run.status == 0, "\(run.errors)")
    let header = "名次,单位,学段,一 学籍管理工作专项核查,总分,结论,待定项\r\n"
    let row = "1,渔沟小学,小学,84.5,84.5,—,\r\n"
    // Read as bytes: `String(contentsOf:)` would drop the mark Excel needs.
    let bytes = try Data(contentsOf: file)
    let expected =
      "\u{FEFF}灵璧县学籍管理工作专项核查记录表（2020年度）\r\n" + header + row + "\r\n"
      + "灵璧县学籍管理工作专项核查记录表（2021年度）\r\n" + header + row
    #expect(bytes == Data(expected.utf8), "\(String(decoding: bytes, as: UTF8.self))")
  }
}
