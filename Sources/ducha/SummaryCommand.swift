import ArgumentParser
import DuchaChecklist
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation

/// `ducha summary DIR`: per-unit totals ranked, outcomes, cohort ranking, items that lost
/// most, pending items and conflicts, and a draft 检查总结.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary", abstract: "汇总一个组的检查结果 · summarise a group's inspections",
    discussion: exitCodesHelp)

  @OptionGroup var options: CommonOptions
  @OptionGroup var folders: FolderOptions
  @OptionGroup var export: ExportOptions

  @Option(name: .long, help: "标题 / title")
  var title: String?

  @Option(name: .long, help: "检查计划文件，只汇总计划里的单位 / plan file: summarise its units")
  var plan: String?

  @Option(name: .long, help: "与 --plan 一起：只汇总这个组 / with --plan: only this group")
  var group: String?

  mutating func run() throws {
    try folders.pullFromServer(options)
    let language = options.language
    // Only the workbook shows why each point was lost; the other formats show scores and
    // states, so the units are scored without that text.
    if export.format == .xlsx || export.format == .html {
      let summaries = try buildSummaries(
        folders, options, title: title, plan: plan, group: group,
        explains: export.format == .xlsx)
      if export.format == .xlsx {
        let sheets = ReportSheets.all(summaries: summaries, problems: nil, reveal: folders.reveal)
          .filter { $0.name != "问题清单" }
        try export.emit(
          XLSXWriter.workbook(sheets), options, holding: .schools(revealed: folders.reveal))
        return
      }
      // One document for every checklist's summary: two glued pages are not valid HTML.
      let page = ReportHTML.format(
        summaries: summaries, problems: nil, reveal: folders.reveal, language: language)
      try export.emit(Data(page.utf8), options, holding: .schools(revealed: folders.reveal))
      return
    }
    var data = Data()
    // CSV tables are joined at the end, each under its title (`SummaryCSV.joined`).
    var tables: [(title: String, csv: Data)] = []
    // Each lays out its long lines on every core (`SummaryText`).
    let width = TerminalWidth.detect(
      environment: ProcessEnvironment.values(TerminalWidth.environmentNames))
    var index = 0
    // One checklist's summary at a time: each is laid out and let go before the next is built,
    // so a folder of several forms holds one form's scored units at once (a summary of thirty
    // thousand sessions of two forms peaked with both).
    try forEachSummary(
      folders, options, title: title, plan: plan, group: group, explains: false
    ) { summary in
      // Each checklist's summary starts after a blank line, never on the last line of the one
      // before.
      if index > 0, export.format != .csv { data += Data("\n\n".utf8) }
      index += 1
      switch export.format {
      case .text:
        data += Data(
          SummaryText.format(summary, width: width, language: language, reveal: folders.reveal)
            .utf8)
      case .md:
        data += Data(
          SummaryMarkdown.format(summary, reveal: folders.reveal, language: language).utf8)
      case .csv:
        tables.append(
          (summary.title, SummaryCSV.format(summary, reveal: folders.reveal, language: language)))
      case .html, .xlsx: break  // written whole above
      case .docx:
        throw ValidationError(
          "ducha summary 不写 \(export.format.rawValue)，请用 ducha report / use ducha report")
      }
      // Freed on another core while the next one is built (`BackgroundRelease`).
      BackgroundRelease.release(summary)
    }
    if export.format == .csv { data = SummaryCSV.joined(tables) }
    try export.emit(data, options, holding: .schools(revealed: folders.reveal))
  }
}

/// One summary per checklist found in the folders, restricted to a plan's (or group's) units;
/// `explains: false` leaves out the reasons behind each score (`SummaryBuilder.build`).
func buildSummaries(
  _ folders: FolderOptions, _ options: CommonOptions, title: String?, plan: String?, group: String?,
  explains: Bool = true, notesUnfinished: Bool = true
) throws -> [GroupSummary] {
  var summaries: [GroupSummary] = []
  try forEachSummary(
    folders, options, title: title, plan: plan, group: group, explains: explains,
    notesUnfinished: notesUnfinished
  ) { summaries.append($0) }
  return summaries
}

