import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// On a completed inspection, `改 7.1` then Enter sets 重复学籍数 to follow its figure (学籍.重复学籍)
/// and asks the reason for the correction; the choice lived only in memory while it did: a window
/// closed at the reason lost it, and `ducha resume` asked nothing. It now waits beside the session
/// (`.<id>.answer.json`, target `followsFigure`), and `ducha resume` says it and asks the reason.
@Suite struct FollowedFigureCorrectionTests {
  typealias T = TranscriptTests

  @Test func followingTheFigureOnACompletedInspectionWaitsForItsReason() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    // 系统班级数 3, 系统学生数 137, 重复学籍 1, 无照片 2, 无身份证号 0, 问题学籍未处理 0.
    _ = try T.run(
      input: "学籍\n3\n137\n1\n\n2\n\n0\n0\n完成\n是\n", options: T.lingbiOptions, sessions: directory)
    let (_, seen) = try DeletionCorrectionDraftTests.cut(
      "改 7.1\n\n", in: directory, at: "更正已完成的检查，理由（必填）")
    #expect(seen.count == 1)
    let kept = try #require(seen.first ?? nil)
    #expect(kept.target == .followsFigure)
    #expect(kept.input == "重复学籍数")
    #expect(kept.answer.value == .number(1))

    let resumed = try T.run(input: "核对了学籍系统\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：7.1 关键信息·重复学籍 改为取自检查数据 1，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 核对了学籍系统
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.acceptedDefaults.contains("重复学籍数"))
    #expect(
      session.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["重复学籍数", "", "1（取自检查数据）", "核对了学籍系统"]
      ])
    #expect(AnswerDraft.load(directory: directory, id: "t0001") == nil)
  }
}
