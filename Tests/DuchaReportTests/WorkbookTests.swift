import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// `ducha report --format xlsx`: the workbook written for three 灵璧 schools (61, 95.5, 96 by
/// hand from the checklist's own samples) and the problem list, read back by openpyxl.
@Suite(.enabled(if: OfficeReader.pythonAvailable, "python3 is not installed: run scripts/setup"))
struct WorkbookTests {
  static func write(reveal: Bool = false) throws -> [OfficeReader.Sheet] {
    let sheets = ReportSheets.all(
      summaries: [try ExportFixtures.summary()], problems: ExportFixtures.problems(), reveal: reveal
    )
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-workbook-\(UUID().uuidString.prefix(8)).xlsx")
    defer { try? FileManager.default.removeItem(at: url) }
    try XLSXWriter.workbook(sheets).write(to: url)
    return try OfficeReader.workbook(url)
  }

  static func sheet(_ sheets: [OfficeReader.Sheet], _ name: String) throws -> OfficeReader.Sheet {
    try #require(sheets.first { $0.name == name })
  }

  @Test func hasTheSixSheetsWithFrozenChineseHeaders() throws {
    let sheets = try Self.write()
    #expect(sheets.map(\.name) == ["排名", "各项得分", "扣分明细", "问题清单", "点名明细", "学籍核查"])
    for sheet in sheets {
      #expect(sheet.frozen == "A2", "\(sheet.name) header row frozen")
      #expect(sheet.widths.count == sheet.rows.map(\.count).max(), "\(sheet.name) widths set")
    }
    let ranking = try Self.sheet(sheets, "排名")
    #expect(
      ranking.rows[0].prefix(5).map(\.description) == [
        "名次", "单位", "学段", "一 学籍管理工作专项核查（100分）", "总分",
      ])
    // A Chinese character is two columns wide: 韦集中心校 (10) + margin.
    #expect((ranking.widths["B"] ?? 0) >= 12)
  }

  @Test func rankingHoldsNumbersInRankOrder() throws {
    let ranking = try Self.sheet(Self.write(), "排名")
    let rows = ranking.rows.dropFirst().map { Array($0.prefix(5)) }
    #expect(
      rows == [
        [.number(1), .text("韦集中心校"), .text("小学"), .number(96), .number(96)],
        [
          .number(2), .text("渔沟中学"), .text("初中"), .number(Decimal(string: "95.5")!),
          .number(Decimal(string: "95.5")!),
        ],
        [.number(3), .text("灵璧五中"), .text("初中"), .number(61), .number(61)],
      ])
  }

  @Test func itemScoresAddUpToSubtotalsAndTotals() throws {
    let scores = try Self.sheet(Self.write(), "各项得分")
    #expect(scores.rows[0].map(\.description) == ["编号", "项目", "分值", "韦集中心校", "渔沟中学", "灵璧五中"])
    let body = scores.rows.dropFirst()
    let subtotal = try #require(body.first { $0[1].description.hasSuffix("小计") })
    let total = try #require(body.first { $0[1] == .text("总分") })
    let items = body.filter { !$0[1].description.hasSuffix("小计") && $0[1] != .text("总分") }
    #expect(items.count == 19)
    for column in 2..<6 {
      let sum = items.compactMap { $0[column].number }.reduce(0, +)
      #expect(subtotal[column].number == sum, "column \(column)")
      #expect(total[column].number == sum)
    }
    #expect(total.dropFirst(2).compactMap(\.number) == [100, 96, Decimal(string: "95.5")!, 61])
    // 7.2 无照片 (5 分, 0.5 per photo): 韦集 5 missing → 2.5, 渔沟 3 → 3.5, 五中 12 → 0 (扣完为止).
    let photos = try #require(scores.row(startingWith: [.text("7.2")]))
    #expect(
      photos.dropFirst(2).compactMap(\.number) == [
        5, Decimal(string: "2.5")!, Decimal(string: "3.5")!, 0,
      ])
  }

  @Test func deductionsGiveEveryPointLostWithItsReason() throws {
    let deductions = try Self.sheet(Self.write(), "扣分明细")
    #expect(
      deductions.rows[0].map(\.description) == [
        "单位", "编号", "项目", "分值", "得分", "扣分", "例数", "扣分原因", "评分规则",
      ])
    let lost = { (unit: String) in
      deductions.rows.dropFirst().filter { $0[0] == .text(unit) }.compactMap { $0[5].number }
        .reduce(0, +)
    }
    #expect(lost("韦集中心校") == 4)
    #expect(lost("渔沟中学") == Decimal(string: "4.5")!)
    #expect(lost("灵璧五中") == 39)
    // 7.2: 12 × 0.5 = 6 of 5 points; the deduction itself is capped and says so.
    let capped = try #require(
      deductions.rows.first {
        $0[0] == .text("灵璧五中") && $0[7].description.contains("扣 5 分（扣完为止）")
      })
    #expect(capped[1] == .text("7.2"))
    #expect(capped[5] == .number(5))
    #expect(
      deductions.rows.allSatisfy { $0[0] == .text("单位") || !$0[7].description.isEmpty },
      "every row says why")
  }

  @Test func problemListIsMaskedWithNumbersAsNumbers() throws {
    let problems = try Self.sheet(Self.write(), "问题清单")
    let first = try #require(problems.row(startingWith: [.number(1)]))
    #expect(first[1] == .text("渔沟中学"))
    #expect(first[5] == .text("3名学生无照片,含\"转入生\"\n学生\(ExportFixtures.maskedID)未采集"))
    #expect(first[8] == .number(Decimal(string: "1.5")!))
    #expect(first[10] == .text("刘渠安"))
    let second = try #require(problems.row(startingWith: [.number(2)]))
    #expect(second[7] == .number(3))
    #expect(second[5] == .text("入班核查人籍不一致3人<script>alert(1)</script>"))
    #expect(problems.rows.last?[1] == .text("召集人：李辉  2021-10-29 17:30"))
    let revealed = try Self.sheet(Self.write(reveal: true), "问题清单")
    #expect(revealed.rows[1][5].description.contains(ExportFixtures.idNumber))
  }

  @Test func registrySheetSetsTheSystemBesideTheRollCall() throws {
    let registry = try Self.sheet(Self.write(), "学籍核查")
    #expect(
      registry.rows[0].map(\.description) == [
        "单位", "系统班级数", "系统学生数", "重复学籍", "无照片", "无身份证号", "问题学籍未处理", "身份证号有误", "其他证件", "学籍号不符",
        "点名班级数", "点名实有人数", "涉及学生",
      ])
    let wuzhong = try #require(registry.row(startingWith: [.text("灵璧五中")]))
    // The three figures computed only from an imported export are empty for a typed check.
    #expect(wuzhong[1...11].map(\.number) == [25, 1200, 2, 12, 3, 4, nil, nil, nil, 24, 1176])
  }

  @Test func sheetNamesExcelRefusesAreMadeSafe() {
    #expect(Worksheet(name: "a/b:c[d]*?e\\f").name == "a_b_c_d___e_f")
    #expect(Worksheet(name: String(repeating: "表", count: 40)).name.count == 31)
    #expect(XLSXWriter.columnName(0) == "A")
    #expect(XLSXWriter.columnName(25) == "Z")
    #expect(XLSXWriter.columnName(26) == "AA")
    #expect(XLSXWriter.columnName(701) == "ZZ")
    #expect(XMLText.escape("a\u{0C}<b>&\"") == "a&lt;b&gt;&amp;&quot;")
  }
}

