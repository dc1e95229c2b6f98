import ArgumentParser
import DuchaChecklist
import DuchaRender

/// `ducha show CHECKLIST`: the form's sections and items with points.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "显示清单的部分、条目和分值 · show a checklist's items and points")

  @OptionGroup var options: CommonOptions

  @Argument(help: "清单文件、文件名或编号 / checklist path, file name or id")
  var checklist: String

  func run() throws {
    let checklist = try loadChecklist(checklist, options)
    print(ChecklistOutline.format(checklist, language: options.language))
  }
}

/// Resolves and loads a checklist, printing diagnostics and failing when it is not usable.
func loadChecklist(_ reference: String, _ options: CommonOptions) throws -> Checklist {
  guard let path = options.library.path(for: reference) else {
    let zh = "找不到清单“\(reference)”。用文件路径，或 \(options.checklists)/ 里的文件名或清单编号。"
    let en =
      "no checklist '\(reference)': give a path, or a file name or id in \(options.checklists)/."
    printError(options.language == .english ? en : zh)
    throw ExitCode(1)
  }
  let (checklist, diagnostics) = ChecklistLoader.load(path: path)
  guard let checklist else {
    printError(DiagnosticReport.format(diagnostics, files: 1, language: options.language))
    throw ExitCode(1)
  }
  return checklist
}
