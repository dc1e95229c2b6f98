import Testing

@testable import DuchaSession

/// `JSONBytes.rawString` skips eight bytes at a time while none can end or interrupt a plain
/// run; it must find the same end, and refuse the same strings, as reading byte by byte.
@Suite struct JSONBytesWordScanTests {
  /// Whether `byte` ends a plain run: a quote, a backslash or a control character.
  static func stops(_ byte: UInt8) -> Bool { byte == 0x22 || byte == 0x5C || byte < 0x20 }

  @Test func everyByteAtEveryPositionOfAWord() {
    let filler: [UInt8] = [0x41, 0xE5, 0x7F, 0x80, 0xFF, 0x21, 0x23, 0x5B, 0x5D, 0x20]
    for fill in filler {
      for byte in 0...255 {
        for position in 0..<8 {
          var bytes = [UInt8](repeating: fill, count: 8)
          bytes[position] = UInt8(byte)
          let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          let expected = bytes.contains(where: Self.stops)
          #expect(
            JSONBytes.mayEndPlainRun(word) == expected, "fill \(fill) byte \(byte) at \(position)")
        }
      }
    }
  }

  /// The string's end, or nil when it is refused, read byte by byte.
  static func byteByByte(_ bytes: [UInt8]) -> Range<Int>? {
    guard bytes.first == 0x22 else { return nil }
    var position = 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == 0x22 { return 1..<position }
      if byte == 0x5C {
        position += 2
        continue
      }
      if byte < 0x20 { return nil }
      position += 1
    }
    return nil
  }

  @Test func stringsEndWhereTheyEndByteByByte() {
    let plain = Array("学籍管理 plain text, 一二三四五六七八九十".utf8)
    var cases: [[UInt8]] = []
    for length in 0..<40 {
      let body = Array(plain.prefix(length))
      for special: [UInt8] in [[0x22], [0x5C, 0x22], [0x5C, 0x6E], [0x0A], [0x1F], [0x5C]] {
        for cut in 0...body.count {
          cases.append([0x22] + body[..<cut] + special + body[cut...] + [0x22, 0x2C])
          cases.append([0x22] + body[..<cut] + special + body[cut...])
        }
      }
      cases.append([0x22] + body)
      cases.append([0x22] + body + [0x22])
    }
    for bytes in cases {
      let found = bytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
        var reader = JSONBytes(buffer)
        return try? reader.rawString()
      }
      #expect(found == Self.byteByByte(bytes), "\(bytes)")
    }
  }
}
