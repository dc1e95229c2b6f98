import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// The 核查记录表: one printed page per school with the form's items, scores, reasons, notes,
/// roll call, registry figures and signature lines; minors' names and ID numbers kept out.
@Suite struct InspectionSheetTests {
  /// 灵璧五中 (61) with a note, a piece of evidence, a roll call naming two students, and the
  /// registry's students, plus 渔沟中学 (95.5).
  static func records(reveal: Bool = false) throws -> String {
    let checklist = try ExportFixtures.lingbi()
    var units = ExportFixtures.units(checklist)
    units[0].session.notes["5"] = [
      ItemNote(kind: .note, text: "三(2)班 <b>两人</b> 已转学", time: "2021-10-27T10:00:00+08:00"),
      ItemNote(kind: .evidence, text: "IMG_0031.jpg", time: "2021-10-27T10:01:00+08:00"),
    ]
    units[0].session.rollCall = [
      ClassRollCall(
        grade: "三年级", className: "2班", registered: 45, present: 42, onLeave: 1,
        absentNames: ["张三", ExportFixtures.idNumber])
    ]
    units[0].session.registry.students["重复学籍"] = ["李四", "王五"]
    units[0].session.problems = [
      Problem(itemID: "5", description: "两名学生籍在人不在", time: "2021-10-27T10:02:00+08:00")
    ]
    return InspectionSheetHTML.format(
      [(checklist, units[0]), (checklist, units[1])], reveal: reveal)
  }

  @Test func onePagePerSchoolWithTheFormsItemsAndScores() throws {
    let html = try Self.records()
    #expect(html.components(separatedBy: "<section class=\"sheet\">").count == 3)
    #expect(html.contains(".sheet { break-after: page; page-break-after: always; }"))
    #expect(html.contains("@page { size: A4;"))
    #expect(html.contains("<h1>灵璧县学籍管理工作专项核查记录表</h1>"))
    #expect(html.contains("<th>被检查单位</th><td>灵璧五中</td>"))
    #expect(html.contains("<th>检查日期</th><td>2021-10-27</td>"))
    // 7.2 无照片 for 灵璧五中: 12 photos missing at 0.5 each, 5 points, 扣完为止.
    #expect(html.contains("<td>7.2</td><td>关键信息·无照片</td><td class=\"num\">5</td>"))
    #expect(html.contains("<td>满分 100 分</td><td class=\"num\">61</td>"))
    #expect(html.contains("<td>满分 100 分</td><td class=\"num\">95.5</td>"))
    #expect(html.contains("无照片数 12 例 × 0.5 分 = 6 分"))
    #expect(html.contains("检查人员（签字）："))
    #expect(html.contains("被检查单位负责人（签字）："))
    #expect(html.contains("<p>检查人员：李辉</p>"))
  }

  @Test func notesEvidenceAndProblemsAreShownEscaped() throws {
    let html = try Self.records()
    #expect(html.contains("备注：三(2)班 &lt;b&gt;两人&lt;/b&gt; 已转学"))
    #expect(html.contains("证据：IMG_0031.jpg"))
    #expect(html.contains("<li>（5 人籍一致情况）两名学生籍在人不在</li>"))
    #expect(!html.contains("<b>两人</b>"))
  }

  @Test func rollCallAndRegistryShowCountsButNoNamesUnlessRevealed() throws {
    let html = try Self.records()
    #expect(html.contains("<h2>入班核查</h2>"))
    #expect(
      html.contains(
        "<tr><td>三年级</td><td>2班</td><td class=\"num\">45</td><td class=\"num\">42</td><td class=\"num\">1</td><td class=\"num\">43</td><td class=\"num\">-2</td><td class=\"num\">2</td><td class=\"num\">0</td>"
      ))
    #expect(html.contains("籍在人不在：2名（姓名已隐去，--reveal 显示）"))
    #expect(html.contains("<td>重复学籍</td><td class=\"num\">2</td><td>2名（姓名已隐去，--reveal 显示）</td>"))
    #expect(!html.contains("张三"))
    #expect(!html.contains("李四"))
    #expect(!html.contains(ExportFixtures.idNumber))
    let revealed = try Self.records(reveal: true)
    #expect(revealed.contains("籍在人不在：张三、\(ExportFixtures.idNumber)"))
    #expect(revealed.contains("李四、王五"))
  }

  @Test func pendingItemsSayWhatIsMissing() throws {
    let checklist = try ExportFixtures.lingbi()
    var answers = ExportFixtures.fullMarks()
    answers.values["经费实际投入"] = nil
    let unit = ExportFixtures.unit("大路小学", stages: [.primary], id: "s-dalu", checklist, answers)
    let html = InspectionSheetHTML.format([(checklist, unit)])
    #expect(html.contains("<span class=\"pending\">待定："))
    #expect(html.contains("待定项：3 经费投入"))
    #expect(html.contains("<td>满分 100 分</td><td class=\"num\">待定</td>"))
  }

  @Test func aVerificationListShowsEachLedgersStatusNotAScore() throws {
    let path = ExportFixtures.root.appendingPathComponent("Checklists/huili-taizhang.ducha").path
    let checklist = try #require(ChecklistLoader.load(path: path).0)
    let answers = Answers(statuses: ["1.1": .complete, "1.2": .missing, "1.3": .incomplete])
    let unit = ExportFixtures.unit("会理一小", stages: [.primary], id: "s-tz", checklist, answers)
    let html = InspectionSheetHTML.format([(checklist, unit)])
    #expect(html.contains("<td class=\"num score\">齐全</td>"))
    #expect(html.contains("<td class=\"num score\">缺失</td>"))
    #expect(html.contains("<td class=\"num score\">不全</td>"))
    #expect(html.contains("核验结果：齐全 1 项，缺失 1 项，不全 1 项，未核验 "))
    #expect(!html.contains("满分 0 分"))
  }
}
