import ArgumentParser
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
  @Option(name: .long, help: "检查记录目录 / folder of session files")
  var sessions: String = "Sessions"

  @Option(name: .long, help: "从文件读入回答（不用终端）/ read answers from a file instead of the terminal")
  var script: String?

  func validate() throws {
    // An empty name would put the session files at the root of the file system.
    guard !sessions.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError(
        "--sessions 后面要写一个文件夹名，如 --sessions 第三组 / --sessions needs a folder name.")
    }
  }
}

/// `ducha inspect` (also `ducha` alone): start an inspection.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect", abstract: "开始一次检查 · start an inspection", discussion: exitCodesHelp)

  @OptionGroup var options: CommonOptions
  @OptionGroup var sessionOptions: SessionOptions

  @Option(name: .long, help: "清单（路径、文件名或编号）/ checklist")
  var checklist: String?
  @Option(name: .long, help: "被检查单位 / unit inspected")
  var unit: String?
  @Option(name: .long, help: "学段：小学、初中，可写两次 / stage, repeatable")
  var stage: [String] = []
  @Option(name: .long, help: "组别 / group")
  var group: String?
  @Option(name: .long, help: "检查人员，可写多次 / inspector, repeatable")
  var inspector: [String] = []
  @Option(name: .long, help: "检查日期 YYYY-MM-DD / visit date")
  var date: String?
  @Option(name: .long, help: "考核年度 / inspection year")
  var year: Int?

  func validate() throws {
    for value in stage where Stage(rawValue: value) == nil {
      throw ValidationError("--stage 只能是 小学 或 初中 / --stage must be 小学 or 初中, not '\(value)'")
    }
  }

  func run() throws {
    let repl = try makeREPL(options, sessionOptions)
    let status = repl.runNew(
      InspectOptions(
        checklist: checklist, unit: unit,
        stages: stage.isEmpty ? nil : stage.compactMap(Stage.init(rawValue:)),
        group: group, inspectors: inspector.isEmpty ? nil : inspector, date: date, year: year))
    if status != 0 { throw ExitCode(status) }
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

  func run() throws {
    let status = try makeREPL(options, sessionOptions).runResume(session)
    if status != 0 { throw ExitCode(status) }
  }
}

/// Wires the REPL: checklists from the folder, the session store, readline on a terminal or
/// plain lines from a script or pipe, colour only on a terminal.
func makeREPL(_ options: CommonOptions, _ sessionOptions: SessionOptions) throws -> InspectionREPL {
  let checklists = try options.usableChecklists()
  let console = makeConsole(options, sessionOptions)
  return InspectionREPL(
    console: console,
    environment: REPLEnvironment(
      checklists: checklists, store: SessionStore(directory: sessionOptions.sessions)))
}

/// The console: readline on a terminal, plain lines from a script or pipe (echoed, so a replay
/// reads like the session), colour only on a terminal without NO_COLOR.
func makeConsole(_ options: CommonOptions, _ sessionOptions: SessionOptions) -> Console {
  let reader: any LineReader
  let interactive: Bool
  if let script = sessionOptions.script {
    guard let handle = FileHandle(forReadingAtPath: script) else {
      printError(
        options.language == .english ? "cannot read script \(script)" : "无法读取脚本文件 \(script)")
      Foundation.exit(1)
    }
    reader = PlainLineReader(fileHandle: handle)
    interactive = false
  } else {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? "."
    reader = LineReaderFactory.make(historyPath: home + "/.ducha_history")
    interactive = isatty(0) == 1
  }
  let environment = ProcessInfo.processInfo.environment
  return Console(
    reader: reader, write: { text in FileHandle.standardOutput.write(Data((text + "\n").utf8)) },
    echo: !interactive, language: options.language,
    style: TerminalStyle.detect(isTTY: interactive && isatty(1) == 1, environment: environment))
}
