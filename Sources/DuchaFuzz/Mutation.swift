import DuchaPlan
import Foundation

/// One way of damaging a file, as a careless user, a bad USB stick or an attacker would.
public enum Mutation: String, CaseIterable, Sendable {
  /// Flip one to eight random bits.
  case byteFlip
  /// Cut the file anywhere (a half-written copy).
  case truncation
  /// Delete one to three lines.
  case lineDeletion
  /// Duplicate a line (a statement twice).
  case lineDuplication
  /// Insert or delete brackets and quotes, ASCII or full-width.
  case bracketDamage
  /// Nest brackets, `若(`, minus signs or `非` hundreds to thousands deep inside a line.
  case deepNesting
  /// Insert NUL bytes.
  case nulBytes
  /// Insert bytes that are not UTF-8, or cut a multi-byte character in half.
  case invalidUTF8
  /// Re-encode the whole file as GB18030 (what WPS on a Chinese Windows saves).
  case gb18030
  /// Repeat a piece of a line until the line is tens of thousands of characters long.
  case longLine

  /// Applies the mutation to `bytes` with randomness from `random`.
  func apply(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
    switch self {
    case .byteFlip:
      guard !bytes.isEmpty else { return }
      for _ in 0...random.below(8) {
        bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
      }
    case .truncation:
      bytes.removeSubrange(random.below(bytes.count + 1)...)
    case .lineDeletion:
      var lines = Self.lines(bytes)
      for _ in 0...random.below(3) where !lines.isEmpty {
        lines.remove(at: random.below(lines.count))
      }
      bytes = Self.joined(lines)
    case .lineDuplication:
      var lines = Self.lines(bytes)
      guard !lines.isEmpty else { return }
      let line = random.below(lines.count)
      lines.insert(lines[line], at: random.below(lines.count + 1))
      bytes = Self.joined(lines)
    case .bracketDamage:
      let marks = ["(", ")", "（", "）", "[", "]", "【", "】", "\"", "“", "”", "「", "」"]
      for _ in 0...random.below(4) {
        if random.below(2) == 0,
          let index = Self.characterStart(bytes, random.below(bytes.count + 1))
        {
          bytes.insert(contentsOf: Array(marks[random.below(marks.count)].utf8), at: index)
        } else {
          let candidates = bytes.indices.filter { "()[]\"".utf8.contains(bytes[$0]) }
          if !candidates.isEmpty { bytes.remove(at: candidates[random.below(candidates.count)]) }
        }
      }
    case .deepNesting:
      let depth = 100 + random.below(3_000)
      let shapes: [(String, String, String)] = [
        ("(", "1", ")"), ("若(是, ", "1", ", 2)"), ("-", "1", ""), ("非 ", "是", ""),
        ("[", "1", "]"), ("（", "1", "）"), ("", "1", " + 1"),
      ]
      let (open, middle, close) = shapes[random.below(shapes.count)]
      let text =
        String(repeating: open, count: depth) + middle + String(repeating: close, count: depth)
      let index = Self.lineEnd(bytes, random.below(bytes.count + 1))
      bytes.insert(contentsOf: Array(text.utf8), at: index)
    case .nulBytes:
      for _ in 0...random.below(3) { bytes.insert(0, at: random.below(bytes.count + 1)) }
    case .invalidUTF8:
      let junk: [[UInt8]] = [
        [0xFF], [0xC0, 0x80], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xFE, 0xFF],
      ]
      if random.below(2) == 0 {
        bytes.insert(contentsOf: junk[random.below(junk.count)], at: random.below(bytes.count + 1))
      } else {
        // Drop the last byte of a random multi-byte character.
        let starts = bytes.indices.filter { bytes[$0] >= 0xE0 && $0 + 2 < bytes.count }
        if !starts.isEmpty { bytes.remove(at: starts[random.below(starts.count)] + 2) }
      }
    case .gb18030:
      let text = String(decoding: bytes, as: UTF8.self)
      if let data = text.data(using: Self.gb18030Encoding) { bytes = Array(data) }
    case .longLine:
      guard !bytes.isEmpty else { return }
      let start = random.below(bytes.count)
      let piece = Array(bytes[start..<min(bytes.count, start + 1 + random.below(16))])
      let repeats = 2_000 + random.below(20_000)
      let index = Self.lineEnd(bytes, start)
      bytes.insert(contentsOf: Array(repeating: piece, count: repeats).joined(), at: index)
    }
  }

  /// CoreFoundation's GB 18030 as an NSStringEncoding (see the toolchain notes).
  static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
  }

  static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
    Array(lines.joined(separator: [0x0A]))
  }

  /// The end of the line that holds `offset` (before its line break), so inserted text stays
  /// on one line, inside whatever statement is there.
  static func lineEnd(_ bytes: [UInt8], _ offset: Int) -> Int {
    bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
  }

  /// The nearest start of a UTF-8 character at or after `offset`, so an insertion does not
  /// itself split a character (that is `invalidUTF8`'s job).
  static func characterStart(_ bytes: [UInt8], _ offset: Int) -> Int? {
    var index = offset
    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
    return index
  }
}

extension SplitMix64 {
  /// A uniform integer in `0..<bound` (0 when `bound` is 0).
  mutating func below(_ bound: Int) -> Int {
    bound <= 0 ? 0 : Int(next(below: UInt64(bound)))
  }
}
