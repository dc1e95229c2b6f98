import ArgumentParser
import DuchaChecklist
import DuchaInspect
import DuchaReport
import Foundation

/// `ducha followup DIR --unit NAME`: 回头看 from the folder's problem list.
struct FollowUpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "followup",
    abstract: "回头看：复查问题清单并重新检查 · follow-up inspection from the problem list",
    discussion: exitCodesHelp)

  @OptionGroup var options: CommonOptions
  @OptionGroup var sessionOptions: SessionOptions

  @Argument(help: "上次检查的文件夹（含问题清单）/ folder of the last inspection, with its problem list")
  var folder: String
  @Option(name: .long, help: "单位 / unit") var unit: String
  @Option(
    name: .long,
    help: "清单编号：单位的问题分属几张清单时，指定复查哪一张 / checklist id, when the unit's problems are under several")
  var checklist: String?
  @Option(name: .long, help: "检查人员，可写多次 / inspector, repeatable") var inspector: [String] = []
  @Option(name: .long, help: "检查日期 / date") var date: String?
  @Option(name: .long, help: "考核年度 / inspection year") var year: Int?

  @Flag(name: .long, help: "有检查记录读不了或无法计分时，仍继续 / go on with the readable sessions")
  var allowPartial = false

  @Flag(name: .long, help: "用现在的清单重新计分 / score with the current checklists")
  var rescore = false

  func validate() throws {
    if let date, case .failure(let refusal) = AnswerParser.optionDate(date) {
      throw ValidationError(optionRefusal("--date", date, refusal.message, options.language))
    }
    if let year, case .failure(let refusal) = AnswerParser.inspectionYear(String(year)) {
      throw ValidationError(optionRefusal("--year", "\(year)", refusal.message, options.language))
    }
  }

  func run() throws {
    let checklists = try options.usableChecklists()
    // A unit or checklist with nothing to follow up is the command line's mistake: refused as
    // every command refuses an option (its usage, status 64), not as the walk complains about
    // an answer. A missing or damaged problem list is a file's problem, said by `Ducha.main`.
    let list = try ProblemListStore(directory: folder).load()
    if case .failure(let refusal) = FollowUpTarget.choose(
      in: list, unit: unit, checklist: checklist, checklists: checklists)
    {
      throw ValidationError(refusal.message.text(options.language))
    }
    let collection = SessionCollection.load([folder], library: checklists, rescore: rescore)
    for note in collection.notes { printError(note.text(options.language)) }
    try checkComplete(
      collection.skipped, used: collection.sessionCount, allowPartial: allowPartial, options)
    // The 回头看 sessions go next to the folder followed up (…/回头看/, which the README's next
    // command summarises), not into ./Sessions of wherever the leader happens to be.
    let target =
      sessionOptions.sessions
      ?? FollowUpFolder.beside(
        folder, workingDirectory: FileManager.default.currentDirectoryPath)
    let repl = try makeREPL(options, sessionOptions, sessionsFolder: target)
    let status = repl.runFollowUp(
      folder: folder, unit: unit,
      options: InspectOptions(
        checklist: checklist, inspectors: inspector.isEmpty ? nil : inspector,
        date: date.flatMap { try? AnswerParser.optionDate($0).get() }, year: year),
      rescore: rescore)
    let final = sessionOptions.exitStatus(status, repl)
    if final == 2 {
      printUnfinished(options, noSession: repl.endedBeforeSession, resume: repl.resumeCommand)
    }
    if final != 0 { throw ExitCode(final) }
  }
}
