import DuchaChecklist
import DuchaSession
import Testing

@testable import DuchaReport

/// `ducha notice` attached each school's unfinished inspections to its notices in the
/// executable; `RectificationNotice.build(…, unfinished:)` now does, so the box above the title
/// comes with the notice from any front end. UnfinishedInspectionCLITests is unchanged.
@Suite struct NoticeUnfinishedTests {
  @Test func eachNoticeCarriesItsSchoolsUnfinishedInspectionsUnderItsChecklists() throws {
    let checklist = try ExportFixtures.lingbi()
    let sessions = ExportFixtures.units(checklist).map(\.session)
    let halfWay = UnfinishedInspection(
      unit: "渔沟中学", checklistID: checklist.id, inspectors: ["李辉"], date: "2021-10-27",
      items: ["7 学籍档案"])
    // The same school under a form none of its problems is from, and a school with no notice.
    let otherForm = UnfinishedInspection(
      unit: "渔沟中学", checklistID: "huili-kaohe-xuexiao", inspectors: ["张敏"], date: "2021-10-28",
      items: ["1.1 组织领导"])
    let noNotice = UnfinishedInspection(
      unit: "尹集小学", checklistID: checklist.id, inspectors: ["王雷"], date: "2021-10-29",
      items: ["2 学籍变动"])
    let notices = RectificationNotice.build(
      list: ExportFixtures.problems(), sessions: sessions, checklists: [checklist],
      unfinished: [halfWay, otherForm, noNotice])
    #expect(notices.map(\.unit) == ["渔沟中学", "灵璧五中"])
    #expect(notices.map(\.unfinished) == [[halfWay], []])
    #expect(notices[0].unfinishedWarning?.hasPrefix("检查未完成：") == true)
    #expect(notices[1].unfinishedWarning == nil)
    // Without them, as before.
    let plain = RectificationNotice.build(
      list: ExportFixtures.problems(), sessions: sessions, checklists: [checklist])
    #expect(plain.allSatisfy { $0.unfinished.isEmpty })
  }
}
