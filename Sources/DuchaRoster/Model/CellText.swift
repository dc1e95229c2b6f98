import DuchaChecklist

/// Cleans cell text the way exports damage it.
enum CellText {
  /// The bytes of `text` when each is one character — ASCII without a carriage return (`\r\n`
  /// is one character of two bytes) — so that a check may count and index bytes as it would
  /// Characters; nil otherwise.
  static func oneBytePerCharacter(_ text: String) -> [UInt8]? {
    let bytes = Array(text.utf8)
    return bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? bytes : nil
  }

  /// Trims spaces (full-width too), tabs and line breaks, and unwraps the tricks spreadsheets
  /// use to keep long numbers as text: `="110105…"`, a leading `'` or tab.
  static func clean(_ text: String) -> String {
    // Almost every cell is already clean: decide on its first and last bytes, without building
    // Characters (a million-row export has forty million cells).
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return text }
    if !mayNeedCleaning(first) && !mayNeedCleaning(last) && first != UInt8(ascii: "=") {
      return text
    }
    // A Chinese cell often ends in byte 80 or BF, as U+3000 and U+FEFF do: only the whole
    // three bytes make the edge dirty (neither character has another spelling), and the cell
    // is kept without building its Characters.
    if !startsDirty(utf8) && !endsDirty(utf8) { return text }
    var value = Substring(text)
    while let first = value.first, isSpace(first) || first == "'" { value.removeFirst() }
    while let last = value.last, isSpace(last) { value.removeLast() }
    if value.hasPrefix("=\""), value.hasSuffix("\""), value.count >= 3 {
      value = value.dropFirst(2).dropLast()
    }
    return String(value)
  }

  /// Bytes a cell's dirty edge starts or ends with: ASCII spaces and quotes, and the lead or
  /// last bytes of U+3000 (E3 80 80) and U+FEFF (EF BB BF).
  private static func mayNeedCleaning(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x27 || byte == 0xE3
      || byte == 0x80 || byte == 0xEF || byte == 0xBF
  }

  /// Whether the cell starts with a character `clean` removes or reads: a space, a quote,
  /// `=`, U+3000 or U+FEFF.
  private static func startsDirty(_ utf8: String.UTF8View) -> Bool {
    guard let first = utf8.first else { return false }
    switch first {
    case 0x20, 0x09, 0x0A, 0x0D, 0x27, UInt8(ascii: "="): return true
    case 0xE3, 0xEF: return isWideSpace(utf8.prefix(3))
    default: return false
    }
  }

  /// Whether the cell ends with a space `clean` removes.
  private static func endsDirty(_ utf8: String.UTF8View) -> Bool {
    guard let last = utf8.last else { return false }
    switch last {
    case 0x20, 0x09, 0x0A, 0x0D: return true
    case 0x80, 0xBF: return isWideSpace(utf8.suffix(3))
    default: return false
    }
  }

  /// U+3000 (E3 80 80) or U+FEFF (EF BB BF).
  private static func isWideSpace(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.elementsEqual([0xE3, 0x80, 0x80]) || bytes.elementsEqual([0xEF, 0xBB, 0xBF])
  }

  private static func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\u{3000}" || character == "\n"
      || character == "\r" || character == "\r\n" || character == "\u{FEFF}"
  }

  /// `text` without the spaces people put inside a long number (ASCII and full-width spaces,
  /// tabs, no-break spaces, byte-order marks).
  static func withoutSpaces(_ text: String) -> String {
    // Almost every number has none: decide on the bytes before building anything.
    let utf8 = text.utf8
    guard
      utf8.contains(where: {
        $0 == 0x20 || $0 == 0x09 || $0 == 0xE3 || $0 == 0xC2 || $0 == 0xEF
      })
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isInnerSpace(scalar) { result.append(scalar) }
    return String(result)
  }

  private static func isInnerSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x3000, 0xA0, 0xFEFF: true
    default: false
    }
  }

  /// Full-width digits and letters (`１`, `Ｘ`) as ASCII, upper-cased: how ID numbers compare.
  static func asciiUpper(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.uppercased() }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { result.unicodeScalars.append(FullWidth.narrowed(scalar)) }
    return result.uppercased()
  }
}
