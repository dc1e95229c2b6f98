import DuchaSession
import Foundation
import Testing

/// The terminal window closed (or the SSH link dropped) in the middle of one class's roll call.
/// readline then reads an end of input that looks exactly like Ctrl-D, and Ctrl-D in a roll call
/// means “cancel this class”: the class's draft was deleted, and `ducha resume` knew nothing of
/// the 学籍 and 实到 already typed, although `kill -9` at the same point kept them. A closed
/// terminal now keeps the draft as a crash does, and `ducha resume` offers to finish the class.
@Suite struct ClosedTerminalRollCallCLITests {
  @Test func aClassCutShortByAClosedTerminalIsKept() throws {
    let tmux = try #require(
      ReadlineTmuxTests.findTmux(), "tmux is not installed: run scripts/setup")
    let directory = try CLI.temporaryDirectory("closed-terminal")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")
    let ducha =
      (["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "INPUTRC", "LANG=C.UTF-8"]
      + ["HOME=" + directory.path, try CLI.binary().path, "inspect"] + CLI.walkOptions
      + ["--sessions", sessions.path]).map(ReadlineTmuxTests.shellQuoted).joined(separator: " ")
    // SIGHUP ignored: the hangup then arrives only as the end of input it also is, with no
    // signal racing it to end the process first, as a shell that forwards SIGHUP late does.
    let terminal = try TmuxTerminal(tmux: tmux, directory: directory)
    defer { terminal.close() }
    try terminal.start("trap '' HUP; exec " + ducha)

    let question = "  对照要求，人员配备应扣几分？（全部达到填0）（酌情，0–10分）>"
    try #require(terminal.waitForLine(question))
    for (answer, next) in [
      ("点名", "  年级>"), ("三年级2班", "  学籍系统人数（整数）>"), ("45", "  实到人数（整数）>"),
    ] {
      try terminal.type(answer)
      try terminal.press("Enter")
      try #require(terminal.waitForLine(next))
    }
    try terminal.type("42")
    try terminal.press("Enter")
    try #require(terminal.waitForLine("  请假人数（整数，回车=0）>"))
    try terminal.type("1")
    // The window is closed with 1 typed and not yet entered.
    let pid = try #require(
      Int32(
        terminal.run(["display-message", "-p", "-t", "t", "#{pane_pid}"]).output
          .trimmingCharacters(in: .whitespacesAndNewlines)))
    _ = try terminal.run(["kill-server"])
    // The process ends by itself once its terminal is gone.
    #expect(poll(timeout: 10) { kill(pid, 0) != 0 }, "ducha is still running")
    let file = try CLI.sessionFile(of: "渔沟小学", in: sessions)
    let id = String(file.deletingPathExtension().lastPathComponent.split(separator: "_").last ?? "")
    let draft = sessions.path + "/.\(id).rollcall.json"
    #expect(FileManager.default.fileExists(atPath: draft), "the class's draft was deleted")

    let run = try RollCallCrashCLITests.resume(
      ["是", "1", "张三、李四", "", "", "", "退出"], sessions: sessions, in: directory)
    #expect(
      run.output.contains(
        """
        上次点名没有录完：三年级2班：学籍 45，实到 42。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是
        """), "\(run.output)")
    let saved = try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: sessions))
    #expect(saved.rollCall.map(\.label) == ["三年级2班"])
    #expect(saved.rollCall.map { [$0.registered, $0.present, $0.onLeave] } == [[45, 42, 1]])
  }
}
