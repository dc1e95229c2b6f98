import ArgumentParser
import DuchaChecklist
import DuchaRender

/// `ducha test CHECKLIST...`: runs the samples written inside the checklists.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test", abstract: "运行清单里的样例 · run the samples inside checklists")

  @OptionGroup var options: CommonOptions

  @Argument(
    help: "清单文件、文件名或编号（默认：全部）/ checklists (default: all)",
    completion: ShellCompletion.checklists)
  var checklists: [String] = []

  func run() throws {
    var found: [Checklist] = []
    if checklists.isEmpty {
      // Every checklist of the library: the local folders' and the bundled ones.
      let contents = try options.checklistLibrary().load()
      for note in contents.notes { printError(note.text(options.language)) }
      for loaded in contents.loaded {
        guard let checklist = loaded.checklist else {
          throw DiagnosticReport.Failure(loaded.diagnostics)
        }
        found.append(checklist)
      }
    } else {
      found = try checklists.map { try loadChecklist($0, options) }
    }
    let results = found.map { (checklist: $0, reports: SampleRunner.run($0)) }
    print(SampleSummary.format(results, language: options.language))
    if results.contains(where: { $0.reports.contains { !$0.passed } }) { throw ExitCode(1) }
  }
}
