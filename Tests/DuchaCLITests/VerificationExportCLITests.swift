import Foundation
import Testing

/// Every file a leader exports of a verification list (核验表) counts verdicts, as the terminal
/// summary does: the two schools of `VerificationSummaryCLITests` (城关九年一贯制学校 达标 3、
/// 不达标 1; 西街小学 达标 1、不达标 1), written by the binary and read back. They used to be
/// scoring tables of a form without points: `名次,单位,学段,…,总分,结论` with `0,不适用`,
/// 满分 0 分 and 失分较多的条目.
@Suite struct VerificationExportCLITests {
  @Test func csvMarkdownAndHTMLCountTheWordsEachUnitWasGiven() throws {
    let work = try CLI.temporaryDirectory("verdict-exports")
    defer { try? FileManager.default.removeItem(at: work) }
    try VerificationSummaryCLITests.walkTwoSchools(in: work)
    let folder = ["核验", "--checklists", CLI.checklists]
    let csv = try runDucha(
      ["summary"] + folder + ["--format", "csv", "-o", "汇总.csv"], in: work,
      workingDirectory: work)
    #expect(csv.status == 0, "\(csv.errors)")
    #expect(
      try Data(contentsOf: work.appendingPathComponent("汇总.csv"))
        == Data("\u{FEFF}单位,达标,不达标,待定\r\n城关九年一贯制学校,3,1,0\r\n西街小学,1,1,0\r\n".utf8))

