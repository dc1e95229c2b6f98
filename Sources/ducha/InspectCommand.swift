import ArgumentParser
import DuchaCases
import DuchaChecklist
import DuchaInspect
import DuchaSession
import DuchaTerminal
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Options of the REPL commands: where sessions go and where input comes from.
struct SessionOptions: ParsableArguments {
  @Option(name: .long, help: "检查记录目录（默认 Sessions）/ folder of session files (default Sessions)")
  var sessions: String?

  @Option(name: .long, help: "从文件读入回答（不用终端）/ read answers from a file instead of the terminal")
  var script: String?

  @Option(
    name: .long,
    help: "控辍保学台账（“案例”命令用，默认 Ledger/ledger.sqlite）/ the case ledger for the 案例 command")
  var ledger: String?

  func validate() throws {
    // An empty name would put the session files at the root of the file system. Blank is what
    // `trimmingCharacters(in: .whitespaces)` removes, tested scalar by scalar: building
    // Foundation's character set cost 0.9 million instructions at every start.
    guard sessions.map({ $0.unicodeScalars.contains { !Self.isBlank($0) } }) ?? true else {
      throw ValidationError(
        "--sessions 后面要写一个文件夹名，如 --sessions 第三组 / --sessions needs a folder name.")
    }
  }

  /// Whether `scalar` is in `CharacterSet.whitespaces`: tab, the space separators (Zs) and,
  /// in Foundation's set, ZERO WIDTH SPACE (U+200B). Every scalar was compared with the set.
  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  @Flag(
    name: .long,
    help: "与 --script 一起：第一行被拒绝就停止，退出码 1 / with --script: stop at the first rejected line, exit 1")
  var strict = false

  /// The exit status of a finished run: 2 when a script ended with the inspection unfinished.
  func exitStatus(_ status: Int32, _ repl: InspectionREPL) -> Int32 {
    if status == 0, script != nil, repl.leftUnfinished { return 2 }
    return status
  }
}

/// `ducha inspect` (also `ducha` alone): start an inspection.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect", abstract: "开始一次检查 · start an inspection", discussion: exitCodesHelp)

  @OptionGroup var options: CommonOptions
  @OptionGroup var sessionOptions: SessionOptions

  @Option(
    name: .long, help: "清单（路径、文件名或编号）/ checklist", completion: ShellCompletion.checklists)
  var checklist: String?
  @Option(name: .long, help: "被检查单位 / unit inspected")
  var unit: String?
  @Option(name: .long, help: "学段：小学、初中、高中，可写几次；幼儿园写“学前” / stage, repeatable")
  var stage: [String] = []
  @Option(name: .long, help: "组别 / group")
  var group: String?
  @Option(name: .long, help: "检查人员，可写多次 / inspector, repeatable")
  var inspector: [String] = []
  @Option(name: .long, help: "检查日期 YYYY-MM-DD / visit date")
  var date: String?
  @Option(name: .long, help: "考核年度 / inspection year")
  var year: Int?
  @Option(
    name: .customLong("last-year"),
    help: "去年的检查记录所在文件夹（上年数值从这里和 --sessions 里找），可写多次 / folder of last year's sessions")
  var lastYear: [String] = []

  func validate() throws {
    if sessionOptions.strict, sessionOptions.script == nil {
      throw ValidationError(
        Localized("--strict 要与 --script 一起用。", en: "--strict needs --script.").text(
          options.language))
    }
    if let date, case .failure(let refusal) = AnswerParser.optionDate(date) {
      throw ValidationError(optionRefusal("--date", date, refusal.message, options.language))
    }
    if let year, case .failure(let refusal) = AnswerParser.inspectionYear(String(year)) {
      throw ValidationError(optionRefusal("--year", "\(year)", refusal.message, options.language))
    }
    do {
      _ = try Stage.parseOptions(stage)
    } catch {
      throw ValidationError(error.message.text(options.language))
    }
  }

  func run() throws {
    // Read again as validate read it (refused there already).
    let stages = try? Stage.parseOptions(stage)
    let repl = try makeREPL(options, sessionOptions, listedFromHeaders: true, naming: checklist)
    // Without a terminal nothing can be asked: a --checklist naming no checklist is the command
    // line's mistake, refused as followup refuses its options (usage, status 64).
    if let checklist, !repl.asksOnTerminal,
      let refusal = repl.checklistOptionRefusal(checklist)
    {
      throw ValidationError(refusal.text(options.language))
    }
    let status = repl.runNew(
      InspectOptions(
        checklist: checklist, unit: unit,
        stages: stages?.stages,
        group: group, inspectors: inspector.isEmpty ? nil : inspector,
        date: date.flatMap { try? AnswerParser.optionDate($0).get() }, year: year,
        lastYearFolders: lastYear, preschool: stages?.preschool ?? false))
    let final = sessionOptions.exitStatus(status, repl)
    if final == 2 {
      printUnfinished(options, noSession: repl.endedBeforeSession, resume: repl.resumeCommand)
    }
    if final != 0 { throw ExitCode(final) }
  }
}

