import DuchaChecklist
import DuchaInspect
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// 回头看: evidence that looks like a command (`学籍 管理员培训证书.jpg`) or like an answer to
/// 已整改？ is asked about before it is recorded, and while it was the text lived only in memory:
/// a window closed at the confirmation lost it (the 已整改 answer itself was on disk), and
/// `ducha resume` went on to the next problem with the evidence never asked again. It now waits
/// beside the session (`.<id>.answer.json`, target `followUpEvidence`) before the confirmation,
/// and `ducha resume` says it and asks the confirmation again, then records it in the session
/// and on the problem list.
@Suite struct FollowUpEvidenceConfirmationTests {
  typealias T = TranscriptTests

  /// A 回头看 of 渔沟小学 from `first` whose window closes once `input` is read; its sessions
  /// folder and the answer draft as it was on disk at each prompt containing `marker`.
  static func cut(
    _ input: String, first: String, checklists: [Checklist], at marker: String
  ) throws -> (later: String, seen: [AnswerDraft?]) {
    let later = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-later-\(UUID())"
    ).path
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(input.utf8))
    try pipe.fileHandleForWriting.close()
    var seen: [AnswerDraft?] = []
    let reader = PromptWatchingReader(
      ClosingTerminalReader(PlainLineReader(fileHandle: pipe.fileHandleForReading)),
      look: { prompt in
        if prompt.contains(marker) {
          seen.append(AnswerDraft.load(directory: later, id: "fu05"))
        }
      })
    FollowUpTests.followUp(
      reading: reader, from: first, checklists: checklists, into: later, id: "fu05")
    return (later, seen)
  }

  @Test func evidenceLikeACommandWaitsWhileItIsConfirmed() throws {
    let (first, checklists, open) = try FollowUpTests.signedFirstInspection()
    let number = open[0].number
    let (later, seen) = try Self.cut(
      "已整改\n学籍 管理员培训证书.jpg\n", first: first, checklists: checklists, at: "仍然这样填吗")
    #expect(seen.count == 1)
    let kept = try #require(seen.first ?? nil)
    #expect(kept.target == .followUpEvidence)
    #expect(kept.input == String(number))
    #expect(kept.answer.value == .text("学籍 管理员培训证书.jpg"))

    let resumed = try T.run(input: "是\n退出\n", resume: "", sessions: later)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：问题 \(number) 已记为“已整改”，证据“学籍 管理员培训证书.jpg”还没确认是否这样记（Ctrl-D=不要这个证据）。
          证据（照片或材料名称）（回车=不填）：学籍 管理员培训证书.jpg（上次输入的）
          “学籍 管理员培训证书.jpg”是命令，不是要填的内容。仍然这样填吗？（是/否，否=重新输入）> 是
        回头看还有 \(open.count - 1) 条问题没有复查，先复查这些。
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: later).list().sessions.first?.session)
    #expect(session.followUp?.checks.first?.evidence == "学籍 管理员培训证书.jpg")
    let list = try ProblemListStore(directory: first).load()
    #expect(list.entries.first { $0.number == number }?.evidence == ["学籍 管理员培训证书.jpg"])
    #expect(AnswerDraft.load(directory: later, id: "fu05") == nil)
  }

  /// 已整改 typed twice: the second is asked about as evidence (仍然把它记作证据吗).
  @Test func evidenceLikeTheRectifiedAnswerWaitsWhileItIsConfirmed() throws {
    let (first, checklists, open) = try FollowUpTests.signedFirstInspection()
    let (later, seen) = try Self.cut(
      "已整改\n已整改\n", first: first, checklists: checklists, at: "仍然把它记作证据吗")
    let kept = try #require(seen.first ?? nil)
    #expect(kept.answer.value == .text("已整改"))

    let resumed = try T.run(input: "否\n整改通知回执.pdf\n退出\n", resume: "", sessions: later)

    #expect(
      resumed.output.contains(
        """
          证据（照片或材料名称）（回车=不填）：已整改（上次输入的）
          “已整改”像是对“已整改？”的回答，不是证据。仍然把它记作证据吗？（是/否，否=重新输入）> 否
          证据（照片或材料名称）（回车=不填）> 整改通知回执.pdf
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: later).list().sessions.first?.session)
    #expect(session.followUp?.checks.map(\.evidence) == ["整改通知回执.pdf"])
    #expect(open.count >= 2)
  }
}
