/// One record of a CSV file: its fields and where each begins.
public struct CSVRecord: Sendable, Equatable {
  /// The fields, unquoted.
  public var fields: [String]
  /// The 1-based line the record starts on.
  public var line: Int
  /// The byte offset where each field starts (its opening quote for a quoted field).
  public var fieldOffsets: [Int]
  /// The byte offset where line `line` starts.
  public var lineOffset: Int

  /// Whether the record is an empty line.
  public var isBlank: Bool { fields.count == 1 && fields[0].isEmpty }
}

/// A CSV record that could not be read, with where the trouble is.
public struct CSVError: Error, Sendable, Equatable {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// A quoted field that is never closed; the offset is its opening quote.
    case unterminatedQuote
    /// Text between a closing quote and the next comma, as in `"abc"def`.
    case textAfterQuote
  }

  /// What went wrong.
  public var kind: Kind
  /// The 1-based line of the trouble.
  public var line: Int
  /// The byte offset of the trouble.
  public var offset: Int
  /// The byte offset where that line starts.
  public var lineOffset: Int
}

/// Reads CSV (RFC 4180 as Excel and WPS write it) from UTF-8 bytes, record by record, without
/// building Characters: fast enough for million-row exports. Line breaks are LF, CRLF or CR;
/// quoted fields may hold commas, quotes (`""`) and line breaks. A bad record is reported and
/// the scan goes on with the next one, so one stray quote loses one row, not the file.
public struct CSVScanner: Sendable {
  /// The bytes being read.
  public let bytes: [UInt8]
  /// The field separator: a comma, or a tab for tab-separated exports.
  public let delimiter: UInt8
  /// Where the next record starts; a chunked reader keeps the bytes from here on.
  private(set) var position = 0
  /// The line the next record starts on.
  private(set) var line: Int
  private var lineOffset = 0

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Starts reading `bytes` (UTF-8, no BOM) split at `delimiter`; `firstLine` is the line
  /// number of the first byte, for a piece of a longer file.
  public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), firstLine: Int = 1) {
    self.bytes = bytes
    self.delimiter = delimiter
    self.line = firstLine
  }

  /// A tab when the first line has tabs and no commas outside quotes, a comma otherwise.
  public static func guessDelimiter(_ bytes: [UInt8]) -> UInt8 {
    guessDelimiter(bytes, isWhole: true) ?? UInt8(ascii: ",")
  }

  /// The delimiter of the first line, or nil when `bytes` is the start of a longer text and
  /// the first line (outside quotes) does not end inside it.
  static func guessDelimiter(_ bytes: [UInt8], isWhole: Bool) -> UInt8? {
    var ended = false
    var commas = 0
    var tabs = 0
    var quoted = false
    for byte in bytes {
      if byte == quote { quoted.toggle() }
      if quoted { continue }
      if byte == lineFeed || byte == carriageReturn {
        ended = true
        break
      }
      if byte == UInt8(ascii: ",") { commas += 1 }
      if byte == UInt8(ascii: "\t") { tabs += 1 }
    }
    if !ended, !isWhole { return nil }
    return tabs > commas ? UInt8(ascii: "\t") : UInt8(ascii: ",")
  }

  /// The 1-based column, in characters, of byte `offset` on the line starting at `lineOffset`.
  public func column(ofByte offset: Int, lineOffset: Int) -> Int {
    UTF8Validation.characterColumn(of: offset, lineStart: lineOffset, in: bytes)
  }

  /// The next record, an error for a record that cannot be read, or nil at the end.
  public mutating func next() -> Result<CSVRecord, CSVError>? {
    guard position < bytes.count else { return nil }
    let count = bytes.count
    let startLine = line
    let startLineOffset = lineOffset
    var fields: [String] = []
    var offsets: [Int] = []
    var problem: CSVError?
    var buffer: [UInt8] = []
    while true {
      let fieldStart = position
      offsets.append(fieldStart)
      if position < count, bytes[position] == Self.quote {
        let quoteLine = line
        let quoteLineOffset = lineOffset
        position += 1
        buffer.removeAll(keepingCapacity: true)
        var closed = false
        while position < count {
          let byte = bytes[position]
          if byte == Self.quote {
            if position + 1 < count, bytes[position + 1] == Self.quote {
              buffer.append(Self.quote)
              position += 2
              continue
            }
            position += 1
            closed = true
            break
          }
          if isLineBreak(at: position) {
            line += 1
            lineOffset = position + 1
          }
          buffer.append(byte)
          position += 1
        }
        guard closed else {
          // Everything after the stray quote would be swallowed: report it and read on from
          // the next line, where the following records most likely start.
          restart(afterLineContaining: fieldStart, line: quoteLine)
          return .failure(
            CSVError(
              kind: .unterminatedQuote, line: quoteLine, offset: fieldStart,
              lineOffset: quoteLineOffset))
        }
        let textStart = position
        while position < count, !endsField(bytes[position]) { position += 1 }
        if position > textStart {
          if problem == nil {
            problem = CSVError(
              kind: .textAfterQuote, line: line, offset: textStart, lineOffset: lineOffset)
          }
          buffer.append(contentsOf: bytes[textStart..<position])
        }
        fields.append(String(decoding: buffer, as: UTF8.self))
      } else {
        while position < count, !endsField(bytes[position]) { position += 1 }
        fields.append(String(decoding: bytes[fieldStart..<position], as: UTF8.self))
      }
      if position >= count { break }
      if bytes[position] == delimiter {
        position += 1
        continue
      }
      // A line break ends the record.
      if bytes[position] == Self.carriageReturn, position + 1 < count,
        bytes[position + 1] == Self.lineFeed
      {
        position += 1
      }
      position += 1
      line += 1
      lineOffset = position
      break
    }
    if let problem { return .failure(problem) }
    return .success(
      CSVRecord(fields: fields, line: startLine, fieldOffsets: offsets, lineOffset: startLineOffset)
    )
  }

  private func endsField(_ byte: UInt8) -> Bool {
    byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn
  }

  /// Whether the byte at `index` ends a line: LF, or CR not followed by LF.
  private func isLineBreak(at index: Int) -> Bool {
    let byte = bytes[index]
    if byte == Self.lineFeed { return true }
    return byte == Self.carriageReturn
      && !(index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed)
  }

  private mutating func restart(afterLineContaining offset: Int, line: Int) {
    var index = offset
    while index < bytes.count, !isLineBreak(at: index) { index += 1 }
    position = min(index + 1, bytes.count)
    self.line = line + 1
    lineOffset = position
  }
}
