/// A line's known keyword read straight from its UTF-8 bytes: ASCII indent, the keyword's bytes,
/// then ASCII white space and an optional colon. Most lines of a checklist start so, and the
/// general path (leading white space, line start, `KeywordSplit`, the keyword table's hashed
/// lookup, the word's character count, each a walk of its own with `Substring` indices) cost
/// 2–3K instructions a line, a fifth of parsing a large file.
///
/// The answer is exactly the general path's: every scalar read is ASCII or a CJK ideograph of a
/// keyword (a character of its own, not white space), so counting bytes and scalars counts
/// characters. Anything else — non-ASCII white space, a scalar after the separator that could
/// join a neighbour, a word that is no keyword — returns nil and takes the general path.
struct KeywordMatch {
  /// The indent's length in characters (and bytes: it is ASCII).
  var indent: Int
  /// The keyword the line's word stands for (an alias's keyword) and how its line is read.
  var keyword: String
  var reading: Keywords.Reading
  /// The written word's length in characters.
  var wordLength: Int
  /// Where the rest starts, in bytes from the start of the line and in characters from the
  /// end of the indent.
  var restByte: Int
  var restOffset: Int
  var hasColon: Bool

  /// One keyword or alias as bytes, with its first scalar for a cheap first test.
  private struct Entry {
    var bytes: [UInt8]
    var first: UInt32
    var length: Int
    var keyword: String
    var reading: Keywords.Reading
  }

  /// Every entry of `Keywords.readings` (all CJK ideographs: 3 bytes, one character each).
  private static let entries: [Entry] = Keywords.readings.compactMap { word, entry in
    let bytes = Array(word.utf8)
    guard bytes.count >= 3, bytes.count % 3 == 0, InertText.isInert(word),
      bytes.allSatisfy({ $0 >= 0x80 })
    else { return nil }
    return Entry(
      bytes: bytes, first: scalar3(bytes, 0), length: bytes.count / 3, keyword: entry.keyword,
      reading: entry.reading)
  }

  /// `Entry.first` of each entry, in order (tested before an entry is read: reading one
  /// retained and released its bytes and keyword).
  private static let firsts: [UInt32] = entries.map(\.first)

  /// The entries by the low six bits of their first scalar, each bucket in the entries' order:
  /// `bucketEntries[bucketStarts[b]..<bucketStarts[b + 1]]` are the indices of bucket `b`'s.
  /// Comparing a line's first scalar with every entry's was a fifth of matching it.
  private static let bucketStarts: [Int] = {
    var starts = [Int](repeating: 0, count: 65)
    for entry in entries { starts[Int(entry.first & 63) + 1] += 1 }
    for bucket in 0..<64 { starts[bucket + 1] += starts[bucket] }
    return starts
  }()
  private static let bucketEntries: [Int] = (0..<64).flatMap { bucket in
    entries.indices.filter { Int(entries[$0].first & 63) == bucket }
  }

  /// Whether `bytes` holds `word` at `offset` (the caller checked the length).
  @inline(__always)
  private static func sameBytes(
    _ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> Bool {
    for index in word.indices where word[index] != bytes[offset + index] { return false }
    return true
  }

  /// The three-byte scalar at `offset` (the caller checked the lead byte and the length).
  @inline(__always)
  private static func scalar3<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ offset: Int)
    -> UInt32 where Bytes.Index == Int
  {
    UInt32(bytes[offset] & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
      | UInt32(bytes[offset + 2] & 0x3F)
  }

  /// The match for `line`, or nil for the general path.
  static func match(_ line: Substring) -> KeywordMatch? {
    line.utf8.withContiguousStorageIfAvailable(match) ?? nil
  }

  private static func match(_ bytes: UnsafeBufferPointer<UInt8>) -> KeywordMatch? {
    var start = 0
    while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    // A keyword's first scalar takes three bytes with a lead of E0–EF.
    guard start + 2 < bytes.count, bytes[start] & 0xF0 == 0xE0 else { return nil }
    let first = scalar3(bytes, start)
    // Only the entries of the first scalar's bucket, in order: an entry with another first
    // scalar cannot match.
    let bucket = Int(first & 63)
    for slot in bucketStarts[bucket]..<bucketStarts[bucket + 1] {
      let index = bucketEntries[slot]
      guard firsts[index] == first else { continue }
      let entry = entries[index]
      let end = start + entry.bytes.count
      guard end <= bytes.count, sameBytes(entry.bytes, bytes, at: start) else { continue }
      guard let (restByte, separator, hasColon) = separator(bytes, from: end) else {
        // A longer word (`总分上限` after `总分`) may still be another entry.
        if end < bytes.count, !endsWord(bytes, at: end) { continue }
        return nil
      }
      return KeywordMatch(
        indent: start, keyword: entry.keyword, reading: entry.reading, wordLength: entry.length,
        restByte: restByte, restOffset: entry.length + separator, hasColon: hasColon)
    }
    return nil
  }

  /// Whether the scalar at `offset` could end a word for `KeywordSplit` (white space or a
  /// colon) or needs the general path to tell (it could join the keyword's last character).
  private static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    let value = UTF8Scan.scalar(bytes, at: offset).value
    return LexUnits.isSpace(value) || value == 0x3A || value == 0xFF1A
      || !LexUnits.isStandalone(value)
  }

  /// After a keyword ending at `offset`: where the rest starts, how many characters the
  /// separator took and whether it held a colon — `KeywordSplit.splitScalars`' walk (white
  /// space, then one colon; after a colon anything ends it) for ASCII white space and the two
  /// colons. Nil when the keyword runs on into a longer word, or a scalar needs the general path.
  private static func separator(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> (
    Int, Int, Bool
  )? {
    var index = offset
    var characters = 0
    var hasColon = false
    while index < bytes.count {
      let byte = bytes[index]
      if !hasColon, byte == 0x20 || byte == 0x09 {
        index += 1
        characters += 1
        continue
      }
      if !hasColon, byte == 0x3A {
        hasColon = true
        index += 1
        characters += 1
        continue
      }
      if !hasColon, byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC,
        bytes[index + 2] == 0x9A
      {
        hasColon = true
        index += 3
        characters += 1
        continue
      }
      // The first scalar of the rest (or one right after the keyword): the general path reads
      // it too and leaves for `Character`s when it could join a neighbour.
      if byte < 0x80 {
        guard (byte >= 0x20 && byte != 0x7F) || byte == 0x09 else { return nil }
      } else {
        let value = UTF8Scan.scalar(bytes, at: index).value
        guard LexUnits.isStandalone(value), hasColon || !LexUnits.isSpace(value) else {
          return nil
        }
      }
      // Right after the keyword, anything but a separator makes a longer word.
      if index == offset { return nil }
      break
    }
    return (index, characters, hasColon)
  }
}
