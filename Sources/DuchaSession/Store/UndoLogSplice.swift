import Foundation

/// The undo log's JSON, written from the encoded bytes of each step.
///
/// A walk keeps its last 50 steps (`Session.undoLimit`), about 15 KB of a saved file, and each
/// answer adds one and drops the oldest: every other step is saved again unchanged. Each step is
/// encoded once (`UndoStepBytes`) and the array is put together the way the encoder's pretty
/// printer writes it at the top level of the session: `[`, each step on its own lines indented by
/// four spaces (empty lines stay empty), separated by `,` and a new line, then `  ]`. `SessionFastReadTests` holds the
/// result to JSONEncoder's bytes for the whole session.
enum UndoLogSplice {
  /// The bytes of `steps` as the value of the session's `undoLog` key; `steps` is not empty.
  static func arrayBytes(_ steps: [UndoStep], encoder: JSONEncoder) throws -> [UInt8] {
    var bytes: [UInt8] = Array("[\n".utf8)
    for (index, step) in steps.enumerated() {
      if index > 0 { bytes += Array(",\n".utf8) }
      bytes += try UndoStepBytes.shared.encoded(step, encoder: encoder)
    }
    bytes += Array("\n  ]".utf8)
    return bytes
  }

  /// The byte range of the value of the top-level key `undoLog` (from `[` to its `]`) in a
  /// session the encoder wrote; nil when there is none.
  static func valueRange(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var depth = 0
    var expectingKey = false
    var keyIsUndoLog = false
    var position = 0
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
        if expectingKey, depth == 1 {
          keyIsUndoLog = Array(UnsafeBufferPointer(rebasing: bytes[start..<position])) == key
        }
        expectingKey = false
      case 0x7B, 0x5B:  // { [
        if depth == 1, keyIsUndoLog, byte == 0x5B {
          return closingBracket(in: bytes, from: position).map { position..<($0 + 1) }
        }
        depth += 1
        expectingKey = byte == 0x7B
      case 0x7D, 0x5D:  // } ]
        depth -= 1
        expectingKey = false
      case 0x2C:  // ,
        expectingKey = depth == 1 || expectingKey
        if depth == 1 { keyIsUndoLog = false }
      default:
        break
      }
      position += 1
    }
    return nil
  }

  private static let key = Array("undoLog".utf8)

  /// The position of the `]` that closes the `[` at `start`.
  private static func closingBracket(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int?
  {
    var depth = 0
    var position = start
    while position < bytes.count {
      switch bytes[position] {
      case 0x22:
        position += 1
        while position < bytes.count, bytes[position] != 0x22 {
          position += bytes[position] == 0x5C ? 2 : 1
        }
      case 0x7B, 0x5B: depth += 1
      case 0x7D, 0x5D:
        depth -= 1
        if depth == 0 { return position }
      default: break
      }
      position += 1
    }
    return nil
  }
}

/// The encoded bytes of undo steps already saved once, so the steps a walk saves again at every
/// answer are not encoded again. Steps are found by the UTF-8 bytes of their time and text and
/// compared whole. The key is bytes, not a `String`: Swift hashes a Chinese `String` through its
/// NFC form, and hashing fifty such keys per save was a twentieth of a walk's CPU (perf record of
/// a 300-answer walk); bytes also never match a step whose text is only canonically equal.
final class UndoStepBytes: @unchecked Sendable {
  static let shared = UndoStepBytes()
  private let lock = NSLock()
  private var known: [[UInt8]: [(step: UndoStep, bytes: [UInt8])]] = [:]
  private var count = 0

  /// What `encoder` writes for `step` on its own, indented as an element of the undo log.
  func encoded(_ step: UndoStep, encoder: JSONEncoder) throws -> [UInt8] {
    var key = Array(step.time.utf8)
    key.append(0)
    key.append(contentsOf: step.what.utf8)
    lock.lock()
    if let found = known[key]?.first(where: { $0.step == step }) {
      lock.unlock()
      return found.bytes
    }
    lock.unlock()
    let bytes = JSONIndent.indented(
      [UInt8](try encoder.encode(step)), by: 4, indentingFirstLine: true)
    lock.lock()
    // More than a walk's log and a few undone steps: start again rather than grow.
    if count >= 4 * Session.undoLimit {
      known.removeAll()
      count = 0
    }
    known[key, default: []].append((step, bytes))
    count += 1
    lock.unlock()
    return bytes
  }
}
