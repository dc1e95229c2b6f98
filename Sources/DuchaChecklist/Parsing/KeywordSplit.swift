/// How every line-oriented ducha file (checklists, plans) starts a line: a keyword up to white
/// space or a colon (ASCII or full-width), then the rest.
public enum KeywordSplit {
  /// The first word, the rest after the white space and the optional colon that follow it, the
  /// rest's offset in characters from the start of `text`, and whether a colon was there.
  public static func split(_ text: Substring) -> (
    word: String, rest: Substring, restOffset: Int, hasColon: Bool
  ) {
    let end = text.firstIndex { $0.isWhitespace || isColon($0) } ?? text.endIndex
    let word = String(text[..<end])
    var rest = text[end...]
    var offset = word.count
    let leading = rest.prefix { $0.isWhitespace }
    rest = rest.dropFirst(leading.count)
    offset += leading.count
    var hasColon = false
    if let first = rest.first, isColon(first) {
      hasColon = true
      rest = rest.dropFirst()
      offset += 1
    }
    return (word, rest, offset, hasColon)
  }

  /// `:` or `：`, which clerks type interchangeably.
  public static func isColon(_ character: Character) -> Bool {
    character == ":" || character == "："
  }
}
