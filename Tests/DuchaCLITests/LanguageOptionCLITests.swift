import Foundation
import Testing

/// `--lang fr` (or a typo) was answered in Chinese without a word; now every command refuses it
/// and says what to write, in Chinese alone (no English `Error:` and usage after it).
struct LanguageOptionCLITests {
  @Test func aLanguageDuchaDoesNotSpeakIsRefusedWithWhatToWrite() throws {
    let folder = try CLI.temporaryDirectory("lang-option")
    defer { try? FileManager.default.removeItem(at: folder) }
    let refusal = "--lang “fr” 不是 ducha 能用的语言：写 zh（中文）或 en（英文）\n"
    let summary = try runDucha(
      ["summary", ".", "--lang", "fr"], in: folder, workingDirectory: folder)
    #expect(summary.status == 64)
    #expect(summary.output == "")
    #expect(
      summary.errors
        == refusal + "用法：ducha summary [<options>] [<folders> ...]\n  全部选项：ducha summary --help\n")
    // The REPL's own fast reading of its line leaves the refusal to the same check.
    let inspect = try runDucha(["inspect", "--lang", "fr"], in: folder, workingDirectory: folder)
    #expect(inspect.status == 64)
    #expect(inspect.errors.hasPrefix(refusal + "用法：ducha inspect "))
    let cases = try runDucha(
      ["cases", "list", "--lang", "fr"], in: folder, workingDirectory: folder)
    #expect(cases.status == 64)
    #expect(cases.errors.hasPrefix(refusal + "用法：ducha cases list "))
    // Locale names are languages too.
    let english = try runDucha(
      ["summary", ".", "--lang", "en_US.UTF-8"], in: folder, workingDirectory: folder)
    #expect(english.status == 1)
    #expect(english.errors == "no session files (*.json) in .; nothing to do.\n")
  }
}
