import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// `问题 改 1` (or 备注, 证据) asks the new wording; text that looks like a command (`到 99 份档案
/// 缺失`) is asked about (仍然当作问题记下吗), and while it was the text lived only in memory: a
/// window closed there lost it, and `ducha resume` asked nothing. It now waits beside the
/// session (`.<id>.answer.json`, `confirmed: false`, with the entry's `position` and `before`)
/// before the confirmation, as a new entry's text does, and `ducha resume` says it and asks the
/// confirmation again.
@Suite struct RewordingLikeACommandTests {
  typealias T = TranscriptTests
  typealias D = DeletionCorrectionDraftTests

  @Test func aRewordingLikeACommandWaitsWhileItIsConfirmed() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let (_, seen) = try D.cut(
      "问题 制度未上墙\n问题 改 1\n到 99 份档案缺失\n", resume: nil, options: T.lingbiOptions,
      in: directory, at: "仍然当作问题记下吗")
    let kept = try #require(seen.first ?? nil)
    #expect(kept.target == .problem)
    #expect(kept.confirmed == false)
    #expect(kept.position == 0)
    #expect(kept.answer.value == .text("到 99 份档案缺失"))

    let resumed = try T.run(input: "是\n退出\n", resume: "", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：问题“制度未上墙”改为“到 99 份档案缺失”，还没确认是否这样改。（Ctrl-D=不要这个回答）
          现在：制度未上墙
          问题（一句话）（回车保留）：到 99 份档案缺失（上次输入的）
          “到 99 份档案缺失”是命令，不是问题。仍然当作问题记下吗？（是/否，否=重新输入）> 是
        已改为：到 99 份档案缺失
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.problems.map(\.description) == ["到 99 份档案缺失"])
    #expect(AnswerDraft.load(directory: directory, id: "t0001") == nil)
  }
}
