import DuchaChecklist
import DuchaSession
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A private tmux server (its own `-L` socket and config) with one 100×40 window.
final class TmuxTerminal {
  let tmux: String
  let socket = "ducha-test-\(getpid())-\(UUID().uuidString.prefix(8))"
  let config: URL
  let directory: URL
  private(set) var transcript: [String] = []
  private var closed = false

  init(tmux: String, directory: URL) throws {
    self.tmux = tmux
    self.directory = directory
    config = directory.appendingPathComponent("tmux.conf")
    // remain-on-exit keeps the pane after ducha exits, so its last screen can still be read.
    try Data("set -g remain-on-exit on\nset -g history-limit 5000\n".utf8).write(to: config)
  }

  deinit {
    close()
  }

  /// Stops the tmux server (and ducha with it). Called from a `defer` so it runs before the
  /// test's folder is removed: `run` writes tmux's output there.
  func close() {
    guard !closed else { return }
    closed = true
    let socketPath = (try? run(["display-message", "-p", "#{socket_path}"]))?.output
      .trimmingCharacters(in: .whitespacesAndNewlines)
    _ = try? run(["kill-server"])
    if let socketPath, socketPath.hasSuffix("/" + socket) {
      try? FileManager.default.removeItem(atPath: socketPath)
    }
  }

  /// Runs `tmux -u -L socket -f config args…`; returns status and standard output.
  @discardableResult
  func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = nil
    environment["LC_CTYPE"] = nil
    environment["TMUX"] = nil
    let outputURL = directory.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8)).out")
    defer { try? FileManager.default.removeItem(at: outputURL) }
    let status = try spawnAndWait(
      tmux, ["-u", "-L", socket, "-f", config.path] + arguments, environment: environment,
      output: outputURL.path)
    return (status, (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "")
  }

  /// Starts `command` (a shell command line) in a detached 100×40 session named `t`.
  func start(_ command: String) throws {
    let result = try run(["new-session", "-d", "-s", "t", "-x", "100", "-y", "40", command])
    if result.status != 0 { throw TestFailure("tmux new-session failed: \(result.output)") }
  }

  /// The screen and its scrollback, as `capture-pane -p` prints them, a line that the
  /// terminal wrapped joined again (`-J`): a long sessions folder (a deep `TMPDIR`) wraps the
  /// line that names the session file.
  func screen() -> String {
    (try? run(["capture-pane", "-p", "-J", "-S", "-", "-t", "t"]).output) ?? ""
  }

  /// The screen's lines without trailing blanks.
  func lines() -> [String] {
    screen().components(separatedBy: "\n").map {
      String($0.reversed().drop(while: { $0 == " " }).reversed())
    }
  }

  /// The last non-empty screen line: the line being edited.
  func currentLine() -> String {
    lines().last { !$0.isEmpty } ?? ""
  }

  /// Types text literally (UTF-8, no key names).
  func type(_ text: String) throws {
    transcript.append("type «\(text)»")
    try run(["send-keys", "-t", "t", "-l", text])
  }

  /// Presses keys by tmux name: Enter, Tab, BSpace, Up, C-u, C-d.
  func press(_ keys: String...) throws {
    transcript.append("press \(keys.joined(separator: " "))")
    try run(["send-keys", "-t", "t"] + keys)
  }

  /// Waits up to `timeout` seconds for the screen to satisfy `condition`; on timeout records
  /// an issue showing the screen and the keys sent, and returns false.
  @discardableResult
  func waitFor(
    _ what: String, timeout: TimeInterval = 10,
    sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ condition: (TmuxTerminal) -> Bool
  ) -> Bool {
    if poll(timeout: timeout, { condition(self) }) { return true }
    Issue.record(
      "timed out waiting for \(what)\nkeys: \(transcript.joined(separator: "; "))\nscreen:\n\(screen())",
      sourceLocation: sourceLocation)
    return false
  }

  /// Waits for the line being edited to read exactly `line`.
  @discardableResult
  func waitForLine(
    _ line: String, timeout: TimeInterval = 10,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Bool {
    waitFor("the current line «\(line)»", timeout: timeout, sourceLocation: sourceLocation) {
      $0.currentLine() == line
    }
  }
}

