import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// The students behind a registry figure (涉及的学生). On a completed inspection they were
/// changed without a word in the corrections: now the reason is asked and the change logged.
/// And text there that looks like a command (仍然这样填吗？) was only in memory while that was
/// asked: it now waits beside the session, and `ducha resume` asks again.
@Suite struct StudentsCorrectionTests {
  typealias T = TranscriptTests

  /// 渔沟小学, completed with 学籍: 3 classes, 137 students, 重复学籍 2 (王小明、李小红).
  static func completed() throws -> String {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let first = try T.run(
      input: "学籍\n3\n137\n2\n王小明、李小红\n0\n0\n0\n完成\n是\n", options: T.lingbiOptions,
      sessions: directory)
    #expect(first.store.list().sessions.first?.session.status == .complete, "\(first.output)")
    return directory
  }

  static func session(_ directory: String) throws -> Session {
    try #require(SessionStore(directory: directory).list().sessions.first?.session)
  }

  @Test func studentsChangedOnACompletedInspectionAskTheReason() throws {
    let directory = try Self.completed()

    let reopened = try T.run(
      input: "学籍\n\n\n\n王小明、李小红、张伟\n复查时发现漏记张伟\n\n\n\n退出\n", resume: "t0001",
      sessions: directory)

    #expect(
      reopened.output.contains(
        """
          重复学籍（整数，回车保留 2）> 
            涉及的学生（姓名或身份证号，用、分隔）（回车=王小明、李小红）> 王小明、李小红、张伟
          更正已完成的检查，理由（必填）> 复查时发现漏记张伟
          无照片
        """), "\(reopened.output)")
    let session = try Self.session(directory)
    #expect(session.registry.students["重复学籍"] == ["王小明", "李小红", "张伟"])
    #expect(
      session.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["学籍.重复学籍 涉及的学生", "王小明、李小红", "王小明、李小红、张伟", "复查时发现漏记张伟"]
      ])
  }

  @Test func theSameStudentsKeptAskNothing() throws {
    let directory = try Self.completed()

    _ = try T.run(input: "学籍\n\n\n\n\n\n\n\n退出\n", resume: "t0001", sessions: directory)

    #expect(try Self.session(directory).corrections.isEmpty)
  }

  @Test func studentsCutShortAtTheReasonAreKept() throws {
    let directory = try Self.completed()
    _ = try T.start(
      input: "学籍\n\n\n\n王小明、李小红、张伟\n", resume: "t0001", sessions: directory,
      terminalCloses: true)
    #expect(FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))

    let resumed = try T.run(input: "复查时发现漏记张伟\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：学籍系统核查 重复学籍 涉及的学生 填了“王小明、李小红、张伟”，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 复查时发现漏记张伟
        已记录：重复学籍 涉及的学生

        """), "\(resumed.output)")
    let session = try Self.session(directory)
    #expect(session.registry.students["重复学籍"] == ["王小明", "李小红", "张伟"])
    #expect(session.corrections.map(\.reason) == ["复查时发现漏记张伟"])
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }

  /// An inspection under way: 撤销 typed for the students is asked about (it is a command);
  /// the terminal closes at that question. Resuming asks it again; 否, and the names typed.
  @Test func textLikeACommandCutShortAtItsConfirmationIsKept() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let first = try T.start(
      input: "学籍\n3\n137\n2\n撤销\n", options: T.lingbiOptions, sessions: directory,
      terminalCloses: true)
    #expect(first.output.contains("“撤销”是命令，不是要填的内容。仍然这样填吗？"), "\(first.output)")
    #expect(FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))

    let resumed = try T.run(input: "否\n王小明、李小红\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：学籍系统核查 重复学籍 涉及的学生 填了“撤销”，还没确认是否这样填。（Ctrl-D=不要这个回答）
            涉及的学生（姓名或身份证号，用、分隔）（回车=不填）：撤销（上次输入的）
          “撤销”是命令，不是要填的内容。仍然这样填吗？（是/否，否=重新输入）> 否
            涉及的学生（姓名或身份证号，用、分隔）（回车=不填）> 王小明、李小红
        已记录：重复学籍 涉及的学生

        """), "\(resumed.output)")
    #expect(try Self.session(directory).registry.students["重复学籍"] == ["王小明", "李小红"])
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }
}
