import Foundation

/// The fast way to read a session file, used before the exact one (`SessionStore.load`).
///
/// A format-3 file embeds its checklist's full text (20–45 KB of its 25–50 KB) as one JSON
/// string, `inspectedChecklist.source`. Every check of the file — its version, the decoding, the
/// re-encoding that finds unknown fields — went over those bytes five times. Here the string's
/// bytes are cut out once, the rest of the file (a few kilobytes) goes through the same checks
/// and decoder as before, and the string is decoded on its own and put back. Whenever anything
/// is not as expected (no such string, an escape or a byte the plain path does not take, any
/// error), the answer is nil and the caller reads the whole file the old way, so every message
/// about a damaged file stays exactly as it was.
enum SessionFastRead {
  /// The byte range of the contents of the string at `inspectedChecklist.source` (between the
  /// quotes), found by walking the JSON structure; nil when the file has no such string or its
  /// structure is not plain enough to be sure.
  static func embeddedSourceRange(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    // Whether each open container is an object; only the first two levels are looked into.
    var objects: [Bool] = []
    var position = 0
    var topKey: Range<Int>?
    var checklistKey: Range<Int>?
    var inChecklist = false
    var expectingKey = false
    let count = bytes.count
    while position < count {
      let byte = bytes[position]
      switch byte {
      case 0x22:  // "
        let start = position + 1
        position = start
        while position < count, bytes[position] != 0x22 {
          position += bytes[position] == 0x5C ? 2 : 1
        }
        guard position < count else { return nil }
        let range = start..<position
        position += 1
        if expectingKey {
          if objects.count == 1 { topKey = range }
          if objects.count == 2 { checklistKey = range }
          expectingKey = false
        } else if inChecklist, objects.count == 2, let key = checklistKey,
          equals(bytes, key, "source")
        {
          return range
        }
        continue
      case 0x7B:  // {
        if objects.count == 1, let key = topKey, equals(bytes, key, "inspectedChecklist") {
          inChecklist = true
        }
        objects.append(true)
        expectingKey = true
      case 0x5B:  // [
        if objects.count == 1 { topKey = nil }
        objects.append(false)
        expectingKey = false
      case 0x7D, 0x5D:  // } ]
        guard objects.popLast() != nil else { return nil }
        if objects.count == 1 { inChecklist = false }
        expectingKey = false
      case 0x2C:  // ,
        expectingKey = objects.last ?? false
      case 0x3A:  // :
        expectingKey = false
      default:
        break
      }
      position += 1
    }
    return nil
  }

  private static func equals(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ text: StaticString
  ) -> Bool {
    guard range.count == text.utf8CodeUnitCount else { return false }
    return text.withUTF8Buffer { expected in
      var index = 0
      for position in range {
        if bytes[position] != expected[index] { return false }
        index += 1
      }
      return true
    }
  }

  /// The string the bytes between two quotes stand for: the short escapes (`\n`, `\"`, `\\`,
  /// `\/`, `\t`, `\r`, `\b`, `\f`) are undone and the result must be valid UTF-8. A `\u`
  /// escape, an unknown escape or a raw control character (which JSON forbids) gives nil: the
  /// whole-file path then reads the file and says what is wrong.
  static func plainString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var position = range.lowerBound
    while position < range.upperBound {
      let byte = bytes[position]
      if byte < 0x20 { return nil }
      guard byte == 0x5C else {
        output.append(byte)
        position += 1
        continue
      }
      guard position + 1 < range.upperBound else { return nil }
      switch bytes[position + 1] {
      case 0x6E: output.append(0x0A)  // n
      case 0x22: output.append(0x22)  // "
      case 0x5C: output.append(0x5C)  // \
      case 0x2F: output.append(0x2F)  // /
      case 0x74: output.append(0x09)  // t
      case 0x72: output.append(0x0D)  // r
      case 0x62: output.append(0x08)  // b
      case 0x66: output.append(0x0C)  // f
      default: return nil
      }
      position += 2
    }
    return String(validating: output, as: UTF8.self)
  }

  /// `data` with the embedded checklist text cut out (an empty string in its place), when the
  /// text is plain (see `plainString`): every other value reads the same from it. Nil otherwise.
  static func withoutEmbeddedSource(_ data: Data) -> Data? {
    let bytes = [UInt8](data)
    return bytes.withUnsafeBufferPointer { buffer -> Data? in
      guard let range = embeddedSourceRange(in: buffer), plainString(buffer, range) != nil else {
        return nil
      }
      var reduced = Data(capacity: buffer.count - range.count)
      reduced.append(UnsafeBufferPointer(rebasing: buffer[..<range.lowerBound]))
      reduced.append(UnsafeBufferPointer(rebasing: buffer[range.upperBound...]))
      return reduced
    }
  }
}

/// The JSON spelling of the last embedded checklist text encoded (without its quotes), so a walk
/// escapes its checklist once rather than at every answer.
final class EscapedSourceCache: @unchecked Sendable {
  static let shared = EscapedSourceCache()
  private let lock = NSLock()
  private var source = ""
  private var escaped: [UInt8] = []

  /// The bytes `encoder` writes for `text` inside a document, between the quotes.
  func escaped(_ text: String, encoder: JSONEncoder) throws -> [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    if text == source, !escaped.isEmpty { return escaped }
    let quoted = [UInt8](try encoder.encode(text))
    guard quoted.count >= 2, quoted.first == 0x22, quoted.last == 0x22 else {
      throw EncodingError.invalidValue(
        text, EncodingError.Context(codingPath: [], debugDescription: "not a JSON string"))
    }
    source = text
    escaped = Array(quoted[1..<(quoted.count - 1)])
    return escaped
  }
}
