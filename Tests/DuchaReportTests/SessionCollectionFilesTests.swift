import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// `ducha sheet a.json b.json` grouped the files it was given by a rule of its own (by
/// checklist version only, unit names as typed) and stopped at the first file it could not
/// use. `SessionCollection.load(files:)` now groups them as a folder's sessions are: by
/// version and 考核年度, `渔沟 小学` and `渔沟小学` one school, every unusable file listed.
@Suite struct SessionCollectionFilesTests {
  @Test func namedFilesAreGroupedAsAFoldersSessions() throws {
    let checklist = try ReportFixtures.lingbi()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("collection-files-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = SessionStore(directory: folder)
    let values = ReportFixtures.perfectAnswers(checklist)
    var yugou = ReportFixtures.session(
      checklist, unit: "渔沟 小学", id: "0000bbb1", inspectors: ["李辉"], values: values)
    var weiji = ReportFixtures.session(
      checklist, unit: "韦集小学", id: "0000bbb2", inspectors: ["王雷"], values: values)
    var lastYear = ReportFixtures.session(
      checklist, unit: "渔沟小学", id: "0000bbb3", inspectors: ["王雷"], values: values)
    yugou.year = 2021
    weiji.year = 2021
    lastYear.year = 2020
    try store.save(&yugou)
    try store.save(&weiji)
    try store.save(&lastYear)
    let saved = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".json") }.sorted().map {
        (folder as NSString).appendingPathComponent($0)
      }
    #expect(saved.count == 3)
    let broken = (folder as NSString).appendingPathComponent("坏了.json")
    try Data("{\"id\": ".utf8).write(to: URL(fileURLWithPath: broken))
    let missing = (folder as NSString).appendingPathComponent("没有这个.json")

    let collection = SessionCollection.load(
      files: saved + [broken, missing], library: [checklist])
    #expect(collection.groups.map(\.year) == [2020, 2021])
    #expect(
      collection.groups.map { $0.sessions.map(\.id).sorted() } == [
        ["0000bbb3"], ["0000bbb1", "0000bbb2"],
      ])
    #expect(collection.sessions.map(\.unit.name).contains("渔沟小学"))
    #expect(!collection.sessions.map(\.unit.name).contains("渔沟 小学"))
    // Both unusable files are named, not only the first.
    #expect(collection.skipped.count == 2)
    #expect(collection.skipped[0].message.zh.contains("坏了.json"))
    #expect(collection.skipped[1].message.zh.contains("没有这个.json"))
  }
}
