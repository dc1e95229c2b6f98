import Foundation
import Testing

/// 回头看 as a team leader does it in December: the problem list's status column says 已整改 /
/// 未整改, so that is what she types at “已整改？”, and she types 退出 to stop for lunch.
@Suite("Follow-up answered in the problem list's words")
struct FollowUpWordsCLITests {
  @Test("已整改 and 未整改 answer 已整改？; 退出 stops with the re-checks saved")
  func statusWordsAndQuit() throws {
    // --unit typed with a trailing space (an input method's) still finds 渔沟小学's problems.
    let work = try Self.walkedWithProblemList("followup-words")
    defer { try? FileManager.default.removeItem(at: work) }

    try CLI.writeScript(
      ["已整改", "转学手续复印件.jpg", "未整改", "", "退出"],
      to: work.appendingPathComponent("回头看.input"))
    let followUp = try runDucha(
      [
        "followup", "第三组", "--checklists", CLI.checklists, "--unit", "渔沟小学 ", "--inspector",
        "李辉", "--date", "2021-12-10", "--script", "回头看.input",
      ], in: work, workingDirectory: work)
    #expect(!followUp.output.contains("请回答"), "\(followUp.output)")
    #expect(followUp.output.contains("  已整改？（是/否）> 退出"))
    #expect(followUp.output.contains("（回头看中断；已复查的结果已保存，ducha resume 回头看/ 先接着复查其余的问题，再按清单复查）"))

    // The problem list now says so for the first two of the school's problems.
    let show = try runDucha(
      ["problems", "show", "第三组", "--format", "csv"], in: work, workingDirectory: work)
    let rows = show.output.components(separatedBy: "\r\n").filter { $0.contains("渔沟小学") }
    #expect(rows.count >= 3)
    #expect(rows[0].contains("已整改"), "\(rows[0])")
    #expect(rows[1].contains("未整改"), "\(rows[1])")
    #expect(rows[2].contains("未整改"), "\(rows[2])")
  }

  /// She stopped after the first problem; after lunch `ducha resume` must take up the other
  /// problems before the checklist, not skip them.
  @Test("resume of a stopped 回头看 re-checks the problems not yet re-checked first")
  func resumeTakesUpTheRemainingProblems() throws {
    let work = try CLI.temporaryDirectory("followup-resume")
    defer { try? FileManager.default.removeItem(at: work) }
    let walk = try runDucha(
      CLI.walkOptions + ["--sessions", "第三组", "--script", CLI.walkScript.path], in: work,
      workingDirectory: work)
    #expect(walk.status == 0, "\(walk.errors)")
    _ = try runDucha(["problems", "build", "第三组"], in: work, workingDirectory: work)
    try CLI.writeScript(["已整改", "", "退出"], to: work.appendingPathComponent("上午.input"))
    let morning = try runDucha(
      [
        "followup", "第三组", "--checklists", CLI.checklists, "--unit", "渔沟小学", "--inspector",
        "李辉", "--date", "2021-12-10", "--script", "上午.input",
      ], in: work, workingDirectory: work)
    #expect(
      morning.output.contains("（回头看中断；已复查的结果已保存，ducha resume 回头看/ 先接着复查其余的问题，再按清单复查）"))

    try CLI.writeScript(["是", "器材发票.jpg", "退出"], to: work.appendingPathComponent("下午.input"))
    let afternoon = try runDucha(
      ["resume", "--checklists", CLI.checklists, "--sessions", "回头看", "--script", "下午.input"],
      in: work, workingDirectory: work)
    let lines = afternoon.output.components(separatedBy: "\n")
    let notice = try #require(lines.firstIndex { $0.hasSuffix("条问题没有复查，先复查这些。") })
    #expect(lines[notice + 2].hasPrefix("问题 2："), "\(afternoon.output)")
    #expect(afternoon.output.contains("  已整改？（是/否）> 是"))

