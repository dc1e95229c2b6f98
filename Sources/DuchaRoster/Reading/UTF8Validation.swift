import DuchaChecklist

/// UTF-8 checks on raw bytes, fast enough for a million-row export.
enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a well-formed UTF-8
  /// sequence (overlong forms, surrogates and values above U+10FFFF included), or nil.
  static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return index
      }
      guard index + length <= count else { return index }
      let second = bytes[index + 1]
      guard second >= low, second <= high else { return index }
      for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return nil
  }

  /// The 1-based line and character column of byte `offset`; lines end at LF.
  static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return SourceLocation(
      file: file, line: line, column: characterColumn(of: offset, lineStart: lineStart, in: bytes))
  }

  /// The 1-based column of byte `offset` counted in characters from `lineStart`: every byte that
  /// is not a UTF-8 continuation byte starts a character.
  static func characterColumn(of offset: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
    var column = 1
    var index = lineStart
    while index < offset, index < bytes.count {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }
}
