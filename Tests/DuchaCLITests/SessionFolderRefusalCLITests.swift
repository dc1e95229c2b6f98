import Foundation
import Testing

/// The leader's commands refuse a folder they cannot use (no session file in it, files that
/// cannot be read) through `Ducha.main`'s one error path: the whole refusal on standard error,
/// nothing on standard output, status 1, or 3 for a result that would be incomplete. They printed
/// the message and the note about subfolders by hand and then threw `ExitCode`.
struct SessionFolderRefusalCLITests {
  @Test func mergeOfAFolderWhoseRecordsAreInSubfoldersSaysSoInBothLanguages() throws {
    let work = try CLI.temporaryDirectory("merge-subfolders")
    defer { try? FileManager.default.removeItem(at: work) }
    let inspector = work.appendingPathComponent("组/李辉")
    try FileManager.default.createDirectory(at: inspector, withIntermediateDirectories: true)
    try Data("{}".utf8).write(to: inspector.appendingPathComponent("渔沟小学.json"))
    let chinese = try runDucha(["merge", "组", "--lang", "zh"], in: work, workingDirectory: work)
    let english = try runDucha(["merge", "组", "--lang", "en"], in: work, workingDirectory: work)
    #expect(chinese.status == 1)
    #expect(english.status == 1)
    #expect(chinese.output.isEmpty && english.output.isEmpty)
    #expect(
      chinese.errors == """
        组 里没有检查记录文件（*.json）。
        组 的子文件夹 李辉 里有检查记录文件；ducha 只读所写的文件夹，不读子文件夹。请把这些记录文件都移到 组 里，再运行这条命令。

        """)
    #expect(
      english.errors == """
        no session files (*.json) in 组.
        the subfolders 李辉 of 组 hold session files; ducha reads only the folder named, not its \
        subfolders. Move the session files into 组 itself and run the command again.

        """)
  }

  @Test func anIncompleteResultIsRefusedWithStatusThreeInEnglish() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("partial-english")
    defer { laptop.remove() }
    try PartialResultCLITests.spoil(laptop)
    let summary = try laptop.run(["summary", "第三组", "--lang", "en"])
    #expect(summary.status == 3)
    #expect(summary.output.isEmpty)
    #expect(
      summary.errors.hasSuffix(
        "the result would be incomplete: 2 file(s) above could not be used, so nothing was "
          + "written. Fix or remove them, or add --allow-partial to go on with the other 1 "
          + "session(s).\n"), "\(summary.errors)")
    #expect(summary.errors.hasPrefix("✗ 第三组/半截.json:1:31"), "\(summary.errors)")
  }

  @Test func aSheetOfAFileThatIsNoSessionIsRefused() throws {
    let work = try CLI.temporaryDirectory("sheet-broken")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("{}".utf8).write(to: work.appendingPathComponent("x.json"))
    let sheet = try runDucha(
      ["sheet", "x.json", "-o", "a.html", "--lang", "zh", "--checklists", CLI.checklists],
      in: work, workingDirectory: work)
    #expect(sheet.status == 1)
    #expect(sheet.output.isEmpty)
    #expect(
      sheet.errors
        == "x.json：不是 ducha 的检查记录，或文件已损坏：没有 formatVersion。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。\n")
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("a.html").path))
  }
}