    let show = try runDucha(
      ["problems", "show", "第三组", "--format", "csv"], in: work, workingDirectory: work)
    let rows = show.output.components(separatedBy: "\r\n").filter { $0.contains("渔沟小学") }
    #expect(rows.count >= 3)
    #expect(rows[0].contains("已整改") && rows[1].contains("已整改"), "\(rows.prefix(2))")
    #expect(rows[1].contains("器材发票.jpg"))
    #expect(rows[2].contains("未整改"))
  }

  /// The leader's folder holds a half-received file too; with --allow-partial the 回头看 goes
  /// ahead, and the file left out is named once (it was named twice: by the command, then
  /// again by the follow-up).
  @Test("with --allow-partial a file left out is named once")
  func fileLeftOutNamedOnce() throws {
    let work = try Self.walkedWithProblemList("followup-partial")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("{\"formatVersion\": 3, \"id\": \"12".utf8).write(
      to: work.appendingPathComponent("第三组/半截.json"))
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("回头看.input"))
    let followUp = try runDucha(
      [
        "followup", "第三组", "--checklists", CLI.checklists, "--unit", "渔沟小学", "--inspector",
        "李辉", "--date", "2021-12-10", "--script", "回头看.input", "--allow-partial",
      ], in: work, workingDirectory: work)
    let named = (followUp.output + followUp.errors).components(separatedBy: "\n")
      .filter { $0.contains("第三组/半截.json") }
    #expect(
      named == [
        "✗ 第三组/半截.json:1:31：不是 ducha 的检查记录，或文件已损坏：文件不完整，在第 1 行就结束了，可能只收到了一部分。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
      ])
    #expect(followUp.output.contains("  已整改？（是/否）> 退出"))
  }

  /// A temporary folder holding the walk in `第三组` and its problem list, as the leader has it
  /// before the 回头看.
  static func walkedWithProblemList(_ tag: String) throws -> URL {
    let work = try CLI.temporaryDirectory(tag)
    let walk = try runDucha(
      CLI.walkOptions + ["--sessions", "第三组", "--script", CLI.walkScript.path], in: work,
      workingDirectory: work)
    let build = try runDucha(
      ["problems", "build", "第三组", "--title", "第三组问题清单"], in: work, workingDirectory: work)
    guard walk.status == 0, build.status == 0 else {
      throw TestFailure("walk or problems build failed: \(walk.errors) \(build.errors)")
    }
    return work
  }
}

/// She answers 已整改 and is called away before naming the evidence (Ctrl-D): the answer is
/// kept, said as kept, and `ducha resume` goes on with the next problem instead of asking
/// the first again as if it had never been answered.
struct FollowUpStoppedAtEvidenceCLITests {
  @Test func theAnswerBeforeTheEvidenceIsKept() throws {
    let work = try CLI.temporaryDirectory("followup-evidence")
    defer { try? FileManager.default.removeItem(at: work) }
    let walk = try runDucha(
      CLI.walkOptions + ["--sessions", "第三组", "--script", CLI.walkScript.path], in: work,
      workingDirectory: work)
    #expect(walk.status == 0, "\(walk.errors)")
    _ = try runDucha(["problems", "build", "第三组"], in: work, workingDirectory: work)
    // The script ends at the evidence question, as Ctrl-D there does.
    try CLI.writeScript(["已整改"], to: work.appendingPathComponent("上午.input"))
    let morning = try runDucha(
      [
        "followup", "第三组", "--checklists", CLI.checklists, "--unit", "渔沟小学", "--inspector",
        "李辉", "--date", "2021-12-10", "--script", "上午.input",
      ], in: work, workingDirectory: work)
    #expect(
      morning.output.contains(
        "（问题 1 已记为“已整改”，没有证据。）（回头看中断；已复查的结果已保存，ducha resume 回头看/ 先接着复查其余的问题，再按清单复查）"),
      "\(morning.output)")
    let show = try runDucha(
      ["problems", "show", "第三组", "--format", "csv"], in: work, workingDirectory: work)
    let rows = show.output.components(separatedBy: "\r\n").filter { $0.contains("渔沟小学") }
    #expect(rows.first?.contains("已整改") == true, "\(rows)")

    try CLI.writeScript(["退出"], to: work.appendingPathComponent("下午.input"))
    let afternoon = try runDucha(
      [
        "resume", "--sessions", "回头看", "--checklists", CLI.checklists, "--script", "下午.input",
      ], in: work, workingDirectory: work)
    #expect(!afternoon.output.contains("\n问题 1："), "\(afternoon.output)")
    #expect(afternoon.output.contains("\n问题 2："), "\(afternoon.output)")
  }
}