/// `buildSummaries`, one checklist's summary at a time: `body` gets each as soon as it is
/// built, before the next is; a caller that lays it out and lets it go holds one at a time.
func forEachSummary(
  _ folders: FolderOptions, _ options: CommonOptions, title: String?, plan: String?, group: String?,
  explains: Bool, notesUnfinished: Bool = true, _ body: (consuming GroupSummary) throws -> Void
) throws {
  // Summaries, reports and sheets never show an inspector's undo steps.
  let collection = try loadFolders(folders, options, keepingUndoLogs: false)
  var expected: [String]?
  var heading = title
  // The ids of the plan's sessions; without a plan every session is kept (and none is copied
  // into a list of its own to find that out).
  var kept: Set<String>?
  if let plan {
    let units = try planUnits(plan, group: group, options)
    let loaded = try loadPlan(plan, options)
    let visited = (try? loaded.unitsAlwaysVisited(byGroupNamed: group)) ?? units
    let drawing = (try? loaded.groupsThatDraw(named: group)) ?? []
    if !drawing.isEmpty {
      let names = drawing.map(\.name)
      printError(
        options.language == .english
          ? "note: \(names.joined(separator: ", ")) also draw units (ducha plan sample): those with records are summarised; a drawn unit not inspected yet is not listed as not inspected."
          : "注意：\(names.joined(separator: "、"))按计划另外抽查单位（ducha plan sample）：抽中的单位有记录的照常汇总；抽中而尚未检查的，不列在“尚未检查”里。"
      )
    }
    let planned = group == nil ? units : try planUnits(plan, group: nil, options)
    let scope = SummaryPlanScope(
      sessions: collection.sessions, units: units, planned: planned, visited: visited)
    expected = scope.expectedUnits
    kept = scope.keptIDs
    let outside = scope.outsideUnits
    if !outside.isEmpty {
      printError(
        options.language == .english
          ? "note: the records of \(outside.count) unit(s) in the folder are not in the plan and were left out: \(outside.sorted().joined(separator: ", ")). If a unit is in the plan under another name, add it to the plan's unit as 又名."
          : "注意：文件夹里有 \(outside.count) 个单位不在计划里，它们的记录没有汇总：\(outside.sorted().joined(separator: "、"))。计划里的单位名称不同的，请在计划里给它加“又名”。"
      )
    }
    if heading == nil, let group { heading = "第\(group)组" }
  } else if group != nil {
    throw ValidationError("--group 需要与 --plan 一起用 / --group needs --plan")
  }
  let decisions = try loadMergeDecisions(folders.folders[0])
  // The leader's edited problem list, when there is one, is what the draft reports.
  let folder = folders.folders[0]
  let problems =
    ProblemListStore(directory: folder).exists ? try loadProblemList(folder) : nil
  // A record older than the one the list was built from (a copy from another laptop put
  // over the newer file) would be summarised without a word.
  for note in problems.map({
    ProblemListRebuild.olderCopyNotes(
      of: $0, in: collection.sessions, for: Localized("汇总", en: "summary"))
  }) ?? [] {
    printError(note.text(options.language))
  }
  let built = try SummaryBatch.forEach(
    collection, kept: kept, decisions: decisions, title: heading, expectedUnits: expected,
    problems: problems, reveal: folders.reveal, language: options.language, explains: explains
  ) { summary in
    // A record never marked 完成 (or with items unscored) was summed up without a word, as if
    // final; the sheet, one school's record as it stands, does not say it.
    for inspection in notesUnfinished ? UnfinishedInspection.find(in: summary) : [] {
      printError(inspection.summaryWarning.text(options.language))
    }
    try body(summary)
  }
  guard built > 0 else {
    throw CommandFailure(
      "没有一份检查记录属于计划里的单位，没有可汇总的内容。",
      en: "none of the sessions belongs to the plan's units; nothing to summarise.")
  }
}

/// The summary as terminal text in the user's language, as wide as the terminal (`COLUMNS`),
/// masked unless `reveal`.
func summaryText(_ summary: GroupSummary, _ options: CommonOptions, reveal: Bool) -> String {
  SummaryText.format(
    summary,
    width: TerminalWidth.detect(
      environment: ProcessEnvironment.values(TerminalWidth.environmentNames)),
    language: options.language, reveal: reveal)
}
