import ArgumentParser
import DuchaChecklist
import DuchaPlan
import DuchaRender
import Foundation

/// `ducha validate FILE...`: every diagnostic of every checklist (`.ducha`) and plan (`.plan`),
/// on standard error; a folder stands for the files in it. Exit 1 when any has errors.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "检查清单和计划文件的写法 · check checklist and plan files")

  @OptionGroup var options: CommonOptions

  @Argument(help: "清单（.ducha）、计划（.plan）文件或文件夹 / checklist or plan files, or folders")
  var files: [String]

  func run() throws {
    let paths = files.flatMap(expand)
    var all: [Diagnostic] = []
    for path in paths {
      if path.hasSuffix(".plan") {
        let (plan, diagnostics) = PlanLoader.load(path: path)
        all += diagnostics + (plan.map(PlanChecker.check) ?? [])
      } else {
        all += ChecklistLoader.diagnostics(path: path)
      }
    }
    // Diagnostics go to standard error, as a compiler's do and as `ducha test` and `inspect`
    // print a broken checklist's; standard output stays empty for a pipe.
    printError(DiagnosticReport.format(all, files: paths.count, language: options.language))
    if all.hasErrors { throw ExitCode(1) }
  }

  /// A folder becomes its `.ducha` and `.plan` files, at any depth, in name order.
  private func expand(_ path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      return [path]
    }
    let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
    return found.filter { $0.hasSuffix(".ducha") || $0.hasSuffix(".plan") }.sorted()
      .map { (path as NSString).appendingPathComponent($0) }
  }
}
