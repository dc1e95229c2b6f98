import Foundation

/// The bytes of the session files this process wrote, with their id and save sequence, so the
/// check before every save (no newer copy on disk) recognises its own last file by comparing
/// bytes instead of decoding it again. Any difference at all — another copy, a file rewritten
/// in place — and the file is decoded as before.
final class SaveSequenceMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var written: [String: (bytes: [UInt8], id: String, sequence: Int)] = [:]

  /// The id and sequence of the file at `path` if `bytes` are exactly what this process wrote.
  func lookup(_ path: String, _ bytes: Data) -> (id: String, sequence: Int)? {
    lock.lock()
    defer { lock.unlock() }
    guard let entry = written[path], entry.bytes.count == bytes.count else { return nil }
    let same = entry.bytes.withUnsafeBytes { kept in
      bytes.withUnsafeBytes { read in
        kept.isEmpty || memcmp(kept.baseAddress!, read.baseAddress!, kept.count) == 0
      }
    }
    guard same else { return nil }
    return (entry.id, entry.sequence)
  }

  /// Records what was written to `path`.
  func remember(_ path: String, _ bytes: [UInt8], id: String, sequence: Int) {
    lock.lock()
    written[path] = (bytes, id, sequence)
    lock.unlock()
  }
}
