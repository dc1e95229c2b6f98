import ArgumentParser
import DuchaChecklist
import DuchaRender

/// `ducha test CHECKLIST...`: runs the samples written inside the checklists.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test", abstract: "运行清单里的样例 · run the samples inside checklists")

  @OptionGroup var options: CommonOptions

  @Argument(help: "清单文件、文件名或编号（默认：全部）/ checklists (default: all)")
  var checklists: [String] = []

  func run() throws {
    let references = checklists.isEmpty ? options.library.files() : checklists
    var results: [(checklist: Checklist, reports: [SampleReport])] = []
    for reference in references {
      let checklist = try loadChecklist(reference, options)
      results.append((checklist, SampleRunner.run(checklist)))
    }
    print(SampleSummary.format(results, language: options.language))
    if results.contains(where: { $0.reports.contains { !$0.passed } }) { throw ExitCode(1) }
  }
}