    let markdown = try runDucha(
      ["summary"] + folder + ["--format", "md", "-o", "汇总.md"], in: work, workingDirectory: work)
    #expect(markdown.status == 0, "\(markdown.errors)")
    let title = "河北省县域义务教育优质均衡发展督导评估具体办法·资源配置指标（存储副本所见第1、2项）"
    #expect(
      try String(contentsOf: work.appendingPathComponent("汇总.md"), encoding: .utf8) == """
        # \(title)

        清单：\(title)（hebei-youzhi-junheng），核验表；检查单位 2 个。

        ## 各单位核验结果

        | 单位 | 达标 | 不达标 | 待定 |
        | --- | ---: | ---: | ---: |
        | 城关九年一贯制学校 | 3 | 1 | 0 |
        | 西街小学 | 1 | 1 | 0 |

        ## 未检查单位

        无。

        ## 待定条目与未决分歧

        无。

        ## 未达到要求的项目

        | 未达到要求的项目 | 结论 | 单位 |
        | --- | --- | --- |
        | 1.2 初中（每百名学生拥有高于规定学历教师数） | 不达标 | 城关九年一贯制学校 |
        | 2.1 小学（每百名学生拥有县级以上骨干教师数） | 不达标 | 西街小学 |

        ## 检查总结（草稿）

        ### \(title)检查情况总结（草稿）

        ### 一、基本情况

        本次核验于2021-10-27至2021-10-28共核验2个单位：城关九年一贯制学校、西街小学。

        城关九年一贯制学校：达标3项，不达标1项。

        西街小学：达标1项，不达标1项。

        ### 二、存在问题

        1、1.2 初中（每百名学生拥有高于规定学历教师数）。不达标1个单位：城关九年一贯制学校。

        建议：相关单位对照“1.每百名学生拥有高于规定学历教师数:小学、初中分别达到4.2人以上、5.3人以上;”的要求逐项整改，明确专人负责，整改情况纳入“回头看”。

        2、2.1 小学（每百名学生拥有县级以上骨干教师数）。不达标1个单位：西街小学。

        建议：相关单位对照“2.每百名学生拥有县级以上骨干教师数:小学、初中均达到1人以上;”的要求逐项整改，明确专人负责，整改情况纳入“回头看”。

        ### 三、下一步

        对未达到要求的单位建立问题清单，明确整改要求、责任人和期限，由召集人签字后上报；适时开展“回头看”，逐项核实整改情况。

        """)

    let html = try runDucha(
      ["report"] + folder + ["--format", "html", "-o", "报告.html"], in: work,
      workingDirectory: work)
    #expect(html.status == 0, "\(html.errors)")
    let page = try String(contentsOf: work.appendingPathComponent("报告.html"), encoding: .utf8)
    let tables = page.split(separator: "\n").filter {
      $0.hasPrefix("<thead>") || $0.hasPrefix("<tr>")
    }
    #expect(
      tables == [
        "<thead><tr><th>单位</th><th class=\"num\">达标</th><th class=\"num\">不达标</th><th class=\"num\">待定</th></tr></thead>",
        "<tr><td>城关九年一贯制学校</td><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">0</td></tr>",
        "<tr><td>西街小学</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td></tr>",
        "<thead><tr><th>未达到要求的项目</th><th>结论</th><th>单位</th></tr></thead>",
        "<tr><td>1.2 初中（每百名学生拥有高于规定学历教师数）</td><td>不达标</td><td>城关九年一贯制学校</td></tr>",
        "<tr><td>2.1 小学（每百名学生拥有县级以上骨干教师数）</td><td>不达标</td><td>西街小学</td></tr>",
      ])
    for scoring in ["满分", "总分", "名次", "失分"] { #expect(!page.contains(scoring), "\(scoring)") }
  }

  /// Two kindergartens on the 江苏 form, whose lines are graded A/B/C and whose 评估结论 is a
  /// 评定 of the counts: 城南 1.1 A (both points met), 1.2 B (one of two 存在不足 = 50%);
  /// 城北 1.1 C (a C-level problem), 1.2 A. Two lines is far from A ≥ 26: 不通过评估 both.
  @Test func gradesAndTheFormsResultBesideTheCounts() throws {
    let work = try CLI.temporaryDirectory("verdict-grades")
    defer { try? FileManager.default.removeItem(at: work) }
    try Self.walkTwoKindergartens(in: work)
    let csv = try runDucha(
      ["summary", "幼", "--checklists", CLI.checklists, "--format", "csv", "-o", "幼.csv"], in: work,
      workingDirectory: work)
    #expect(csv.status == 0, "\(csv.errors)")
    #expect(
      try Data(contentsOf: work.appendingPathComponent("幼.csv"))
        == Data("\u{FEFF}单位,A,B,C,待定,评估结论\r\n城北幼儿园,1,0,1,0,不通过评估\r\n城南幼儿园,1,1,0,0,不通过评估\r\n".utf8))
    let sheet = try runDucha(
      [
        "report", "幼", "--checklists", CLI.checklists, "--format", "csv", "--sheet", "未达到要求的项目",
        "-o", "未达到要求的项目.csv",
      ],
      in: work, workingDirectory: work)
    #expect(sheet.status == 0, "\(sheet.errors)")
    #expect(
      try Data(contentsOf: work.appendingPathComponent("未达到要求的项目.csv"))
        == Data(
          ("\u{FEFF}未达到要求的项目,结论,单位\r\n"
            // The titles hold commas (as the form writes them): quoted.
            + "\"1.1 正、副园长具备学前教育专业大专以上学历,符合《幼儿园园长任职资格》要求和园长岗位能力要求\",C,城北幼儿园\r\n"
            + "\"1.2 保教人员配备保证两教一保,满足工作需要\",B,城南幼儿园\r\n").utf8))
    // A scoring form's sheet asked of a verification list: the message names this workbook's.
    let ranking = try runDucha(
      ["report", "幼", "--checklists", CLI.checklists, "--format", "csv", "--sheet", "排名"],
      in: work, workingDirectory: work)
    #expect(ranking.status != 0)
    #expect(ranking.errors.contains("没有“排名”这张表，可选：核验结果、未达到要求的项目、各项核验情况、问题清单、点名明细、学籍核查"))
  }

  @Test(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
  func workbookAndWordDocumentReadBack() throws {
    let work = try CLI.temporaryDirectory("verdict-office")
    defer { try? FileManager.default.removeItem(at: work) }
    try VerificationSummaryCLITests.walkTwoSchools(in: work)
    let folder = ["核验", "--checklists", CLI.checklists]
    let workbook = try runDucha(
      ["summary"] + folder + ["--format", "xlsx", "-o", "汇总.xlsx"], in: work,
      workingDirectory: work)
    #expect(workbook.status == 0, "\(workbook.errors)")
    let dump = try PythonClient.dumpWorkbook(work.appendingPathComponent("汇总.xlsx").path)
    #expect(dump.hasPrefix("sheets 核验结果|未达到要求的项目|各项核验情况|点名明细|学籍核查\n"))
    // Line by unit, as 各项得分 is for a scoring form: 西街小学 is a primary school, so the
    // 初中 lines are 不适用 there; the words agree with the counts below (城关 3 达标 1 不达标,
    // 西街 1 and 1).
    #expect(
      dump.split(separator: "\n").filter { $0.hasPrefix("各项核验情况 ") } == [
        "各项核验情况 1: 编号|项目|城关九年一贯制学校|西街小学",
        "各项核验情况 2: '1.1|小学（每百名学生拥有高于规定学历教师数）|达标|达标",
        "各项核验情况 3: '1.2|初中（每百名学生拥有高于规定学历教师数）|不达标|不适用",
        "各项核验情况 4: '2.1|小学（每百名学生拥有县级以上骨干教师数）|达标|不达标",
        "各项核验情况 5: '2.2|初中（每百名学生拥有县级以上骨干教师数）|达标|不适用",
      ])
    let verdicts = dump.split(separator: "\n").filter {
      $0.hasPrefix("核验结果 ") || $0.hasPrefix("未达到要求的项目 ")
    }
    // The counts are numbers the office can add up.
    #expect(
      verdicts == [
        "核验结果 1: 单位|达标|不达标|待定",
        "核验结果 2: 城关九年一贯制学校|3|1|0",
        "核验结果 3: 西街小学|1|1|0",
        "未达到要求的项目 1: 未达到要求的项目|结论|单位",
        "未达到要求的项目 2: 1.2 初中（每百名学生拥有高于规定学历教师数）|不达标|城关九年一贯制学校",
        "未达到要求的项目 3: 2.1 小学（每百名学生拥有县级以上骨干教师数）|不达标|西街小学",
      ])

    let document = try runDucha(
      ["report"] + folder + ["--format", "docx", "-o", "报告.docx"], in: work,
      workingDirectory: work)
    #expect(document.status == 0, "\(document.errors)")
    let text = try PythonClient.dumpDocument(work.appendingPathComponent("报告.docx").path)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("R ") }
    #expect(
      Array(rows.prefix(6)) == [
        "R 单位|达标|不达标|待定",
        "R 城关九年一贯制学校|3|1|0",
        "R 西街小学|1|1|0",
        "R 未达到要求的项目|结论|单位",
        "R 1.2 初中（每百名学生拥有高于规定学历教师数）|不达标|城关九年一贯制学校",
        "R 2.1 小学（每百名学生拥有县级以上骨干教师数）|不达标|西街小学",
      ])
    #expect(text.contains("P 各单位核验结果\n") && !text.contains("各单位得分"))
  }

  /// 城南幼儿园 (1.1 A, 1.2 B) and 城北幼儿园 (1.1 C, 1.2 A) walked into `work/幼`.
  static func walkTwoKindergartens(in work: URL) throws {
    let walks = [
      ("城南幼儿园", "2021-10-29", ["1", "1", "", "1", "2", "", "完成"]),
      ("城北幼儿园", "2021-10-30", ["3", "1", "", "1", "1", "", "完成"]),
    ]
    for (unit, date, answers) in walks {
      let script = work.appendingPathComponent("\(unit).input")
      try CLI.writeScript(answers, to: script)
      let run = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", "jiangsu-youzhi-youeryuan",
          "--unit", unit, "--group", "一组", "--inspector", "王五", "--date", date, "--sessions",
          "幼", "--script", script.path,
        ], in: work, workingDirectory: work)
      try #require(run.output.contains("检查已完成"), "\(run.output)\(run.errors)")
    }
  }
}
