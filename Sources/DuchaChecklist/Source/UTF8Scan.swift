/// Unicode scalars read straight from a text's UTF-8 bytes, for the scans every line goes
/// through (keyword split, character counts, white space, word splits, lexing). Walking a
/// `Substring.UnicodeScalarView` by index validated and re-decoded each index, which made these
/// scans a visible share of parsing; over the bytes each scalar is decoded once. The bytes are a
/// `String`'s, so they are valid UTF-8 and every sequence is complete.
public enum UTF8Scan {
  /// The scalar value starting at `offset` and its length in bytes (1–4).
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    let second = UInt32(bytes[offset + 1]) & 0x3F
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
    let third = UInt32(bytes[offset + 2]) & 0x3F
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
    let fourth = UInt32(bytes[offset + 3]) & 0x3F
    return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
  }

  /// Whether `bytes` are well-formed UTF-8, exactly what `String(validating:as:)` accepts
  /// (`firstInvalidByte`).
  static func isWellFormed(_ raw: UnsafeRawBufferPointer) -> Bool {
    firstInvalidByte(raw.assumingMemoryBound(to: UInt8.self)) == nil
  }

  /// The offset of the first byte that does not start or continue a well-formed UTF-8
  /// sequence, or nil when all are well formed: no stray continuation byte, overlong form,
  /// surrogate, value above U+10FFFF or cut sequence (table 3-7 of the Unicode standard,
  /// exactly what `String(validating:as:)` accepts). The one check for checklist headers,
  /// session files and rosters of a million rows: ASCII is skipped eight bytes at a time and
  /// the three-byte forms of Chinese text are checked first; the standard library's
  /// `Unicode.UTF8.ForwardParser` looked up generic metadata at every call.
  public static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var offset = 0
    while offset < count {
      if offset &+ 8 <= count,
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
          == 0
      {
        offset &+= 8
        continue
      }
      let lead = base[offset]
      if lead < 0x80 {
        offset &+= 1
        continue
      }
      // Three-byte forms with no further rule on the second byte (E1–EC, EE–EF): nearly all
      // of Chinese text.
      if lead >= 0xE1, lead != 0xED, lead <= 0xEF, offset &+ 2 < count {
        guard base[offset &+ 1] & 0xC0 == 0x80, base[offset &+ 2] & 0xC0 == 0x80 else {
          return offset
        }
        offset &+= 3
        continue
      }
      let length = lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0
      guard length > 0, offset + length <= count else { return offset }
      for next in 1..<length where base[offset + next] & 0xC0 != 0x80 { return offset }
      let second = base[offset + 1]
      switch lead {
      case 0xE0 where second < 0xA0, 0xED where second > 0x9F, 0xF0 where second < 0x90,
        0xF4 where second > 0x8F:
        return offset
      default: offset += length
      }
    }
    return nil
  }

  /// Runs `body` over the UTF-8 bytes of `text` when they are stored contiguously (every
  /// native Swift string); nil otherwise, and the caller takes its `Substring` path.
  @inline(__always)
  static func withBytes<Result>(
    _ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    text.utf8.withContiguousStorageIfAvailable(body)
  }

  /// The index `offset` bytes after the start of `text` (always a scalar boundary here).
  @inline(__always)
  static func index(_ text: Substring, _ offset: Int) -> Substring.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: offset)
  }
}
