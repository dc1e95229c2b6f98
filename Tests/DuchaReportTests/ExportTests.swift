import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// The exports: CSV that Excel reads back cell for cell, exact Markdown, self-contained HTML.
@Suite struct ExportCSVTests {
  @Test func problemListCSVReadsBackAsExcelWould() throws {
    let data = ProblemListCSV.format(ExportFixtures.problems())
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let parsed = try #require(CSVReader.read(data))
    #expect(
      parsed.records.first == [
        "序号", "单位", "清单", "项目编号", "项目", "问题", "证据", "例数", "失分", "整改要求", "责任人", "期限", "状态", "并入",
        "来源记录",
      ])
    #expect(parsed.records.count == 5)
    #expect(parsed.terminators.allSatisfy { $0 == "\r\n" })
    #expect(parsed.terminators.count == parsed.records.count)
    #expect(parsed.records.allSatisfy { $0.count == 15 })
    let masked = ExportFixtures.tricky.replacingOccurrences(
      of: ExportFixtures.idNumber, with: ExportFixtures.maskedID)
    #expect(
      parsed.records[1] == [
        "1", "渔沟中学", "lingbi-xueji-2021", "7.2", "关键信息·无照片", masked,
        "IMG_0012.jpg、名单_\(ExportFixtures.maskedID).pdf", "", "1.5", "11月15日前补齐照片", "刘渠安",
        "2021-11-15",
        "未整改", "", "s-yugou s-yugou-2",
      ])
    #expect(parsed.records[2][7] == "3")  // 例数: 3 cases of 人籍不一致
    #expect(parsed.records[3][12] == "已删除")
    #expect(parsed.records[4][12] == "已合并")
    #expect(parsed.records[4][13] == "1")
    let text = try #require(String(data: data, encoding: .utf8))
    #expect(!text.contains(ExportFixtures.idNumber))
    // The quote in the finding is doubled inside a quoted field.
    #expect(text.contains("\"3名学生无照片,含\"\"转入生\"\"\n学生"))
  }

  @Test func problemListCSVRevealsIDsOnlyWhenAsked() throws {
    let parsed = try #require(
      CSVReader.read(ProblemListCSV.format(ExportFixtures.problems(), reveal: true)))
    #expect(parsed.records[1][5] == ExportFixtures.tricky)
    #expect(parsed.records[1][6] == "IMG_0012.jpg、名单_\(ExportFixtures.idNumber).pdf")
  }

  @Test func summaryCSVHasOneRankedRowPerUnit() throws {
    let data = SummaryCSV.format(try ExportFixtures.summary())
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let parsed = try #require(CSVReader.read(data))
    #expect(parsed.terminators == Array(repeating: "\r\n", count: 4))
    #expect(
      parsed.records == [
        ["名次", "单位", "学段", "一 学籍管理工作专项核查", "总分", "结论", "待定项"],
        ["1", "韦集中心校", "小学", "96", "96", "—", ""],
        ["2", "渔沟中学", "初中", "95.5", "95.5", "—", ""],
        ["3", "灵璧五中", "初中", "61", "61", "—", ""],
      ])
  }

  @Test func summaryCSVListsPendingItemsAndLeavesPendingUnitsUnranked() throws {
    let checklist = try ExportFixtures.lingbi()
    var answers = ExportFixtures.fullMarks()
    answers.values["经费规定标准"] = nil
    let pending = ExportFixtures.unit("大路初中", stages: [.junior], id: "s-dalu", checklist, answers)
    let parsed = try #require(
      CSVReader.read(SummaryCSV.format(try ExportFixtures.summary(extraUnits: [pending]))))
    // 灵璧's form has no 一票否决, so it gives no verdict: 结论 reads “—”, never “通过”.
    #expect(parsed.records.last == ["", "大路初中", "初中", "待定", "待定", "—", "3 经费投入"])
  }

  @Test func csvFieldsAreQuotedOnlyWhenTheyMustBe() {
    #expect(CSVWriter.field("渔沟中学") == "渔沟中学")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
    #expect(CSVWriter.field("说\"好\"") == "\"说\"\"好\"\"\"")
    #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
    #expect(CSVWriter.field("a\rb") == "\"a\rb\"")
  }
}

