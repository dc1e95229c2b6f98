import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// On a completed inspection `点名 删除 三年级2班` and `问题 删除 1` ask the reason for the
/// correction first, and while they did the deletion lived only in memory: a window closed at
/// the reason lost it, and `ducha resume` asked nothing (the class and the problem stood as if
/// never deleted). The deletion now waits beside the session (`.<id>.answer.json`, `removed`)
/// before the reason is asked, a reason that looks like a command with it, and `ducha resume`
/// says it and asks the reason again.
@Suite struct DeletionCorrectionDraftTests {
  typealias T = TranscriptTests

  /// Runs `input` on session t0001 in `directory` until the window closes; the answer draft as
  /// it was on disk at each prompt that contains `marker`.
  static func cut(
    _ input: String, resume: String? = "t0001", options: InspectOptions? = nil,
    in directory: String, at marker: String
  ) throws -> (output: String, seen: [AnswerDraft?]) {
    var seen: [AnswerDraft?] = []
    let run = try T.start(
      input: input, options: options, resume: resume, sessions: directory, terminalCloses: true,
      atPrompt: { prompt in
        if prompt.contains(marker) {
          seen.append(AnswerDraft.load(directory: directory, id: "t0001"))
        }
      })
    return (run.output, seen)
  }

  @Test func aClassDeletedOnACompletedInspectionWaitsForItsReason() throws {
    let directory = try RollCallCorrectionReasonTests.completedWithAClass()
    let (_, seen) = try Self.cut(
      "点名 删除 三年级2班\n", in: directory, at: "更正已完成的检查，理由（必填）")
    #expect(seen.count == 1)
    let kept = try #require(seen.first ?? nil)
    #expect(kept.target == .rollCall)
    #expect(kept.input == "三年级2班")
    #expect(kept.removed == true)

    let resumed = try T.run(input: "点错了班\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：删除 三年级2班 的点名记录，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 点错了班
        已删除 三年级2班 的点名记录。
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.rollCall.isEmpty)
    #expect(
      session.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["点名", "三年级2班", "", "点错了班"]
      ])
    #expect(AnswerDraft.load(directory: directory, id: "t0001") == nil)
  }

  @Test func aClassDeletionsReasonLikeACommandWaitsWithIt() throws {
    let directory = try RollCallCorrectionReasonTests.completedWithAClass()
    let (_, seen) = try Self.cut(
      "点名 删除 三年级2班\n到 四年级\n", in: directory, at: "仍然当作理由记下吗")
    let kept = try #require(seen.first ?? nil)
    #expect(kept.target == .rollCall)
    #expect(kept.correctionReason == "到 四年级")

    let resumed = try T.run(input: "是\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：删除 三年级2班 的点名记录，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）：到 四年级（上次输入的）
          “到 四年级”是命令，不是理由。仍然当作理由记下吗？（是/否，否=重新输入）> 是
        已删除 三年级2班 的点名记录。
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.rollCall.isEmpty)
    #expect(session.corrections.map(\.reason) == ["到 四年级"])
  }

  @Test func aProblemDeletedOnACompletedInspectionWaitsForItsReason() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    _ = try T.run(
      input: "0\n问题 制度未上墙\n完成\n是\n", options: T.lingbiOptions, sessions: directory)
    let (_, seen) = try Self.cut(
      "问题 删除 1\n", in: directory, at: "更正已完成的检查，理由（必填）")
    let kept = try #require(seen.first ?? nil)
    #expect(kept.target == .problem)
    #expect(kept.removed == true)
    #expect(kept.position == 0)
    #expect(kept.before == "制度未上墙")

    let resumed = try T.run(input: "记重了\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：删除问题“制度未上墙”，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 记重了
        已删除问题：制度未上墙
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.problems.isEmpty)
    #expect(
      session.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["问题", "制度未上墙", "", "记重了"]
      ])
  }
}
