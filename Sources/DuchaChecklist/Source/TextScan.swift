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
