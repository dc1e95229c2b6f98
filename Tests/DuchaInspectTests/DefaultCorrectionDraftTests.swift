import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// On a completed inspection, Enter for an input's default (`回车=0`, 会理 2.4 劝返指导扣分)
/// records the default as a correction and asks its reason; the answer lived only in memory
/// while it did (a typed answer already waited beside the session): a window closed at the
/// reason lost it, and `ducha resume` asked nothing. It now waits in `.<id>.answer.json` too,
/// and `ducha resume` says it and asks the reason again.
@Suite struct DefaultCorrectionDraftTests {
  typealias T = TranscriptTests

  @Test func aDefaultTakenOnACompletedInspectionWaitsForItsReason() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let options = InspectOptions(
      checklist: "huili-kaohe-jiaoyuju", unit: "会理县教育局", group: "一组", inspectors: ["李辉"],
      date: "2021-10-27", year: 2021)
    _ = try T.run(input: "完成\n是\n", options: options, sessions: directory)
    let (_, seen) = try DeletionCorrectionDraftTests.cut(
      "改 2.4\n\n", in: directory, at: "更正已完成的检查，理由（必填）")
    #expect(seen.count == 1)
    let kept = try #require(seen.first ?? nil)
    #expect(kept.input == "劝返指导扣分")
    #expect(kept.answer.value == .number(0))
    #expect(kept.target == nil)

    let resumed = try T.run(input: "复查时确认工作得力\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：2.4 劝返复学 答了 0，理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 复查时确认工作得力
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.answers.values["劝返指导扣分"]?.value == .number(0))
    #expect(
      session.corrections.map { [$0.target, $0.after, $0.reason] } == [
        ["劝返指导扣分", "0", "复查时确认工作得力"]
      ])
    #expect(AnswerDraft.load(directory: directory, id: "t0001") == nil)
  }
}
