import DuchaSession
import Foundation
import Testing

/// The leader opens a terminal in the team's folder and types `ducha followup . --unit 渔沟小学`:
/// the binary crashed (Illegal instruction, a Foundation trap on the parent of `.`) before the
/// first question. The 回头看 now starts and goes into `回头看/` beside the folder, as it does
/// for `ducha followup 第三组`, not into the folder followed up.
@Suite struct FollowUpFromInsideCLITests {
  @Test func followUpOfTheFolderTheLeaderIsIn() throws {
    let work = try FollowUpWordsCLITests.walkedWithProblemList("followup-dot")
    defer { try? FileManager.default.removeItem(at: work) }
    let team = work.appendingPathComponent("第三组")
    try CLI.writeScript(["是", "", "退出"], to: work.appendingPathComponent("回头看.input"))
    let run = try runDucha(
      [
        "followup", ".", "--checklists", CLI.checklists, "--unit", "渔沟小学", "--inspector", "李辉",
        "--date", "2021-12-10", "--script", "../回头看.input",
      ], in: work, workingDirectory: team)
    #expect(run.status == 2, "\(run.errors)")
    #expect(run.output.contains("  已整改？（是/否）> 是\n"), "\(run.output)")
    #expect(SessionFiles.sessionFiles(in: work.appendingPathComponent("回头看")).count == 1)
    #expect(!FileManager.default.fileExists(atPath: team.appendingPathComponent("回头看").path))
  }
}
