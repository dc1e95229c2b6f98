import DuchaSession
import Foundation
import Testing

/// 回头看 answered as people say it: “还没” (not yet) was refused with “请回答是或否”, and
/// “部分整改” (partly done) too, with no word of what it counts as. Now 还没 is 未整改, and work
/// under way is 未整改 said as such, so nobody reads it as done. End to end with the binary.
@Suite("follow-up answered 还没 or 部分整改")
struct FollowUpNotYetCLITests {
  @Test("还没 and 部分整改 are 未整改; the second is said")
  func notYetAndPartlyAreOpen() throws {
    let work = try FollowUpWordsCLITests.walkedWithProblemList("followup-not-yet")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(
      ["还没", "", "部分整改", "", "退出"], to: work.appendingPathComponent("回头看.input"))
    let followUp = try runDucha(
      [
        "followup", "第三组", "--checklists", CLI.checklists, "--unit", "渔沟小学", "--inspector",
        "李辉", "--date", "2021-12-10", "--script", "回头看.input",
      ], in: work, workingDirectory: work)
    #expect(!followUp.output.contains("请回答"), "\(followUp.output)")
    #expect(
      followUp.output.contains(
        "  已整改？（是/否）> 部分整改\n  （记为“未整改”：整改完成前都算未整改）\n"), "\(followUp.output)")
    // Both are recorded as re-checked and open, numbers 1 and 2 of the list.
    let saved = try #require(
      SessionFiles.sessionFiles(in: work.appendingPathComponent("回头看")).first)
    let checks = try SessionFiles.load(saved).followUp?.checks ?? []
    #expect(checks.map(\.number) == [1, 2])
    #expect(checks.map(\.rectified) == [false, false])
    // Neither was asked again: the third problem comes next, where 退出 stops.
    #expect(followUp.output.contains("\n问题 3："), "\(followUp.output)")
  }
}
