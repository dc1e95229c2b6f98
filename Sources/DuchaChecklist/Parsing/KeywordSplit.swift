/// How every line-oriented ducha file (checklists, plans) starts a line: a keyword up to white
/// space or a colon (ASCII or full-width), then the rest.
public enum KeywordSplit {
  /// The first word, the rest after the white space and the optional colon that follow it, the
  /// rest's offset in characters from the start of `text`, and whether a colon was there.
  public static func split(_ text: Substring) -> (
    word: String, rest: Substring, restOffset: Int, hasColon: Bool
  ) {
    splitScalars(text) ?? splitCharacters(text)
  }

  /// `split` over `Character`s.
  static func splitCharacters(_ text: Substring) -> (
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

  /// `split` over Unicode scalars, without grapheme breaking; nil when a scalar it reads (or the
  /// one after them) might join a neighbour into one character, so that counting scalars could
  /// differ from counting characters.
  static func splitScalars(_ text: Substring) -> (
    word: String, rest: Substring, restOffset: Int, hasColon: Bool
  )? {
    // Over the UTF-8 bytes (see `UTF8Scan`); the same walk over the scalar view otherwise.
    let found = UTF8Scan.withBytes(text) { bytes -> (Int, Int, Int, Bool)? in
      var offset = 0
      var characters = 0
      var wordEnd: Int?
      var hasColon = false
      while offset < bytes.count {
        let (value, length) = UTF8Scan.scalar(bytes, at: offset)
        guard LexUnits.isStandalone(value) else { return nil }
        if wordEnd == nil {
          if LexUnits.isSpace(value) || isColon(value) {
            wordEnd = offset
            continue
          }
        } else if hasColon || !LexUnits.isSpace(value) {
          if !hasColon, isColon(value) {
            hasColon = true
          } else {
            break
          }
        }
        offset += length
        characters += 1
      }
      return (wordEnd ?? offset, offset, characters, hasColon)
    }
    guard let found else { return splitScalarView(text) }
    guard let (wordEnd, restStart, offset, hasColon) = found else { return nil }
    let word = String(text[..<UTF8Scan.index(text, wordEnd)])
    return (word, text[UTF8Scan.index(text, restStart)...], offset, hasColon)
  }

  /// `splitScalars` over the scalar view, for text whose bytes are not contiguous.
  private static func splitScalarView(_ text: Substring) -> (
    word: String, rest: Substring, restOffset: Int, hasColon: Bool
  )? {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var offset = 0
    func advance() -> Bool {
      guard LexUnits.isStandalone(scalars[index]) else { return false }
      index = scalars.index(after: index)
      offset += 1
      return true
    }
    while index < scalars.endIndex, !scalars[index].isSpace, !isColon(scalars[index]) {
      guard advance() else { return nil }
    }
    let word = String(scalars[..<index])
    while index < scalars.endIndex, scalars[index].isSpace {
      guard advance() else { return nil }
    }
    var hasColon = false
    if index < scalars.endIndex, isColon(scalars[index]) {
      guard advance() else { return nil }
      hasColon = true
    }
    if index < scalars.endIndex, !LexUnits.isStandalone(scalars[index]) { return nil }
    return (word, text[index...], offset, hasColon)
  }

  private static func isColon(_ value: UInt32) -> Bool {
    value == 0x3A || value == 0xFF1A
  }

  private static func isColon(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x3A || scalar.value == 0xFF1A
  }
}
