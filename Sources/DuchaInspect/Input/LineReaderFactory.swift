import Foundation

/// Chooses how the REPL reads its input.
public enum LineReaderFactory {
  /// A readline editor when standard input is a terminal, otherwise a plain reader: readline
  /// on a pipe would echo the prompt and every input line into the output.
  ///
  /// `historyPath` is where the interactive reader keeps its history; `nil` keeps history for
  /// this run only.
  public static func make(historyPath: String?) -> any LineReader {
    if isatty(STDIN_FILENO) == 1 {
      return ReadlineLineReader(historyPath: historyPath)
    }
    return PlainLineReader()
  }
}