/// The real readline path: a terminal (tmux), Chinese typing and Backspace, Tab completion,
/// history, and the session file and history file it leaves.
@Suite struct ReadlineTmuxTests {
  /// tmux from PATH or the usual places.
  static func findTmux() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    return directories.map { $0 + "/tmux" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Quotes a word for `sh -c`.
  static func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  @Test func inspectorTypesChineseWithCompletionAndHistory() throws {
    let tmuxPath = Self.findTmux()
    let tmux = try #require(
      tmuxPath,
      "tmux is not installed: run scripts/setup (it installs tmux and libreadline-dev) / 没有 tmux，请先运行 scripts/setup"
    )
    let directory = try CLI.temporaryDirectory("tmux")
    defer { try? FileManager.default.removeItem(at: directory) }
    let home = directory.appendingPathComponent("home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let sessions = directory.appendingPathComponent("Sessions")
    let command =
      [
        "env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "INPUTRC", "LANG=C.UTF-8",
        "HOME=" + home.path, try CLI.binary().path, "inspect", "--checklists", CLI.checklists,
        "--sessions", sessions.path,
      ].map(Self.shellQuoted).joined(separator: " ")
      // tmux 3.3 does not always report a dead pane's exit status; the shell does.
      + "; echo \"ducha exit status $?\""

    let terminal = try TmuxTerminal(tmux: tmux, directory: directory)
    defer { terminal.close() }
    try terminal.start(command)

    // The checklist choice: `lingb` + Tab completes the id.
    try #require(terminal.waitForLine("选择清单（序号或编号）>"))
    #expect(
      terminal.lines().contains {
        $0.contains("lingbi-xueji-2021") && $0.contains("灵璧县学籍管理工作专项核查记录表")
      })
    try terminal.type("lingb")
    try terminal.press("Tab")
    try #require(
      terminal.waitFor("Tab to complete lingbi-xueji-2021") {
        $0.currentLine() == "选择清单（序号或编号）> lingbi-xueji-2021"
      })
    try terminal.press("Enter")

    // Chinese with a Backspace correction: 渔沟小学校 ⌫ → 渔沟小学.
    try #require(terminal.waitForLine("被检查单位名称>"))
    try terminal.type("渔沟小学校")
    try #require(terminal.waitForLine("被检查单位名称> 渔沟小学校"))
    try terminal.press("BSpace")
    try #require(terminal.waitForLine("被检查单位名称> 渔沟小学"))
    try terminal.press("Enter")

    try #require(terminal.waitForLine("单位学段（小学/初中，可写几个）（回车=小学 初中）>"))
    try terminal.type("小学")
    try terminal.press("Enter")
    try #require(terminal.waitForLine("组别（回车=不填）>"))
    try terminal.type("三组")
    try terminal.press("Enter")

    // Up recalls the previous line (三组) from the history; Ctrl-U clears it.
    try #require(terminal.waitForLine("检查人员（用、分隔）（回车=不填）>"))
    try terminal.press("Up")
    try #require(terminal.waitForLine("检查人员（用、分隔）（回车=不填）> 三组"))
    try terminal.press("Up")
    try #require(terminal.waitForLine("检查人员（用、分隔）（回车=不填）> 小学"))
    try terminal.press("C-u")
    try #require(terminal.waitForLine("检查人员（用、分隔）（回车=不填）>"))
    try terminal.type("李辉、王雷")
    try terminal.press("Enter")
    try #require(terminal.waitFor("the date question") { $0.currentLine().hasPrefix("检查日期（回车=") })
    try terminal.type("2021-10-27")
    try terminal.press("Enter")

    // Item 1: the card, in Chinese, aligned by display width.
    let question = "  对照要求，人员配备应扣几分？（全部达到填0）（酌情，0–10分）>"
    try #require(terminal.waitForLine(question))
    let screen = terminal.screen()
    #expect(terminal.lines().contains("被检查单位名称> 渔沟小学"))
    #expect(!screen.contains("渔沟小学校"))
    #expect(terminal.lines().contains("检查人员（用、分隔）（回车=不填）> 李辉、王雷"))
    #expect(screen.contains("── 一 学籍管理工作专项核查 › 1 人员配备（10分）"))
    #expect(screen.contains("已建立检查记录：" + sessions.path + "/2021-10-27_渔沟小学_lingbi-xueji-2021_"))

    // A command name by Tab: 点 → 点名; Enter starts the roll call, Ctrl-D cancels it.
    try terminal.type("点")
    try terminal.press("Tab")
    try #require(terminal.waitFor("Tab to complete 点名") { $0.currentLine().hasSuffix("> 点名") })
    try terminal.press("Enter")
    try #require(terminal.waitForLine("  年级>"))
    try terminal.press("C-d")
    try #require(terminal.waitForLine(question))
    #expect(terminal.screen().contains("（已取消，这个班没有记录）"))

    // Answer item 1 with a 酌情 reason typed in Chinese.
    try terminal.type("1")
    try terminal.press("Enter")
    try #require(terminal.waitForLine("  酌情的理由（必填）>"))
    try terminal.type("学籍管理员为兼职")
    try terminal.press("Enter")
    try #require(terminal.waitForLine("[1] 命令（回车=下一项，帮助）>"))
    #expect(terminal.screen().contains("− 1  酌情扣 1 分：学籍管理员为兼职"))
    // Each answer is followed by the next question, not by a blank line: readline remembered
    // the Ctrl-D above and ended every later line twice, for the rest of the inspection.
    let shown = terminal.lines()
    let answered = try #require(shown.lastIndex(of: question + " 1"), "\(terminal.screen())")
    #expect(shown[answered + 1] == "  酌情的理由（必填）> 学籍管理员为兼职", "\(terminal.screen())")
    #expect(shown[answered + 2] == "得分 9 / 10", "\(terminal.screen())")

