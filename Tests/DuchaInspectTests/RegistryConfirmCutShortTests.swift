import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 学籍 with 重复学籍 typed above 系统学生数: while `确认吗？` was open the 200 was only in memory,
/// so `kill -9` or a closed terminal there lost it and `ducha resume` said nothing. It now waits
/// in `.<id>.answer.json` beside the session, and `ducha resume` says it and asks again.
@Suite struct RegistryConfirmCutShortTests {
  typealias T = TranscriptTests

  /// An inspection of 渔沟小学 whose terminal closed at the confirmation of 重复学籍 200 (the
  /// school has 137 registered); the sessions folder and the draft's path.
  static func cutShort() throws -> (String, String) {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    _ = try T.start(
      input: "学籍\n3\n137\n200\n", options: T.lingbiOptions, sessions: directory,
      terminalCloses: true)
    return (directory, directory + "/.t0001.answer.json")
  }

  @Test func aFigureCutShortAtItsConfirmationIsAskedAgainOnResume() throws {
    let (directory, draft) = try Self.cutShort()
    #expect(FileManager.default.fileExists(atPath: draft), "the 200 typed was lost")
    let store = SessionStore(directory: directory)
    #expect(store.list().sessions.first?.session.registry.counts["重复学籍"] == nil)

    let resumed = try T.run(input: "是\n张三、李四\n退出\n", resume: "", sessions: directory)

    try T.compare(resumed.output, with: "registry-confirm-resumed.expected")
    let saved = try #require(store.list().sessions.first?.session)
    #expect(saved.registry.counts["重复学籍"] == 200)
    #expect(saved.registry.students["重复学籍"] == ["张三", "李四"])
    #expect(!FileManager.default.fileExists(atPath: draft))
  }

  @Test func theFigureWaitingForItsConfirmationCanBeGivenUp() throws {
    let (directory, draft) = try Self.cutShort()

    let resumed = try T.run(input: "否\n退出\n", resume: "", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：学籍系统核查 重复学籍 答了 200，比学籍系统学生数 137 还多，还没有确认。确认了才记下（否或 Ctrl-D=不要这个回答）。
          重复学籍 200 比学籍系统学生数 137 还多。确认吗？（是/否，否=不要这个数）> 否
        （已丢掉，重复学籍仍未填；要重新输入用“学籍”）

        """), "\(resumed.output)")
    let saved = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(saved.registry.counts["重复学籍"] == nil)
    #expect(!FileManager.default.fileExists(atPath: draft))
  }
}
