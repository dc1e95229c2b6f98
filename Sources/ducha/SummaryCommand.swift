import ArgumentParser
import DuchaChecklist
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation

/// Options shared by the leader's commands: the folders of collected sessions.
struct FolderOptions: ParsableArguments {
  @Argument(help: "组员交来的检查记录所在的文件夹 / folder(s) of collected session files")
  var folders: [String]

  @Option(name: .long, help: "只汇总这张清单 / only this checklist")
  var checklist: String?

  @Flag(name: .long, help: "导出时不遮蔽身份证号 / do not mask ID numbers")
  var reveal = false
}

/// Loads the folders' sessions and the checklists they use, reporting unreadable files.
func loadFolders(_ folders: FolderOptions, _ options: CommonOptions) throws -> (
  sessions: [Session], checklists: [Checklist]
) {
  let (sessions, problems) = SessionFolder.load(folders.folders)
  for problem in problems { printError(problem.message.text(options.language)) }
  guard !sessions.isEmpty else {
    printError(
      options.language == .english
        ? "no session files in \(folders.folders.joined(separator: ", "))"
        : "\(folders.folders.joined(separator: "、")) 里没有检查记录文件（*.json）。")
    throw ExitCode(1)
  }
  let ids = Set(sessions.map(\.checklistID))
  var checklists = try options.usableChecklists().filter { ids.contains($0.id) }
  if let only = folders.checklist {
    checklists = checklists.filter {
      $0.id == only || ($0.file as NSString).lastPathComponent.hasPrefix(only)
    }
  }
  let missing = ids.subtracting(checklists.map(\.id))
  if folders.checklist == nil, !missing.isEmpty {
    printError(
      options.language == .english
        ? "checklists not found (sessions for them are skipped): \(missing.sorted().joined(separator: ", "))"
        : "找不到这些清单，相应的记录未汇总：\(missing.sorted().joined(separator: "、"))")
  }
  return (sessions, checklists)
}

/// `ducha summary DIR`: per-unit totals ranked, outcomes, cohort ranking, items that lost
/// most, pending items and conflicts, and a draft 检查总结.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary", abstract: "汇总一个组的检查结果 · summarise a group's inspections")

  @OptionGroup var options: CommonOptions
  @OptionGroup var folders: FolderOptions
  @OptionGroup var export: ExportOptions

  @Option(name: .long, help: "标题 / title")
  var title: String?

  @Option(name: .long, help: "检查计划文件，只汇总计划里的单位 / plan file: summarise its units")
  var plan: String?

  @Option(name: .long, help: "与 --plan 一起：只汇总这个组 / with --plan: only this group")
  var group: String?

  func run() throws {
    let summaries = try buildSummaries(folders, options, title: title, plan: plan, group: group)
    if export.format == .xlsx {
      let sheets = ReportSheets.all(summaries: summaries, problems: nil, reveal: folders.reveal)
        .filter { $0.name != "问题清单" }
      try export.emit(XLSXWriter.workbook(sheets), options, personal: folders.reveal)
      return
    }
    var data = Data()
    let language = options.language
    for summary in summaries {
      switch export.format {
      case .text: data += Data(summaryText(summary, options).utf8)
      case .md:
        data += Data(
          SummaryMarkdown.format(summary, reveal: folders.reveal, language: language).utf8)
      case .csv: data += SummaryCSV.format(summary, reveal: folders.reveal)
      case .html:
        data += Data(
          ReportHTML.format(
            summary: summary, problems: nil, reveal: folders.reveal, language: language
          ).utf8)
      case .xlsx, .docx:
        throw ValidationError(
          "ducha summary 不写 \(export.format.rawValue)，请用 ducha report / use ducha report")
      }
    }
    try export.emit(data, options, personal: folders.reveal)
  }
}

/// One summary per checklist found in the folders, restricted to a plan's (or group's) units.
func buildSummaries(
  _ folders: FolderOptions, _ options: CommonOptions, title: String?, plan: String?, group: String?
) throws -> [GroupSummary] {
  var (sessions, checklists) = try loadFolders(folders, options)
  var expected: [String]?
  var heading = title
  if let plan {
    // Sessions often use a unit's full name (渔沟中学) where the plan has the short one (渔中):
    // a plan unit matches by its name or any 又名, and is listed under the session's name.
    let units = try planUnits(plan, group: group, options)
    sessions = sessions.filter { session in units.contains { $0.matches(session.unit.name) } }
    expected = units.map { unit in
      sessions.first { unit.matches($0.unit.name) }?.unit.name ?? unit.name
    }
    if heading == nil, let group { heading = "第\(group)组" }
  } else if group != nil {
    throw ValidationError("--group 需要与 --plan 一起用 / --group needs --plan")
  }
  let decisions = try MergeDecisionStore(directory: folders.folders[0]).load()
  // The leader's edited problem list, when there is one, is what the draft reports.
  let folder = folders.folders[0]
  let problems =
    ProblemListStore(directory: folder).exists ? try loadProblemList(folder, options) : nil
  checklists = checklists.filter { checklist in sessions.contains { $0.checklistID == checklist.id }
  }
  return checklists.map { checklist in
    SummaryBuilder.build(
      checklist: checklist, sessions: sessions, decisions: decisions,
      title: heading.map { "\($0) · \(checklist.title)" }, expectedUnits: expected,
      problems: problems, language: options.language)
  }
}

/// The summary as terminal text in the user's language, as wide as the terminal (`COLUMNS`).
func summaryText(_ summary: GroupSummary, _ options: CommonOptions) -> String {
  SummaryText.format(
    summary, width: TerminalWidth.detect(environment: ProcessInfo.processInfo.environment),
    language: options.language)
}
