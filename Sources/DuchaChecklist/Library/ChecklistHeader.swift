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
    let cut = data.withUnsafeBytes { sectionStart(UnsafeRawBufferPointer($0)) }
    let (source, _) = SourceDecoder.decode(data.prefix(cut), file: file.path)
    guard let source else { return nil }
    let tree = ChecklistParser.parseHeader(source)
    guard let id = tree.id?.0,
      let title = tree.header.first(where: { $0.keyword == "标题" })?.text, !title.isEmpty
    else { return nil }
    return ChecklistHeader(id: id, title: title)
  }

  /// The byte offset of the first line that starts (after spaces, tabs or U+3000) with the word
  /// `部分` or `加分项` followed by white space, a colon or the line's end; the end of the bytes
  /// when there is none. Only UTF-8 spellings are recognised: a file in another encoding is
  /// scanned whole, which is slower but gives the same answer.
  static func sectionStart(_ bytes: UnsafeRawBufferPointer) -> Int {
    let count = bytes.count
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
      while index < count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
      lineStart = index + 1
    }
    return count
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