/// Documents are built from the merged sessions: the leader's merge decision decides a value
/// two inspectors recorded differently, and until then the item is 待定 with the conflict shown.
@Suite(.enabled(if: OfficeReader.pythonAvailable, "python3 is not installed: run scripts/setup"))
struct MergedDocumentTests {
  /// 渔沟中学 recorded by 李辉 (政策宣传 仅有资料 → 9 scores 2) and 王雷 (有资料且知晓度较高 → 5).
  static func sessions() throws -> (Checklist, [Session]) {
    let checklist = try ExportFixtures.lingbi()
    let answers = ExportFixtures.fullMarks()
    var first = Session(
      id: "a1", checklist: checklist,
      unit: Session.Unit(name: "渔沟中学", kind: .school, stages: [.junior]), group: "三组",
      inspectors: ["李辉"], date: "2021-10-27", year: 2021, now: "2021-10-27T09:00:00+08:00")
    first.answers = answers
    first.answers.values["政策宣传"] = Answer(.choice("仅有资料"))
    first.status = .complete
    var second = first
    second.id = "b2"
    second.inspectors = ["王雷"]
    second.answers.values["政策宣传"] = Answer(.choice("有资料且知晓度较高效果较好"))
    return (checklist, [first, second])
  }

  static func scoreOfItem9(decisions: [MergeDecision]) throws -> OfficeReader.Cell? {
    let (checklist, sessions) = try sessions()
    let summary = SummaryBuilder.build(
      checklist: checklist, sessions: sessions, decisions: decisions)
    let sheets = ReportSheets.all(summaries: [summary], problems: nil, reveal: false)
    let read = try OfficeReader.readBack(
      XLSXWriter.workbook(sheets), suffix: "xlsx", OfficeReader.workbook)
    let scores = try #require(read.first { $0.name == "各项得分" })
    return scores.row(startingWith: [.text("9")])?[3]
  }

  @Test func theLeadersDecisionIsWhatTheWorkbookShows() throws {
    #expect(try Self.scoreOfItem9(decisions: []) == .text("待定"))
    let decision = MergeDecision(
      unit: "渔沟中学", checklistID: "lingbi-xueji-2021", key: "录入:政策宣传", chosenSessionID: "a1",
      reason: "李辉查看了宣传资料", decidedBy: "李辉", time: "2021-10-28T09:00:00+08:00")
    #expect(try Self.scoreOfItem9(decisions: [decision]) == .number(2))
  }

  @Test func anUndecidedConflictIsPrintedOnTheSheet() throws {
    let (checklist, sessions) = try Self.sessions()
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    let html = InspectionSheetHTML.format(summary.units.map { (checklist, $0) })
    #expect(html.contains("<h2>检查人员记录不一致（组长尚未确定）</h2>"))
    #expect(html.contains("政策宣传"))
    #expect(html.contains("李辉 仅有资料"))
    #expect(html.contains("<p>检查人员：李辉、王雷</p>"))
  }
}
