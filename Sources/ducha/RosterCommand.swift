import ArgumentParser
import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `ducha roster …`: the national student registry's basic-information export.
struct RosterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roster", abstract: "学籍系统导出的学生名单 · the registry's student export",
    subcommands: [RosterCheckCommand.self])
}

/// `ducha roster check FILE…`: reads exports, prints the registry figures and the students
/// behind each.
struct RosterCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "核查学籍导出：重复学籍、无照片、身份证号有误… · check a registry export")

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
  }

  @OptionGroup var options: CommonOptions
  @Argument(help: "学籍系统导出的 CSV 或 XLSX 文件 / exported CSV or XLSX files") var files: [String]
  @Option(
    name: .long,
    help:
      "输出格式 text、csv、json（不写时按 -o 的扩展名，否则 text）/ output format (default: by -o's extension, else text)"
  )
  var format: Format?
  @Option(name: .long, help: "CSV 编码 auto、utf-8、gb18030（默认自动判断）/ CSV encoding")
  var encoding: String = "auto"
  @Option(name: .long, help: "表头=字段，如 学生身份证=身份证件号 / HEADER=FIELD") var map: [String] = []
  @Flag(name: .long, help: "显示完整姓名和证件号 / show names and numbers in full") var reveal = false
  @Option(name: [.short, .long], help: "写入文件（默认打印）/ write to this file") var output: String?
  @Option(name: .long, help: "把数字填入这次检查的学籍核查 / fill this session's registry figures")
  var session: String?
  @Option(name: .long, help: "检查记录目录 / folder of session files") var sessions: String = "Sessions"

  mutating func validate() throws {
    output = standardOutputDash(output)
    // A name the format cannot be written as is refused before the export is read.
    _ = try chosenFormat()
    guard RosterEncoding(name: encoding) != nil else {
      throw ValidationError(
        "--encoding 只能是 auto、utf-8 或 gb18030 / --encoding must be auto, utf-8 or gb18030")
    }
  }

  func run() throws {
    let language = options.language
    let check = try readAndCheck(files, encoding: encoding, map: map, language: language)
    let privacy = RosterPrivacy(reveal: reveal)
    let bytes: [UInt8]
    switch try chosenFormat() {
    case .text:
      bytes = Array(
        (RosterReportText.format(check, privacy: privacy, language: language) + "\n").utf8)
    case .csv: bytes = RosterReportCSV.format(check, privacy: privacy)
    case .json: bytes = RosterReportJSON.format(check, privacy: privacy, language: language)
    }
    try writeOutput(bytes, to: output, language: language)
    if let session { try fillSession(session, with: check, language: language) }
    if check.diagnostics.hasErrors { throw ExitCode(1) }
  }

  /// `--format`, else what `-o`'s extension names (`-o 核查.csv` is CSV, as in `cases list`,
  /// `summary` and `compare`), else text: `-o 核查.csv` wrote the text report into a file that
  /// Excel opened as one column of run-together lines.
  func chosenFormat() throws -> Format {
    let choice = OutputFormatChoice(
      [
        .init("text", extensions: ["txt", "text"]), .init("csv", extensions: ["csv"]),
        .init("json", extensions: ["json"]),
      ],
      fallback: Format.text.rawValue)
    return try choice.chosen(
      format, output: output, fallback: Format.text, language: options.language)
  }

  /// Puts the computed figures and their students into session `id` and saves it
  /// (`RegistryFill`), or says why nothing was filled in.
  func fillSession(_ id: String, with check: RosterCheck, language: Language) throws {
    let english = language == .english
    let absolute = files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    let found: Session
    do {
      found = try RegistryFill.fill(
        id, in: sessions, with: check, files: absolute, now: Timestamp.now)
    } catch {
      // Said by `main` (standard error, status 1), after the report printed above.
      throw CommandFailure(refusal(of: error, id: id))
    }
    let summary = check.figures.map { "\($0.name) \($0.count)" }.joined(
      separator: english ? ", " : "，")
    printError(
      english
        ? "filled the registry figures of \(found.unit.name) (\(found.id)): \(summary)"
        : "已填入 \(found.unit.name)（\(found.id)）的学籍核查：\(summary)")
  }
}

