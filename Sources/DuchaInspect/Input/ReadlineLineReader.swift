@preconcurrency import CReadline
import Foundation

/// Interactive line editing with GNU readline: cursor keys, Emacs key bindings, history across
/// sessions and Tab completion, all working with Chinese text.
///
/// readline is one global editor per process; create one reader and keep it. Use it only when
/// standard input is a terminal (`LineReaderFactory` decides).
public final class ReadlineLineReader: LineReader {
  private static let historyLimit: Int32 = 1000

  private let historyPath: String?
  /// Later lines of a multi-line paste, handed out by the next calls to `readLine`.
  private var pastedLines: [String] = []
  /// Set once standard input hung up: the terminal window was closed under the REPL.
  public private(set) var terminalClosed = false

  /// Supplies Tab completions.
  ///
  /// `line` is the text before the cursor (it ends with `word`); `word` is the
  /// whitespace-separated word being completed. Return full replacements for `word`: readline
  /// inserts a single candidate followed by a space, or the longest common prefix of several and
  /// lists them on a second Tab. Candidates need not start with `word`, so matching by pinyin
  /// initials ("lbx" → "灵璧县") works too.
  public var completer: (@Sendable (_ line: String, _ word: String) -> [String])? {
    get { ReadlineCallbacks.completer }
    set { ReadlineCallbacks.completer = newValue }
  }

  /// Sets readline up and loads the history kept at `historyPath`, if any.
  ///
  /// The history file is rewritten after every added line (at most 1000 lines, mode 0600, since
  /// it can hold students' names and ID numbers); a missing or unwritable file only means no
  /// history.
  public init(historyPath: String?) {
    self.historyPath = historyPath
    ReadlineLocale.prepare()
    ducha_rl_set_application_name()
    // Set now rather than at readline's first initialisation, because `readLine` asks for the
    // terminal size through `rl_instream` before installing its handler.
    rl_instream = stdin
    rl_outstream = stdout
    ducha_rl_break_words_at_whitespace()
    rl_attempted_completion_function = readlineComplete
    // Tab lists the candidates as soon as it cannot extend the word any further, instead of
    // ringing the bell and waiting for a second Tab; ~/.inputrc, read later, can turn it off.
    rl_variable_bind("show-all-if-unmodified", "on")
    // SIGINT is ours (see `InterruptWatch`); readline's own handling passes it on to the
    // program's previous handler, by default killing the program. SIGWINCH stays readline's so resizing redraws the line.
    rl_catch_signals = 0
    rl_catch_sigwinch = 1
    rl_persistent_signal_handlers = 1
    // Exporting LINES and COLUMNS would leak into commands the REPL runs.
    rl_change_environment = 0
    using_history()
    stifle_history(Self.historyLimit)
    if let historyPath {
      // write_history does not create directories, and a first run has none yet.
      let directory = URL(fileURLWithPath: historyPath).deletingLastPathComponent()
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      _ = read_history(historyPath)
    }
  }

  /// Edits one line after showing `prompt`, which may contain ANSI colour codes.
  ///
  /// readline accepts a multi-line paste as one edit; its lines are returned one per call, the
  /// later ones without showing the prompt again, so the REPL always receives single lines.
  ///
  /// Uses readline's callback interface driven by `poll`, because a blocking `readline()` call
  /// cannot be abandoned from a signal handler without `longjmp`.
  public func readLine(prompt: String) -> LineReadResult {
    if !pastedLines.isEmpty {
      return .line(pastedLines.removeFirst())
    }
    fflush(stdout)
    let interrupts = InterruptWatch.start()
    defer { interrupts?.stop() }
    ReadlineCallbacks.result = nil
    rl_reset_screen_size()
    rl_callback_handler_install(ReadlinePrompt.markingInvisible(prompt), readlineLineHandler)
    var descriptors = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: interrupts?.readEnd ?? -1, events: Int16(POLLIN), revents: 0),
    ]
    while ReadlineCallbacks.result == nil {
      let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
      if ready < 0 {
        if errno == EINTR {
          // Lets readline act on a window resize now instead of at the next key.
          rl_check_signals()
          continue
        }
        rl_callback_handler_remove()
        ReadlineCallbacks.result = .endOfInput
        break
      }
      if descriptors[1].revents & Int16(POLLIN) != 0 {
        interrupts?.acknowledge()
        abandonLine()
        return .interrupted
      }
      let input = descriptors[0].revents
      // A closed terminal polls as POLLIN | POLLHUP | POLLERR and then reads as end of input,
      // exactly like Ctrl-D; the SIGHUP that would end the process may come only later.
      if input & Int16(POLLHUP | POLLERR) != 0 || isatty(STDIN_FILENO) == 0 {
        terminalClosed = true
      }
      if input & Int16(POLLNVAL) != 0 {
        rl_callback_handler_remove()
        ReadlineCallbacks.result = .endOfInput
      } else if input & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
        rl_callback_read_char()
      }
    }
    switch ReadlineCallbacks.result ?? .endOfInput {
    case .line(let text):
      var lines = Self.splitLines(text)
      let first = lines.removeFirst()
      pastedLines = lines
      return .line(first)
    case .endOfInput:
      // Ctrl-D leaves the cursor after the prompt; whatever prints next deserves its own line.
      fputs("\n", stdout)
      fflush(stdout)
      return .endOfInput
    case .interrupted:
      return .interrupted
    }
  }

  /// Splits edited text at its line breaks, ignoring one at the very end (a pasted block usually
  /// ends with one). Always returns at least one line.
  static func splitLines(_ text: String) -> [String] {
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    if lines.count > 1, lines.last == "" {
      lines.removeLast()
    }
    return lines
  }

  /// Adds `line` to the history and saves the history file.
  ///
  /// Blank lines and repeats of the previous entry are skipped, so Up-arrow steps through
  /// distinct commands.
  public func addHistory(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace), line != lastHistoryEntry() else {
      return
    }
    add_history(line)
    if let historyPath {
      _ = write_history(historyPath)
    }
  }

  private func lastHistoryEntry() -> String? {
    guard history_length > 0, let entry = history_get(history_base + history_length - 1),
      let text = entry.pointee.line
    else {
      return nil
    }
    return String(cString: text)
  }

  /// Leaves the cancelled text on screen followed by "^C", as shells do, and resets readline
  /// for the next line.
  private func abandonLine() {
    // "^C" goes out while the cursor still sits at the end of the redrawn line; readline's
    // cleanup below returns the cursor to the start of the line.
    rl_point = rl_end
    rl_redisplay()
    fputs("^C", stdout)
    fflush(stdout)
    rl_free_line_state()
    rl_callback_sigcleanup()
    rl_cleanup_after_signal()
    rl_replace_line("", 0)
    rl_callback_handler_remove()
    fputs("\n", stdout)
    fflush(stdout)
  }
}
