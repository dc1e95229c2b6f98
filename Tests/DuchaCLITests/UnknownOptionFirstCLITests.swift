import Foundation
import Testing

/// `ducha summary --bogus` with no folder answered “请写检查记录所在的文件夹…”: the folder (or, with
/// `--server`, the pull of the group's files) was dealt with in `validate()`, which ArgumentParser
/// runs before it looks for options the command does not have. The leader added a folder and
/// only then heard of the mistyped option. Summary, report, sheet and problems build now pull in
/// `run()`, so the unknown option is said first, in `--lang`'s language, status 64.
struct UnknownOptionFirstCLITests {
  @Test(arguments: [["summary"], ["report"], ["sheet"], ["problems", "build"]])
  func anUnknownOptionIsSaidBeforeTheMissingFolder(command: [String]) throws {
    let directory = try CLI.temporaryDirectory("unknown-option-first")
    defer { try? FileManager.default.removeItem(at: directory) }
    let name = command.joined(separator: " ")
    let usage =
      command == ["sheet"]
      ? "ducha sheet [--lang <lang>] [--checklists <checklists>] [<folders> ...] [--server <server>]"
        + " [--token <token>] [--checklist <checklist>] [--reveal] [--allow-partial] [--rescore]"
        + " [--unit <unit>] [--output <output>]"
      : "ducha \(name) [<options>] [<folders> ...]"
    let chinese = try runDucha(
      command + ["--bogus", "--lang", "zh"], in: directory, workingDirectory: directory)
    let english = try runDucha(
      command + ["--bogus", "--lang", "en"], in: directory, workingDirectory: directory)
    #expect(chinese.status == 64)
    #expect(english.status == 64)
    #expect(
      chinese.errors
        == "这个命令没有 --bogus 选项：请按下面的用法改，或加 --help 看全部选项。\n用法：\(usage)\n  全部选项：ducha \(name) --help\n"
    )
    #expect(
      english.errors
        == "Unknown option '--bogus'\nUsage: \(usage)\n  See 'ducha \(name) --help' for more information.\n"
    )
    // With no unknown option, the missing folder is still said, with the same usage.
    let noFolder = try runDucha(
      command + ["--lang", "en"], in: directory, workingDirectory: directory)
    #expect(noFolder.status == 64)
    #expect(
      noFolder.errors
        == "name a folder, or --server\nUsage: \(usage)\n  See 'ducha \(name) --help' for more information.\n"
    )
  }
}
