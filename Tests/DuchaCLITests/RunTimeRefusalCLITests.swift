import Foundation
import Testing

/// A value refused while a command runs (a 核查结果 that is not one of the ledger's words) used
/// to be printed as ArgumentParser prints it: "Error:" before the Chinese message and the usage
/// of `ducha` itself after it ("Usage: ducha <subcommand>"), which is not the command typed.
/// Now it is said as a refusal of the line itself is (`CommandLineRefusal`): the message, then
/// the usage of the command typed and where to see its options; exit 64 as before.
@Suite struct RunTimeRefusalCLITests {
  @Test func aRefusedValueIsSaidWithTheWordsThatAreAcceptedAndTheCommandsUsage() throws {
    let work = try CLI.temporaryDirectory("refusal")
    defer { try? FileManager.default.removeItem(at: work) }
    let refused = try runDucha(
      ["cases", "update", "1", "--by", "李辉", "--result", "在外地就读"], in: work,
      workingDirectory: work)
    #expect(refused.status == 64)
    #expect(
      refused.errors
        == "“在外地就读”不是核查结果，是不是“已在外地就读”？--result 只能是：已在外地就读、已入学、延缓入学/休学、迁出、死亡、已完成义务教育（初中毕业）、确认辍学（写的是“在外地就读”）。\n"
        + "用法：ducha cases update [<options>] --by <by> <id>\n  全部选项：ducha cases update --help\n"
    )

    let missing = try runDucha(
      ["cases", "update", "1", "--result", "已入学", "--lang", "zh"], in: work, workingDirectory: work)
    #expect(missing.status == 64)
    #expect(missing.errors.contains("用法：ducha cases update [<options>] --by <by> <id>\n"))
  }
}
