import DuchaSession
import Foundation
import Testing

/// `kill -9` (a flat battery, a laptop shut) in the middle of one class's roll call: the class
/// became a row of the session only at its last question, so 年级, 学籍, 实到 … typed and said
/// back before the crash were gone, and `ducha resume` did not know a class had been begun;
/// likewise 重复学籍 typed before its students were asked. Each answer now reaches the disk before
/// the next question (the class in `.<id>.rollcall.json` beside the session), and `ducha resume`
/// offers to finish the class from where it stopped.
@Suite struct RollCallCrashCLITests {
  /// Starts an inspection of 渔沟小学, sends `lines`, waits until ducha has said back `echo`
  /// (the last question with its answer) and sits reading the next answer, and kills it;
  /// returns the sessions folder.
  static func killed(after lines: [String], echo: String, in directory: URL) throws -> URL {
    let sessions = directory.appendingPathComponent("Sessions")
    let live = try LiveDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path], in: directory)
    for line in lines { try live.send(line) }
    try #require(
      poll(timeout: 30) { live.output.contains(echo + "\n") && live.isBlockedReadingStdin },
      "\(live.output)")
    live.killHard()
    return sessions
  }

  static func resume(_ lines: [String], sessions: URL, in directory: URL) throws -> Finished {
    let script = directory.appendingPathComponent("resume-\(UUID().uuidString.prefix(4)).input")
    try CLI.writeScript(lines, to: script)
    return try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        script.path,
      ],
      in: directory)
  }

  @Test func aClassCutShortIsFinishedFromWhereItStopped() throws {
    let directory = try CLI.temporaryDirectory("rollcall-crash")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = try Self.killed(
      after: ["点名", "三年级2班", "45", "42"], echo: "实到人数（整数）> 42", in: directory)

    let run = try Self.resume(
      ["是的", "1", "张三、李四", "", "", "", "退出"], sessions: sessions, in: directory)

    #expect(run.status == 2, "\(run.output)\(run.errors)")
    #expect(
      run.output.contains(
        """
        上次点名没有录完：三年级2班：学籍 45，实到 42。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是的
        入班核查（Ctrl-D 取消）
          请假人数（整数，回车=0）> 1
          学籍 45，实有 43（实到 42 + 请假 1），少 2 人
          籍在人不在的学生（姓名，用、分隔）（回车=按差额记 2 人）> 张三、李四

        """), "\(run.output)")
    let file = try CLI.sessionFile(of: "渔沟小学", in: sessions)
    let saved = try SessionFiles.load(file)
    let rows = saved.rollCall.map {
      [$0.registered, $0.present, $0.onLeave, $0.absentCount, $0.unregisteredCount]
    }
    #expect(saved.rollCall.map(\.label) == ["三年级2班"])
    #expect(rows == [[45, 42, 1, 2, 0]])
    #expect(saved.rollCall.first?.absentNames == ["张三", "李四"])
    let id = file.deletingPathExtension().lastPathComponent.split(separator: "_").last ?? ""
    #expect(!FileManager.default.fileExists(atPath: sessions.path + "/.\(id).rollcall.json"))
  }

  @Test func aClassCutShortCanBeGivenUp() throws {
    let directory = try CLI.temporaryDirectory("rollcall-crash-drop")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = try Self.killed(
      after: ["点名", "三年级", "2"], echo: "  班级> 2", in: directory)

    let run = try Self.resume(["否", "退出"], sessions: sessions, in: directory)

    #expect(run.status == 2, "\(run.output)\(run.errors)")
    #expect(
      run.output.contains(
        "上次点名没有录完：三年级2班。\n接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 否\n（已丢掉，这个班没有记录）\n"),
      "\(run.output)")
    // Asked once: given up, the class is not offered again.
    let again = try Self.resume(["退出"], sessions: sessions, in: directory)
    #expect(!again.output.contains("上次点名没有录完"), "\(again.output)")
    #expect(try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: sessions)).rollCall.isEmpty)
  }

  /// Cut after the grade alone (the class not typed yet): the draft was kept only once both
  /// were answered, so `ducha resume` said nothing and the grade was gone. Now the grade is on
  /// disk before the class is asked, resume says what it holds, and finishing asks the class.
  @Test func aClassCutAfterItsGradeIsOfferedAndAsksTheClass() throws {
    let directory = try CLI.temporaryDirectory("rollcall-crash-grade")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = try Self.killed(after: ["点名", "三年级"], echo: "  年级> 三年级", in: directory)

    let run = try Self.resume(
      ["是", "2", "45", "45", "", "", "", "", "退出"], sessions: sessions, in: directory)

    #expect(run.status == 2, "\(run.output)\(run.errors)")
    #expect(
      run.output.contains(
        """
        上次点名没有录完：只录了年级 三年级，班级还没有录。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是
        入班核查（Ctrl-D 取消）
          年级 三年级
          班级> 2

        """), "\(run.output)")
    let saved = try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: sessions))
    #expect(saved.rollCall.map(\.label) == ["三年级2班"], "\(run.output)")
    #expect(saved.rollCall.map(\.registered) == [45])
  }

  /// 全校实有班级数 waited in memory until 全校在校生数 was answered: a kill at the students lost
  /// the 8 classes just typed (the session had no whole-school figures at all).
  @Test func theSchoolsClassesAreOnDiskBeforeItsStudentsAreAsked() throws {
    let directory = try CLI.temporaryDirectory("whole-school-crash")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = try Self.killed(
      after: ["点名", "三年级2班", "45", "45", "", "", "", "8"],
      echo: "  全校实有班级数（整数，回车=以后再填）> 8", in: directory)

    let saved = try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: sessions))
    #expect(saved.rollCall.map(\.label) == ["三年级2班"])
    #expect(saved.wholeSchool == WholeSchool(classes: 8, students: nil))
  }

  @Test func aRegistryFigureIsOnDiskBeforeItsStudentsAreAsked() throws {
    let directory = try CLI.temporaryDirectory("registry-crash")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = try Self.killed(
      after: ["学籍", "3", "137", "1"], echo: "重复学籍（整数，回车=不填）> 1", in: directory)

    let saved = try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: sessions))
    #expect(saved.registry.counts == ["系统班级数": 3, "系统学生数": 137, "重复学籍": 1])
  }
}
