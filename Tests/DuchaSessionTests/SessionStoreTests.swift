import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@Suite struct SessionStoreTests {
  @Test func saveWritesOnePrivateFileNamedByDateUnitChecklistAndID() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory + "/Sessions")
    var session = try fullSession()

    try store.save(&session)

    let name = "2021-11-05_渔沟中学_lingbi-xueji-2021_7f3a9c2e.json"
    #expect(store.path(for: session) == directory + "/Sessions/" + name)
    // Exactly the session file: no temporary file is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/Sessions") == [name])
    #expect(try permissions(store.path(for: session)) == 0o600)
    #expect(try bytes(store.path(for: session)) == SessionStore.encode(session))
    #expect(try SessionStore.load(path: store.path(for: session)) == session)
  }

  @Test func savingTwiceReplacesTheContent() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var session = try emptySession()
    try store.save(&session)

    session.answers.values["人籍不一致人数"] = Answer(.number(d("3")))
    session.status = .complete
    session.updatedAt = "2021-11-05T10:00:00+08:00"
    try store.save(&session)

    let loaded = try SessionStore.load(path: store.path(for: session))
    #expect(loaded == session)
    #expect(loaded.status == .complete)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 1)
    #expect(try permissions(store.path(for: session)) == 0o600)
  }

  @Test func fileNameLeavesOutCharactersThatBreakPaths() throws {
    let store = SessionStore(directory: "/tmp/s")
    var session = try emptySession()
    session.unit.name = "城关一中/初中 部:东校区"
    #expect(
      store.path(for: session) == "/tmp/s/2021-11-05_城关一中初中部东校区_lingbi-xueji-2021_7f3a9c2e.json")
    // Every part, not only the unit: a date typed with slashes must not point into folders.
    session.date = "2021/11/05"
    session.id = "7f3a\u{0}9c2e\n"
    #expect(
      store.path(for: session) == "/tmp/s/20211105_城关一中初中部东校区_lingbi-xueji-2021_7f3a9c2e.json")
  }

  @Test func longUnitNamesStayWithinTheFileNameLimit() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var session = try emptySession()
    session.unit.name = String(repeating: "某某县某某镇中心小学", count: 10)  // 100 characters, 300 bytes

    try store.save(&session)

    let name = (store.path(for: session) as NSString).lastPathComponent
    #expect(name.utf8.count <= 255)
    #expect(name.hasPrefix("2021-11-05_" + String(session.unit.name.prefix(40)) + "_lingbi"))
    #expect(try SessionStore.load(path: store.path(for: session)) == session)
  }

  @Test func sessionsOfSeveralInspectorsNeverCollide() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    // Same school, same checklist, same day, two inspectors: only the id differs.
    var first = try emptySession(id: "7f3a9c2e")
    first.inspectors = ["李明"]
    var second = try emptySession(id: "c81d04b7")
    second.inspectors = ["王芳"]
    try store.save(&first)
    try store.save(&second)

    let listed = store.list()
    #expect(listed.problems.isEmpty)
    #expect(Set(listed.sessions.map(\.session.inspectors)) == [["李明"], ["王芳"]])
  }

  @Test func listIsNewestFirst() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    // File names sort by date; the list sorts by last save, which here is the other way round.
    let updates = [
      ("a1", "2021-11-03", "2021-11-06T08:00:00+08:00"),
      ("b2", "2021-11-04", "2021-11-05T08:00:00+08:00"),
      ("c3", "2021-11-05", "2021-11-05T16:30:00+08:00"),
    ]
    for (id, date, updated) in updates {
      var session = try emptySession(id: id, date: date, now: "2021-11-01T08:00:00+08:00")
      session.updatedAt = updated
      try store.save(&session)
    }

    let listed = store.list()
    #expect(listed.sessions.map(\.session.id) == ["a1", "c3", "b2"])
    #expect(
      listed.sessions.map {
        ($0.path as NSString).lastPathComponent.hasSuffix($0.session.id + ".json")
      } == [true, true, true])
    #expect(listed.problems.isEmpty)
  }

  @Test func damagedFilesAreReportedAndLeftUntouched() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var session = try fullSession()
    try store.save(&session)

    let full = try SessionStore.encode(session)
    let garbage = Data([0xFF, 0xFE, 0x00, 0x41, 0x7B, 0x0A, 0xE4, 0xB8])
    let half = full.prefix(full.count / 2)
    let garbagePath = directory + "/garbage.json"
    let halfPath = directory + "/2021-11-05_渔沟中学_lingbi-xueji-2021_half.json"
    try garbage.write(to: URL(fileURLWithPath: garbagePath))
    try half.write(to: URL(fileURLWithPath: halfPath))
    // Not session files: ignored, not reported.
    try Data("备忘".utf8).write(to: URL(fileURLWithPath: directory + "/备忘.txt"))
    try Data("{".utf8).write(to: URL(fileURLWithPath: directory + "/.x.json.123.tmp"))

    let listed = store.list()

    #expect(listed.sessions.map(\.session) == [session])
    #expect(listed.problems.count == 2)
    let paths = listed.problems.compactMap { problem -> String? in
      if case .unreadable(let path, _) = problem { return path }
      return nil
    }
    #expect(Set(paths) == [garbagePath, halfPath])
    #expect(try bytes(garbagePath) == garbage)
    #expect(try bytes(halfPath) == half)
    for problem in listed.problems {
      #expect(problem.message.zh.contains("文件没有改动"))
    }
  }

  @Test func listOfMissingFolderIsEmptyAndCreatesNothing() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory + "/Sessions")
    let listed = store.list()
    #expect(listed.sessions.isEmpty)
    #expect(listed.problems.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: directory + "/Sessions"))
  }

  @Test func newerFormatIsRefusedNamingBothVersions() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let text = String(decoding: try SessionStore.encode(try fullSession()), as: UTF8.self)
    let newer = Data(
      text.replacingOccurrences(of: #""formatVersion" : 3"#, with: #""formatVersion" : 4"#)
        .replacingOccurrences(of: #""group" : "#, with: #""photos" : [], "group" : "#).utf8)
    #expect(newer != Data(text.utf8))
    let path = directory + "/2021-11-05_渔沟中学_lingbi-xueji-2021_7f3a9c2e.json"
    try newer.write(to: URL(fileURLWithPath: path))

    let error = try #require(throws: SessionStore.LoadError.self) {
      try SessionStore.load(path: path)
    }
    #expect(error == .newerFormat(path: path, version: 4))
    #expect(error.message.zh.contains("第 4 版"))
    #expect(error.message.zh.contains("第 3 版"))
    #expect(error.message.zh.contains(path))
    #expect(error.message.en.contains("version 4"))
    #expect(error.message.en.contains("(3)"))

    // Listing reports it the same way, and nothing rewrites the file.
    let listed = SessionStore(directory: directory).list()
    #expect(listed.sessions.isEmpty)
    #expect(listed.problems == [.newerFormat(path: path, version: 4)])
    #expect(try bytes(path) == newer)
  }

  @Test(arguments: [1, 2]) func olderVersionFilesAreStillRead(version: Int) throws {
    // Version 2 only added the optional followUp, version 3 the optional inspectedChecklist: an
    // older file is an ordinary session, scored with the library's checklist.
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var old = try fullSession()
    old.inspectedChecklist = nil
    let text = String(decoding: try SessionStore.encode(old), as: UTF8.self)
    #expect(!text.contains("inspectedChecklist"))
    let path = directory + "/old.json"
    try Data(
      text.replacingOccurrences(
        of: #""formatVersion" : 3"#, with: #""formatVersion" : \#(version)"#
      )
      .utf8
    )
    .write(to: URL(fileURLWithPath: path))
    let session = try SessionStore.load(path: path)
    #expect(session.formatVersion == version)
    #expect(session.followUp == nil)
    #expect(session.inspectedChecklist == nil)
    #expect(session.answers == (try fullSession()).answers)
  }

  @Test func olderOrMissingVersionIsRefused() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let text = String(decoding: try SessionStore.encode(try fullSession()), as: UTF8.self)
    let zero = directory + "/zero.json"
    try Data(
      text.replacingOccurrences(of: #""formatVersion" : 3,"#, with: #""formatVersion" : 0,"#).utf8
    )
    .write(to: URL(fileURLWithPath: zero))
    let none = directory + "/none.json"
    try Data(text.replacingOccurrences(of: #""formatVersion" : 3,"#, with: "").utf8)
      .write(to: URL(fileURLWithPath: none))

    #expect(throws: SessionStore.LoadError.olderFormat(path: zero, version: 0)) {
      try SessionStore.load(path: zero)
    }
    let error = try #require(throws: SessionStore.LoadError.self) {
      try SessionStore.load(path: none)
    }
    guard case .unreadable(let path, _) = error else {
      Issue.record("expected .unreadable, got \(error)")
      return
    }
    #expect(path == none)
  }

  @Test func missingFileIsUnreadable() throws {
    let path = NSTemporaryDirectory() + "ducha-no-such-session-\(UUID().uuidString).json"
    let error = try #require(throws: SessionStore.LoadError.self) {
      try SessionStore.load(path: path)
    }
    guard case .unreadable(let reported, _) = error else {
      Issue.record("expected .unreadable, got \(error)")
      return
    }
    #expect(reported == path)
  }

  @Test func saveIntoUnwritablePlaceThrows() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // A file where the folder should be.
    try Data().write(to: URL(fileURLWithPath: directory + "/Sessions"))
    let store = SessionStore(directory: directory + "/Sessions")
    var session = try emptySession()
    #expect(throws: (any Error).self) { try store.save(&session) }
  }
}
