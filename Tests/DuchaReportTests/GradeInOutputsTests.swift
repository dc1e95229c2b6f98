import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// A form's own verdict in words (`结果 评定(核查结论, …)`) was shown at the end of the walk and in
/// `ducha summary`, but left out of the 结论 of the printed 核查记录表 and of the exports: the
/// sheet filed with the bureau had no 核查结论 at all.
@Suite struct GradeInOutputsTests {
  static let form = """
    清单 xj-hecha
    标题：学籍管理核查表
    对象：学校
    类型：核验表

    部分 一 学籍数据
    条目 1 在校生人数
      录入 系统人数 计数
      录入 实际人数 计数
      规则 判定(系统人数 = 实际人数, 是=一致, 否=不一致)
    条目 2 辍学登记
      录入 有台账 是否
      规则 判定(有台账, 是=有, 否=无)

    结果 评定(核查结论, 若(判定.不一致 + 判定.无 = 0, "合格", 若(判定.不一致 + 判定.无 <= 1, "基本合格", "不合格")))
    """

  static let scoring = """
    清单 xz-test
    标题：乡镇考核
    对象：乡镇(街道)
    总分：10

    部分 一 责任落实 10分
    条目 1 工作专班 10分
      录入 有工作专班 是否
      规则 条件扣分(非 有工作专班, 扣=5, 理由="未成立工作专班")

    结果 评定(等次, 若(总分 >= 9, "优秀", "合格"))
    """

  /// 500 against 498 is 不一致 and no 台账 is 无: two short, 不合格.
  @Test func theSheetOfAVerificationListGivesItsGrade() throws {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "核查.ducha", text: Self.form)).0)
    let session = ReportFixtures.session(
      checklist, unit: "城关一小", id: "城关一小", inspectors: ["王雷"],
      values: [
        "系统人数": Answer(.number(500)), "实际人数": Answer(.number(498)),
        "有台账": Answer(.bool(false)),
      ])
    let summary = SummaryBuilder.build(checklist: checklist, sessions: [session])
    let unit = try #require(summary.units.first)
    let html = InspectionSheetHTML.format([(checklist, unit)])
    #expect(html.contains("结论：核查结论 不合格"), "\(html)")
    // Nothing is deducted in a verification list: the column says what it holds.
    #expect(html.contains("<th>核验</th><th>核验说明、备注及证据</th>"))
  }

  /// 10 − 5 = 5 < 9: 合格; the CSV's 结论 column and the Markdown table carry it.
  @Test func aScoringFormsGradeIsInTheExportsConclusion() throws {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "乡镇.ducha", text: Self.scoring)).0)
    let session = ReportFixtures.session(
      checklist, unit: "东河乡", id: "东河乡", inspectors: ["王雷"],
      values: ["有工作专班": Answer(.bool(false))])
    let summary = SummaryBuilder.build(checklist: checklist, sessions: [session])
    #expect(summary.units.map(\.result.total) == [.scored(5)])
    #expect(String(decoding: SummaryCSV.format(summary), as: UTF8.self).contains("等次 合格"))
    #expect(SummaryMarkdown.format(summary).contains("等次 合格"))
  }
}
