import ArgumentParser
import DuchaChecklist
import DuchaReport
import Foundation

/// `ducha report DIR -o 报告.html`: the summary and the problem list in one printable HTML
/// file (A4, charts as inline SVG), or Markdown.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "检查总结和问题清单合成一份报告 · summary and problem list in one report",
    discussion: exitCodesHelp)

  @OptionGroup var options: CommonOptions
  @OptionGroup var folders: FolderOptions
  @OptionGroup var export: ExportOptions
  @Option(name: .long, help: "标题 / title") var title: String?
  @Option(name: .long, help: "检查计划文件 / plan file") var plan: String?
  @Option(name: .long, help: "与 --plan 一起：只汇总这个组 / with --plan: only this group") var group: String?
  @Option(
    name: .long,
    help:
      "与 --format csv 一起：导出工作簿的这一张表（排名、各项得分、扣分明细、问题清单、点名明细、学籍核查；核验表：核验结果、未达到要求的项目、各项核验情况）/ with csv: this sheet"
  )
  var sheet: String?

  mutating func run() throws {
    try folders.pullFromServer(options)
    let summaries = try buildSummaries(folders, options, title: title, plan: plan, group: group)
    // No list yet is normal before `problems build`; a damaged one is reported, not skipped.
    let folder = folders.folders[0]
    let problems =
      ProblemListStore(directory: folder).exists ? try loadProblemList(folder) : nil
    if export.format == .xlsx {
      let sheets = ReportSheets.all(
        summaries: summaries, problems: problems, reveal: folders.reveal)
      try export.emit(
        XLSXWriter.workbook(sheets), options, holding: .schools(revealed: folders.reveal))
      return
    }
    if export.format == .docx {
      let document = ReportDocument.make(
        summaries: summaries, problems: problems, reveal: folders.reveal)
      try export.emit(
        DOCXWriter.data(document), options, holding: .schools(revealed: folders.reveal))
      return
    }
    if export.format == .csv, sheet == nil, let output = export.output,
      isFolderPath(output, holding: .schools(revealed: folders.reveal))
    {
      // One CSV file per sheet of the workbook: 排名.csv, 各项得分.csv …
      for table in ReportSheets.all(
        summaries: summaries, problems: problems, reveal: folders.reveal)
      {
        let path = (output as NSString).appendingPathComponent(table.name + ".csv")
        try writeDocument(
          WorksheetCSV.format(table), to: path, options, holding: .schools(revealed: folders.reveal)
        )
      }
      return
    }
    if let sheet {
      guard export.format == .csv else {
        throw ValidationError("--sheet 只能与 --format csv 一起用 / --sheet needs --format csv")
      }
      let sheets = ReportSheets.all(
        summaries: summaries, problems: problems, reveal: folders.reveal)
      guard let table = sheets.first(where: { $0.name == sheet }) else {
        // The sheets this workbook has: a verification list's are not a scoring form's.
        throw ValidationError(
          "没有“\(sheet)”这张表，可选：\(sheets.map(\.name).joined(separator: "、"))"
            + " / no sheet “\(sheet)”; the sheets are: \(sheets.map(\.name).joined(separator: ", "))"
        )
      }
      try export.emit(
        WorksheetCSV.format(table), options, holding: .schools(revealed: folders.reveal))
      return
    }
    var data = Data()
    // CSV tables are joined at the end, each under its title (`SummaryCSV.joined`).
    var tables: [(title: String, csv: Data)] = []
    let language = options.language
    if export.format == .html {
      // One document for every checklist's summary: two glued pages are not valid HTML.
      let page = ReportHTML.format(
        summaries: summaries, problems: problems, reveal: folders.reveal, language: language)
      try export.emit(Data(page.utf8), options, holding: .schools(revealed: folders.reveal))
      return
    }
    for (offset, summary) in summaries.enumerated() {
      let list = offset == summaries.count - 1 ? problems : nil
      // Each checklist's summary starts after a blank line, never on the last line of the one
      // before.
      if offset > 0, export.format != .csv { data += Data("\n\n".utf8) }
      switch export.format {
      case .html: break  // written whole above
      case .md:
        data += Data(
          SummaryMarkdown.format(summary, reveal: folders.reveal, language: language).utf8)
        if let list {
          let markdown = ProblemListMarkdown.format(
            list, reveal: folders.reveal, language: language)
          data += Data(("\n" + markdown).utf8)
        }
      case .csv:
        tables.append(
          (summary.title, SummaryCSV.format(summary, reveal: folders.reveal, language: language)))
      case .xlsx, .docx: break  // written whole above
      case .text:
        data += Data(summaryText(summary, options, reveal: folders.reveal).utf8)
        if let list {
          data += Data(
            ("\n\n" + problemListText(list, options, reveal: folders.reveal)).utf8)
        }
      }
    }
    if export.format == .csv { data = SummaryCSV.joined(tables) }
    try export.emit(data, options, holding: .schools(revealed: folders.reveal))
  }
}
