import ArgumentParser
import DuchaChecklist
import DuchaInspect
import DuchaReport
import DuchaSession
import Foundation

/// `ducha notice 第三组/ --unit 渔沟小学 --format docx -o 整改通知书.docx`: the 整改通知书 of one
/// school, or of every school with open problems — in one file, or one file each when `-o` is a
/// folder.
struct NoticeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notice",
    abstract: "按问题清单出整改通知书 · rectification notices from the problem list",
    discussion: exitCodesHelp)

  /// The formats a notice is written in.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, docx
  }

  @OptionGroup var options: CommonOptions
  @Argument(help: "有问题清单的文件夹 / folder with the problem list") var folder: String
  @Option(name: .long, help: "只要这个单位 / only this unit") var unit: String?
  @Option(
    name: .long,
    help: "html 或 docx（默认按 -o 的扩展名，否则 html）/ html or docx (default: by -o's extension, else html)")
  var format: Format?
  @Option(name: [.short, .long], help: "文件，或文件夹（每校一个文件）/ file, or folder for one file per school")
  var output: String?
  @Option(name: .long, help: "发文单位（默认清单的机关）/ issuing body") var issuer: String?
  @Option(name: .long, help: "落款日期 YYYY-MM-DD（默认签字日期）/ date") var date: String?
  @Flag(name: .long, help: "不遮蔽身份证号和学生姓名 / do not mask ID numbers and students' names")
  var reveal = false
  @Flag(
    name: .long,
    help: "有检查记录读不了或无法计分时，仍按其余的出通知书（默认：报错，退出码 3）/ go on with the readable sessions")
  var allowPartial = false

  func validate() throws {
    if let date, case .failure(let refusal) = AnswerParser.optionDate(date) {
      throw ValidationError(optionRefusal("--date", date, refusal.message, options.language))
    }
  }

  func run() throws {
    // `-o 通知书.docx` without --format wrote the HTML page into a file Word would not open.
    let choice = OutputFormatChoice(
      [
        .init(Format.html.rawValue, extensions: ["html", "htm"]),
        .init(Format.docx.rawValue, extensions: ["docx"]),
      ],
      fallback: Format.html.rawValue)
    let format = try choice.chosen(
      self.format, output: output, fallback: Format.html, language: options.language)
    let list = try loadProblemList(folder)
    let library = try options.usableChecklists()
    let collection = SessionCollection.load([folder], library: library)
    for note in collection.notes { printError(note.text(options.language)) }
    // A notice drawn from part of the folder would go out with a school's inspection missing
    // (its date, its inspectors): as for summary and followup, only with --allow-partial.
    try checkComplete(
      collection.skipped, used: collection.sessionCount, allowPartial: allowPartial, options)
    for note in ProblemListRebuild.olderCopyNotes(
      of: list, in: collection.sessions, for: Localized("通知书", en: "notice"))
    {
      printError(note.text(options.language))
    }
    // A school whose inspection stopped half-way is said on its notice and here.
    let unfinished = UnfinishedInspection.find(
      in: SessionCollection.latestYears(of: collection.groups).kept,
      decisions: try loadMergeDecisions(folder))
    // The checklists the sessions were inspected with come first (titles, issuer as inspected).
    let notices = RectificationNotice.build(
      list: list, sessions: collection.sessions, checklists: collection.checklists + library,
      unit: unit.map { UnitName.normalized(AnswerParser.normalize($0)) },
      issuer: issuer, date: date.flatMap { try? AnswerParser.optionDate($0).get() },
      unfinished: unfinished)
    for inspection in notices.flatMap(\.unfinished) {
      printError(
        inspection.warning(
          for: Localized("整改通知书", en: "notice"),
          then: Localized(
            "重新运行 ducha problems build（已填的责任人、期限保留）、重新出通知书",
            en: "run ducha problems build again (owners and deadlines are kept) and the notices")
        ).text(options.language))
    }
    guard !notices.isEmpty else {
      let units = Array(Set(list.activeEntries.map(\.unit))).sorted()
      if let unit, UnitName.normalized(AnswerParser.normalize(unit)).isEmpty {
        throw ValidationError(UnitName.emptyOption(known: units).text(options.language))
      }
      throw ValidationError(
        (unit == nil
          ? Localized("问题清单里没有待整改的问题。", en: "there are no open problems in the list.")
          : Localized(
            "问题清单里没有“\(unit ?? "")”的问题；有问题的单位：\(units.joined(separator: "、"))。",
            en: "the problem list has no problem of '\(unit ?? "")'; units with problems: "
              + units.joined(separator: ", ") + ".")).text(options.language))
    }
    for note in RectificationNotice.splitNotes(notices) { printError(note.text(options.language)) }
    if list.signature == nil {
      printError(
        options.language == .english
          ? "note: the problem list is not signed; the notices are marked 草稿 (draft)"
          : "注意：问题清单尚未签字，通知书标为“草稿”。")
    }
    if let output, isFolderPath(output, holding: .schools(revealed: reveal)) {
      for notice in notices {
        let path = (output as NSString).appendingPathComponent(
          notice.fileName(extension: format.rawValue))
        try writeDocument(
          try render([notice], as: format), to: path, options, holding: .schools(revealed: reveal))
      }
      return
    }
    let data = try render(notices, as: format)
    guard let output else {
      if format == .docx, isatty(STDOUT_FILENO) != 0 {
        throw ValidationError("--format docx 生成的是文件，请加 -o 文件名.docx / add -o FILE.docx")
      }
      FileHandle.standardOutput.write(data)
      return
    }
    // `-o 通知书` wrote the page into a file without an extension, which no program opened.
    let path = choice.outputPath(
      output, format: format.rawValue, perUnitFolder: true, language: options.language)
    try writeDocument(data, to: path, options, holding: .schools(revealed: reveal))
  }

  private func render(_ notices: [RectificationNotice], as format: Format) throws -> Data {
    switch format {
    case .html: Data(NoticeHTML.format(notices, reveal: reveal).utf8)
    case .docx: try DOCXWriter.data(NoticeDocument.make(notices, reveal: reveal))
    }
  }

}