/// `ducha resume [ID]`: continue an unfinished (or reopen a completed) inspection.
struct ResumeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume", abstract: "继续未完成的检查 · resume an inspection",
    discussion: exitCodesHelp)

  @OptionGroup var options: CommonOptions
  @OptionGroup var sessionOptions: SessionOptions

  @Argument(help: "检查记录的编号、文件或单位名（默认列出未完成的）/ session id, file or unit")
  var session: String?

  @Flag(
    help:
      "同一次检查有两份分头做过的副本时，以选定的这份为准接着做，另一份算作已并入（它的回答要补上）/ of two copies continued apart, go on with this one and count the other as settled"
  )
  var settle = false

  func run() throws {
    // `ducha resume 记录` (the folder the sessions are in) or `ducha resume 记录/….json` (a file
    // dragged into the terminal) named the folder or file, not a session of `Sessions`, and
    // was answered “找不到检查记录”: without `--sessions`, the folder is the sessions folder.
    let (folder, reference) = SessionReference.split(
      session, sessionsGiven: sessionOptions.sessions)
    let repl = try makeREPL(options, sessionOptions, sessionsFolder: folder)
    let final = sessionOptions.exitStatus(repl.runResume(reference, settle: settle), repl)
    if final == 2 { printUnfinished(options, noSession: repl.endedBeforeSession, resuming: true) }
    if final != 0 { throw ExitCode(final) }
  }
}

/// Wires the REPL: checklists from the folder, the session store, readline on a terminal or
/// plain lines from a script or pipe, colour only on a terminal. `listedFromHeaders` (a new
/// inspection) lists the checklists without loading them; resuming needs them all loaded.
/// `naming` (`--checklist`) may be the path of a checklist outside the checklist folders.
func makeREPL(
  _ options: CommonOptions, _ sessionOptions: SessionOptions, sessionsFolder: String? = nil,
  listedFromHeaders: Bool = false, naming checklist: String? = nil
) throws -> InspectionREPL {
  let catalogue =
    listedFromHeaders
    ? try options.checklistCatalogue(naming: checklist)
    : ChecklistCatalogue(checklists: try options.usableChecklists())
  let console = try makeConsole(options, sessionOptions)
  var environment = REPLEnvironment(
    catalogue: catalogue,
    store: SessionStore(directory: sessionsFolder ?? sessionOptions.sessions ?? "Sessions"),
    ledgerPath: sessionOptions.ledger)
  environment.ledgerMarks = LedgerMarkBook.forUser(
    environment: ProcessEnvironment.values(LedgerMarkBook.environmentNames))
  return InspectionREPL(console: console, environment: environment)
}

/// Says why a script run exits 2.
func printUnfinished(
  _ options: CommonOptions, noSession: Bool = false, resuming: Bool = false,
  resume: String = "ducha resume"
) {
  if noSession, resuming {
    // The sessions exist; the script just never said which one to continue.
    printError(
      options.language == .english
        ? "the script ended before an inspection was chosen (exit 2): nothing was opened or changed. Put the number in the script, or name it: ducha resume <id or unit>."
        : "脚本读完时还没选定要继续的检查（退出码 2）：没有打开、也没有改动任何记录。请在脚本里写上序号，或直接指定：ducha resume <编号或单位>。"
    )
    return
  }
  if noSession {
    printError(
      options.language == .english
        ? "the script ended before the inspection was started (exit 2): no session was created. Give the start answers (checklist, unit, group, inspectors, date) in the script or as options."
        : "脚本读完时检查还没开始（退出码 2）：没有建立检查记录。请在脚本里或用选项给出清单、单位、组别、检查人员和日期。")
    return
  }
  printError(
    options.language == .english
      ? "the script ended before the inspection was finished (exit 2); it is saved: continue with \(resume)."
      : "脚本读完时检查还没完成（退出码 2）；记录已保存，可用 \(resume) 继续。")
}

/// The console: readline on a terminal, plain lines from a script or pipe (echoed, so a replay
/// reads like the session), colour only on a terminal without NO_COLOR.
func makeConsole(_ options: CommonOptions, _ sessionOptions: SessionOptions) throws -> Console {
  let reader: any LineReader
  let interactive: Bool
  if let script = sessionOptions.script {
    guard let handle = FileHandle(forReadingAtPath: script) else {
      throw CommandFailure(
        "无法读取脚本文件 \(script)：请检查路径，以及这个文件能否读取。",
        en: "cannot read script \(script): check its path and that it can be read.")
    }
    reader = PlainLineReader(fileHandle: handle)
    interactive = false
  } else {
    let home = ProcessEnvironment.value("HOME") ?? "."
    reader = LineReaderFactory.make(historyPath: home + "/.ducha_history")
    interactive = isatty(0) == 1
  }
  let environment = ProcessEnvironment.values(TerminalStyle.environmentNames)
  let console = Console(
    reader: reader,
    write: { text in
      // One copy of the line's UTF-8 buffer: `Data(text.utf8)` went byte by byte through the
      // generic initializer (`perf record` of a walk: about 12 µs per answer, on the path
      // between an answer's save and the next question).
      var line = text + "\n"
      line.withUTF8 { FileHandle.standardOutput.write(Data(buffer: $0)) }
    },
    echo: !interactive, language: options.language,
    style: TerminalStyle.detect(isTTY: interactive && isatty(1) == 1, environment: environment))
  if sessionOptions.strict, let script = sessionOptions.script {
    // Every answer before this line is already saved; nothing is lost by stopping here.
    let english = options.language == .english
    console.onRejectedLine = { line in
      printError(
        english
          ? "\(script):\(line): the line was rejected; --strict stops here (exit 1). Answers before it are saved."
          : "\(script):\(line)：这一行被拒绝，按 --strict 在此停止（退出码 1）。之前的回答都已保存。")
      Foundation.exit(1)
    }
  }
  return console
}
