import ArgumentParser
import DuchaChecklist
import DuchaInspect
import DuchaReport
import DuchaSession
import Foundation

/// `ducha sheet 第三组/ [--unit 渔沟中学] -o 记录表.html`: each school's 核查记录表 as printed
/// for the bureau's file, one A4 page per school.
struct SheetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sheet",
    abstract: "每所学校的核查记录表（A4 打印）· each school's inspection record for printing")

  @OptionGroup var options: CommonOptions
  @OptionGroup var folders: FolderOptions
  @Option(name: .long, help: "只要这个单位 / only this unit") var unit: String?
  @Option(name: [.short, .long], help: "写入文件（默认打印）/ write to this file") var output: String?

  mutating func run() throws {
    try folders.pullFromServer(options)
    // The sheet is a page to print from the browser: `-o 记录表.docx` got the HTML under a name
    // Word would not open. Refused before the sessions are read.
    let choice = OutputFormatChoice([.init("html", extensions: ["html", "htm"])], fallback: "html")
    _ = try choice.chosenName(nil, output: standardOutputDash(output), language: options.language)
    var records = try inspectedRecords(folders, options)
    // `--unit "渔沟 小学"` (the input method's space) names the school the records keep as 渔沟小学.
    if let unit = unit.map({ UnitName.normalized(AnswerParser.normalize($0)) }) {
      let matching = records.filter { $0.unit.unit.name == unit }
      guard !matching.isEmpty else {
        let known = Array(Set(records.map(\.unit.unit.name))).sorted()
        if unit.isEmpty {
          throw ValidationError(UnitName.emptyOption(known: known).text(options.language))
        }
        throw ValidationError(
          options.language == .english
            ? "no session for \(unit); units here: \(known.joined(separator: ", "))"
            : "没有“\(unit)”的检查记录；这里有：\(known.joined(separator: "、"))")
      }
      records = matching
    }
    let html = Data(InspectionSheetHTML.format(records, reveal: folders.reveal).utf8)
    guard let output = standardOutputDash(output) else {
      FileHandle.standardOutput.write(html)
      return
    }
    let path = choice.outputPath(
      output, format: "html", perUnitFolder: false, language: options.language)
    try writeDocument(html, to: path, options, holding: .schools(revealed: folders.reveal))
  }
}

/// Every unit's merged, scored record from folders (with the leader's merge decisions), or from
/// session files named directly; ordered by unit name, then checklist.
func inspectedRecords(_ folders: FolderOptions, _ options: CommonOptions) throws
  -> [InspectionSheetHTML.Record]
{
  var isDirectory: ObjCBool = false
  let first = folders.folders[0]
  let isFile =
    FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
    && !isDirectory.boolValue
  let summaries: [GroupSummary]
  if isFile {
    // Each file is scored with the checklist it was inspected with (see SessionChecklist),
    // and grouped as a folder's sessions are.
    let collection = SessionCollection.load(
      files: folders.folders, library: try options.usableChecklists(), rescore: folders.rescore)
    for note in collection.notes { printError(note.text(options.language)) }
    guard collection.skipped.isEmpty else {
      throw CommandFailure(lines: collection.skipped.map(\.message))
    }
    summaries = collection.groups.map {
      SummaryBuilder.build(checklist: $0.checklist, sessions: $0.sessions)
    }
  } else {
    summaries = try buildSummaries(
      folders, options, title: nil, plan: nil, group: nil, notesUnfinished: false)
  }
  return summaries.flatMap { summary in summary.units.map { (summary.checklist, $0) } }
    .sorted {
      $0.unit.unit.name != $1.unit.unit.name
        ? $0.unit.unit.name < $1.unit.unit.name : $0.checklist.id < $1.checklist.id
    }
}
