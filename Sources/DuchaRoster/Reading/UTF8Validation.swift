import DuchaChecklist

/// UTF-8 checks on raw bytes, fast enough for a million-row export.
enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a well-formed UTF-8
  /// sequence (overlong forms, surrogates and values above U+10FFFF included), or nil
  /// (`UTF8Scan.firstInvalidByte`, the one check).
  static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer(UTF8Scan.firstInvalidByte)
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
