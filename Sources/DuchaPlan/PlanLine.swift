import DuchaChecklist

/// One non-blank line of a plan with its position, and helpers to cut it up.
struct PlanLine {
  /// The line from its first non-blank character.
  var text: Substring
  /// 1-based line number.
  var number: Int
  /// Column of `text`'s first character.
  var column: Int
  /// The file, for locations.
  var file: String

  /// The location `offset` characters into `text`.
  func location(_ offset: Int = 0) -> SourceLocation {
    SourceLocation(file: file, line: number, column: column + offset)
  }

  /// The first word (up to white space or a colon), the rest after it and its offset, and
  /// whether a colon followed the word.
  func splitKeyword() -> (word: String, rest: Substring, restOffset: Int, hasColon: Bool) {
    let split = KeywordSplit.split(text)
    var (rest, offset) = (split.rest, split.restOffset)
    let (word, hasColon) = (split.word, split.hasColon)
    if hasColon {
      // Plan values are read as words, so the spaces after the colon are not part of them.
      let spaces = rest.prefix { $0.isWhitespace }
      rest = rest.dropFirst(spaces.count)
      offset += spaces.count
    }
    return (word, rest, offset, hasColon)
  }
}
