import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A completed inspection reopened: a problem, note or piece of evidence reworded or deleted
/// asked the reason and logged a correction, but a new one was added without a word. It now
/// asks the same reason; the entry waits beside the session while it is asked.
@Suite struct NewEntryCorrectionTests {
  typealias T = TranscriptTests

  /// 渔沟小学 with item 1 answered, completed despite the pending items.
  static func completed() throws -> String {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    _ = try T.run(input: "0\n完成\n是\n", options: T.lingbiOptions, sessions: directory)
    return directory
  }

  @Test func aProblemAddedToACompletedInspectionAsksTheReason() throws {
    let directory = try Self.completed()

    let reopened = try T.run(
      input: "问题 复查发现学籍管理员未培训\n组长复查时补记\n备注\n公开 资料齐全\n复查时补记\n退出\n", resume: "t0001",
      sessions: directory)

    try T.compare(reopened.output, with: "new-entry-correction.expected")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.problems.map(\.description) == ["复查发现学籍管理员未培训"])
    #expect(session.notes["1"]?.map(\.text) == ["资料齐全"])
    #expect(
      session.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["问题", "", "复查发现学籍管理员未培训", "组长复查时补记"],
        ["备注", "", "公开 资料齐全", "复查时补记"],
      ])
  }

  @Test func aProblemCutShortAtTheReasonIsKept() throws {
    let directory = try Self.completed()
    _ = try T.start(
      input: "问题 复查发现学籍管理员未培训\n", resume: "t0001", sessions: directory, terminalCloses: true)
    #expect(FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))

    let resumed = try T.run(input: "组长复查时补记\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：1 记下问题“复查发现学籍管理员未培训”，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 组长复查时补记
        已记下问题（1）。

        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.problems.map(\.description) == ["复查发现学籍管理员未培训"])
    #expect(session.corrections.map(\.reason) == ["组长复查时补记"])
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }
}
