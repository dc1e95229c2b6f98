import DuchaChecklist

/// Reads a CSV export piece by piece, so memory does not grow with the file: decodes each
/// piece to UTF-8, cuts it into records (`CSVRecordSplitter`) and hands out the rows one at a
/// time. Rows, diagnostics and encodings are those of `CSVTableReader` over the whole file.
enum CSVStreamReader {
  /// What reading the file gave besides its rows.
  struct Outcome {
    /// How the text was decoded.
    var encoding: RosterEncoding
    /// Decoding problems, then unreadable records, in file order.
    var diagnostics: [Diagnostic]
  }

  /// Reads `source`, calling `row` for every row in order. `reset` means: forget every row
  /// given so far (the text is read again as GB18030 once it turns out not to be UTF-8, or the
  /// file cannot be used at all).
  static func read(
    _ source: ByteSource, file: String, encoding: RosterEncoding, chunkSize: Int,
    progress: (@Sendable (Int) -> Void)?, row: (TableRow) -> Void, reset: () -> Void
  ) -> Outcome {
    let head = source.read(chunkSize)
    // Excel's UTF-16 text and undecodable files are read whole, by the whole-file decoder:
    // the first is rare, the second stops at its message.
    if RosterDecoder.utf16Order(head) != nil {
      return readWhole(source, file: file, encoding: encoding, progress: progress, row: row)
    }
    var gb18030 = encoding == .gb18030
    var warnings: [Diagnostic] = []
    while true {
      source.rewind()
      var pieces = TextPieces(source: source, chunkSize: chunkSize)
      var splitter = CSVRecordSplitter()
      var problems: [Diagnostic] = []
      var hasText = false
      var failed = false
      while let (raw, isLast) = pieces.next() {
        let decoded: [UInt8]?
        if gb18030 {
          decoded = RosterDecoder.gb18030ToUTF8(raw)
        } else {
          decoded = UTF8Validation.firstInvalidByte(in: raw) == nil ? raw : nil
        }
        guard let text = decoded else {
          failed = true
          break
        }
        if !hasText {
          hasText = text.contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        }
        splitter.add(
          text, isLast: isLast, row: row,
          problem: { error, scanner in
            problems.append(CSVTableReader.diagnostic(for: error, file: file, scanner: scanner))
          }, progress: progress)
      }
      if source.failed {
        reset()
        return Outcome(
          encoding: gb18030 ? .gb18030 : .utf8, diagnostics: [RosterReader.unreadable(file)])
      }
      if failed, !gb18030, encoding == .automatic {
        reset()
        gb18030 = true
        if pieces.hadByteOrderMark {
          warnings.append(RosterDecoder.markSaysUTF8(file: file))
        }
        continue
      }
      if failed {
        reset()
        return readWhole(source, file: file, encoding: encoding, progress: progress, row: row)
      }
      let used: RosterEncoding = gb18030 ? .gb18030 : .utf8
      if !hasText {
        reset()
        return Outcome(encoding: used, diagnostics: warnings + [CSVTableReader.empty(file)])
      }
      return Outcome(encoding: used, diagnostics: warnings + problems)
    }
  }

  /// The whole-file path: the file's bytes through `CSVTableReader`.
  private static func readWhole(
    _ source: ByteSource, file: String, encoding: RosterEncoding,
    progress: (@Sendable (Int) -> Void)?, row: (TableRow) -> Void
  ) -> Outcome {
    let bytes = source.readAll()
    if source.failed {
      return Outcome(encoding: encoding, diagnostics: [RosterReader.unreadable(file)])
    }
    let table = CSVTableReader.read(bytes, file: file, encoding: encoding, progress: progress)
    for tableRow in table.rows { row(tableRow) }
    return Outcome(encoding: table.encoding ?? encoding, diagnostics: table.diagnostics)
  }
}

/// A file's bytes in pieces that end on a character boundary in UTF-8 and in GB18030 alike:
/// just after a byte below 0x30 (a comma, quote, space or line break), which in both is a
/// character of its own, never part of a longer one. A UTF-8 byte-order mark is dropped.
struct TextPieces {
  private let source: ByteSource
  private let chunkSize: Int
  private var carry: [UInt8] = []
  private var started = false
  private var ended = false
  private var finished = false
  /// Whether the file began with a UTF-8 byte-order mark.
  private(set) var hadByteOrderMark = false

  init(source: ByteSource, chunkSize: Int) {
    self.source = source
    self.chunkSize = max(1, chunkSize)
  }

  /// The next piece, and whether it is the last; nil after the last.
  mutating func next() -> ([UInt8], Bool)? {
    guard !finished else { return nil }
    while !ended {
      let more = source.read(chunkSize)
      if more.isEmpty {
        ended = true
        break
      }
      carry += more
      if !started {
        guard carry.count >= 3 else { continue }
        dropByteOrderMark()
      }
      if let last = carry.lastIndex(where: { $0 < 0x30 }) {
        let piece = Array(carry[...last])
        carry = Array(carry[(last + 1)...])
        return (piece, false)
      }
    }
    if !started { dropByteOrderMark() }
    finished = true
    defer { carry = [] }
    return (carry, true)
  }

  private mutating func dropByteOrderMark() {
    started = true
    if carry.starts(with: [0xEF, 0xBB, 0xBF]) {
      hadByteOrderMark = true
      carry.removeFirst(3)
    }
  }
}
