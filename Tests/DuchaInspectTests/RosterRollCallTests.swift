import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// Roll call from the class list: after `学籍 导入`, `点名` offers the export's classes; the
/// inspector marks who is absent by 班内学号 or name (a name two children share must be given
/// by number), who of them is on leave, and who is there but not on the list. 籍在人不在 come
/// out by name and the 灵璧 items bound to 点名.* are re-scored.
@Suite struct RosterRollCallTests {
  typealias T = TranscriptTests

  @Test func rollCallFromTheClassList() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    // The school's clerk padded 周杰 to the width of three characters (`周　杰`); the inspector
    // types 周杰, which used to be 名单里没有“周杰”.
    let export = try String(contentsOfFile: file, encoding: .utf8)
    try export.replacingOccurrences(of: "周杰", with: "周\u{3000}杰").write(
      toFile: file, atomically: true, encoding: .utf8)
    let lines = [
      "/学籍 导入 '\(file)'",
      // 三年级1班 by name: 王小明 is on the list twice (01 and 06), so the name is refused.
      "/点名", "三年级1班", "王小明", "06", "", "",
      // The whole school after the first class: 2 classes on the registry, and its 12 students
      // with 三年级1班's 1 missing.
      "", "",
      // 三年级2班 by number: 02 is 孙丽; 王五 is not on the list; 孙丽 is on leave; 钱小六 is
      // in the room but not on the list.
      "/点名", "2", "02 周杰 王五", "02 周杰", "孙丽", "钱小六",
      "/退出",
    ]
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-roster-rollcall-\(UUID())"
    ).path
    let run = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: RegistryImportTests.options,
      sessions: directory)
    let output = run.output.replacingOccurrences(of: folder.path, with: "<导出>")
    try T.compare(output, with: "roster-rollcall.expected")

    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级1班", "三年级2班"])
    let first = session.rollCall[0]
    let firstCounts: [Int] = [
      first.registered, first.present, first.onLeave, first.absentCount, first.unregisteredCount,
    ]
    #expect(firstCounts == [6, 5, 0, 1, 0])
    #expect(first.absentNames == ["王小明"])
    let second = session.rollCall[1]
    // 6 on the list − 2 not there + 1 not on the list = 5 present; 1 of the 2 on leave.
    let secondCounts: [Int] = [
      second.registered, second.present, second.onLeave, second.absentCount,
      second.unregisteredCount,
    ]
    #expect(secondCounts == [6, 5, 1, 1, 1])
    #expect(second.absentNames == ["周\u{3000}杰"])
    #expect(second.unregisteredNames == ["钱小六"])
    #expect(session.figures["点名.籍在人不在"] == 2)
    #expect(session.figures["点名.人在籍不在"] == 1)
    #expect(session.figures["点名.人籍不一致"] == 3)
    #expect(session.wholeSchool?.classes == 2)
    #expect(session.wholeSchool?.students == 11)
  }
}
