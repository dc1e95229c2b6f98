import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// The reason for a 酌情 score that looks like a command (`到 99 …`) is asked about: 仍然当作
/// 理由记下吗？ The score waited beside the session, but the reason typed was only in memory,
/// and a terminal closed there lost it. It now waits with the score (`confirmed: false`), and
/// `ducha resume` shows it and asks the confirmation again.
@Suite struct CommandLikeScoreReasonTests {
  typealias T = TranscriptTests

  @Test func aReasonLikeACommandWaitsWhileItIsConfirmed() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let first = try T.start(
      input: "3\n到 99 人次未参加培训\n", options: T.lingbiOptions, sessions: directory,
      terminalCloses: true)
    #expect(first.output.contains("“到 99 人次未参加培训”是命令，不是理由。仍然当作理由记下吗？"), "\(first.output)")
    let kept = try #require(AnswerDraft.load(directory: directory, id: "t0001"))
    #expect(kept.answer.reason == "到 99 人次未参加培训")
    #expect(kept.confirmed == false)

    let resumed = try T.run(input: "是\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：1 人员配备 答了 3，理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
        """), "\(resumed.output)")
    #expect(resumed.output.contains("：到 99 人次未参加培训（上次输入的）\n"), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.answers.values["人员配备扣分"]?.reason == "到 99 人次未参加培训")
    #expect(AnswerDraft.load(directory: directory, id: "t0001") == nil)
  }
}
