import Foundation

/// The embedded checklist texts already read, by their bytes as written in the file.
///
/// A folder of ten thousand sessions usually holds two or three checklist versions, each
/// embedded as the same 20–45 KB string in every session. Comparing the bytes with a text
/// already read costs a `memcmp`; decoding them costs a pass and a new 20–45 KB `String` per
/// session, which the summary would hold until it is done (1.5 GB for 30,000 sessions). Here
/// equal bytes give the one `String` already made, whose storage every session shares.
final class EmbeddedTexts: @unchecked Sendable {
  /// The cache `SessionReader` uses by default.
  static let shared = EmbeddedTexts()

  /// At most this many texts are kept; a folder with more versions decodes the rest each time.
  static let capacity = 16

  private let lock = NSLock()
  private var entries: [(bytes: [UInt8], text: String)] = []

  /// The text of the string contents at `range` of `bytes`: the one read before from equal
  /// bytes, else `decode()`'s, kept for the next session.
  func text(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    decode: () throws(JSONBytes.Unusual) -> String
  ) throws(JSONBytes.Unusual) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    if let text = cached(slice) { return text }
    let text = try decode()
    lock.lock()
    defer { lock.unlock() }
    if entries.count < Self.capacity, !entries.contains(where: { Self.equal($0.bytes, slice) }) {
      entries.append((Array(slice), text))
    }
    return text
  }

  /// The text whose string starts with the quote at `quote` of `bytes`, and the position just
  /// after its closing quote, when the bytes there are a text read before followed by a quote.
  /// `rawString` would end its scan at that same quote: the stored bytes are the contents of a
  /// string it read to its end, so they hold no quote that ends a string, no raw control
  /// character, and no backslash left open before their end. Scanning 20–45 KB for the end
  /// of the string (an escaped line break every few dozen bytes) was 8% of a summary's
  /// instructions (callgrind); a `memcmp` of the same bytes is a small part of that.
  func known(_ bytes: UnsafeBufferPointer<UInt8>, at quote: Int) -> (text: String, end: Int)? {
    guard let base = bytes.baseAddress else { return nil }
    let start = quote + 1
    lock.lock()
    defer { lock.unlock() }
    for entry in entries {
      let close = start + entry.bytes.count
      guard close < bytes.count, bytes[close] == 0x22 else { continue }
      let same = entry.bytes.withUnsafeBufferPointer { stored in
        stored.baseAddress.map { memcmp($0, base + start, stored.count) == 0 } ?? true
      }
      if same { return (entry.text, close + 1) }
    }
    return nil
  }

  private func cached(_ slice: UnsafeBufferPointer<UInt8>) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return entries.first { Self.equal($0.bytes, slice) }?.text
  }

  private static func equal(_ stored: [UInt8], _ slice: UnsafeBufferPointer<UInt8>) -> Bool {
    guard stored.count == slice.count else { return false }
    guard !stored.isEmpty, let base = slice.baseAddress else { return true }
    return stored.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { memcmp($0, base, slice.count) == 0 } ?? false
    }
  }
}
