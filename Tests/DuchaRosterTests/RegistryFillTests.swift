import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaRoster

/// `RegistryFill`: a roster check put into an inspection's 学籍核查 as `ducha roster check …
/// --session ID` does, on sessions saved in a folder as the REPL saves them.
@Suite struct RegistryFillTests {
  static let root = RosterFixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A sessions folder holding 渔沟小学's inspection (id 0a1b2c3d) and, when `twin`, another
  /// whose id also begins 0a1b.
  static func folder(twin: Bool = false) throws -> String {
    let (loaded, _) = ChecklistLoader.load(
      path: root.appendingPathComponent("Checklists/lingbi-xueji.ducha").path)
    let checklist = try #require(loaded)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("registry-fill-\(UUID().uuidString)").path
    let store = SessionStore(directory: folder)
    for (id, unit) in [("0a1b2c3d", "渔沟小学")] + (twin ? [("0a1b9999", "韦集小学")] : []) {
      var session = Session(
        id: id, checklist: checklist,
        unit: Session.Unit(name: unit, kind: checklist.unitKind, stages: [.primary]),
        group: "三组", inspectors: ["李辉"], date: "2021-10-27", year: 2021,
        now: "2021-10-27T09:00:00+08:00")
      try store.save(&session)
    }
    return folder
  }

  /// 示范小学's export: 12 students in 2 classes (the figures `ducha roster check` prints).
  static func check(_ names: [String] = ["registry-a.csv"]) -> RosterCheck {
    let stream = RosterCheckStream(today: RosterFixtures.today)
    for name in names { stream.read(path: RosterFixtures.path(name)) }
    return stream.finish()
  }

  @Test func theFiguresAreSavedIntoTheSessionNamedByTheBeginningOfItsID() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = RosterFixtures.path("registry-a.csv")

    let filled = try RegistryFill.fill(
      "0a1b", in: folder, with: Self.check(), files: [file], now: "2021-10-27T10:00:00+08:00")

    let (listed, _) = SessionStore(directory: folder).list()
    let saved = try #require(listed.first?.session)
    #expect(saved.id == "0a1b2c3d")
    #expect(saved.registry == filled.registry)
    #expect(saved.updatedAt == "2021-10-27T10:00:00+08:00")
    let counts = saved.registry.counts
    #expect(counts["系统学生数"] == 12)
    #expect(counts["系统班级数"] == 2)
    #expect(counts["重复学籍"] == 2)
    #expect(counts["无照片"] == 2)
    #expect(counts["无身份证号"] == 1)
    #expect(counts["身份证号有误"] == 5)
    // The lock is given back: the inspector can resume at once.
    #expect(throws: Never.self) {
      try SessionLock.acquire(directory: folder, id: "0a1b2c3d", now: "").release()
    }
  }

  @Test func anIDOfNoneOrOfSeveralSessionsFillsNothingIn() throws {
    let folder = try Self.folder(twin: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let check = Self.check()

    #expect {
      try RegistryFill.fill("ffff", in: folder, with: check, files: [], now: "")
    } throws: { error in
      if case .noSession = error as? RegistryFillProblem { true } else { false }
    }
    #expect {
      try RegistryFill.fill("0a1b", in: folder, with: check, files: [], now: "")
    } throws: { error in
      if case .severalSessions = error as? RegistryFillProblem { true } else { false }
    }
    // The whole id picks one of the two.
    let filled = try RegistryFill.fill("0a1b9999", in: folder, with: check, files: [], now: "")
    #expect(filled.unit.name == "韦集小学")
  }

  @Test func aSessionBeingEditedOrAnEmptyExportFillsNothingIn() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }

    #expect {
      try RegistryFill.fill("0a1b2c3d", in: folder, with: Self.check([]), files: [], now: "")
    } throws: { error in
      if case .noStudents = error as? RegistryFillProblem { true } else { false }
    }
    let lock = try SessionLock.acquire(directory: folder, id: "0a1b2c3d", now: "")
    defer { lock.release() }
    #expect {
      try RegistryFill.fill("0a1b2c3d", in: folder, with: Self.check(), files: [], now: "")
    } throws: { error in
      if case .held(let id, _) = error as? RegistryFillProblem { id == "0a1b2c3d" } else { false }
    }
    let (listed, _) = SessionStore(directory: folder).list()
    #expect(listed.first?.session.registry.counts.isEmpty == true)
  }
}