extension RosterCheckCommand {
  /// Why nothing was filled into session `typed` (`--session`), and what to do.
  fileprivate func refusal(of error: RegistryFillProblem, id typed: String) -> Localized {
    switch error {
    case .noSession:
      return Localized(
        "\(sessions) 里没有编号为 \(typed) 的检查记录；ducha resume 可列出全部",
        en: "no session \(typed) in \(sessions); ducha resume lists them")
    case .severalSessions:
      return Localized(
        "\(typed) 对应多条检查记录，请写全编号",
        en: "\(typed) matches several sessions; give more of the id")
    case .copyApart(let other, let chosen, let id, let saves):
      return Localized(
        "✗ 没有填进检查记录：\(other) 是同一次检查（编号 \(id)）的另一份副本，\(saves.zh)；填进 \(chosen)，那一份的回答以后就当作旧的、不再使用。请先核对两份，把不用的一份移出 \(sessions)，再运行这条命令。两份都没有改动。",
        en:
          "✗ not filled in: \(other) is another copy of session \(id), \(saves.en); filling in \(chosen) would leave that copy's answers older and never used. Compare the two, move the one not kept out of \(sessions), then run this command again. Both files are untouched."
      )
    case .noStudents:
      return Localized("没有读到学生，检查记录没有改动", en: "no students read; the session is unchanged")
    case .folderUnavailable(let code):
      // A write-protected stick or a folder without permission is no other editor: say why
      // nothing can be filled in there, as a save would.
      return SessionSaveProblem.explain(folder: sessions, code: code, detail: "")
    case .held(let id, let by):
      let zh = by?.zh ?? "另一个进程"
      let en = by?.en ?? "another process"
      return Localized(
        "检查记录 \(id) 正由\(zh)编辑；请在那边的检查界面里用“学籍 导入 文件”",
        en: "session \(id) is being edited by \(en); import there with 'registry import FILE'")
    case .saveFailed(let message):
      return message
    }
  }
}

/// Reads every file, printing its diagnostics to standard error, and checks them together.
func readAndCheck(_ files: [String], encoding: String, map: [String], language: Language) throws
  -> RosterCheck
{
  var mappings: [String: RosterField] = [:]
  for text in map {
    switch HeaderMatcher.parseMapping(text) {
    case .success(let (header, field)): mappings[header] = field
    case .failure(let diagnostic):
      // A refused option value (usage, status 64): what is wrong, then how to write it.
      let fix = diagnostic.fix.map {
        "\n  " + (language == .english ? "fix: " : "改法：") + $0.text(language)
      }
      throw ValidationError(diagnostic.message.text(language) + (fix ?? ""))
    }
  }
  let showProgress = isatty(2) == 1
  var progress: (@Sendable (Int) -> Void)?
  if showProgress {
    let label = language == .english ? "read %d rows…" : "已读 %d 行…"
    progress = { count in
      let text = "\r" + label.replacingOccurrences(of: "%d", with: String(count))
      FileHandle.standardError.write(Data(text.utf8))
    }
  }
  let readOptions = RosterReadOptions(
    encoding: RosterEncoding(name: encoding) ?? .automatic, mappings: mappings, progress: progress)
  // Files are streamed into the check: a county's million-row export is never held whole.
  let check = RosterCheckStream(today: CivilDate.today(), options: readOptions)
  var seen: Set<String> = []
  for file in files {
    // The same file twice would make every child a duplicate of itself.
    let key = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
    guard seen.insert(key).inserted else {
      printError(
        Diagnostic(
          .warning, "R111", at: SourceLocation(file: file, line: 1, column: 1),
          Localized("这个文件前面已经写过，只读一次。", en: "this file was already given; it is read once.")
        ).formatted(language))
      continue
    }
    let roster = check.read(path: file)
    if showProgress, roster.studentCount >= 10_000 {
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
    for diagnostic in roster.diagnostics.sortedByLocation {
      printError(diagnostic.formatted(language))
    }
  }
  return check.finish()
}

/// Writes bytes to standard output or, atomically, to a file of mode 0600 (a registry check
/// names children): `AtomicFile` creates it 0600, so it is never readable by others, not even
/// between the rename and a later chmod.
func writeOutput(_ bytes: [UInt8], to output: String?, language: Language) throws {
  guard let output else {
    FileHandle.standardOutput.write(Data(bytes))
    return
  }
  if let refusal = OutputFileProblem.folderSpelling(output) { throw CommandFailure(refusal) }
  do {
    try OutputFile.write(Data(bytes), to: output, holding: .children)
  } catch {
    throw CommandFailure(OutputFileProblem.explain(output, error))
  }
  printError(language == .english ? "written: \(output)" : "已写入：\(output)")
}
