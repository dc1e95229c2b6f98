import Foundation

/// The text of a checklist file, decoded and split into lines.
public struct SourceText: Sendable {
  /// The path used in diagnostics.
  public var file: String
  /// The lines without their line terminators.
  public var lines: [Substring]
  /// The whole text as decoded, which a session records so it can be scored anywhere.
  public var text: String

  /// Splits already-decoded text into lines (LF, CRLF or CR).
  public init(file: String, text: String) {
    self.file = file
    self.text = text
    self.lines = Self.split(text)
  }

  /// The lines of `text`, found on its UTF-8 bytes: LF and CR never join a grapheme cluster
  /// with a neighbour (a CR LF pair is one terminator), so cutting at the bytes gives the
  /// same lines as walking `Character`s, without the grapheme breaking.
  static func split(_ text: String) -> [Substring] {
    // Over the contiguous bytes: walking `String.UTF8View` by index was a fiftieth of loading.
    let spans = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
      if let spans = newlineSpans(bytes) { return spans }
      var spans: [Range<Int>] = []
      var start = 0
      var offset = 0
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte == 0x0A || byte == 0x0D {
          spans.append(start..<offset)
          offset += 1
          if byte == 0x0D, offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
          start = offset
        } else {
          offset += 1
        }
      }
      if start < bytes.count { spans.append(start..<bytes.count) }
      return spans
    }
    if let spans {
      let utf8 = text.utf8
      return spans.map {
        text[
          utf8.index(
            utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(
              utf8.startIndex, offsetBy: $0.upperBound)]
      }
    }
    var lines: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(text[start..<index])
        index = bytes.index(after: index)
        if byte == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A {
          index = bytes.index(after: index)
        }
        start = index
      } else {
        index = bytes.index(after: index)
      }
    }
    if start < bytes.endIndex { lines.append(text[start..<bytes.endIndex]) }
    return lines
  }

  /// The lines of text with no carriage return, each found by `memchr` (vectorized) instead
  /// of a loop over every byte that asked for two line ends (a fiftieth of loading 2 MB);
  /// nil when a `\r` occurs anywhere, for the loop above. Same spans as that loop: a final
  /// line without `\n` counts, an empty text has none.
  private static func newlineSpans(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
    guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) == nil else {
      return bytes.isEmpty ? [] : nil
    }
    var spans: [Range<Int>] = []
    var start = 0
    while start < bytes.count,
      let found = memchr(base + start, 0x0A, bytes.count - start)
    {
      let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      spans.append(start..<end)
      start = end + 1
    }
    if start < bytes.count { spans.append(start..<bytes.count) }
    return spans
  }

  /// The location of a 1-based line and column in this file.
  public func location(line: Int, column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
  }
}

/// Turns file bytes into text, accepting the encodings Chinese offices actually send.
public enum SourceDecoder {
  /// CoreFoundation's GB 18030-2000 as an NSStringEncoding (see toolchain notes).
  public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// Decodes UTF-8 (with or without BOM), falling back to GB18030 with a warning.
  /// Binary data and undecodable bytes give an E101 error instead of text.
  public static func decode(_ data: Data, file: String) -> (SourceText?, [Diagnostic]) {
    let start = SourceLocation(file: file, line: 1, column: 1)
    // Notepad's “Unicode” (and “Unicode big endian”) is UTF-16 with a byte-order mark: full of
    // zero bytes, so it was refused as “not text”. An odd last byte is a cut file's (a header
    // read from the first kilobytes), dropped.
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      let even = data.count % 2 == 0 ? data : data.dropLast()
      if let text = String(data: even, encoding: .utf16), !text.contains("\u{0}") {
        let body = text.first == "\u{FEFF}" ? String(text.dropFirst()) : text
        return (SourceText(file: file, text: body), [SourceErrors.convertedFromUTF16(start)])
      }
    }
    // memchr, not `Data.contains`: the byte-by-byte iterator was a visible share of loading.
    let hasZero = data.withUnsafeBytes { bytes in
      bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
    }
    if hasZero {
      return (nil, [SourceErrors.notText(start)])
    }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    // `String(validating:)` checks UTF-8 in one fast pass; `String(data:encoding:)` took the
    // slow transcoding path for text with Chinese in it.
    if let text = validated(bytes) {
      return (SourceText(file: file, text: text), [])
    }
    // A UTF-8 file with a damaged byte must not be "rescued" as GB18030 mojibake: fall back
    // only when the bytes hold no valid multi-byte UTF-8 text at all, as real GBK files do.
    if !containsMultibyteUTF8(bytes), let text = String(data: bytes, encoding: gb18030) {
      let warning = SourceErrors.convertedFromGB18030(start)
      return (SourceText(file: file, text: text), [warning])
    }
    return (
      nil,
      [
        SourceErrors.notText(invalidByteLocation(bytes, file: file))
      ]
    )
  }

  /// `String(validating: bytes, as: UTF8.self)`. A large file is cut after a line feed near
  /// its middle and the halves are checked on two cores, then joined: a line feed is never
  /// part of a multi-byte sequence, so the file is valid UTF-8 exactly when both halves are,
  /// and the joined text has the file's bytes (checking 2 MB was a tenth of the time spent
  /// before the parser can start on both cores).
  static func validated(_ bytes: Data) -> String? {
    guard bytes.count >= ChecklistParser.halvesMinimumBytes else {
      return String(validating: bytes, as: UTF8.self)
    }
    let lineFeed = bytes.withUnsafeBytes { raw -> Int? in
      guard let base = raw.baseAddress else { return nil }
      let middle = raw.count / 2
      return memchr(base + middle, 0x0A, raw.count - middle).map { base.distance(to: $0) }
    }
    guard let lineFeed else { return String(validating: bytes, as: UTF8.self) }
    let cut = bytes.startIndex + lineFeed + 1
    let texts = [bytes[..<cut], bytes[cut...]].concurrentMap {
      String(validating: $0, as: UTF8.self)
    }
    guard let first = texts[0], let second = texts[1] else { return nil }
    return first + second
  }

  /// Reads and decodes a file; a missing or unreadable file is an E101 error too.
  public static func load(path: String) -> (SourceText?, [Diagnostic]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let location = SourceLocation(file: path, line: 1, column: 1)
      return (
        nil,
        [
          SourceErrors.cannotReadFile(location)
        ]
      )
    }
    return decode(data, file: path)
  }

  /// Whether the bytes are mostly valid UTF-8 with a few damaged sequences. Read as UTF-8,
  /// GBK text yields mostly replacement characters and few accidental valid ones; a damaged
  /// UTF-8 file is the other way round.
  private static func containsMultibyteUTF8(_ bytes: Data) -> Bool {
    var damaged = 0
    var valid = 0
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where !scalar.isASCII {
      if scalar == "\u{FFFD}" { damaged += 1 } else { valid += 1 }
    }
    return valid > damaged * 4
  }

  /// Points at the line of the first byte that is not valid UTF-8, so the user can find it.
  private static func invalidByteLocation(_ bytes: Data, file: String) -> SourceLocation {
    var line = 1
    var lineStart = bytes.startIndex
    for index in bytes.indices where bytes[index] == 0x0A {
      let slice = bytes[lineStart..<index]
      if String(data: slice, encoding: .utf8) == nil { break }
      line += 1
      lineStart = bytes.index(after: index)
    }
    return SourceLocation(file: file, line: line, column: 1)
  }
}
