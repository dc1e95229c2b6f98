import Foundation
import Testing

/// A checklist or plan a command cannot use (no such checklist, no such item, a file with
/// errors) is refused through `Ducha.main`'s one error path: the whole refusal on standard
/// error, nothing on standard output, status 1. The commands printed the listing and the
/// diagnostics by hand and then threw `ExitCode(1)`.
struct ChecklistRefusalCLITests {
  static let badChecklist = "清单\n"
  static let checklistReport = """
    bad.ducha:1:1: 错误[E209]: “清单”后面应当是一个不含空格的编号。
      改法：例如“清单 lingbi-xueji-2021”。
    检查了 1 个文件：1 个错误，0 个警告。

    """

  func run(_ arguments: [String], files: [String: String] = [:]) throws -> Finished {
    let work = try CLI.temporaryDirectory("checklist-refusal")
    defer { try? FileManager.default.removeItem(at: work) }
    for (name, text) in files {
      try Data(text.utf8).write(to: work.appendingPathComponent(name))
    }
    return try runDucha(arguments, in: work, workingDirectory: work)
  }

  @Test func anUnknownChecklistIsListedOnStandardErrorInEnglish() throws {
    let show = try run(["show", "lingbi-xuej1", "--lang", "en"])
    #expect(show.status == 1)
    #expect(show.output.isEmpty)
    let lines = show.errors.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("no checklist 'lingbi-xuej1'. Searched: ./Checklists") == true)
    #expect(lines.dropFirst().first == "did you mean: lingbi-xueji?", "\(show.errors)")
    #expect(lines.contains("  lingbi-xueji-2021  灵璧县学籍管理工作专项核查记录表"))
    #expect(
      lines.last
        == "Give a path, a file name or a checklist id; --checklists DIR names another folder.")
  }

  @Test func anUnknownItemIsRefusedWithTheItemsThereAre() throws {
    let show = try run(["show", "lingbi-xueji-2021", "7.9", "--lang", "zh"])
    #expect(show.status == 1)
    #expect(show.output.isEmpty)
    #expect(
      show.errors == """
        lingbi-xueji-2021 没有条目“7.9”。
        是不是：7.1、7.2、7.3？
        条目：1 2 2.1 2.2 3 4 4.1 4.2 5 6 6.1 6.2 7 7.1 7.2 7.3 7.4 7.5 8 9 10 11 12

        """)
  }

  @Test func aChecklistWithErrorsIsItsReport() throws {
    let files = ["bad.ducha": Self.badChecklist]
    let show = try run(["show", "bad.ducha", "--lang", "zh"], files: files)
    let test = try run(["test", "bad.ducha", "--lang", "zh"], files: files)
    for finished in [show, test] {
      #expect(finished.status == 1)
      #expect(finished.output.isEmpty)
      #expect(finished.errors == Self.checklistReport)
    }
  }

  @Test func aPlanWithErrorsIsItsReport() throws {
    let sample = try run(["plan", "sample", "p.plan", "--lang", "en"], files: ["p.plan": "计划\n"])
    #expect(sample.status == 1)
    #expect(sample.output.isEmpty)
    #expect(sample.errors.hasSuffix("1 file(s) checked: 1 error(s), 0 warning(s).\n"))
    #expect(sample.errors.hasPrefix("p.plan:1:"), "\(sample.errors)")
  }
}
