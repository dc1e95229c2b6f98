/// How two lists' spellings of one child's name are compared. Typists pad a two-character name
/// to the width of three with a space, often a full-width one (`李　红`, `李 红`), and lists from
/// different offices write the dot in a minority name differently (`阿依·买买提`,
/// `阿依•买买提`, `阿依.买买提`). The same child on a 公安 list, a township's 摸排表 and the
/// registry export is one child: every comparison by name goes through `comparable(_:)`.
/// Names are shown as each list wrote them; only the comparison ignores the difference. (Here,
/// beside `mask`, because every target that compares names already has `PersonName`.)
extension PersonName {
  /// `name` without any white space (ASCII, full-width U+3000, no-break) and with every
  /// middle-dot variant written `·`.
  public static func comparable(_ name: String) -> String {
    // Most names have neither: checked on the bytes first (a county's roster is read again for
    // names), such a name is returned as it is.
    guard mayNeedCleaning(name.utf8) else { return name }
    var scalars = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      if scalar.properties.isWhitespace { continue }
      scalars.append(dots.contains(scalar) ? "·" : scalar)
    }
    return String(scalars)
  }

  /// Whether two spellings name the same person.
  public static func same(_ first: String, _ second: String) -> Bool {
    first == second || comparable(first) == comparable(second)
  }

  /// Whether the UTF-8 bytes hold anything `comparable` changes: an ASCII space, control or
  /// full stop, or the lead bytes of the Latin-1 supplement (no-break space, `·`), of general
  /// punctuation (U+2000–U+22FF: wide spaces, `•`, `‧`, `∙`, `⋅`), of U+3000–U+30FF (the
  /// ideographic space, `・`), of U+1680 and of the full-width forms. Han characters (E4–E9 lead
  /// bytes) never are.
  private static func mayNeedCleaning(_ bytes: String.UTF8View) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      switch (previous, byte) {
      case (_, 0..<0x21), (_, 0x2E), (_, 0x7F), (_, 0xC2), (_, 0xE1), (_, 0xE2): return true
      case (0xE3, 0x80), (0xE3, 0x83), (0xEF, 0xBC), (0xEF, 0xBD): return true
      default: previous = byte
      }
    }
    return false
  }

  /// The dots typed between the parts of a name: ASCII full stop, interpunct, bullet, katakana
  /// middle dot, hyphenation point, bullet operator, dot operator and the full-width forms.
  private static let dots: Set<Unicode.Scalar> = [
    ".", "\u{00B7}", "\u{2022}", "\u{30FB}", "\u{2027}", "\u{2219}", "\u{22C5}", "\u{FF0E}",
    "\u{FF65}",
  ]
}
