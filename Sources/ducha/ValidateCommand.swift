import ArgumentParser
import DuchaChecklist
import DuchaRender

/// `ducha validate FILE...`: every diagnostic of every file; exit 1 when any has errors.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "检查清单文件的写法 · check checklist files")

  @OptionGroup var options: CommonOptions

  @Argument(help: "清单文件 / checklist files")
  var files: [String]

  func run() throws {
    var all: [Diagnostic] = []
    for file in files {
      all += ChecklistLoader.load(path: file).1
    }
    print(DiagnosticReport.format(all, files: files.count, language: options.language))
    if all.hasErrors { throw ExitCode(1) }
  }
}
