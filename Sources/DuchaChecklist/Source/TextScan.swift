import Foundation

/// The few text operations every checklist line goes through, over Unicode scalars when that
/// gives the same answer as the `Character`/Foundation spelling they replace, without the
/// grapheme breaking and NSString bridging that made them most of the parsing time.
extension Substring {
  /// Exactly `trimmingCharacters(in: .whitespaces)`: drops the scalars of
  /// `CharacterSet.whitespaces` (tab and general category Zs, with U+200B, as Foundation
  /// defines the set) from both ends.
  public func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, TextScan.isTrimmedSpace(scalars[start]) {
      start = scalars.index(after: start)
    }
    while start < end {
      let before = scalars.index(before: end)
      guard TextScan.isTrimmedSpace(scalars[before]) else { break }
      end = before
    }
    return String(scalars[start..<end])
  }
}

extension String {
  /// Exactly `trimmingCharacters(in: .whitespaces)` (see `Substring.trimmingSpaces`).
  public func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}

/// Scalar-level answers to `Character` questions, with the `Character` path as the fallback.
public enum TextScan {
  /// Whether `scalar` is in `CharacterSet.whitespaces`.
  @inline(__always)
  static func isTrimmedSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || value == 0x09 }
    switch value {
    case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// `text.count`: the number of scalars when each is a character of its own (see
  /// `LexUnits.isStandalone`), else the grapheme count.
  public static func characterCount(_ text: Substring) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      guard LexUnits.isStandalone(scalar) else { return text.count }
      count += 1
    }
    return count
  }

  /// `text.drop { $0.isWhitespace }` and how many characters it dropped, over scalars when the
  /// white space and the scalar after it are characters of their own.
  static func droppingLeadingWhitespace(_ text: Substring) -> (rest: Substring, dropped: Int) {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var dropped = 0
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard LexUnits.isStandalone(scalar) else { return byCharacters(text) }
      guard scalar.isSpace else { break }
      index = scalars.index(after: index)
      dropped += 1
    }
    return (text[index...], dropped)
  }

  private static func byCharacters(_ text: Substring) -> (rest: Substring, dropped: Int) {
    let rest = text.drop { $0.isWhitespace }
    return (rest, text.count - rest.count)
  }
}

extension TextScan {
  /// `text.split(whereSeparator: \.isWhitespace)`, over scalars when every scalar is a
  /// character of its own (then a character is white space exactly when its scalar is).
  static func words(_ text: Substring) -> [Substring] {
    let scalars = text.unicodeScalars
    guard scalars.allSatisfy(LexUnits.isStandalone) else {
      return text.split(whereSeparator: \.isWhitespace)
    }
    var words: [Substring] = []
    var start: Substring.UnicodeScalarView.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if scalars[index].isSpace {
        if let first = start { words.append(text[first..<index]) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = scalars.index(after: index)
    }
    if let first = start { words.append(text[first..<scalars.endIndex]) }
    return words
  }

  /// `text.split(separator: " #").first`: the text before a ` #` comment. Found over scalars
  /// when every scalar up to the one after the `#` is a character of its own and the text does
  /// not start with the separator; the `Character` split otherwise (the string-searching split
  /// was a twentieth of parsing, one call per 设/期望 line).
  static func beforeComment(_ text: Substring) -> Substring? {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var previousIsSpace = false
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard LexUnits.isStandalone(scalar) else { break }
      if previousIsSpace, scalar.value == 0x23 {
        let space = scalars.index(before: index)
        guard space > scalars.startIndex else { break }
        let after = scalars.index(after: index)
        guard after == scalars.endIndex || LexUnits.isStandalone(scalars[after]) else { break }
        return text[..<space]
      }
      previousIsSpace = scalar.value == 0x20
      index = scalars.index(after: index)
    }
    if index == scalars.endIndex { return text.isEmpty ? nil : text }
    return text.split(separator: " #").first
  }
}
