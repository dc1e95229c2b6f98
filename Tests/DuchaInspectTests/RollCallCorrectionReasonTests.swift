import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A class called again on a completed inspection asks the reason for the correction; a reason
/// that looks like a command (`到 99 人`) is asked about (仍然当作理由记下吗). The class waited in
/// its draft, but the reason typed was only in memory: a window closed at the confirmation lost
/// it, and `ducha resume` asked the reason again from nothing. It now waits in the class's draft
/// (`correctionReason`), and `ducha resume` says it and asks the confirmation again.
@Suite struct RollCallCorrectionReasonTests {
  typealias T = TranscriptTests

  /// 渔沟小学 with item 1 answered and 三年级2班 called (学籍 45, 实到 44, 请假 1: all there),
  /// the school 3 classes and 135 students, completed despite the pending items.
  static func completedWithAClass() throws -> String {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    _ = try T.run(
      input: "0\n点名\n三年级2班\n45\n44\n1\n\n\n3\n135\n完成\n是\n", options: T.lingbiOptions,
      sessions: directory)
    return directory
  }

  /// 三年级2班 called again: 实到 43, 张三 missing (45 − 1 + 0 = 44 = 43 + 1).
  @Test func aCorrectionReasonLikeACommandWaitsInTheClasssDraft() throws {
    let directory = try Self.completedWithAClass()
    var seen: [RollCallDraft?] = []
    let first = try T.start(
      input: "点名\n三年级2班\n45\n43\n1\n张三\n\n到 99 人\n", resume: "t0001", sessions: directory,
      terminalCloses: true,
      atPrompt: { prompt in
        if prompt.contains("仍然当作理由记下吗") {
          seen.append(RollCallDraft.load(directory: directory, id: "t0001"))
        }
      })
    #expect(first.output.contains("“到 99 人”是命令，不是理由。仍然当作理由记下吗？"), "\(first.output)")
    #expect(seen.count == 1)
    let kept = try #require(seen.first ?? nil)
    #expect(kept.correctionReason == "到 99 人")
    #expect(kept.present == 43)
    #expect(kept.absentNames == ["张三"])

    let resumed = try T.run(input: "是\n是\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次点名没有录完：三年级2班：学籍 45，实到 43，请假 1，籍在人不在 1，人在籍不在 0，更正的理由填了“到 99 人”，还没确认。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是
        入班核查（Ctrl-D 取消）
          学籍 45，实有 44（实到 43 + 请假 1），少 1 人
          更正已完成的检查，理由（必填）：到 99 人（上次输入的）
          “到 99 人”是命令，不是理由。仍然当作理由记下吗？（是/否，否=重新输入）> 是
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    let row = try #require(session.rollCall.first)
    let counts: [Int] = [row.present, row.absentCount]
    #expect(counts == [43, 1])
    #expect(session.corrections.map(\.target) == ["点名 三年级2班"])
    #expect(session.corrections.map(\.reason) == ["到 99 人"])
    #expect(RollCallDraft.load(directory: directory, id: "t0001") == nil)
  }
}
