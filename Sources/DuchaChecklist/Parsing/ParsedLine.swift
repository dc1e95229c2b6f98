/// One non-blank line with its position, and helpers to cut it up.
struct Line {
  var text: Substring
  var number: Int
  /// Column of `text`'s first character.
  var column: Int
  var file: String

  func range(at offset: Int, length: Int) -> SourceRange {
    SourceRange(
      start: SourceLocation(file: file, line: number, column: column + offset), length: length)
  }

  /// The first word (up to white space or a colon), the rest after it, the rest's column,
  /// and whether a colon separated them.
  func splitKeyword() -> (String, Substring, Int, Bool) {
    let (word, rest, offset, hasColon) = KeywordSplit.split(text)
    return (word, rest, column + offset, hasColon)
  }

  func parser(_ text: Substring, column: Int) -> ExpressionParser {
    var lexer = Lexer(text, file: file, line: number, column: column)
    let tokens = lexer.tokenize()
    var parser = ExpressionParser(tokens: tokens)
    for diagnostic in lexer.diagnostics { parser.report(diagnostic) }
    parser.lexicallyBroken = !lexer.diagnostics.isEmpty
    return parser
  }
}
