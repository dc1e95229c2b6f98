import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// A folder's summaries built by `SummaryBatch`: the records kept, the title, and every
/// child's ID number and name masked before the summary is built unless `reveal`.
@Suite struct SummaryBatchTests {
  /// 渔沟小学 called 三年级2班 and found 张三 absent; 韦集小学's reason for 1 names 张三 and
  /// an ID number; 尹集小学 is not kept. Saved to a folder and read back as a leader does.
  static func folder() throws -> (String, SessionCollection) {
    let checklist = try ReportFixtures.lingbi()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("summary-batch-\(UUID().uuidString)").path
    let store = SessionStore(directory: folder)
    var values = ReportFixtures.perfectAnswers(checklist)
    var yugou = ReportFixtures.session(
      checklist, unit: "渔沟小学", id: "0000aaa1", inspectors: ["李辉"], values: values)
    yugou.rollCall = [
      ClassRollCall(
        grade: "三年级", className: "2班", registered: 45, present: 44, onLeave: 0,
        absentNames: ["张三"])
    ]
    values["人员配备扣分"] = Answer(.number(3), reason: "张三（11010519491231002X）学籍未转出")
    var weiji = ReportFixtures.session(
      checklist, unit: "韦集小学", id: "0000aaa2", inspectors: ["王雷"], values: values)
    var yinji = ReportFixtures.session(
      checklist, unit: "尹集小学", id: "0000aaa3", inspectors: ["王雷"], values: values)
    try store.save(&yugou)
    try store.save(&weiji)
    try store.save(&yinji)
    return (folder, SessionCollection.load([folder], library: [checklist]))
  }

  static func build(reveal: Bool) throws -> (Int, [GroupSummary]) {
    let (folder, collection) = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var summaries: [GroupSummary] = []
    let built = SummaryBatch.forEach(
      collection, kept: ["0000aaa1", "0000aaa2"], decisions: [], title: "第三组",
      expectedUnits: nil, problems: nil, reveal: reveal, language: .chinese, explains: true
    ) { summaries.append($0) }
    return (built, summaries)
  }

  @Test func theKeptRecordsAreSummarisedWithChildrenMasked() throws {
    let (built, summaries) = try Self.build(reveal: false)

    #expect(built == 1)
    let summary = try #require(summaries.first)
    #expect(summary.title == "第三组 · 灵璧县学籍管理工作专项核查记录表")
    #expect(summary.units.map(\.unit.name).sorted() == ["渔沟小学", "韦集小学"])
    #expect(summary.personalDataMasked)
    let weiji = try #require(summary.units.first { $0.unit.name == "韦集小学" })
    // 张三 is known from 渔沟小学's roll call, another inspector's record: masked here too.
    #expect(
      weiji.session.answers.values["人员配备扣分"]?.reason == "张*（110105***********X）学籍未转出")
    // Full marks but 1 人员配备: 100 − 3.
    #expect(weiji.result.total == .scored(97))
  }

  @Test func revealKeepsTheRecordsAsTheyAre() throws {
    let (built, summaries) = try Self.build(reveal: true)

    #expect(built == 1)
    let summary = try #require(summaries.first)
    #expect(!summary.personalDataMasked)
    let weiji = try #require(summary.units.first { $0.unit.name == "韦集小学" })
    #expect(weiji.session.answers.values["人员配备扣分"]?.reason == "张三（11010519491231002X）学籍未转出")
  }

  @Test func nothingIsBuiltWhenNoRecordIsKept() throws {
    let (folder, collection) = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }

    let built = SummaryBatch.forEach(
      collection, kept: [], decisions: [], title: nil, expectedUnits: nil, problems: nil,
      reveal: false, language: .chinese, explains: false
    ) { _ in Issue.record("no summary expected") }

    #expect(built == 0)
  }
}
