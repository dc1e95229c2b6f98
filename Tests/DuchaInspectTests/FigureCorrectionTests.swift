import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A completed inspection reopened: changing an item's answer asks the reason and logs a
/// correction, but a registry figure (学籍), a whole-school figure (点名 全校) or a class's roll
/// call (点名) was changed without a word in the session's corrections. Each now asks the same
/// reason and logs it; 全校在校生数, following a class's roll call, is logged with the class's.
@Suite struct FigureCorrectionTests {
  typealias T = TranscriptTests

  /// 渔沟小学, completed with 学籍 (3 classes, 137 students, no problems), 三年级2班 called
  /// (45, 42 present, 1 on leave, 张三、李四 missing) and the whole school offered (3, 135).
  static func completed() throws -> String {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let first = try T.run(
      input: "学籍\n3\n137\n0\n0\n0\n0\n点名\n三年级2班\n45\n42\n1\n张三、李四\n\n\n\n完成\n是\n",
      options: T.lingbiOptions, sessions: directory)
    #expect(first.store.list().sessions.first?.session.status == .complete, "\(first.output)")
    return directory
  }

  @Test func figuresAndClassesChangedOnACompletedInspectionAskTheReason() throws {
    let directory = try Self.completed()

    let reopened = try T.run(
      input: "学籍\n\n\n2\n复查时系统里查到两条重复\n王小明\n\n\n\n"
        + "点名 全校\n4\n漏了一个教学点的班\n\n"
        + "点名\n三年级2班\n45\n41\n1\n张三、李四、王五\n\n复查时王五也不在\n退出\n",
      resume: "t0001", sessions: directory)

    try T.compare(reopened.output, with: "figure-corrections.expected")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(
      session.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["学籍.重复学籍", "0", "2", "复查时系统里查到两条重复"],
        // The student typed with the figure: logged with the figure's reason, not asked again.
        ["学籍.重复学籍 涉及的学生", "", "王小明", "复查时系统里查到两条重复"],
        ["点名.全校实有班级数", "3", "4", "漏了一个教学点的班"],
        [
          "点名 三年级2班", "学籍 45，实到 42，请假 1，籍在人不在 2，人在籍不在 0",
          "学籍 45，实到 41，请假 1，籍在人不在 3，人在籍不在 0", "复查时王五也不在",
        ],
        // 全校在校生数 followed the class (137 registered, −3): logged with its reason.
        ["点名.全校在校生数", "135", "134", "随“点名 三年级2班”的更正（学籍系统学生数加点名差额）：复查时王五也不在"],
      ])
    #expect(session.wholeSchool?.students == 134)
    #expect(session.registry.counts["重复学籍"] == 2)
    #expect(session.wholeSchool?.classes == 4)
    #expect(session.rollCall.first?.absentCount == 3)
  }

  /// The terminal closed at the reason: the 2 typed waits beside the session, and resuming
  /// asks only the reason.
  @Test func aFigureCutShortAtTheCorrectionReasonIsKept() throws {
    let directory = try Self.completed()
    _ = try T.start(
      input: "学籍\n\n\n2\n", resume: "t0001", sessions: directory, terminalCloses: true)
    #expect(FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))

    let resumed = try T.run(
      input: "复查时系统里查到两条重复\n王小明\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：重复学籍 改为 2，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 复查时系统里查到两条重复
            涉及的学生（姓名或身份证号，用、分隔）（回车=不填）> 王小明
        已记录：重复学籍 2

        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.registry.counts["重复学籍"] == 2)
    #expect(
      session.corrections.map { [$0.target, $0.reason] } == [
        ["学籍.重复学籍", "复查时系统里查到两条重复"], ["学籍.重复学籍 涉及的学生", "复查时系统里查到两条重复"],
      ])
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.answer.json"))
  }
}
