/// Where one field of a CSV record lies in a byte buffer.
public struct CSVFieldRange: Sendable, Equatable {
  /// The first byte of the field's text (after the opening quote of a quoted field).
  public var start: Int
  /// One past the last byte of the text (before the closing quote).
  public var end: Int
  /// Whether the text holds doubled quotes (`""`) that stand for one quote.
  public var hasDoubledQuotes: Bool

  /// Creates a range.
  public init(start: Int, end: Int, hasDoubledQuotes: Bool = false) {
    self.start = start
    self.end = end
    self.hasDoubledQuotes = hasDoubledQuotes
  }

  /// The field's bytes, with doubled quotes made single.
  public func bytes(in buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    guard start < end else { return [] }
    let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
    guard hasDoubledQuotes else { return Array(slice) }
    var result: [UInt8] = []
    result.reserveCapacity(slice.count)
    var skipNext = false
    for byte in slice {
      if skipNext {
        skipNext = false
        continue
      }
      result.append(byte)
      if byte == UInt8(ascii: "\"") { skipNext = true }
    }
    return result
  }
}

/// What `CSVByteScanner.scanRecord` found at a position.
public enum CSVByteScan: Sendable, Equatable {
  /// A record: its fields are in the `fields` array passed in. `next` is where the following
  /// record starts, `lineBreaks` how many line ends the record spans (its own included), and
  /// `problem` the first thing wrong with it (text after a closing quote) with its offset.
  case record(next: Int, lineBreaks: Int, problem: CSVError.Kind?, problemOffset: Int)
  /// The buffer ends inside the record: read more bytes and scan again from the same start.
  case needMoreBytes
  /// A quote opened at `quoteOffset` is never closed before the end of the input.
  case unterminatedQuote(quoteOffset: Int)
}

/// The byte level of CSV reading, for files too large to hold as cells: it finds where each
/// field of a record lies in a buffer without copying or decoding anything. The caller decodes
/// only the fields it needs. Safe for UTF-8 and GB18030 alike: commas, quotes, CR and LF are
/// ASCII, and no GB18030 multi-byte character contains an ASCII byte (its trailing bytes are
/// 0x40–0xFE or, for four-byte characters, 0x30–0x39 — digits, never a separator).
///
/// Why hand-written: see README, 数据比对 · 速度 (the byte scan against a CSV library).
public enum CSVByteScanner {
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Scans the record starting at `start`. `atEnd` says the buffer holds the rest of the input;
  /// otherwise a record cut by the buffer's end gives `.needMoreBytes`. `fields` is cleared and
  /// filled (reused between calls so a million records make no garbage).
  public static func scanRecord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool, delimiter: UInt8,
    fields: inout [CSVFieldRange]
  ) -> CSVByteScan {
    fields.removeAll(keepingCapacity: true)
    let count = bytes.count
    var position = start
    var lineBreaks = 0
    var problem: CSVError.Kind?
    var problemOffset = 0
    while true {
      if position < count, bytes[position] == quote {
        let quoteOffset = position
        position += 1
        let textStart = position
        var doubled = false
        var closed = false
        while position < count {
          let byte = bytes[position]
          if byte == quote {
            if position + 1 < count {
              if bytes[position + 1] == quote {
                doubled = true
                position += 2
                continue
              }
            } else if !atEnd {
              return .needMoreBytes
            }
            closed = true
            break
          }
          if byte == lineFeed {
            lineBreaks += 1
          } else if byte == carriageReturn {
            if position + 1 >= count && !atEnd { return .needMoreBytes }
            if position + 1 >= count || bytes[position + 1] != lineFeed { lineBreaks += 1 }
          }
          position += 1
        }
        guard closed else {
          return atEnd ? .unterminatedQuote(quoteOffset: quoteOffset) : .needMoreBytes
        }
        fields.append(CSVFieldRange(start: textStart, end: position, hasDoubledQuotes: doubled))
        position += 1
        let afterQuote = position
        while position < count {
          let byte = bytes[position]
          if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
          position += 1
        }
        if position > afterQuote, problem == nil {
          problem = .textAfterQuote
          problemOffset = afterQuote
        }
      } else {
        let fieldStart = position
        while position < count {
          let byte = bytes[position]
          if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
          position += 1
        }
        fields.append(CSVFieldRange(start: fieldStart, end: position))
      }
      guard position < count else {
        if !atEnd { return .needMoreBytes }
        return .record(
          next: position, lineBreaks: lineBreaks, problem: problem, problemOffset: problemOffset)
      }
      let byte = bytes[position]
      if byte == delimiter {
        position += 1
        continue
      }
      if byte == carriageReturn {
        if position + 1 >= count {
          if !atEnd { return .needMoreBytes }
        } else if bytes[position + 1] == lineFeed {
          position += 1
        }
      }
      return .record(
        next: position + 1, lineBreaks: lineBreaks + 1, problem: problem,
        problemOffset: problemOffset)
    }
  }

  /// Where reading goes on after a quote that is never closed: the line after the quote's.
  public static func restartOffset(afterQuoteAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    var index = offset
    while index < bytes.count, bytes[index] != lineFeed, bytes[index] != carriageReturn {
      index += 1
    }
    if index + 1 < bytes.count, bytes[index] == carriageReturn, bytes[index + 1] == lineFeed {
      index += 1
    }
    return min(index + 1, bytes.count)
  }
}
