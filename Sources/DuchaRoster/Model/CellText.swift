/// Cleans cell text the way exports damage it.
enum CellText {
  /// Trims spaces (full-width too), tabs and line breaks, and unwraps the tricks spreadsheets
  /// use to keep long numbers as text: `="110105…"`, a leading `'` or tab.
  static func clean(_ text: String) -> String {
    var value = Substring(text)
    while let first = value.first, isSpace(first) || first == "'" { value.removeFirst() }
    while let last = value.last, isSpace(last) { value.removeLast() }
    if value.hasPrefix("=\""), value.hasSuffix("\""), value.count >= 3 {
      value = value.dropFirst(2).dropLast()
    }
    return String(value)
  }

  private static func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\u{3000}" || character == "\n"
      || character == "\r" || character == "\r\n" || character == "\u{FEFF}"
  }

  /// Full-width digits and letters (`１`, `Ｘ`) as ASCII, upper-cased: how ID numbers compare.
  static func asciiUpper(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.uppercased() }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
      {
        result.unicodeScalars.append(ascii)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result.uppercased()
  }
}
