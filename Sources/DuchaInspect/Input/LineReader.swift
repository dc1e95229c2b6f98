/// What one attempt to read a line produced.
public enum LineReadResult: Equatable, Sendable {
  /// A complete line, without its line terminator.
  case line(String)
  /// The input is finished: Ctrl-D on an empty line, or end of file on a pipe.
  case endOfInput
  /// The user pressed Ctrl-C; the line being typed was discarded and the program keeps running.
  case interrupted
}

/// A source of command lines for the inspection REPL, so the REPL runs the same way on an
/// interactive terminal and on a piped script.
public protocol LineReader: AnyObject {
  /// Reads the next line, showing `prompt` first where the reader shows prompts at all.
  func readLine(prompt: String) -> LineReadResult
  /// Records a line the user entered so it can be recalled later; readers without history
  /// ignore it.
  func addHistory(_ line: String)
  /// Whether the terminal went away (its window closed, the SSH link dropped): the end of
  /// input that follows is no Ctrl-D typed by the inspector, and must not be taken as one where
  /// Ctrl-D throws answers away (a class's roll call cut short is kept for `ducha resume`).
  var terminalClosed: Bool { get }
}

extension LineReader {
  /// A script or pipe has no terminal to lose: its end is the end of the answers.
  public var terminalClosed: Bool { false }
}
