import ArgumentParser
import DuchaChecklist
import DuchaInspect
import DuchaReport
import Foundation

/// `ducha merge DIR`: decide, with reasons, between inspectors' conflicting records.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge", abstract: "处理组员记录的不一致 · decide conflicts between inspectors' records",
    discussion: exitCodesHelp)

  @OptionGroup var options: CommonOptions
  @OptionGroup var sessionOptions: SessionOptions

  @Argument(help: "检查记录文件夹 / folder of collected sessions")
  var folder: String

  @Option(name: .long, help: "组长姓名 / the leader's name")
  var by: String?

  @Flag(name: .long, help: "有检查记录读不了或无法计分时，仍处理其余的 / go on with the readable sessions")
  var allowPartial = false

  @Flag(name: .long, help: "用现在的清单重新计分 / score with the current checklists")
  var rescore = false

  func run() throws {
    let checklists = try options.usableChecklists()
    let collection = SessionCollection.load([folder], library: checklists, rescore: rescore)
    if collection.sessions.isEmpty, collection.skipped.isEmpty {
      throw CommandFailure(
        lines: [
          Localized(
            "\(folder) 里没有检查记录文件（*.json）。", en: "no session files (*.json) in \(folder).")
        ] + [SessionFolder.subfolderNote(folder, besideOthers: false)].compactMap { $0 })
    }
    for note in collection.notes { printError(note.text(options.language)) }
    try checkComplete(
      collection.skipped, used: collection.sessionCount, allowPartial: allowPartial, options)
    let console = try makeConsole(options, sessionOptions)
    let status = MergeFlow(
      console: console, checklists: checklists, directory: folder, leader: by,
      collection: collection
    ).run()
    if status != 0 { throw ExitCode(status) }
  }
}