@Suite struct ExportMarkdownTests {
  @Test func problemListMarkdownIsExact() {
    let expected = """
      # 第三组问题清单

      | 序号 | 单位 | 项目 | 问题 | 证据 | 例数 | 失分 | 整改要求 | 责任人 | 期限 | 状态 |
      | ---: | --- | --- | --- | --- | ---: | ---: | --- | --- | --- | --- |
      | 1 | 渔沟中学 | 7.2 关键信息·无照片 | 3名学生无照片,含"转入生"<br>学生110105\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*X未采集 \
      | IMG\\_0012.jpg、名单\\_110105\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*X.pdf |  | 1.5 | 11月15日前补齐照片 | 刘渠安 | 2021-11-15 | 未整改 |
      | 2 | 灵璧五中 | 5 人籍一致情况 | 入班核查人籍不一致3人\\<script>alert(1)\\</script> |  | 3 | 1.5 | 核实并办理学籍变动 |  |  | 未整改 |

      召集人：李辉  2021-10-29 17:30

      ## 已删除、已合并的问题

      | 序号 | 单位 | 项目 | 问题 | 状态 |
      | ---: | --- | --- | --- | --- |
      | 3 | 灵璧五中 | 9 学籍管理政策宣传 | 仅有资料 | 已删除 |
      | 4 | 渔沟中学 | 7.2 关键信息·无照片 | 无照片 | 已合并（并入 1） |

      ## 修改记录

      | 时间 | 修改人 | 操作 | 内容 | 理由 | 签字后修改 |
      | --- | --- | --- | --- | --- | --- |
      | 2021-10-29 16:00 | 李辉 | 删除 | 3 | 宣传不足已写入总结 |  |
      | 2021-10-30 09:10 | 李辉 | 修改 责任人 | 王雷 → 刘渠安 | 学籍管理员已更换 | 是 |

      """
    #expect(ProblemListMarkdown.format(ExportFixtures.problems()) == expected)
  }

  @Test func unsignedProblemListSaysSo() {
    var list = ExportFixtures.problems()
    list.signature = nil
    let text = ProblemListMarkdown.format(list)
    #expect(text.contains("\n\n未签字\n"))
    #expect(!text.contains("召集人："))
  }

  @Test func problemListMarkdownRevealsIDsOnlyWhenAsked() {
    let text = ProblemListMarkdown.format(ExportFixtures.problems(), reveal: true)
    #expect(text.contains("学生\(ExportFixtures.idNumber)未采集"))
    #expect(
      !ProblemListMarkdown.format(ExportFixtures.problems()).contains(ExportFixtures.idNumber))
  }

  @Test func summaryMarkdownRanksUnitsByTotal() throws {
    let text = SummaryMarkdown.format(try ExportFixtures.summary(notInspected: ["大路初中"]))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "# 第三组 · 灵璧县学籍管理工作专项核查记录表")
    let header = try #require(
      lines.firstIndex(of: "| 名次 | 单位 | 学段 | 一 学籍管理工作专项核查（100分） | 总分 | 结论 |"))
    #expect(
      Array(lines[(header + 2)...(header + 4)]) == [
        "| 1 | 韦集中心校 | 小学 | 96 | 96 | — |",
        "| 2 | 渔沟中学 | 初中 | 95.5 | 95.5 | — |",
        "| 3 | 灵璧五中 | 初中 | 61 | 61 | — |",
      ])
    #expect(text.contains("## 未检查单位\n\n- 大路初中\n"))
    #expect(text.contains("平均总分 84.17 分"))
  }

  @Test func summaryMarkdownListsItemsThatLostMostFirst() throws {
    let text = SummaryMarkdown.format(try ExportFixtures.summary())
    let lines = text.split(separator: "\n").map(String.init)
    let header = try #require(lines.firstIndex(of: "| 编号 | 考核内容 | 分值 | 平均得分 | 平均失分 | 失分单位数 |"))
    // 7: 17.5 (韦集), 18.5 (渔沟), 9.5 (五中) → average 15.17, loss 4.83, three units.
    #expect(lines[header + 2] == "| 7 | 学生信息维护 | 20 | 15.17 | 4.83 | 3 |")
    // 9: 5, 2, 2 → average 3, loss 2, two units.
    #expect(lines.contains("| 9 | 学籍管理政策宣传 | 5 | 3 | 2 | 2 |"))
  }

  @Test func tiesShareARank() throws {
    let checklist = try ExportFixtures.lingbi()
    let twin = ExportFixtures.unit(
      "渔沟小学", stages: [.primary], id: "s-x", checklist, ExportFixtures.fullMarks())
    var summary = try ExportFixtures.summary(extraUnits: [twin])
    summary.units[3].result.total = .scored(96)
    let ranks = ExportText.ranked(summary).map { "\($0.rank ?? 0) \($0.unit.unit.name)" }
    #expect(ranks == ["1 韦集中心校", "1 渔沟小学", "3 渔沟中学", "4 灵璧五中"])
  }

  @Test func summaryMarkdownShowsPendingConflictsAndMaskedDraft() throws {
    let checklist = try ExportFixtures.lingbi()
    var answers = ExportFixtures.fullMarks()
    answers.values["经费规定标准"] = nil
    let conflict = MergeConflict(
      key: "学籍:无照片", label: "7.2 关键信息·无照片 · 无照片数",
      candidates: [
        .init(sessionID: "s-a", inspectors: ["张徽"], time: "t", display: "3"),
        .init(sessionID: "s-b", inspectors: ["马东海"], time: "t", display: "4"),
      ])
    let pending = ExportFixtures.unit(
      "大路初中", stages: [.junior], id: "s-dalu", checklist, answers, conflicts: [conflict])
    let text = SummaryMarkdown.format(try ExportFixtures.summary(extraUnits: [pending]))
    #expect(
      text.contains(
        "- 大路初中：待定 1 项：3 经费投入；未决分歧 1 处：7.2 关键信息·无照片 · 无照片数（张徽 3；马东海 4）"))
    #expect(text.contains("| — | 大路初中 | 初中 | 待定 | 待定 | — |"))
    #expect(text.contains("### 一、基本情况\n\n此项工作做得较好的单位有"))
    #expect(!text.contains(ExportFixtures.idNumber))
    #expect(text.contains("学生110105\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*X等"))
  }
}

