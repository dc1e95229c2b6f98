import Foundation

/// The few text operations every checklist line goes through, over Unicode scalars when that
/// gives the same answer as the `Character`/Foundation spelling they replace, without the
/// grapheme breaking and NSString bridging that made them most of the parsing time.
extension Substring {
  /// Exactly `trimmingCharacters(in: .whitespaces)`: drops the scalars of
  /// `CharacterSet.whitespaces` (tab and general category Zs, with U+200B, as Foundation
  /// defines the set) from both ends.
  public func trimmingSpaces() -> String {
    // Over the UTF-8 bytes: walking the scalar view by index re-validated every index.
    let bounds = UTF8Scan.withBytes(self) { bytes -> (start: Int, end: Int, count: Int) in
      var start = 0
      while start < bytes.count {
        let (value, length) = UTF8Scan.scalar(bytes, at: start)
        guard TextScan.isTrimmedSpace(value) else { break }
        start += length
      }
      var end = bytes.count
      while end > start {
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard TextScan.isTrimmedSpace(UTF8Scan.scalar(bytes, at: lead).value) else { break }
        end = lead
      }
      return (start, end, bytes.count)
    }
    if let bounds {
      // Nothing to trim (most text fields): no indices to build and no slice to align.
      if bounds.start == 0, bounds.end == bounds.count { return String(self) }
      return String(self[UTF8Scan.index(self, bounds.start)..<UTF8Scan.index(self, bounds.end)])
    }
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
    isTrimmedSpace(scalar.value)
  }

  /// Whether the scalar `value` is in `CharacterSet.whitespaces`.
  @inline(__always)
  static func isTrimmedSpace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || value == 0x09 }
    switch value {
    case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// `text.count`: the number of scalars when each is a character of its own (see
  /// `LexUnits.isStandalone`), else the grapheme count.
  public static func characterCount(_ text: Substring) -> Int {
    let counted = UTF8Scan.withBytes(text) { bytes -> Int? in
      var count = 0
      var offset = 0
      while offset < bytes.count {
        // Leads E5–E9 start U+5000–U+9FFF, CJK ideographs, each a character of its own (most
        // of a Chinese line): counted without decoding.
        let lead = bytes[offset]
        if lead >= 0xE5, lead <= 0xE9 {
          offset += 3
          count += 1
          continue
        }
        let (value, length) = UTF8Scan.scalar(bytes, at: offset)
        guard LexUnits.isStandalone(value) else { return nil }
        offset += length
        count += 1
      }
      return count
    }
    if let counted { return counted ?? text.count }
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
    let found = UTF8Scan.withBytes(text) { bytes -> (offset: Int, dropped: Int)? in
      var offset = 0
      var dropped = 0
      while offset < bytes.count {
        let (value, length) = UTF8Scan.scalar(bytes, at: offset)
        guard LexUnits.isStandalone(value) else { return nil }
        guard LexUnits.isSpace(value) else { break }
        offset += length
        dropped += 1
      }
      return (offset, dropped)
    }
    if let found {
      guard let (offset, dropped) = found else { return byCharacters(text) }
      return (text[UTF8Scan.index(text, offset)...], dropped)
    }
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
    // The word bounds go to a buffer on the stack and the words into an array of their exact
    // size: an array of bounds grown from empty, then mapped, was three allocations a heading.
    let found = UTF8Scan.withBytes(text) { bytes -> [Substring]? in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count + 1) { bounds in
        var count = 0
        var inWord = false
        var offset = 0
        while offset < bytes.count {
          let (value, length) = UTF8Scan.scalar(bytes, at: offset)
          guard LexUnits.isStandalone(value) else { return nil }
          if LexUnits.isSpace(value) == inWord {
            // A word starts or ends here.
            bounds[count] = offset
            count += 1
            inWord.toggle()
          }
          offset += length
        }
        if inWord {
          bounds[count] = offset
          count += 1
        }
        var words: [Substring] = []
        words.reserveCapacity(count / 2)
        for pair in stride(from: 0, to: count, by: 2) {
          words.append(
            text[UTF8Scan.index(text, bounds[pair])..<UTF8Scan.index(text, bounds[pair + 1])])
        }
        return words
      }
    }
    if let found {
      guard let found else { return text.split(whereSeparator: \.isWhitespace) }
      return found
    }
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

  /// `text.firstIndex { $0 == first || $0 == second }` with its distance in characters from
  /// the start, for two characters of one standalone scalar each (`=`, `＝`, `:`, `：`): found
  /// over the UTF-8 bytes while every scalar up to the one after the match is a character of its
  /// own, over `Character`s otherwise (comparing each `Character` with a full-width sign went
  /// through Unicode normalization).
  static func firstIndex(
    of first: Unicode.Scalar, or second: Unicode.Scalar, in text: Substring
  ) -> (index: Substring.Index, distance: Int)? {
    let found = UTF8Scan.withBytes(text) { bytes -> (offset: Int, distance: Int)?? in
      var offset = 0
      var distance = 0
      while offset < bytes.count {
        let (value, length) = UTF8Scan.scalar(bytes, at: offset)
        guard LexUnits.isStandalone(value) else { return nil }
        if value == first.value || value == second.value {
          let after = offset + length
          guard
            after == bytes.count || LexUnits.isStandalone(UTF8Scan.scalar(bytes, at: after).value)
          else { return nil }
          return .some((offset, distance))
        }
        offset += length
        distance += 1
      }
      return .some(nil)
    }
    if let found, let result = found {
      return result.map { (UTF8Scan.index(text, $0.offset), $0.distance) }
    }
    let firstCharacter = Character(first)
    let secondCharacter = Character(second)
    guard let index = text.firstIndex(where: { $0 == firstCharacter || $0 == secondCharacter })
    else { return nil }
    return (index, text.distance(from: text.startIndex, to: index))
  }
}
