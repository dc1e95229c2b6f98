import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// `ducha report --format docx` and the 整改通知书, read back with python-docx.
@Suite(.enabled(if: OfficeReader.pythonAvailable, "python3 is not installed: run scripts/setup"))
struct WordDocumentTests {
  static func report(reveal: Bool = false) throws -> String {
    let document = ReportDocument.make(
      summaries: [try ExportFixtures.summary()], problems: ExportFixtures.problems(), reveal: reveal
    )
    return try OfficeReader.readBack(
      DOCXWriter.data(document), suffix: "docx", OfficeReader.document)
  }

  @Test func reportHasTheRankingTheDraftAndTheProblemList() throws {
    let text = try Self.report()
    let lines = text.components(separatedBy: "\n")
    #expect(lines.first == "PAGE 11906x16838")
    #expect(lines.contains("P Title|第三组 · 灵璧县学籍管理工作专项核查记录表"))
    #expect(lines.contains("P Heading 1|各单位得分"))
    #expect(lines.contains("P Heading 1|检查总结（草稿）"))
    #expect(lines.contains("P Heading 2|一、基本情况"))
    #expect(lines.contains("P Normal|此项工作做得较好的单位有韦集中心校（96分）、渔沟中学（95.5分）。"))
    #expect(lines.contains("P Title|第三组问题清单"))
    #expect(lines.contains("P Normal|召集人：李辉  2021-10-29 17:30"))
    #expect(lines.contains("P Normal|另有 2 条已删除或合并，见问题清单的修改记录。"))
    #expect(lines.contains("R 名次|单位|学段|一 学籍管理工作专项核查（100分）|总分|结论"))
    #expect(lines.contains("R 1|韦集中心校|小学|96|96|—"))
    #expect(lines.contains("R 3|灵璧五中|初中|61|61|—"))
    #expect(lines.contains("R 序号|单位|项目|存在问题|整改要求|责任人|期限|状态"))
    // Entry 1's finding keeps its line break; the ID number in it and in the draft is masked.
    #expect(
      text.contains("R 1|渔沟中学|7.2 关键信息·无照片|3名学生无照片,含\"转入生\"\n学生\(ExportFixtures.maskedID)未采集"))
    #expect(text.contains("R 2|灵璧五中|5 人籍一致情况|入班核查人籍不一致3人<script>alert(1)</script>|核实并办理学籍变动|||未整改"))
    #expect(!text.contains(ExportFixtures.idNumber))
    #expect(try Self.report(reveal: true).contains(ExportFixtures.idNumber))
  }

  static func notices(_ list: ProblemList, unit: String? = nil) throws -> [RectificationNotice] {
    let checklist = try ExportFixtures.lingbi()
    let sessions = ExportFixtures.units(checklist).map(\.session)
    return RectificationNotice.build(
      list: list, sessions: sessions, checklists: [checklist], unit: unit)
  }

  @Test func noticeListsTheSchoolsOpenProblemsWithRequirementsAndDeadlines() throws {
    let notices = try Self.notices(ExportFixtures.problems())
    // 灵璧五中's entry 3 was dropped and 渔沟中学's entry 4 merged into 1: neither is sent.
    #expect(notices.map(\.unit) == ["渔沟中学", "灵璧五中"])
    #expect(notices.map { $0.entries.map(\.number) } == [[1], [2]])
    let yugou = notices[0]
    #expect(yugou.title == "整改通知书")
    #expect(yugou.issuer == "灵璧县教育体育局")
    #expect(yugou.date == "2021-10-29")
    #expect(yugou.replyBy == "2021-11-15")
    #expect(notices[1].replyBy == nil)
    let text = try OfficeReader.readBack(
      DOCXWriter.data(NoticeDocument.make([yugou])), suffix: "docx", OfficeReader.document)
    let lines = text.components(separatedBy: "\n")
    #expect(lines.contains("P Title|整改通知书"))
    #expect(lines.contains("P Normal|渔沟中学："))
    #expect(
      lines.contains(
        "P Normal|根据工作安排，检查组于2021年10月27日对你校进行了“灵璧县学籍管理工作专项核查记录表”检查。经检查，发现你校存在以下问题，现通知如下，请认真对照整改。"
      ))
    #expect(lines.contains("R 序号|存在问题|整改要求|责任人|整改期限"))
    #expect(
      text.contains(
        "R 1|（7.2 关键信息·无照片）3名学生无照片,含\"转入生\"\n学生\(ExportFixtures.maskedID)未采集\n证据：IMG_0012.jpg、名单_\(ExportFixtures.maskedID).pdf|11月15日前补齐照片|刘渠安|2021年11月15日"
      ))
    #expect(
      lines.contains(
        "P Normal|请你校高度重视，逐条落实整改，明确责任人，于2021年11月15日前将整改情况（附佐证材料）书面报送灵璧县教育体育局。检查组将适时回头看，复查整改情况。"
      ))
    #expect(lines.contains("P Normal|灵璧县教育体育局"))
    #expect(lines.contains("P Normal|2021年10月29日"))
    #expect(!text.contains("草稿"))
  }

  @Test func unsignedListGivesDraftsAndEveryNoticeStartsANewPage() throws {
    var list = ExportFixtures.problems()
    list.signature = nil
    let notices = try Self.notices(list)
    #expect(notices.allSatisfy { $0.isDraft && $0.title == "整改通知书（草稿）" })
    let document = NoticeDocument.make(notices)
    #expect(document.blocks.filter { $0 == .pageBreak }.count == 1)
    let text = try OfficeReader.readBack(
      DOCXWriter.data(document), suffix: "docx", OfficeReader.document)
    #expect(text.components(separatedBy: "P Title|整改通知书（草稿）").count == 3)
    #expect(text.contains("P Normal|草稿：问题清单尚未签字，本通知书不得发出"))
    let html = NoticeHTML.format(notices)
    #expect(html.components(separatedBy: "<section class=\"notice\">").count == 3)
    #expect(html.contains("<p class=\"draft\">草稿：问题清单尚未签字，本通知书不得发出</p>"))
    #expect(html.contains("入班核查人籍不一致3人&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(try Self.notices(list, unit: "韦集中心校").isEmpty)
  }
}
