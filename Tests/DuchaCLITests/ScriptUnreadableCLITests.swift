import Foundation
import Testing

/// `ducha inspect --script 回答.txt` with no such file printed “无法读取脚本文件 …” and ended the
/// program on the spot (`exit(1)` inside the console's making), saying nothing of what to do.
/// The refusal is thrown to `Ducha.main` now: standard error, status 1, --lang's language, with
/// the fix, and no session and no Sessions folder made.
struct ScriptUnreadableCLITests {
  @Test func aScriptThatCannotBeReadIsRefusedInBothLanguages() throws {
    let work = try CLI.temporaryDirectory("script-unreadable")
    defer { try? FileManager.default.removeItem(at: work) }
    let chinese = try runDucha(
      ["inspect", "--script", "回答.txt", "--lang", "zh"], in: work, workingDirectory: work)
    let english = try runDucha(
      ["resume", "--script", "回答.txt", "--lang", "en"], in: work, workingDirectory: work)
    #expect(chinese.status == 1 && english.status == 1)
    #expect(chinese.output.isEmpty && english.output.isEmpty)
    #expect(chinese.errors == "无法读取脚本文件 回答.txt：请检查路径，以及这个文件能否读取。\n")
    #expect(
      english.errors == "cannot read script 回答.txt: check its path and that it can be read.\n")
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("Sessions").path))
  }
}