@Suite struct ExportHTMLTests {
  static func html(reveal: Bool = false) throws -> String {
    ReportHTML.format(
      summary: try ExportFixtures.summary(), problems: ExportFixtures.problems(), reveal: reveal)
  }

  /// The `width` attributes of `rect class="bar"` elements inside `<svg id="…">`.
  static func barWidths(_ html: String, chart: String) throws -> [Decimal] {
    let start = try #require(html.range(of: "<svg id=\"\(chart)\""))
    let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
    let svg = html[start.lowerBound..<end.lowerBound]
    let regex = try Regex(#"<rect class="bar"[^>]* width="([0-9.]+)""#)
    return try svg.matches(of: regex).map { match in
      let text = try #require(match.output[1].substring)
      return ExportFixtures.d(String(text))
    }
  }

  @Test func tablesHaveTheExpectedHeaders() throws {
    let html = try Self.html()
    #expect(html.contains("<table>"))
    #expect(
      html.contains(
        "<thead><tr><th class=\"num\">名次</th><th>单位</th><th>学段</th>"
          + "<th class=\"num wrap\">一 学籍管理工作专项核查（100分）</th><th class=\"num\">总分</th><th>结论</th></tr></thead>"
      ))
    #expect(
      html.contains(
        "<thead><tr><th class=\"num\">序号</th><th>单位</th><th>项目</th><th>问题</th><th>证据</th>"
          + "<th class=\"num\">例数</th><th class=\"num\">失分</th><th>整改要求</th><th>责任人</th><th>期限</th><th>状态</th></tr></thead>"
      )
    )
    #expect(html.contains("<td>韦集中心校</td>"))
  }

  @Test func totalsChartHasOneBarPerUnitProportionalToTotals() throws {
    let widths = try Self.barWidths(try Self.html(), chart: "totals-chart")
    // 440 px is the full 100 points: 96 → 422.4, 95.5 → 420.2, 61 → 268.4, sorted high to low.
    #expect(
      widths == [ExportFixtures.d("422.4"), ExportFixtures.d("420.2"), ExportFixtures.d("268.4")])
    let totals: [Decimal] = [96, ExportFixtures.d("95.5"), 61]
    #expect(zip(widths, totals).allSatisfy { $0 / $1 == ExportFixtures.d("4.4") })
  }

  @Test func sectionChartShowsTheAverageAgainstThePoints() throws {
    let html = try Self.html()
    // (96 + 95.5 + 61) / 3 = 84.1666… of 100 → 370.33 of 440.
    #expect(try Self.barWidths(html, chart: "sections-chart") == [ExportFixtures.d("370.33")])
    #expect(html.contains(">84.17 / 100</text>"))
  }

  @Test func userTextIsEscapedAndIDsMasked() throws {
    let html = try Self.html()
    #expect(html.contains("入班核查人籍不一致3人&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<script"))
    #expect(!html.contains(ExportFixtures.idNumber))
    #expect(html.contains("3名学生无照片,含&quot;转入生&quot;<br>学生\(ExportFixtures.maskedID)未采集"))
    #expect(html.contains("名单_\(ExportFixtures.maskedID).pdf"))
    #expect(try Self.html(reveal: true).contains("学生\(ExportFixtures.idNumber)未采集"))
  }

  @Test func svgTextIsEscaped() throws {
    let checklist = try ExportFixtures.lingbi()
    let odd = ExportFixtures.unit(
      "A&B<小学>", stages: [.primary], id: "s-o", checklist, ExportFixtures.fullMarks())
    let html = ReportHTML.format(
      summary: try ExportFixtures.summary(extraUnits: [odd]), problems: nil)
    #expect(html.contains(">A&amp;B&lt;小学&gt;</text>"))
    #expect(!html.contains("A&B"))
  }

  @Test func pageIsSelfContainedAndPrintsOnA4() throws {
    let html = try Self.html()
    #expect(html.contains("@page { size: A4; margin: 15mm; }"))
    #expect(html.contains("break-inside: avoid"))
    #expect(html.contains("<section class=\"problems\">"))
    #expect(html.contains(".problems { break-before: page; page-break-before: always; }"))
    #expect(
      html.contains(
        "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"SimSun\", sans-serif")
    )
    #expect(!html.contains("http://"))
    #expect(!html.contains("https://"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("src="))
  }

  @Test func signatureBlockIsShownOrLeftBlank() throws {
    #expect(try Self.html().contains("<span>召集人：李辉</span><span>签字时间：2021-10-29 17:30</span>"))
    var list = ExportFixtures.problems()
    list.signature = nil
    let unsigned = ReportHTML.format(summary: nil, problems: list)
    #expect(unsigned.contains("<span class=\"unsigned\">未签字</span>"))
    #expect(unsigned.contains("召集人（签字）：<span class=\"blank\"></span>"))
  }

  /// With DUCHA_REPORT_SAMPLE=/path/report.html, writes a sample report there for
  /// `scripts/render-report` to draw, and the Markdown and CSV of the same data beside it.
  @Test func writesASampleReportWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["DUCHA_REPORT_SAMPLE"] else { return }
    let checklist = try ExportFixtures.lingbi()
    var answers = ExportFixtures.fullMarks()
    answers.values["经费规定标准"] = nil
    let pending = ExportFixtures.unit("大路初中", stages: [.junior], id: "s-dalu", checklist, answers)
    // A fuller group than the assertions use: nine more schools with varied losses, one with a
    // name too long for the chart's label column.
    let names = [
      "灵城中心校", "实验小学", "灵璧六中", "灵璧二中", "灵璧四中", "广志学校", "飞翔学校", "英才学校", "灵璧县渔沟镇中心学校附属小学部",
    ]
    let more = names.enumerated().map { index, name in
      var answers = ExportFixtures.fullMarks()
      answers.values["人员配备扣分"] = Answer(.number(Decimal(index % 4)))
      answers.figures["学籍.无照片"] = Decimal(index * 2)
      answers.figures["点名.人籍不一致"] = Decimal(index % 3 * 4)
      answers.values["政策宣传"] = Answer(.choice(index % 2 == 0 ? "仅有资料" : "有资料且知晓度较高效果较好"))
      return ExportFixtures.unit(
        name, stages: [.primary, .junior], id: "s-\(index)", checklist, answers)
    }
    let summary = try ExportFixtures.summary(
      extraUnits: more + [pending], notInspected: ["浍沟中心校", "九中"])
    var problems = ExportFixtures.problems()
    for (index, name) in names.prefix(6).enumerated() {
      problems.entries.append(
        ProblemList.Entry(
          number: 5 + index, unit: name, checklistID: "lingbi-xueji-2021", itemID: "5",
          itemTitle: "人籍一致情况",
          finding: "入班核查发现籍在人不在\(index + 2)人、人在籍不在1人，学籍管理员未及时办理转出手续，班主任不掌握学生去向。",
          evidence: ["IMG_20\(index)1.jpg", "点名表-\(name).xlsx"], pointsLost: Decimal(index + 1) / 2,
          requirement: "逐一核实学生去向，两周内办结学籍变动，报教体局基教科备案。", responsible: "校长",
          deadline: "2021-11-30", sourceSessionIDs: ["s-\(index)"]))
    }
    let html = ReportHTML.format(summary: summary, problems: problems)
    try html.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == html)
    // The other formats of the same data beside it: REPORT.summary.md, REPORT.problems.csv ….
    let base = URL(fileURLWithPath: path).deletingPathExtension().path
    try SummaryMarkdown.format(summary).write(
      toFile: base + ".summary.md", atomically: true, encoding: .utf8)
    try ProblemListMarkdown.format(problems).write(
      toFile: base + ".problems.md", atomically: true, encoding: .utf8)
    try SummaryCSV.format(summary).write(to: URL(fileURLWithPath: base + ".summary.csv"))
    try ProblemListCSV.format(problems).write(to: URL(fileURLWithPath: base + ".problems.csv"))
  }
}

/// A finding that starts like a formula must open as text in Excel and WPS, never run.
@Suite struct CSVFormulaTests {
  @Test func formulaLikeTextIsNeutralisedNumbersAreNot() {
    #expect(CSVWriter.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
    #expect(CSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVWriter.field("-2+3") == "'-2+3")
    #expect(CSVWriter.field("+86 138") == "'+86 138")
    #expect(CSVWriter.field("-1") == "-1")
    #expect(CSVWriter.field("84.5") == "84.5")
    #expect(CSVWriter.field("渔沟小学") == "渔沟小学")
  }
}
