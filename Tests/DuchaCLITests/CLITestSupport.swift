import DuchaSession
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where things are: the repository, the bundled checklists, the scripted walk and the built
/// `ducha` binary beside the test runner.
enum CLI {
  /// The repository root, three levels above this file (Tests/DuchaCLITests/…).
  static let repoRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Checklists/`, passed explicitly so no test depends on the working directory.
  static var checklists: String { repoRoot.appendingPathComponent("Checklists").path }

  /// How many forms `Checklists/` holds: the binary bundles every one of them, so messages that
  /// count the bundled checklists follow the folder as forms are added.
  static var bundledCount: Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: checklists)) ?? []
    return names.filter { $0.hasSuffix(".ducha") }.count
  }

  /// The scripted walk of the 灵璧 checklist that ends with 总分：84.5.
  static var walkScript: URL {
    repoRoot.appendingPathComponent("Tests/DuchaInspectTests/Transcripts/lingbi-walk.input")
  }

  /// The options of the scripted walk, without `--sessions` and `--script`.
  static let walkOptions = [
    "--checklists", checklists, "--checklist", "lingbi-xueji", "--unit", "渔沟小学", "--stage", "小学",
    "--group", "三组", "--inspector", "李辉", "--inspector", "王雷", "--date", "2021-10-27",
  ]

  /// The walk's lines, without the final line break.
  static func walkLines() throws -> [String] {
    let text = try String(contentsOf: walkScript, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The `ducha` executable built with the tests. SwiftPM puts it in the same products
  /// directory as the test runner (`duchaPackageTests.xctest`); `DUCHA_BINARY` overrides.
  static func binary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["DUCHA_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    var starts: [URL] = [
      Bundle.main.bundleURL,
      URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent(),
    ]
    starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    for start in starts {
      var directory = start.standardizedFileURL
      for _ in 0..<5 {
        let candidate = directory.appendingPathComponent("ducha")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        directory.deleteLastPathComponent()
      }
    }
    throw TestFailure("no ducha binary near \(starts.map(\.path)); build with swift build first")
  }

  /// The test runner's environment, with the user's state folder (where `ducha` keeps what it
  /// last saw of each case ledger, `LedgerMarkBook`) in a temporary folder of this test run,
  /// so that the tests' ledgers leave nothing in the home folder.
  static let environment: [String: String] = {
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] =
      FileManager.default.temporaryDirectory.appendingPathComponent("ducha-cli-state-\(getpid())")
      .path
    return environment
  }()

  /// A fresh directory under the system's temporary directory.
  static func temporaryDirectory(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-cli-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A team's folder `第三组` under `directory` holding the scripted walk of 渔沟小学 and of
  /// 韦集小学 (the same answers), as a leader receives it; returns the folder.
  static func walkTwoUnits(in directory: URL) throws -> URL {
    let folder = directory.appendingPathComponent("第三组")
    let script = directory.appendingPathComponent("walk.input")
    try writeScript(try walkLines(), to: script)
    for unit in ["渔沟小学", "韦集小学"] {
      let options = walkOptions.map { $0 == "渔沟小学" ? unit : $0 }
      let walk = try runDucha(
        ["inspect"] + options + ["--sessions", folder.path, "--script", script.path], in: directory)
      guard walk.status == 0 else {
        throw TestFailure("the walk of \(unit) failed: \(walk.errors)")
      }
    }
    return folder
  }

  /// The session file of `unit` in a folder `walkTwoUnits` made, found by the unit in its name.
  static func sessionFile(of unit: String, in folder: URL) throws -> URL {
    guard
      let file = SessionFiles.sessionFiles(in: folder).first(where: {
        $0.lastPathComponent.contains(unit)
      })
    else {
      throw TestFailure("no session file of \(unit) in \(folder.path)")
    }
    return file
  }

  /// Writes `text` as the GB18030 file `name` in `folder`, converted by iconv as a county
  /// clerk's Chinese Excel saves a CSV; fails the test when iconv does.
  static func writeGB18030(_ text: String, as name: String, in folder: URL) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent("utf8.csv"))
    let converted = try runDucha(
      [], in: folder, workingDirectory: folder,
      shell: "iconv -f UTF-8 -t GB18030 utf8.csv > '\(name)' && rm utf8.csv")
    guard converted.status == 0 else {
      throw TestFailure("iconv could not write \(name): \(converted.errors)")
    }
  }

  /// The scripted walk of `inspector` alone, on 2021-10-27 (the walk options without the
  /// team's second inspector), into `sessions`; returns the run.
  static func walkAlone(as inspector: String, script: URL, sessions: URL, in directory: URL)
    throws -> Finished
  {
    var options = walkOptions.map { $0 == "李辉" ? inspector : $0 }
    options.removeLast(4)  // the second inspector and the date
    options += ["--date", "2021-10-27"]
    return try runDucha(
      ["inspect"] + options + ["--sessions", sessions.path, "--script", script.path],
      in: directory)
  }

  /// An inspection of 渔沟小学 begun with `answers` and left with `退出`, saved in `sessions`
  /// under `directory` (the inspector who walks away between items); returns its session file.
  /// Fails the test unless the run ended unfinished (exit status 2).
  static func startAndQuit(answers: [String], sessions: URL, in directory: URL) throws -> URL {
    let script = directory.appendingPathComponent("start.input")
    try writeScript(answers + ["退出"], to: script)
    let start = try runDucha(
      ["inspect"] + walkOptions + ["--sessions", sessions.path, "--script", script.path],
      in: directory)
    guard start.status == 2 else {
      throw TestFailure(
        "the started inspection ended \(start.status): \(start.output)\(start.errors)")
    }
    return try sessionFile(of: "渔沟小学", in: sessions)
  }

  /// `第三组/` under `work` with 李辉's walk of 渔沟小学 on 2021-10-27 and the same walk of
  /// 2020-10-27 for 考核年度 2020.
  static func walkTwoYears(in work: URL) throws -> URL {
    let folder = work.appendingPathComponent("第三组")
    let now = try walkAlone(as: "李辉", script: walkScript, sessions: folder, in: work)
    guard now.status == 0 else { throw TestFailure("the walk of 2021 failed: \(now.errors)") }
    var options = walkOptions.map { $0 == "2021-10-27" ? "2020-10-27" : $0 }
    options.removeSubrange(options.count - 4..<options.count - 2)  // the second inspector
    let before = try runDucha(
      ["inspect"] + options + [
        "--year", "2020", "--sessions", folder.path, "--script", walkScript.path,
      ], in: work)
    guard before.status == 0 else { throw TestFailure("the walk of 2020 failed: \(before.errors)") }
    return folder
  }

  /// Writes lines as a script file, each with its line break.
  static func writeScript(_ lines: [String], to url: URL) throws {
    try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url)
  }

  /// Lines `ducha resume` prints with "✗" before it starts walking (where it reports session
  /// files it could not read), and any line saying a file is damaged. The walk's own "✗" lines,
  /// answers the script gets wrong on purpose, come after "继续：" and are not counted.
  static func complaintsBeforeResuming(_ output: String) -> [String] {
    let lines = output.components(separatedBy: "\n")
    let start = lines.firstIndex { $0.hasPrefix("继续：") } ?? lines.count
    return lines[..<start].filter { $0.contains("✗") }
      + lines.filter { $0.contains("不是 ducha 的检查记录") || $0.contains("已损坏") }
  }

  /// Lines of REPL output that echo a question with the answer read: they contain "> ".
  /// (In the scripted walk this gives exactly one line per input line.)
  static func echoLines(_ output: String) -> [String] {
    var lines = output.components(separatedBy: "\n")
    lines.removeLast()  // the part after the last line break is not a complete line yet
    return lines.filter { $0.contains("> ") }
  }
}

/// A failure with a message, for `throw` in helpers.
struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A finished run of `ducha`.
struct Finished {
  var status: Int32
  var reason: Process.TerminationReason
  var output: String
  var errors: String
}

/// Polls `condition` every `interval` microseconds until it holds or `timeout` seconds pass.
func poll(timeout: TimeInterval, interval: useconds_t = 5_000, _ condition: () -> Bool) -> Bool {
  let deadline = Date().addingTimeInterval(timeout)
  while true {
    if condition() { return true }
    if Date() > deadline { return false }
    usleep(interval)
  }
}

/// Runs `ducha` to completion with stdin from `stdin` (or /dev/null) and the output captured in
/// files under `directory`; kills it after `timeout` seconds. It runs in the repository unless
/// `workingDirectory` says otherwise (a leader's folder that has never seen the repository),
/// with `executable` instead of the built binary when given (a copy installed alone). With
/// `shell`, runs that `/bin/sh` command line instead (to set a umask first), ignoring `arguments`.
func runDucha(
  _ arguments: [String], stdin: URL? = nil, in directory: URL, timeout: TimeInterval = 120,
  workingDirectory: URL? = nil, executable: URL? = nil, environment: [String: String]? = nil,
  shell: String? = nil
) throws -> Finished {
  let tag = UUID().uuidString.prefix(8)
  let outURL = directory.appendingPathComponent("run-\(tag).out")
  let errURL = directory.appendingPathComponent("run-\(tag).err")
  _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
  _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
  let process = Process()
  if let shell {
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", shell]
  } else {
    process.executableURL = try executable ?? CLI.binary()
    process.arguments = arguments
  }
  process.currentDirectoryURL = workingDirectory ?? CLI.repoRoot
  process.environment = environment ?? CLI.environment
  process.standardInput = try FileHandle(forReadingFrom: stdin ?? URL(fileURLWithPath: "/dev/null"))
  process.standardOutput = try FileHandle(forWritingTo: outURL)
  process.standardError = try FileHandle(forWritingTo: errURL)
  try process.run()
  if !poll(timeout: timeout, { !process.isRunning }) {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    throw TestFailure("ducha \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
  }
  process.waitUntilExit()
  return Finished(
    status: process.terminationStatus, reason: process.terminationReason,
    output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
    errors: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
}

/// `ducha` running with its stdin on a pipe the test writes to (or on a file), and its stdout in
/// a file the test reads while it runs.
final class LiveDucha {
  let process = Process()
  private let input = Pipe()
  private let outURL: URL

  init(_ arguments: [String], in directory: URL, stdinFile: URL? = nil) throws {
    // Writing to a pipe whose reader was killed must give EPIPE, not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
    outURL = directory.appendingPathComponent("live-\(UUID().uuidString.prefix(8)).out")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    process.executableURL = try CLI.binary()
    process.arguments = arguments
    process.currentDirectoryURL = CLI.repoRoot
    process.environment = CLI.environment
    if let stdinFile {
      process.standardInput = try FileHandle(forReadingFrom: stdinFile)
    } else {
      process.standardInput = input
    }
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: outURL)
    try process.run()
  }

  deinit {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  var pid: Int32 { process.processIdentifier }

  /// Everything printed so far.
  var output: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }

  /// Writes one line to the process's stdin.
  func send(_ line: String) throws {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    let descriptor = input.fileHandleForWriting.fileDescriptor
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw TestFailure("writing to ducha's stdin failed: errno \(errno)")
      }
      offset += written
    }
  }

  /// The first word of /proc/<pid>/syscall, e.g. `0 0x0 …` while in read(2) on fd 0, or
  /// `running`.
  var syscallState: String {
    (try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8)) ?? ""
  }

  /// Whether the process sits in read(2) on descriptor 0: waiting for the next line, with
  /// everything before it done.
  var isBlockedReadingStdin: Bool {
    #if arch(x86_64)
      let readOnStdin = "0 0x0 "
    #elseif arch(arm64)
      let readOnStdin = "63 0x0 "
    #else
      let readOnStdin = "unsupported architecture"
    #endif
    return syscallState.hasPrefix(readOnStdin)
  }

  /// SIGKILL, then waits for the process to be gone.
  func killHard() {
    kill(pid, SIGKILL)
    process.waitUntilExit()
  }
}

/// Session files on disk, read with DuchaSession's own `SessionStore.load(path:)`.
enum SessionFiles {
  /// Session files in `directory`: `*.json` not starting with a dot, as `SessionStore.list`
  /// reads them.
  static func sessionFiles(in directory: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map {
      directory.appendingPathComponent($0)
    }
  }

  /// Everything else in the folder, e.g. temporary files left by a killed save. The one-writer
  /// lock files (`.<id>.lock`, empty of personal data) belong there and are not counted.
  static func otherFiles(in directory: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().filter {
      !($0.hasSuffix(".json") && !$0.hasPrefix("."))
        && !($0.hasPrefix(".") && $0.hasSuffix(".lock"))
    }
  }

  /// Checks the file is one whole JSON object (JSONSerialization), then decodes it as ducha
  /// does; throws with the file's start when either fails.
  static func load(_ url: URL) throws -> Session {
    let data = try Data(contentsOf: url)
    guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
      let start = String(decoding: data.prefix(200), as: UTF8.self)
      throw TestFailure(
        "\(url.lastPathComponent) is not a JSON object (\(data.count) bytes): \(start)")
    }
    do {
      return try SessionStore.load(path: url.path)
    } catch {
      throw TestFailure("SessionStore.load(\(url.lastPathComponent)): \(error.message.en)")
    }
  }

  /// `session` with what legitimately differs between two runs of the same walk — id, times —
  /// taken from `reference`, so the rest can be compared with `==`.
  static func normalized(_ session: Session, like reference: Session) -> Session {
    var copy = session
    copy.id = reference.id
    copy.createdAt = reference.createdAt
    copy.updatedAt = reference.updatedAt
    // A resumed walk saves a few more times than an uninterrupted one, and each save's
    // fingerprint covers its time.
    copy.saveSequence = reference.saveSequence
    copy.saveHistory = reference.saveHistory
    copy.problems = copy.problems.map {
      Problem(itemID: $0.itemID, description: $0.description, time: "")
    }
    copy.notes = copy.notes.mapValues { notes in
      notes.map { ItemNote(kind: $0.kind, text: $0.text, time: "") }
    }
    copy.corrections = copy.corrections.map {
      var correction = $0
      correction.time = ""
      return correction
    }
    copy.undoLog = copy.undoLog?.map {
      var step = $0
      step.time = ""
      return step
    }
    return copy
  }
}
