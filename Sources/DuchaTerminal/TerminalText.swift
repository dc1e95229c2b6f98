/// One piece of terminal output: a grapheme cluster with its column count, or an ANSI escape
/// sequence, which the terminal executes instead of drawing.
struct TerminalUnit {
  let text: String
  let width: Int
  let isEscape: Bool

  /// Only ASCII space and tab are break opportunities; U+3000 (the ideographic space used for
  /// paragraph indentation) and no-break spaces are treated as ordinary characters. Read on
  /// the bytes: no other text equals a space or a tab, and comparing a Chinese `String` with
  /// `" "` goes through its normalized form, once for every character wrapped.
  var isBreakSpace: Bool {
    guard !isEscape, text.utf8.count == 1, let byte = text.utf8.first else { return false }
    return byte == 0x20 || byte == 0x09
  }
}

/// Splits text into `TerminalUnit`s, so every layout function treats escape sequences alike.
enum TerminalText {
  private static let escape: Unicode.Scalar = "\u{1B}"
  private static let bell: Unicode.Scalar = "\u{07}"

  static func units(of text: String) -> [TerminalUnit] {
    // Fastest path: printable ASCII and CJK text (names, ids, titles), one unit per scalar.
    if let simple = simpleUnits(of: text) { return simple }
    // Fast path: text without escapes is the common case (checklist text, names).
    guard text.unicodeScalars.contains(escape) else {
      return clusters(of: text)
    }
    var result: [TerminalUnit] = []
    let scalars = text.unicodeScalars
    var plainStart = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      guard scalars[index] == escape else {
        index = scalars.index(after: index)
        continue
      }
      // ESC is always a grapheme boundary, so cutting plain text here never splits a cluster.
      result += clusters(of: String(scalars[plainStart..<index]))
      let end = endOfEscape(in: scalars, startingAt: index)
      result.append(TerminalUnit(text: String(scalars[index..<end]), width: 0, isEscape: true))
      index = end
      plainStart = end
    }
    result += clusters(of: String(scalars[plainStart..<scalars.endIndex]))
    return result
  }

  /// The units of `text` when every scalar is `SimpleScalar`: each is then a grapheme cluster
  /// of its own with the width `ScalarWidth` gives it, found without the grapheme breaking and
  /// Unicode property lookups of the general path (`SimpleScalarTests` holds the two together).
  /// Nil for any other text.
  static func simpleUnits(of text: String) -> [TerminalUnit]? {
    var units: [TerminalUnit] = []
    units.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard let width = SimpleScalar.width(scalar) else { return nil }
      units.append(TerminalUnit(text: String(Character(scalar)), width: width, isEscape: false))
    }
    return units
  }

  private static func clusters(of text: String) -> [TerminalUnit] {
    text.map { TerminalUnit(text: String($0), width: ScalarWidth.of($0), isEscape: false) }
  }

  /// Recognises CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC ] … ESC \`) and two-character
  /// escapes; an unterminated sequence runs to the end so its bytes are never counted as text.
  private static func endOfEscape(
    in scalars: String.UnicodeScalarView, startingAt start: String.Index
  ) -> String.Index {
    var index = scalars.index(after: start)
    guard index < scalars.endIndex else {
      return index
    }
    switch scalars[index] {
    case "[":
      index = scalars.index(after: index)
      while index < scalars.endIndex {
        let value = scalars[index].value
        index = scalars.index(after: index)
        if (0x40...0x7E).contains(value) {
          return index
        }
      }
      return index
    case "]":
      index = scalars.index(after: index)
      while index < scalars.endIndex {
        let scalar = scalars[index]
        index = scalars.index(after: index)
        if scalar == bell {
          return index
        }
        if scalar == escape, index < scalars.endIndex, scalars[index] == "\\" {
          return scalars.index(after: index)
        }
      }
      return index
    default:
      return scalars.index(after: index)
    }
  }
}
