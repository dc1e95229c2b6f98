import ArgumentParser
import DuchaCases
import DuchaChecklist
import DuchaReport
import DuchaRoster
import DuchaSession
import Foundation

/// `ducha cases register KIND -o FILE`: the 花名册, notices, reports and record cards.
struct CasesRegister: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "register",
    abstract: "花名册、通知书、报告书、记录卡 · registers and notices from the ledger",
    discussion: """
      种类 / kinds: \(CaseRegister.allCases.map { "\($0.rawValue)（\($0.aliases[0])）" }.joined(separator: "、"))。
      花名册可以是 html、csv、xlsx；通知书、报告书、记录卡是 html（A4，一人一页）。
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case html, csv, xlsx }

  @OptionGroup var ledgerOptions: LedgerOptions
  @OptionGroup var options: CommonOptions
  @Argument(help: "哪一种（如 销号花名册、限期复学通知书）/ which register") var kind: String
  @Option(name: .long, help: "html、csv、xlsx（默认按 -o 的扩展名，否则 html）/ default: from -o's extension")
  var format: Format?
  @Option(name: [.short, .long], help: "写入文件 / output file") var output: String
  @Option(name: .long, help: "销号花名册按 school（学校）或 township（乡镇）分表") var group: String = "school"
  @Option(name: .long, help: "只要这所学校 / one school") var school: String?
  @Option(name: .long, help: "只要这个乡镇 / one township") var township: String?
  @Option(name: .long, help: "落款单位（默认责任学校）/ issuer") var issuer: String?
  @Option(name: .long, help: "落款日期（默认今天）/ date") var date: String?

  func run() throws {
    let language = options.language
    guard let register = CaseRegister(typed: kind) else {
      let kinds = CaseRegister.allCases
      throw ValidationError(
        Localized(
          "不认识“\(kind)”。可用："
            + kinds.map { "\($0.rawValue)（\($0.aliases[0])）" }.joined(separator: "、"),
          en: "unknown register “\(kind)”. Use one of: "
            + kinds.map { "\($0.aliases.last ?? $0.rawValue) (\($0.aliases[0]))" }
            .joined(separator: ", ")
        ).text(language))
    }
    guard let grouping = CaseRegisterSheets.Grouping(rawValue: group) else {
      throw ValidationError(
        Localized("--group 只能是 school 或 township。", en: "--group must be school or township.")
          .text(language))
    }
    let choice = OutputFormatChoice(
      Format.allCases.map {
        .init($0.rawValue, extensions: $0 == .html ? ["html", "htm"] : [$0.rawValue])
      },
      fallback: Format.html.rawValue)
    let format = try choice.chosen(
      self.format, output: output, fallback: Format.html, language: options.language)
    if !register.isRoster, format != .html {
      throw ValidationError(
        Localized(
          "\(register.rawValue) 一人一页，只有 --format html（用浏览器打印 A4），-o 写 .html 文件。",
          en: "\(register.rawValue) is one page per child, HTML only (print it on A4 from the"
            + " browser): write -o FILE.html."
        ).text(language))
    }
    let day =
      try date.map { try parseDay($0, option: "--date", language: options.language) }
      ?? CivilDate.today()
    let ledger = try ledgerOptions.open(reading: true, language: language)
    // As of the document's date: a notice past due by then is 逾期 (and goes into 报告书).
    let records = try ledger.list(CaseFilter(school: school, township: township), today: day)
      .filter(register.includes)
    let entries = try records.map {
      CaseEntry(record: $0, history: try ledger.store.history($0.id))
    }
    guard !entries.isEmpty else {
      // With what is said of a --school or --township no case has (most often a slip).
      throw CommandFailure(
        lines: [
          Localized(
            "台账里没有要写进“\(register.rawValue)”的案例（按所给的学校、乡镇）。没有写出文件。",
            en:
              "the ledger has no case for “\(register.rawValue)” (with the school and township given);"
              + " no file was written.")
        ] + (try ledger.unknownNames(school: school, township: township)))
    }
    if !register.isRoster {
      let issue = CaseRegisterHTML.Issue(issuer: issuer, date: day.description)
      for note in CaseRegisterHTML.unfilled(register, entries, issue: issue) {
        printError(note.text(language))
      }
    }
    let privacy = ledgerOptions.privacy
    let sheets =
      register == .cleanup
      ? [CaseRegisterSheets.cleanup(entries, privacy: privacy)]
      : CaseRegisterSheets.returns(entries, by: grouping, privacy: privacy)
    let data: Data
    switch format {
    case .html where register.isRoster:
      data = Data(CaseRegisterHTML.roster(register, sheets: sheets).utf8)
    case .html:
      data = Data(
        CaseRegisterHTML.pages(
          register, entries, privacy: privacy,
          issue: .init(issuer: issuer, date: day.description)
        ).utf8)
    case .csv:
      data = WorksheetCSV.format(
        CaseRegisterSheets.combined(sheets, groupHeader: grouping == .school ? "所属学校" : "所属乡镇"))
    case .xlsx:
      data = try XLSXWriter.workbook(sheets)
    }
    let path = choice.outputPath(
      output, format: format.rawValue, perUnitFolder: false, language: options.language)
    try writeDocument(data, to: path, options, holding: .children)
  }
}
