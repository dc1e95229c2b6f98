import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// `kill -9` at the reason for correcting a completed inspection: a status changed with `改 1`
/// (齐全 → 缺失) or a problem reworded with `问题 改 1 …` was held only in memory while the
/// reason was asked, so a flat battery there lost it, and `ducha resume` knew nothing of it.
/// The corrected value now reaches `.<id>.answer.json` before the reason is asked, and
/// `ducha resume` says it and asks only the reason.
@Suite struct CorrectionReasonCrashCLITests {
  /// 渔沟小学's completed 酒店乡 archive check (item 1 齐全, one problem), reopened, `lines`
  /// typed, and killed once `echo` is said back and the reason is being read; the folder, the
  /// sessions folder, the session file and the draft's path.
  static func killedAtReason(after lines: [String], echo: String) throws -> (
    URL, URL, URL, String
  ) {
    let directory = try CLI.temporaryDirectory("correction-crash")
    let sessions = directory.appendingPathComponent("Sessions")
    let script = directory.appendingPathComponent("walk.input")
    try CLI.writeScript(["1", "问题 县级文件缺失", "完成", "是"], to: script)
    let walk = try runDucha(
      [
        "inspect", "--checklists", CLI.checklists, "--checklist", "jiudian-dangan", "--unit",
        "渔沟小学", "--stage", "小学", "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27",
        "--sessions", sessions.path, "--script", script.path,
      ], in: directory)
    try #require(walk.output.contains("检查已完成"), "\(walk.output)\(walk.errors)")
    let live = try LiveDucha(
      ["resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "渔沟小学"],
      in: directory)
    for line in lines { try live.send(line) }
    try #require(
      poll(timeout: 30) { live.output.contains(echo + "\n") && live.isBlockedReadingStdin },
      "\(live.output)")
    live.killHard()
    let file = try CLI.sessionFile(of: "渔沟小学", in: sessions)
    let id = file.deletingPathExtension().lastPathComponent.split(separator: "_").last ?? ""
    return (directory, sessions, file, sessions.path + "/.\(id).answer.json")
  }

  static func resume(_ lines: [String], sessions: URL, in directory: URL) throws -> Finished {
    let script = directory.appendingPathComponent("resume-\(UUID().uuidString.prefix(4)).input")
    try CLI.writeScript(lines, to: script)
    return try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        script.path, "渔沟小学",
      ],
      in: directory)
  }

  @Test func aStatusCutShortAtTheCorrectionReasonIsSavedWithItOnResume() throws {
    let (directory, sessions, file, draftPath) = try Self.killedAtReason(
      after: ["改 1", "2"], echo: "  核验（1 齐全 / 2 缺失 / 3 不全）> 2")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try SessionFiles.load(file).answers.statuses["1"] == .complete)
    let mode = try FileManager.default.attributesOfItem(atPath: draftPath)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)

    let run = try Self.resume(["复查时没有县级文件", "退出"], sessions: sessions, in: directory)

    #expect(
      run.output.contains(
        """
        上次答到一半：1 省、市、县控辍保学文件 核验改为 缺失，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 复查时没有县级文件

        ── 八 控辍保学档案 › 1 省、市、县控辍保学文件
        核验：缺失
        累计：已核验 1/18 项（齐全 0，缺失 1，不全 0）

        """), "\(run.output)\(run.errors)")
    #expect(!run.output.contains("核验（1 齐全"), "\(run.output)")
    let saved = try SessionFiles.load(file)
    #expect(saved.answers.statuses["1"] == .missing)
    #expect(
      saved.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["1", "齐全", "缺失", "复查时没有县级文件"]
      ])
    #expect(!FileManager.default.fileExists(atPath: draftPath))
  }

  @Test func aRewordedProblemCutShortAtTheCorrectionReasonIsSavedWithItOnResume() throws {
    let (directory, sessions, file, draftPath) = try Self.killedAtReason(
      after: ["问题 改 1 县级文件缺 2 份"], echo: "> 问题 改 1 县级文件缺 2 份")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try SessionFiles.load(file).problems.map(\.description) == ["县级文件缺失"])

    let run = try Self.resume(["数错了，是缺 2 份", "退出"], sessions: sessions, in: directory)

    #expect(
      run.output.contains(
        """
        上次答到一半：问题“县级文件缺失”改为“县级文件缺 2 份”，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> 数错了，是缺 2 份
        已改为：县级文件缺 2 份

        """), "\(run.output)\(run.errors)")
    let saved = try SessionFiles.load(file)
    #expect(saved.problems.map(\.description) == ["县级文件缺 2 份"])
    #expect(
      saved.corrections.map { [$0.target, $0.before, $0.after, $0.reason] } == [
        ["问题", "县级文件缺失", "县级文件缺 2 份", "数错了，是缺 2 份"]
      ])
    #expect(!FileManager.default.fileExists(atPath: draftPath))
  }

  @Test func theCorrectionWaitingForItsReasonCanBeGivenUp() throws {
    let (directory, sessions, file, draftPath) = try Self.killedAtReason(
      after: ["改 1", "3"], echo: "  核验（1 齐全 / 2 缺失 / 3 不全）> 3")
    defer { try? FileManager.default.removeItem(at: directory) }

    // The script ends at the reason: Ctrl-D, which gives the correction up.
    let run = try Self.resume([], sessions: sessions, in: directory)

    #expect(
      run.output.contains(
        """
        上次答到一半：1 省、市、县控辍保学文件 核验改为 不全，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          更正已完成的检查，理由（必填）> ^D
        （已丢掉，这个回答没有记录）

        """), "\(run.output)")
    let saved = try SessionFiles.load(file)
    #expect(saved.answers.statuses["1"] == .complete)
    #expect(saved.corrections.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: draftPath))
  }
}
