/// The outline numbers a form copied from a Word document puts before a heading's title —
/// `一、组织领导`, `1.档次评价`, `（二）经费保障`, `3)…` — recognised so that a heading or a line
/// written that way is reported with the corrected line instead of a generic message.
enum HeadingNumbering {
  /// Splits `一、组织领导` into the number `一` and the title `组织领导` (empty for `1.` alone);
  /// nil when `word` does not start with an outline number and its separator.
  static func split(_ word: Substring) -> (number: Substring, title: Substring)? {
    guard let found = scan(word) else { return nil }
    return (word[found.number], word[found.titleStart...])
  }

  /// The number's range and where the title starts, or nil. An id such as `1.2` is not
  /// numbering: a dot followed by a digit belongs to the id.
  private static func scan(_ word: Substring) -> (
    number: Range<String.Index>, titleStart: String.Index
  )? {
    let scalars = word.unicodeScalars
    var index = scalars.startIndex
    let opened = index < scalars.endIndex && openers.contains(scalars[index])
    if opened { index = scalars.index(after: index) }
    let numberStart = index
    while index < scalars.endIndex, isNumeral(scalars[index]) {
      index = scalars.index(after: index)
    }
    guard index > numberStart, index < scalars.endIndex else { return nil }
    let number = numberStart..<index
    if opened {
      guard closers.contains(scalars[index]) else { return nil }
      index = scalars.index(after: index)
      if index < scalars.endIndex, separators.contains(scalars[index]) {
        index = scalars.index(after: index)
      }
      return (number, index)
    }
    let separator = scalars[index]
    guard separators.contains(separator) || closers.contains(separator) else { return nil }
    index = scalars.index(after: index)
    if separator == "." || separator == "．", index < scalars.endIndex, isDigit(scalars[index]) {
      return nil
    }
    return (number, index)
  }

  private static let openers: Set<Unicode.Scalar> = ["（", "("]
  private static let closers: Set<Unicode.Scalar> = ["）", ")"]
  private static let separators: Set<Unicode.Scalar> = ["、", ".", "．"]

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
  }

  private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    isDigit(scalar) || "〇零一二三四五六七八九十百".unicodeScalars.contains(scalar)
  }
}
