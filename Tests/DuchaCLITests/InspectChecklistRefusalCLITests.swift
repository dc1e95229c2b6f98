import Foundation
import Testing

/// `ducha inspect --checklist nope` without a terminal printed the REPL's “✗ no checklist
/// 'nope'.” and its table of checklists on standard output, status 1, while every other
/// command refuses a bad option value with the message, the command's usage and status 64
/// (`followup --unit`, `--stage`). It is now refused so, in --lang's language, the message
/// naming every checklist's id (the inspector needs them to type it right).
@Suite("ducha inspect refuses a --checklist that names no checklist")
struct InspectChecklistRefusalCLITests {
  func run(_ extra: [String]) throws -> Finished {
    let folder = try CLI.temporaryDirectory("inspect-checklist-refusal")
    defer { try? FileManager.default.removeItem(at: folder) }
    return try runDucha(
      ["inspect", "--checklist", "nope", "--sessions", "S"] + extra, in: folder,
      workingDirectory: folder)
  }

  @Test("in Chinese and in English: the message with the ids, the usage, status 64")
  func refused() throws {
    for (extra, start, end) in [
      (
        [String](), "找不到清单“nope”。可用的清单：",
        "。\n用法：ducha inspect <options>\n  全部选项：ducha inspect --help\n"
      ),
      (
        ["--lang", "en"], "no checklist 'nope'. Checklists: ",
        ".\nUsage: ducha inspect <options>\n  See 'ducha inspect --help' for more information.\n"
      ),
    ] {
      let run = try run(extra)
      #expect(run.status == 64)
      #expect(run.output == "")
      #expect(run.errors.hasPrefix(start), "\(run.errors)")
      #expect(run.errors.hasSuffix(end), "\(run.errors)")
      let ids = run.errors.dropFirst(start.count).dropLast(end.count)
        .components(separatedBy: extra.isEmpty ? "、" : ", ")
      #expect(ids.count == CLI.bundledCount)
      #expect(ids.contains("lingbi-xueji-2021"))
      #expect(ids.contains("huili-hecha"))
    }
  }
}
