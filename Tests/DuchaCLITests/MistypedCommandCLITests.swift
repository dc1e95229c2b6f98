import DuchaSession
import Foundation
import Testing

/// An inspector types a command at a number question and the input method picks the wrong
/// character: 推出 for 退出, 帮主 for 帮助, 上一提 for 上一题. The answer is refused, as any
/// answer that is not a number, and — as at the command prompt — the command meant is named;
/// nothing is recorded until the real answer.
@Suite("A command mistyped at a number question")
struct MistypedCommandCLITests {
  @Test("推出, 帮主, 上一提 get 是不是…; no, 3个半 do not; then 0 is recorded alone")
  func suggestedNotSaved() throws {
    let work = try CLI.temporaryDirectory("mistyped-command")
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try Self.walk(["推出", "帮主", "上一提", "no", "3个半", "0", "退出"], in: work)
    #expect(run.status == 2, "\(run.errors)")
    let question = "  对照要求，人员配备应扣几分？（全部达到填0）（酌情，0–10分）> "
    let refusal = "✗ 请输入分数，如 10、5。"
    let lines = run.output.components(separatedBy: "\n")
    let first = try #require(lines.firstIndex(of: question + "推出"))
    #expect(
      Array(lines[first..<(first + 14)]) == [
        question + "推出", refusal + "是不是命令“退出”？",
        question + "帮主", refusal + "是不是命令“帮助”？",
        question + "上一提", refusal + "是不是命令“上一项”？",
        // Two letters are no command at a question; digits make it an answer gone wrong.
        question + "no", refusal,
        question + "3个半", refusal,
        question + "0", "得分 10 / 10",
        "累计：已评 1/19 项，得分 10 / 100；待定 18 项",
        "[1] 命令（回车=下一项，帮助）> 退出",
      ])
    // Nothing of the refused lines reached the file: one answer, no undo step for them.
    let file = try CLI.sessionFile(of: "渔沟小学", in: work.appendingPathComponent("记录"))
    let session = try SessionFiles.load(file)
    #expect(session.answers.values.keys.sorted() == ["人员配备扣分"])
    #expect(session.undoLog?.count == 1)
  }

  /// Commands do not run inside a roll call: 退出 at a count is named as a command with the way
  /// out (Ctrl-D), not called no whole number; a near miss is just no number.
  @Test("退出 at a roll-call count is named a command, a pasted row as several numbers; 45 goes on")
  func commandAtRollCallCount() throws {
    let work = try CLI.temporaryDirectory("roll-call-command")
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try Self.walk(["点名", "三年级", "2班", "退出", "推出", "45\t42\t1", "45"], in: work)
    let lines = run.output.components(separatedBy: "\n")
    let first = try #require(lines.firstIndex(of: "  学籍系统人数（整数）> 退出"))
    #expect(
      Array(lines[first..<(first + 7)]) == [
        "  学籍系统人数（整数）> 退出",
        "✗ “退出”是命令，这里要填整数。请先答完这道题，或按 Ctrl-D 退出这道题。",
        "  学籍系统人数（整数）> 推出",
        "✗ 请输入一个整数，如 3、15000、15,000、1.5万。",
        // Three cells of a row copied from the school's sheet.
        "  学籍系统人数（整数）> 45\t42\t1",
        "✗ “45、42、1”是 3 个数（像是从 Excel 复制的一行）；这里只填一个数，请一个一个输入。",
        "  学籍系统人数（整数）> 45",
      ])
  }

  /// `--unit "渔沟小学　"` with the full-width space a Chinese input method leaves, and a group
  /// typed with spaces: stored as typed names are, so the summary has one 渔沟小学.
  @Test("--unit and --group are read as typed answers: no trailing full-width space kept")
  func unitOptionTrimmed() throws {
    let work = try CLI.temporaryDirectory("unit-option")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("walk.input"))
    let run = try runDucha(
      [
        "inspect", "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--unit",
        "渔沟小学\u{3000}", "--stage", "小学", "--group", " 三组 ", "--inspector", "李辉", "--date",
        "2021-10-27", "--sessions", "记录", "--script", "walk.input",
      ], in: work, workingDirectory: work)
    #expect(run.status == 2, "\(run.errors)")
    let file = try CLI.sessionFile(of: "渔沟小学", in: work.appendingPathComponent("记录"))
    let session = try SessionFiles.load(file)
    #expect(session.unit.name == "渔沟小学")
    #expect(session.group == "三组")
  }

  /// The 灵璧 walk of 渔沟小学 in `work`, answered by `answers`, into the folder 记录.
  static func walk(_ answers: [String], in work: URL) throws -> Finished {
    try CLI.writeScript(answers, to: work.appendingPathComponent("walk.input"))
    return try runDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", "记录", "--script", "walk.input"], in: work,
      workingDirectory: work)
  }
}
