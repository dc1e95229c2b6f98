import Foundation
import Testing

/// 王雷 typed 50 籍在人不在 and 47 人在籍不在 for 三年级2班 (45 on the register, 41 there, 1 on
/// leave): the row added up, was saved, and 人籍一致 counted 97 cases in a class of 45. The REPL
/// now says why the row cannot be and asks both sides again.
@Suite struct RollCallImpossibleCLITests {
  @Test func aSideLargerThanTheClassIsAskedAgain() throws {
    let work = try CLI.temporaryDirectory("roll-call-bounds")
    defer { try? FileManager.default.removeItem(at: work) }
    let sessions = work.appendingPathComponent("记录")
    let script = work.appendingPathComponent("点名.input")
    try CLI.writeScript(
      ["点名", "三年级", "2班", "45", "41", "1", "50", "47", "", "", "", "", "退出"], to: script)
    let run = try runDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path, "--script", script.path],
      in: work)
    #expect(run.status == 2, "\(run.errors)")
    #expect(
      run.output.contains(
        "✗ 这个班的数字不可能：籍在人不在 50 人，多于学籍人数 45 人。请重新输入籍在人不在和人在籍不在。\n"
          + "  籍在人不在的学生（姓名，用、分隔）（回车=按差额记 3 人）> \n"), "\(run.output)")
    #expect(run.output.contains("三年级2班      45    41     1    42    -3           3           0"))
    let session = try String(
      contentsOf: try CLI.sessionFile(of: "渔沟小学", in: sessions), encoding: .utf8)
    #expect(session.contains("\"absentCount\" : 3"), "\(session)")
    #expect(!session.contains("\"absentCount\" : 50"))
  }
}
