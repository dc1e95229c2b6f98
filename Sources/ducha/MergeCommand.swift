import ArgumentParser
import DuchaInspect
import DuchaReport
import Foundation

/// `ducha merge DIR`: decide, with reasons, between inspectors' conflicting records.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge", abstract: "处理组员记录的不一致 · decide conflicts between inspectors' records")

  @OptionGroup var options: CommonOptions
  @OptionGroup var sessionOptions: SessionOptions

  @Argument(help: "检查记录文件夹 / folder of collected sessions")
  var folder: String

  @Option(name: .long, help: "组长姓名 / the leader's name")
  var by: String?

  func run() throws {
    let console = makeConsole(options, sessionOptions)
    let checklists = try options.usableChecklists()
    let status = MergeFlow(console: console, checklists: checklists, directory: folder, leader: by)
      .run()
    if status != 0 { throw ExitCode(status) }
  }
}
