import Foundation
import Testing

/// A refusal of the command line looked one way when ArgumentParser made it before the command
/// ran (`Error: no case to assign: …` and the usage, in English) and another when the command
/// made it while running (`unknown register “花名”…` alone). Both are now said alike
/// (`CommandLineRefusal`): the message without `Error:`, the usage of the command typed, where
/// to see its options; status 64; Chinese by default, English with `--lang en`.
struct RefusalStyleCLITests {
  @Test func aRefusalBeforeTheRunAndOneDuringItLookAlike() throws {
    let folder = try CLI.temporaryDirectory("refusal-style")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(CasesCLITests.compareList.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    _ = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"], in: folder, workingDirectory: folder)
    func run(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
    }
    // Refused by `validate()`, before the command runs.
    let before = try run(["assign", "--by", "李辉", "--lang", "en"])
    // Refused by the command while it runs: it has read the kind only then.
    let during = try run(["register", "花名", "-o", "花名.csv", "--lang", "en"])
    #expect(before.status == 64)
    #expect(during.status == 64)
    #expect(
      before.errors == """
        no case to assign: give case numbers (ducha cases assign 3 4 5 …) or conditions \
        (--where-township, --where-school, --where-status, --where-open).
        Usage: ducha cases assign [<options>] --by <by> [<ids> ...]
          See 'ducha cases assign --help' for more information.

        """)
    #expect(
      during.errors == """
        unknown register “花名”. Use one of: cleanup (清理花名册), returns (销号花名册), \
        deadline-notice (限期复学通知书), urge-notice (敦促复学通知书), report (报告书), \
        visit-card (记录卡)
        Usage: ducha cases register [<options>] <kind> --output <output>
          See 'ducha cases register --help' for more information.

        """)

    let chineseBefore = try run(["assign", "--by", "李辉"])
    let chineseDuring = try run(["register", "花名", "-o", "花名.csv"])
    #expect(chineseBefore.status == 64)
    #expect(chineseDuring.status == 64)
    #expect(
      chineseBefore.errors.hasSuffix(
        "\n用法：ducha cases assign [<options>] --by <by> [<ids> ...]\n"
          + "  全部选项：ducha cases assign --help\n"), "\(chineseBefore.errors)")
    #expect(
      chineseDuring.errors == """
        不认识“花名”。可用：疑似失学人员清理情况花名册（清理花名册）、辍学学生劝返销号花名册（销号花名册）、\
        未到校学生限期复学通知书（限期复学通知书）、辍学学生敦促复学通知书（敦促复学通知书）、\
        辍学学生报告书（报告书）、劝返工作记录卡（记录卡）
        用法：ducha cases register [<options>] <kind> --output <output>
          全部选项：ducha cases register --help

        """)
    for refusal in [before, during, chineseBefore, chineseDuring] {
      #expect(!refusal.errors.contains("Error"), "\(refusal.errors)")
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("花名.csv").path))
  }

  /// A refusal written `中文 / English` printed both halves under `--lang en`; the Chinese
  /// half alone in Chinese, as before.
  @Test func aTwoLanguageRefusalSaysOneLanguage() throws {
    let folder = try CLI.temporaryDirectory("refusal-style-halves")
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments = ["roster", "check", "一班.csv", "--encoding", "big5"]
    let english = try runDucha(arguments + ["--lang", "en"], in: folder, workingDirectory: folder)
    #expect(english.status == 64)
    #expect(
      english.errors.hasPrefix(
        "--encoding must be auto, utf-8 or gb18030\nUsage: ducha roster check "),
      "\(english.errors)")
    let chinese = try runDucha(arguments, in: folder, workingDirectory: folder)
    #expect(chinese.status == 64)
    #expect(
      chinese.errors.hasPrefix("--encoding 只能是 auto、utf-8 或 gb18030\n用法：ducha roster check "),
      "\(chinese.errors)")
  }
}
