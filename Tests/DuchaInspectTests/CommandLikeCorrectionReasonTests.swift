import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// The reason for correcting a completed inspection that looks like a command (`到 99 份`) is
/// asked about: 仍然当作理由记下吗？ The answer waited beside the session, but the reason typed
/// was only in memory, and a terminal closed there lost it (`ducha resume` asked the reason
/// again from nothing). It now waits in the draft (`correctionReason`), and `ducha resume`
/// shows it and asks the confirmation again.
@Suite struct CommandLikeCorrectionReasonTests {
  typealias T = TranscriptTests

  @Test func aCorrectionReasonLikeACommandWaitsWhileItIsConfirmed() throws {
    let directory = try NewEntryCorrectionTests.completed()
    let first = try T.start(
      input: "改 1\n2\n漏扣两分\n到 99 份\n", resume: "t0001", sessions: directory,
      terminalCloses: true)
    #expect(first.output.contains("“到 99 份”是命令，不是理由。仍然当作理由记下吗？"), "\(first.output)")
    let kept = try #require(AnswerDraft.load(directory: directory, id: "t0001"))
    #expect(kept.answer.reason == "漏扣两分")
    #expect(kept.correctionReason == "到 99 份")

    let resumed = try T.run(input: "是\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：1 人员配备 答了 2（理由：漏扣两分），更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）：到 99 份（上次输入的）
          “到 99 份”是命令，不是理由。仍然当作理由记下吗？
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.answers.values["人员配备扣分"]?.reason == "漏扣两分")
    #expect(
      session.corrections.map { [$0.before, $0.after, $0.reason] } == [["0", "2", "到 99 份"]])
    #expect(AnswerDraft.load(directory: directory, id: "t0001") == nil)
  }
}
