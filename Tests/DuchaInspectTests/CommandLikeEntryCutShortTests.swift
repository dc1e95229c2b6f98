import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A problem typed after `问题` that looks like a command (`到 99`) is asked about: 仍然当作问题
/// 记下吗？ While that was asked the text was held only in memory, and a terminal closed there
/// lost it. It now waits in `.<id>.answer.json`, and `ducha resume` shows it and asks again.
@Suite struct CommandLikeEntryCutShortTests {
  typealias T = TranscriptTests

  @Test func aProblemLikeACommandWaitsWhileItIsConfirmed() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let first = try T.start(
      input: "问题\n到 99\n", options: T.lingbiOptions, sessions: directory, terminalCloses: true)
    #expect(first.output.contains("“到 99”是命令，不是问题。仍然当作问题记下吗？"), "\(first.output)")
    #expect(FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))

    let resumed = try T.run(input: "否\n制度未上墙\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：1 记下问题“到 99”，还没确认是否这样记。（Ctrl-D=不要这个回答）
        """), "\(resumed.output)")
    #expect(resumed.output.contains("> 否\n"), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.problems.map(\.description) == ["制度未上墙"])
    #expect(session.problems.map(\.itemID) == ["1"])
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }

  /// On a completed inspection: confirmed on resuming, then the reason for the correction.
  @Test func onACompletedInspectionTheReasonFollows() throws {
    let directory = try NewEntryCorrectionTests.completed()
    _ = try T.start(
      input: "问题\n到 99 份档案缺失\n", resume: "t0001", sessions: directory, terminalCloses: true)

    let resumed = try T.run(input: "是\n复查时补记\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：1 记下问题“到 99 份档案缺失”，还没确认是否这样记。（Ctrl-D=不要这个回答）
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.problems.map(\.description) == ["到 99 份档案缺失"])
    #expect(
      session.corrections.map { [$0.target, $0.after, $0.reason] } == [
        ["问题", "到 99 份档案缺失", "复查时补记"]
      ])
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }
}
