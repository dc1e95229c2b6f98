import Foundation

/// What a checklist chooser shows of a file — its id and title — read from the lines before its
/// first `部分` or `加分项` only, so a library of many checklists is listed without parsing and
/// validating every one of them.
public struct ChecklistHeader: Sendable, Equatable {
  /// `清单` id.
  public var id: String
  /// `标题`.
  public var title: String

  /// Creates a header.
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }

  /// The id and title the whole file's checklist would have, or nil when the lines before the
  /// first section do not give both (the caller then loads the whole file, which says why).
  ///
  /// The lines up to the cut are parsed by the checklist parser itself, so every rule (aliases,
  /// comments, `|` continuations, the first `清单` and `标题` winning over repeats) is the
  /// parser's. A `部分`/`加分项` line ends every text field, so nothing after it can change a
  /// `清单` id or `标题` already found before it; the parser stops earlier still, at the first
  /// statement after both are known (`ChecklistParser.parseHeader`), since the header's lists,
  /// inputs and samples between the title and the first section cannot change them either.
  public static func scan(_ file: ChecklistFile) -> ChecklistHeader? {
    let data = file.data
    let (cut, read) = data.withUnsafeBytes { raw in
      let bytes = UnsafeRawBufferPointer(raw)
      let cut = sectionStart(bytes)
      return (cut, lineByLine(UnsafeRawBufferPointer(rebasing: bytes[..<cut]), file: file.path))
    }
    var tree: ChecklistSyntax
    if let read {
      tree = read
    } else {
      let (source, _) = SourceDecoder.decode(data.prefix(cut), file: file.path)
      guard let source else { return nil }
      tree = ChecklistParser.parseHeader(source)
    }
    guard let id = tree.id?.0,
      let title = tree.header.first(where: { $0.keyword == "标题" })?.text, !title.isEmpty
    else { return nil }
    return ChecklistHeader(id: id, title: title)
  }

  /// `parseHeader` of the bytes before the first section, read one line at a time off the
  /// bytes: decoding and splitting all of them cost more than parsing the few lines the
  /// header needs (a third of listing the REPL's checklists, issue 13). Nil when the bytes
  /// are not plain UTF-8 text (a zero byte, or a malformed sequence anywhere before the cut,
  /// read or not): the caller then decodes them whole as before, GB18030 and errors included,
  /// so the header is always the one `SourceDecoder` and `parseHeader` give. The bytes are
  /// checked once by `UTF8Scan.isWellFormed`; `String(validating:)` of each line took the
  /// standard library's slow generic path.
  private static func lineByLine(_ bytes: UnsafeRawBufferPointer, file: String)
    -> ChecklistSyntax?
  {
    guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil,
      UTF8Scan.isWellFormed(bytes)
    else { return nil }
    let count = bytes.count
    var start = 0
    if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    // Lines end at LF, CR or CR LF, as `SourceText` splits them. The parser's source holds
    // only the file's name (the lines are handed to it here); its diagnostics are dropped.
    var parser = ChecklistParser(source: SourceText(file: file, text: ""))
    var number = 1
    let hasCR = memchr(base, 0x0D, count) != nil
    while start < count {
      let end = lineEnd(bytes, from: start, hasCR: hasCR)
      if !isCommentOrBlank(bytes[start..<end]) {
        let line = String(
          decoding: UnsafeBufferPointer(
            start: (base + start).assumingMemoryBound(to: UInt8.self), count: end - start),
          as: UTF8.self)
        guard parser.parseHeaderLine(line[...], number: number) else { break }
      }
      number += 1
      start = end + 1
      if end < count, bytes[end] == 0x0D, start < count, bytes[start] == 0x0A { start += 1 }
    }
    return parser.tree
  }

  /// Whether `line` is blank (spaces and tabs) or, after them, a `#` comment whose `#` is a
  /// character of its own (the end of the line or an ASCII byte follows): a line the parser
  /// passes over without changing anything, so the header scan need not decode it. Any other
  /// spelling (`＃`, a mark after `#`) is handed to the parser.
  private static func isCommentOrBlank(_ line: Slice<UnsafeRawBufferPointer>) -> Bool {
    guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return true }
    guard line[first] == 0x23 else { return false }
    let next = first + 1
    return next == line.endIndex || line[next] < 0x80
  }

  /// The byte offset of the first line that starts (after spaces, tabs or U+3000) with the word
  /// `部分` or `加分项` followed by white space, a colon or the line's end; the end of the bytes
  /// when there is none. Only UTF-8 spellings are recognised: a file in another encoding is
  /// scanned whole, which is slower but gives the same answer.
  static func sectionStart(_ bytes: UnsafeRawBufferPointer) -> Int {
    let count = bytes.count
    guard let base = bytes.baseAddress else { return 0 }
    let hasCR = memchr(base, 0x0D, count) != nil
    var lineStart = 0
    while lineStart < count {
      var index = lineStart
      while index < count {
        if bytes[index] == 0x20 || bytes[index] == 0x09 {
          index += 1
        } else if index + 2 < count, bytes[index] == 0xE3, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x80
        {
          index += 3  // U+3000 IDEOGRAPHIC SPACE
        } else {
          break
        }
      }
      for keyword in sectionKeywords where startsWord(keyword, in: bytes, at: index) {
        return lineStart
      }
      // On to the byte after the next LF or CR.
      lineStart = lineEnd(bytes, from: index, hasCR: hasCR) + 1
    }
    return count
  }

  /// The offset of the first LF or CR at or after `offset`, or the end of the bytes; found by
  /// `memchr` (vectorized) when there is no CR at all (`hasCR`), else byte by byte.
  private static func lineEnd(_ bytes: UnsafeRawBufferPointer, from offset: Int, hasCR: Bool)
    -> Int
  {
    let count = bytes.count
    guard !hasCR else {
      var index = offset
      while index < count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
      return index
    }
    guard offset < count, let base = bytes.baseAddress,
      let found = memchr(base + offset, 0x0A, count - offset)
    else { return count }
    return UnsafeRawPointer(found) - base
  }

  private static let sectionKeywords: [[UInt8]] = [Array("部分".utf8), Array("加分项".utf8)]

  /// Whether `keyword` stands at `offset`, followed by the end of the line, white space (ASCII
  /// or U+3000) or a colon (ASCII or full-width) — the end of a keyword for `KeywordSplit`.
  private static func startsWord(
    _ keyword: [UInt8], in bytes: UnsafeRawBufferPointer, at offset: Int
  )
    -> Bool
  {
    let end = offset + keyword.count
    guard end <= bytes.count else { return false }
    for (position, byte) in keyword.enumerated() where bytes[offset + position] != byte {
      return false
    }
    guard end < bytes.count else { return true }
    switch bytes[end] {
    case 0x0A, 0x0D, 0x20, 0x09, 0x3A: return true
    case 0xE3:  // U+3000
      return end + 2 < bytes.count && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x80
    case 0xEF:  // U+FF1A FULLWIDTH COLON
      return end + 2 < bytes.count && bytes[end + 1] == 0xBC && bytes[end + 2] == 0x9A
    default: return false
    }
  }
}
