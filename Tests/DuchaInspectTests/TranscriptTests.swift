import DuchaChecklist
import DuchaInspect
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// Transcript tests: an input script and the exact expected output of a whole REPL walk.
/// Re-record the expected files with `DUCHA_RECORD_TRANSCRIPTS=1 swift test`.
@Suite struct TranscriptTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  static let transcripts = root.appendingPathComponent("Tests/DuchaInspectTests/Transcripts")

  /// Runs the REPL in-process on `input`, with a fixed clock and session id, and returns what
  /// it printed (the temporary sessions folder written as `<Sessions>`) and the store.
  static func run(
    input: String, options: InspectOptions? = nil, resume: String? = nil, sessions: String? = nil,
    adding extra: [Checklist] = []
  ) throws -> (output: String, store: SessionStore) {
    let run = try start(
      input: input, options: options, resume: resume, sessions: sessions, adding: extra)
    #expect(run.status == 0)
    return (run.output, run.store)
  }

  /// `run` without the expectation on the status, which it returns (`extra`: forms written for
  /// the test, beside the bundled ones): `interactive` says
  /// whether the console stands for a person at a terminal (by default not: a script);
  /// `terminalCloses`, that the input's end is the terminal going away (its window shut),
  /// which keeps what waits for an answer as `kill -9` there does, and not a Ctrl-D typed;
  /// `atPrompt` is shown each prompt before its line is read, to look at the disk there (what
  /// a window closed at that prompt leaves).
  static func start(
    input: String, options: InspectOptions? = nil, resume: String? = nil, sessions: String? = nil,
    interactive: Bool? = nil, terminalCloses: Bool = false, adding extra: [Checklist] = [],
    atPrompt: ((String) -> Void)? = nil
  ) throws -> (status: Int32, output: String, store: SessionStore) {
    let directory =
      sessions
      ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("ducha-transcript-\(UUID().uuidString.filter(\.isLetter))").path
    let checklists =
      ChecklistLibrary(directory: root.appendingPathComponent("Checklists").path)
      .loadAll()
      .compactMap(\.checklist) + extra
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(input.utf8))
    try pipe.fileHandleForWriting.close()
    var lines: [String] = []
    let plain = PlainLineReader(fileHandle: pipe.fileHandleForReading)
    let closing: LineReader = terminalCloses ? ClosingTerminalReader(plain) : plain
    let console = Console(
      reader: atPrompt.map { PromptWatchingReader(closing, look: $0) } ?? closing,
      write: { lines.append($0) },
      echo: true, interactive: interactive,
      language: .chinese, style: TerminalStyle(enabled: false))
    let store = SessionStore(directory: directory)
    let environment = REPLEnvironment(
      checklists: checklists, store: store, now: { Date(timeIntervalSince1970: 1_635_300_000) },
      makeID: { "t0001" })
    let repl = InspectionREPL(console: console, environment: environment)
    let status =
      resume.map { repl.runResume($0.isEmpty ? nil : $0) }
      ?? repl.runNew(options ?? InspectOptions())
    // The masker hides any long run of digits, so a temporary folder whose random name happens
    // to hold one is printed masked: both spellings stand for the folder.
    let output = lines.joined(separator: "\n")
      .replacingOccurrences(of: directory, with: "<Sessions>")
      .replacingOccurrences(of: IDNumber.maskAll(in: directory), with: "<Sessions>")
    return (status, output + "\n", store)
  }

  /// Compares with the recorded transcript, or records it when asked to.
  static func compare(_ output: String, with name: String) throws {
    let url = transcripts.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["DUCHA_RECORD_TRANSCRIPTS"] == "1" {
      try output.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let actualLines = output.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for (number, (actual, wanted)) in zip(actualLines, expectedLines).enumerated()
    where actual != wanted {
      Issue.record("\(name):\(number + 1): expected «\(wanted)», got «\(actual)»")
      return
    }
    #expect(actualLines.count == expectedLines.count, "\(name): line count differs")
  }

  static let lingbiOptions = InspectOptions(
    checklist: "lingbi-xueji", unit: "渔沟小学", stages: [.primary], group: "三组",
    inspectors: ["李辉", "王雷"],
    date: "2021-10-27")

  /// A complete 灵璧 walk at a primary school: three class roll calls, the registry check, every
  /// item, one note, one problem, two typing mistakes recovered from.
  ///
  /// Hand-computed from the form (灵璧县学籍管理工作专项核查记录表):
  ///   roll call: 三年级2班 45 registered, 42 + 1 leave → 籍在人不在 2 (张三、李四);
  ///              四年级1班 40, 41 present → 人在籍不在 1 (王五); 五年级3班 50 = 50.
  ///              人籍不一致 = 2 + 1 = 3; 实有 = 43 + 41 + 50 = 134; 班级数 3.
  ///   registry:  系统班级数 3, 系统学生数 137, 重复学籍 1, 无照片 2, 无身份证号 0, 问题学籍 0.
  ///   1  人员配备      10 − 1 (酌情)                    = 9
  ///   2  设施设备      4 (电脑能上网) + 4 − 2 (缺数码相机) = 6
  ///   3  经费投入      10 × 15000 / 20000                = 7.5
  ///   4  制度执行      3 − 1.5 (未上墙) + 2 (酌情赋分)    = 3.5
  ///   5  人籍一致      10 − 0.5 × 3                      = 8.5
  ///   6  基本信息      5 + 5                             = 10
  ///   7  学生信息维护  (5 − 1) + (5 − 0.5 × 2) + 5 + 4 + 1 = 18
  ///   8  问题学籍      6 − 0                             = 6
  ///   9  政策宣传      仅有资料                           = 2
  ///   10 跨省业务      5 − 0                             = 5
  ///   11 学籍差额比率  酌情赋 4 (134 / 137 = 97.81%)     = 4
  ///   12 班级差额比率  3 / 3 = 100%                      = 5
  ///   总分 9 + 6 + 7.5 + 3.5 + 8.5 + 10 + 18 + 6 + 2 + 5 + 4 + 5 = 84.5
  @Test func lingbiWalkWithRollCalls() throws {
    let input = try String(
      contentsOf: Self.transcripts.appendingPathComponent("lingbi-walk.input"), encoding: .utf8)
    let (output, store) = try Self.run(input: input, options: Self.lingbiOptions)
    try Self.compare(output, with: "lingbi-walk.expected")
    #expect(output.contains("总分：84.5\n"), "灵璧 has no 一票否决: no verdict is printed")
    #expect(!output.contains("11010519491231002X"), "ID numbers are masked on screen")

    let (sessions, problems) = store.list()
    #expect(problems.isEmpty)
    let session = try #require(sessions.first?.session)
    #expect(session.status == .complete)
    #expect(session.rollCall.map(\.label) == ["三年级2班", "四年级1班", "五年级3班"])
    #expect(session.figures["点名.人籍不一致"] == 3)
    #expect(session.problems.map(\.itemID) == ["5"])
    let checklist = try #require(
      ChecklistLoader.load(
        path: Self.root.appendingPathComponent("Checklists/lingbi-xueji.ducha").path
      ).0)
    #expect(session.evaluate(checklist).total == .scored(Decimal(string: "84.5")!))
    let attributes = try FileManager.default.attributesOfItem(
      atPath: try #require(sessions.first?.path))
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }
}

/// A terminal that goes away once its lines are read (the window shut, the SSH link dropped):
/// the end of input that follows is no Ctrl-D the inspector typed.
final class ClosingTerminalReader: LineReader {
  let lines: PlainLineReader
  private(set) var terminalClosed = false

  init(_ lines: PlainLineReader) { self.lines = lines }

  func readLine(prompt: String) -> LineReadResult {
    let result = lines.readLine(prompt: prompt)
    if result == .endOfInput { terminalClosed = true }
    return result
  }

  func addHistory(_ line: String) {}
}

/// A reader that is shown each prompt before the line is read: a test looks at the disk there,
/// as a window closed at that prompt would leave it.
final class PromptWatchingReader: LineReader {
  let lines: LineReader
  let look: (String) -> Void

  init(_ lines: LineReader, look: @escaping (String) -> Void) {
    (self.lines, self.look) = (lines, look)
  }

  var terminalClosed: Bool { lines.terminalClosed }

  func readLine(prompt: String) -> LineReadResult {
    look(prompt)
    return lines.readLine(prompt: prompt)
  }

  func addHistory(_ line: String) {}
}
