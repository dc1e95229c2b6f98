/// A run of units that `wrap` keeps on one line: a Latin word, one CJK character with the
/// punctuation glued to it, or a run of spaces.
struct WrapToken {
  var units: [TerminalUnit]
  var width: Int
  let isSpace: Bool

  /// Characters that must not begin a line (行首禁则), as `String`s: a cluster canonically
  /// equivalent to one of them (U+037E is `;`) is kept off the start too.
  private static let noBreakBefore = Set(LineBreakRules.noBreakBefore.map(String.init))
  /// Characters that must not end a line (行尾禁则).
  private static let noBreakAfter = Set(LineBreakRules.noBreakAfter.map(String.init))

  static func tokens(of text: String) -> [WrapToken] {
    var tokens: [WrapToken] = []
    var previous: TerminalUnit?
    for unit in TerminalText.units(of: text) {
      if unit.isEscape {
        // Escapes stay with the text before them so a colour reset is not left behind on the
        // next line, but never join spaces, which are dropped at a break.
        if let last = tokens.last, !last.isSpace {
          tokens[tokens.count - 1].units.append(unit)
        } else {
          tokens.append(WrapToken(units: [unit], width: 0, isSpace: false))
        }
        continue
      }
      defer { previous = unit }
      if unit.isBreakSpace {
        if let last = tokens.last, last.isSpace {
          tokens[tokens.count - 1].append(unit)
        } else {
          tokens.append(WrapToken(units: [unit], width: unit.width, isSpace: true))
        }
        continue
      }
      if let last = tokens.last, !last.isSpace, let previous, !previous.isBreakSpace,
        !canBreak(between: previous, and: unit)
      {
        tokens[tokens.count - 1].append(unit)
      } else {
        tokens.append(WrapToken(units: [unit], width: unit.width, isSpace: false))
      }
    }
    return tokens
  }

  private static func canBreak(between left: TerminalUnit, and right: TerminalUnit) -> Bool {
    if !isPlain(right.text) && noBreakBefore.contains(right.text)
      || !isPlain(left.text) && noBreakAfter.contains(left.text)
    {
      return false
    }
    return left.width == 2 || right.width == 2
  }

  /// Whether `text` is one CJK Unified Ideograph or one ASCII letter or digit: in neither list,
  /// and equal to none of their entries, which is known from its one scalar. Looking a Chinese
  /// `String` up in a set hashes its normalized form; for the long lines of a summary's draft
  /// (five thousand school names) that was most of the wrapping.
  private static func isPlain(_ text: String) -> Bool {
    var scalars = text.unicodeScalars.makeIterator()
    guard let scalar = scalars.next(), scalars.next() == nil else { return false }
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: return true
    default: return false
    }
  }

  private mutating func append(_ unit: TerminalUnit) {
    units.append(unit)
    width += unit.width
  }
}
