import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 点名: a grade or class typed that looks like a command (`到 三年级`) is asked about (仍然这样
/// 填吗), and while it was the text lived only in memory: a window closed there left no draft
/// (or one with the grade alone), and `ducha resume` asked the grade again from nothing. It now
/// waits in the class's draft (`unconfirmedText`) before the confirmation is asked, and `ducha
/// resume` shows it and asks the confirmation again.
@Suite struct RollCallCommandLikeNameTests {
  typealias T = TranscriptTests

  /// Runs `lines` on a new 渔沟小学 inspection whose window closes after them; returns the
  /// sessions folder and the class's draft as it was on disk at each 仍然这样填吗.
  static func cutAtConfirmation(_ lines: String) throws -> (String, [RollCallDraft?]) {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    var seen: [RollCallDraft?] = []
    _ = try T.start(
      input: lines, options: T.lingbiOptions, sessions: directory, terminalCloses: true,
      atPrompt: { prompt in
        if prompt.contains("仍然这样填吗") {
          seen.append(RollCallDraft.load(directory: directory, id: "t0001"))
        }
      })
    return (directory, seen)
  }

  @Test func aGradeLikeACommandWaitsWhileItIsConfirmed() throws {
    let (directory, seen) = try Self.cutAtConfirmation("点名\n到 三年级\n")
    #expect(seen.count == 1)
    #expect(seen.first??.unconfirmedText == "到 三年级")
    #expect(seen.first??.grade == nil)

    let resumed = try T.run(
      input: "是\n是\n2班\n45\n44\n1\n\n\n3\n135\n退出\n", resume: "", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次点名没有录完：年级填了“到 三年级”，还没确认是否这样填。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是
        入班核查（Ctrl-D 取消）
          年级：到 三年级（上次输入的）
          “到 三年级”是命令，不是要填的内容。仍然这样填吗？（是/否，否=重新输入）> 是
          班级> 2班
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["到 三年级2班"])
    #expect(RollCallDraft.load(directory: directory, id: "t0001") == nil)
  }

  @Test func aClassLikeACommandWaitsWithTheGrade() throws {
    let (directory, seen) = try Self.cutAtConfirmation("点名\n三年级\n下一个\n")
    #expect(seen.count == 1)
    #expect(seen.first??.grade == "三年级")
    #expect(seen.first??.unconfirmedText == "下一个")

    let resumed = try T.run(
      input: "是\n否\n2\n45\n44\n1\n\n\n3\n135\n退出\n", resume: "", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次点名没有录完：只录了年级 三年级，班级填了“下一个”，还没确认是否这样填。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是
        入班核查（Ctrl-D 取消）
          年级 三年级
          班级：下一个（上次输入的）
          “下一个”是命令，不是要填的内容。仍然这样填吗？（是/否，否=重新输入）> 否
          班级> 2
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级2班"])
  }
}
