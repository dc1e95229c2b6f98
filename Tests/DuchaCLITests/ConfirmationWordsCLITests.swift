import DuchaSession
import Foundation
import Testing

/// The REPL's own yes/no questions take what its checklist questions take (`是的`, `对`,
/// `√` …): `完成` with items still pending, asked `仍然完成吗？`, answered `是的` or `对`, said
/// `未完成，继续检查` and left the inspection open; at `只读查看这份记录？` (a second terminal on a
/// session being edited), `是的` ended the run with nothing shown, and `3` too, without a word.
@Suite struct ConfirmationWordsCLITests {
  /// A session of 渔沟小学 with item 1 answered, in `Sessions/` under `directory`.
  static func started(in directory: URL) throws -> URL {
    let sessions = directory.appendingPathComponent("Sessions")
    _ = try CLI.startAndQuit(answers: ["0"], sessions: sessions, in: directory)
    return sessions
  }

  @Test func finishingWithPendingItemsTakesTheUsualYes() throws {
    let directory = try CLI.temporaryDirectory("finish-yes")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = try Self.started(in: directory)
    let script = directory.appendingPathComponent("finish.input")
    try CLI.writeScript(["完成", "3", "是的"], to: script)

    let run = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        script.path,
      ],
      in: directory)

    #expect(run.status == 0, "\(run.output)")
    #expect(
      run.output.contains(
        """
          12 班级差额比率
        仍然完成吗？（是/否）（回车=否）> 3
        ✗ 请回答“是”或“否”。
        仍然完成吗？（是/否）（回车=否）> 是的

        """), "\(run.output)")
    #expect(!run.output.contains("未完成，继续检查"), "\(run.output)")
    #expect(run.output.contains("检查已完成，记录在 "), "\(run.output)")
    let saved = try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: sessions))
    #expect(saved.status == .complete)
  }

  @Test func secondTerminalReadOnlyViewTakesTheUsualYes() throws {
    let directory = try CLI.temporaryDirectory("view-yes")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = try Self.started(in: directory)
    let file = try CLI.sessionFile(of: "渔沟小学", in: sessions)
    let holder = try LiveDucha(
      ["resume", "--checklists", CLI.checklists, "--sessions", sessions.path], in: directory)
    try #require(poll(timeout: 30) { holder.isBlockedReadingStdin })
    let before = try Data(contentsOf: file)
    let prompt = "只读查看这份记录？（是/否）（回车=是）> "

    for (lines, shown) in [(["是的"], true), (["好的"], true), (["3", "否"], false)] {
      let script = directory.appendingPathComponent("second.input")
      try CLI.writeScript(lines, to: script)
      let second = try runDucha(
        [
          "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
          script.path,
        ], in: directory)
      #expect(second.status == 1, "\(second.output)")
      #expect(second.output.contains(prompt + lines[0] + "\n"), "\(second.output)")
      #expect(second.output.contains("（只读，没有修改）") == shown, "\(lines): \(second.output)")
      if !shown {
        #expect(
          second.output.contains(prompt + "3\n✗ 请回答“是”或“否”。\n" + prompt + "否\n"),
          "\(second.output)")
      }
    }
    #expect(try Data(contentsOf: file) == before, "the second terminal must not write")
  }
}
