import DuchaChecklist
import DuchaSession
import DuchaTerminal

/// The REPL's view of the terminal: questions in, text out, in the inspector's language.
///
/// When input comes from a script or pipe, each question and the answer read are echoed to
/// the output, so a replayed inspection reads like the session it reproduces.
public final class Console {
  /// Where lines come from.
  public let reader: any LineReader
  /// Where text goes.
  public let write: (String) -> Void
  /// Echo questions and answers (for scripts and transcripts).
  public let echo: Bool
  /// Whether a person at a terminal answers: without one (`--script`, a pipe) the lines read
  /// were written before any question was seen, so a refused command-line option stops the
  /// start instead of asking (`StartFlow.stopForRefusedOption`). By default the opposite of
  /// `echo`, which is set for exactly those runs.
  public let interactive: Bool
  /// Interface language.
  public let language: Language
  /// Colour, when on a terminal.
  public let style: TerminalStyle
  /// How many lines have been read so far (the line number of a script's current line).
  public private(set) var linesRead = 0
  /// Called with the current line number when a line read is rejected (`--script --strict`
  /// stops there). A complaint after a line was read is that line's rejection.
  public var onRejectedLine: ((Int) -> Void)?

  /// Creates a console.
  public init(
    reader: any LineReader, write: @escaping (String) -> Void, echo: Bool,
    interactive: Bool? = nil, language: Language, style: TerminalStyle
  ) {
    self.reader = reader
    self.write = write
    self.echo = echo
    self.interactive = interactive ?? !echo
    self.language = language
    self.style = style
  }

  /// Prints one block of text. Everything the REPL shows passes the one masker: renderers
  /// mask before they wrap, and this catches text a flow echoes directly (notes, problems).
  public func say(_ text: String) {
    write(IDNumber.maskAll(in: text))
  }

  /// Prints a localized line.
  public func say(_ zh: String, en: String) {
    say(language == .english ? en : zh)
  }

  /// Prints a one-line problem with the input, in colour on a terminal.
  public func complain(_ message: Localized) {
    say(style.red("✗ ") + message.text(language))
    if linesRead > 0 { onRejectedLine?(linesRead) }
  }

  /// Asks one question and returns the raw line, Ctrl-D or Ctrl-C.
  public func ask(_ prompt: String) -> LineReadResult {
    let result = reader.readLine(prompt: prompt)
    if case .line = result { linesRead += 1 }
    if echo {
      switch result {
      // The echo is a screen like any other: ID numbers typed in are shown masked.
      case .line(let text): write(prompt + IDNumber.maskAll(in: text))
      case .endOfInput: write(prompt + "^D")
      case .interrupted: write(prompt + "^C")
      }
    } else if case .line(let text) = result {
      // The history file outlives sessions and is not theirs to protect: ID numbers are
      // kept out of it, and the space Tab completion appends is not worth remembering.
      let remembered = IDNumber.maskAll(in: text.trimmingSpaces())
      if !remembered.isEmpty { reader.addHistory(remembered) }
    }
    return result
  }

  /// The text in the console's language.
  public func t(_ zh: String, _ en: String) -> String {
    language == .english ? en : zh
  }
}