    try terminal.type("退出")
    try terminal.press("Enter")
    try #require(
      terminal.waitFor("ducha to exit with status 0") {
        $0.lines().contains("ducha exit status 0")
      })
    // The sessions are not in ./Sessions of the folder ducha runs in (tmux starts it in the
    // test's own): the command shown names the folder, as the inspector must type it.
    #expect(
      terminal.screen().contains("用 ducha resume " + sessions.path + "/ 继续。"),
      "\(terminal.screen())")

    // The session file: unit 渔沟小学, owner-only, with the answer and its reason.
    let files = SessionFiles.sessionFiles(in: sessions)
    try #require(files.count == 1, "\(files)")
    let attributes = try FileManager.default.attributesOfItem(atPath: files[0].path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let session = try SessionFiles.load(files[0])
    #expect(session.unit.name == "渔沟小学")
    #expect(session.unit.stages == [.primary])
    #expect(session.checklistID == "lingbi-xueji-2021")
    #expect(session.group == "三组")
    #expect(session.inspectors == ["李辉", "王雷"])
    #expect(session.date == "2021-10-27")
    #expect(session.status == .inProgress)
    #expect(session.rollCall.isEmpty, "the cancelled roll call is not recorded")
    #expect(session.answers.values["人员配备扣分"]?.reason == "学籍管理员为兼职")

    // The history file under the temporary HOME holds what was typed, Chinese intact.
    let history = home.appendingPathComponent(".ducha_history")
    let historyText = try String(contentsOf: history, encoding: .utf8)
    let entries = historyText.components(separatedBy: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    #expect(entries.contains("渔沟小学"))
    #expect(entries.contains("李辉、王雷"))
    #expect(!entries.contains("渔沟小学校"))
    let historyAttributes = try FileManager.default.attributesOfItem(atPath: history.path)
    #expect((historyAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }
}

/// Runs a program with posix_spawn and waits for it: stdin from /dev/null, stdout and stderr
/// to `output`, and no other descriptor inherited.
///
/// Not Foundation's `Process`: it learns that a child ended when a socket the child inherits
/// is closed, and the tmux server that `new-session` forks keeps that socket (and any pipe)
/// open for its whole life, so `waitUntilExit` would never return. For the same reason every
/// descriptor above 2 is closed in the child, so the long-lived tmux server cannot hold on to
/// pipes or sockets of ducha processes other tests start at the same time.
func spawnAndWait(
  _ path: String, _ arguments: [String], environment: [String: String], output: String,
  timeout: TimeInterval = 30
) throws -> Int32 {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_adddup2(&actions, 1, 2)
  if let closeFrom = closeFromAction {
    _ = closeFrom(&actions, 3)
  } else {
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
      if let descriptor = Int32(name), descriptor > 2 {
        posix_spawn_file_actions_addclose(&actions, descriptor)
      }
    }
  }
  // The test runner's threads block most signals, and a spawned child inherits that mask:
  // tmux's kill-server stops the server with SIGTERM to itself, which a blocked mask would
  // leave pending forever. Unblock everything and restore default actions.
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var noSignals = sigset_t()
  sigemptyset(&noSignals)
  var allSignals = sigset_t()
  sigfillset(&allSignals)
  posix_spawnattr_setsigmask(&attributes, &noSignals)
  posix_spawnattr_setsigdefault(&attributes, &allSignals)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  let argv = ([path] + arguments).map { strdup($0) } + [nil]
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    argv.forEach { free($0) }
    envp.forEach { free($0) }
  }
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
  guard spawned == 0 else { throw TestFailure("posix_spawn \(path): error \(spawned)") }
  var status: Int32 = 0
  let deadline = Date().addingTimeInterval(timeout)
  while waitpid(pid, &status, WNOHANG) == 0 {
    if Date() > deadline {
      kill(pid, SIGKILL)
      waitpid(pid, &status, 0)
      throw TestFailure(
        "\(path) \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
    }
    usleep(2_000)
  }
  // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
  return status & 0x7f == 0 ? (status >> 8) & 0xff : -1
}

/// glibc's posix_spawn_file_actions_addclosefrom_np (2.34 and later), which Swift's Glibc
/// module does not declare.
private let closeFromAction:
  (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
    guard
      let symbol = dlsym(
        UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    else { return nil }
    return unsafeBitCast(
      symbol,
      to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
  }()
