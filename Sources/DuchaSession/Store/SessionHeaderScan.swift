#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `id` and `status` of a session file read from its top-level object only, without
/// decoding the rest (answers, undo log, the embedded checklist text: nearly all of its bytes).
///
/// `SessionStore.unfinishedCount` uses it to know which files cannot be unfinished, so that only
/// the others are read whole. It never decides that a file is usable: whenever anything is not
/// plain (no object, a key or value with an escape, `id` or `status` twice, a field of another
/// type, an unknown status), the answer is nil and the caller reads the file the exact way.
struct SessionHeaderScan: Equatable {
  /// The session's `id`.
  var id: String
  /// The session's `status`.
  var status: Session.Status

  /// The top-level `id` and `status` of the JSON object in `bytes`, or nil (see above).
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> SessionHeaderScan? {
    var reader = Reader(bytes: bytes)
    reader.skipSpace()
    guard reader.take(0x7B) else { return nil }  // {
    var id: String?
    var status: Session.Status?
    reader.skipSpace()
    if reader.take(0x7D) { return nil }  // an empty object has neither field
    while true {
      reader.skipSpace()
      guard let key = reader.plainString() else { return nil }
      reader.skipSpace()
      guard reader.take(0x3A) else { return nil }  // :
      reader.skipSpace()
      if equals(key, "id") || equals(key, "status") {
        guard let value = reader.plainString(),
          let text = String(validating: value, as: UTF8.self)
        else { return nil }
        // A field given twice is left to the exact reader (which refuses the file).
        if equals(key, "id") {
          guard id == nil else { return nil }
          id = text
        } else {
          guard status == nil, let known = Session.Status(rawValue: text) else { return nil }
          status = known
        }
      } else {
        guard reader.skipValue() else { return nil }
      }
      reader.skipSpace()
      if reader.take(0x2C) { continue }  // ,
      guard reader.take(0x7D) else { return nil }  // }
      break
    }
    guard let id, let status else { return nil }
    return SessionHeaderScan(id: id, status: status)
  }

  private static func equals(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, _ text: String)
    -> Bool
  {
    bytes.elementsEqual(text.utf8)
  }

  /// A cursor over the bytes; every step answers false or nil rather than guessing.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    mutating func skipSpace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      guard position < bytes.count, bytes[position] == byte else { return false }
      position += 1
      return true
    }

    /// The bytes of a string without escapes (between the quotes); nil for anything else.
    mutating func plainString() -> UnsafeBufferPointer<UInt8>.SubSequence? {
      guard take(0x22) else { return nil }
      let start = position
      while position < bytes.count {
        let byte = bytes[position]
        if byte == 0x22 {
          position += 1
          return bytes[start..<(position - 1)]
        }
        if byte == 0x5C || byte < 0x20 { return nil }
        position += 1
      }
      return nil
    }

    /// Steps over the string starting at `position`, escapes included. The embedded checklist
    /// text is most of a file, so its closing quote is found with memchr: a quote ends the
    /// string when an even number of backslashes stands before it.
    mutating func skipString() -> Bool {
      guard let base = bytes.baseAddress else { return false }
      position += 1
      while position < bytes.count {
        guard let found = memchr(base + position, 0x22, bytes.count - position) else {
          return false
        }
        let quote = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        var backslashes = 0
        while quote - backslashes - 1 >= position, bytes[quote - backslashes - 1] == 0x5C {
          backslashes += 1
        }
        position = quote + 1
        if backslashes % 2 == 0 { return true }
      }
      return false
    }

    /// Steps over one value of any kind: strings (escapes included), and objects and arrays by
    /// counting their brackets outside strings. Whether the value is valid JSON is left to the
    /// exact reader of any file that matters.
    mutating func skipValue() -> Bool {
      var depth = 0
      while position < bytes.count {
        let byte = bytes[position]
        switch byte {
        case 0x22:
          guard skipString() else { return false }
          if depth == 0 { return true }
          continue
        case 0x7B, 0x5B:
          depth += 1
        case 0x7D, 0x5D:
          if depth == 0 { return true }  // the end of the enclosing object: a scalar before it
          depth -= 1
          if depth == 0 {
            position += 1
            return true
          }
        case 0x2C:
          if depth == 0 { return true }
        default:
          break
        }
        position += 1
      }
      return false
    }
  }
}
