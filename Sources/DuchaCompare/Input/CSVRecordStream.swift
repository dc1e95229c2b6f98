import DuchaRoster

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A CSV record the stream could not read, with where it is.
public struct StreamProblem: Sendable, Equatable {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// A quoted field that is never closed; the place is its opening quote.
    case unterminatedQuote
    /// Text between a closing quote and the next comma, as in `"abc"def`.
    case textAfterQuote
    /// Reading the file failed (`errno`: a USB stick pulled out, a network share gone); the
    /// place is the first record not read, and nothing after it was read.
    case readFailed(code: Int32)
  }

  /// What is wrong.
  public var kind: Kind
  /// The 1-based line.
  public var line: Int
  /// The 1-based column in characters.
  public var column: Int

  /// Creates a problem report.
  public init(kind: Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }
}

/// A place between two records of a CSV file.
public struct StreamPosition: Sendable, Equatable {
  /// The byte offset where the record starts.
  public var offset: Int
  /// Its 1-based line.
  public var line: Int

  /// Creates a position.
  public init(offset: Int, line: Int) {
    self.offset = offset
    self.line = line
  }
}

/// Reads a CSV file record by record through a fixed-size buffer (4 MiB by default), so memory
/// stays flat however large the file is; records are visited in place, never copied.
public final class CSVRecordStream {
  /// A record longer than this is taken to be an unclosed quote swallowing the file.
  static let maximumRecordBytes = 1 << 20

  /// `read(2)`'s shape: a descriptor, where to put the bytes, how many at most; -1 and `errno`
  /// on failure.
  public typealias Reader = (Int32, UnsafeMutableRawPointer, Int) -> Int

  private let descriptor: Int32
  private var buffer: UnsafeMutableBufferPointer<UInt8>
  private let decoding: TextDecoding
  private let delimiter: UInt8
  private let reader: Reader

  /// Opens `path`; nil when it cannot be opened. `reader` reads the file (tests fail it).
  public init?(
    path: String, decoding: TextDecoding, delimiter: UInt8, chunkSize: Int = 1 << 22,
    reader: @escaping Reader = { descriptor, bytes, count in read(descriptor, bytes, count) }
  ) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    self.descriptor = descriptor
    self.reader = reader
    self.buffer = .allocate(capacity: max(chunkSize, 4))
    self.decoding = decoding
    self.delimiter = delimiter
  }

  deinit {
    close(descriptor)
    buffer.deallocate()
  }

  /// Visits every record from byte `offset` (after a BOM) on, up to the first record that
  /// starts at or after `end`; `visit` returns false to stop after its record. Records that
  /// cannot be read go to `problem`, and reading goes on after them; a failed read goes there
  /// too (`readFailed`, at the first record not read) and ends the visit. Lines are counted from
  /// `firstLine`. Returns where the next record starts and its line: a range scanned this way
  /// ends exactly where the next range must start.
  @discardableResult
  public func forEach(
    from offset: Int, to end: Int = .max, firstLine: Int = 1, visit: (RowView) -> Bool,
    problem: (StreamProblem) -> Void
  ) -> StreamPosition {
    guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
      return StreamPosition(offset: offset, line: firstLine)
    }
    var fileOffset = offset  // the file offset of buffer[0]
    var filled = 0
    var start = 0
    var atEnd = false
    var line = firstLine
    var fields: [CSVFieldRange] = []
    fields.reserveCapacity(64)
    while true {
      if fileOffset + start >= end { return StreamPosition(offset: fileOffset + start, line: line) }
      let view = UnsafeBufferPointer(rebasing: buffer[0..<filled])
      let scan =
        start < filled || atEnd
        ? CSVByteScanner.scanRecord(
          view, from: start, atEnd: atEnd, delimiter: delimiter, fields: &fields)
        : .needMoreBytes
      switch scan {
      case .record(let next, let lineBreaks, let kind, let problemOffset):
        if start >= filled { return StreamPosition(offset: fileOffset + start, line: line) }
        if let kind {
          problem(place(kind, at: problemOffset, recordStart: start, line: line, in: view))
        } else {
          let goOn = fields.withUnsafeBufferPointer { ranges in
            visit(
              RowView(
                storage: .csv(view, ranges), line: line, reference: fileOffset + start,
                decoding: decoding))
          }
          if !goOn {
            return StreamPosition(offset: fileOffset + next, line: line + lineBreaks)
          }
        }
        line += lineBreaks
        start = next
      case .unterminatedQuote(let quoteOffset):
        problem(
          place(.unterminatedQuote, at: quoteOffset, recordStart: start, line: line, in: view))
        let restart = CSVByteScanner.restartOffset(afterQuoteAt: quoteOffset, in: view)
        line += lineBreakCount(view, from: start, to: restart)
        start = restart
      case .needMoreBytes:
        if atEnd { return StreamPosition(offset: fileOffset + start, line: line) }
        if filled - start >= Self.maximumRecordBytes {
          // Decide on what is here: an unclosed quote (the usual cause) is reported as such.
          switch CSVByteScanner.scanRecord(
            view, from: start, atEnd: true, delimiter: delimiter, fields: &fields)
          {
          case .unterminatedQuote(let quoteOffset):
            problem(
              place(.unterminatedQuote, at: quoteOffset, recordStart: start, line: line, in: view))
            let restart = CSVByteScanner.restartOffset(afterQuoteAt: quoteOffset, in: view)
            line += lineBreakCount(view, from: start, to: restart)
            start = restart
            continue
          default:
            break
          }
        }
        // Move the unread tail to the front, grow if one record fills the buffer, read more.
        let tail = filled - start
        if start > 0 {
          if tail > 0 {
            buffer.baseAddress!.update(from: buffer.baseAddress! + start, count: tail)
          }
          fileOffset += start
          start = 0
          filled = tail
        }
        if filled == buffer.count {
          let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
          larger.baseAddress!.update(from: buffer.baseAddress!, count: filled)
          buffer.deallocate()
          buffer = larger
        }
        let got = reader(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
        if got < 0 {
          // A read error is no end of file: the rows after it would silently go uncompared.
          let code = errno
          if code == EINTR { continue }
          problem(StreamProblem(kind: .readFailed(code: code), line: line, column: 1))
          return StreamPosition(offset: fileOffset + start, line: line)
        }
        if got == 0 {
          atEnd = true
        } else {
          filled += got
        }
      }
    }
  }

  /// The cells of the record at byte `offset`, decoded: to output a row found earlier.
  public func record(at offset: Int) -> [String]? {
    var result: [String]?
    forEach(
      from: offset,
      visit: { row in
        result = row.texts
        return false
      }, problem: { _ in })
    return result
  }

  /// The cells of the records at byte `offsets` (ascending record starts found by an earlier
  /// pass), decoded, by offset. Only those records are scanned: the buffer is refilled from
  /// the next wanted offset when the record is not already in it, so a few rows out of a
  /// million cost their own bytes, not a second scan of the whole file.
  public func records(at offsets: [Int]) -> [Int: [String]] {
    var found: [Int: [String]] = [:]
    found.reserveCapacity(offsets.count)
    var windowStart = -1  // the file offset of buffer[0]; -1 before the first read
    var filled = 0
    var atEnd = false
    var fields: [CSVFieldRange] = []
    fields.reserveCapacity(64)
    var ahead = 0  // the first offset beyond the current one, for sizing reads
    for (index, offset) in offsets.enumerated() {
      var tries = 0
      var fullRead = false
      while tries < 24 {
        tries += 1
        let inWindow = windowStart >= 0 && offset >= windowStart && offset < windowStart + filled
        if inWindow {
          let view = UnsafeBufferPointer(rebasing: buffer[0..<filled])
          let start = offset - windowStart
          let scan = CSVByteScanner.scanRecord(
            view, from: start, atEnd: atEnd, delimiter: delimiter, fields: &fields)
          if case .record(_, _, nil, _) = scan {
            found[offset] = fields.withUnsafeBufferPointer { ranges in
              RowView(storage: .csv(view, ranges), line: 0, reference: offset, decoding: decoding)
                .texts
            }
            break
          }
          if case .needMoreBytes = scan, start > 0 || filled < buffer.count {
            // Read again from this record's start, the whole buffer when a short read was
            // not enough.
            fullRead = start == 0
            windowStart = -1
            continue
          }
          if case .needMoreBytes = scan, buffer.count < Self.maximumRecordBytes * 2 {
            // One record longer than the buffer: a larger buffer, read again.
            buffer.deallocate()
            buffer = .allocate(capacity: buffer.count * 2)
            fullRead = true
            windowStart = -1
            continue
          }
          break  // not a readable record: nothing to output
        }
        // As far as the wanted records that fit go, plus room for the last one: sparse rows
        // cost a small read each, dense ones share large reads.
        let margin = min(1 << 16, buffer.count / 2)
        ahead = max(ahead, index)
        while ahead + 1 < offsets.count, offsets[ahead + 1] - offset < buffer.count - margin {
          ahead += 1
        }
        let size = fullRead ? buffer.count : min(buffer.count, offsets[ahead] - offset + margin)
        fullRead = false
        let got = pread(descriptor, buffer.baseAddress!, size, off_t(offset))
        if got < 0, errno == EINTR { continue }
        guard got > 0 else { break }
        windowStart = offset
        filled = got
        atEnd = got < size
      }
    }
    return found
  }

  private func lineBreakCount(_ view: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var count = 0
    var index = from
    while index < to {
      if view[index] == 0x0A {
        count += 1
      } else if view[index] == 0x0D, index + 1 >= view.count || view[index + 1] != 0x0A {
        count += 1
      }
      index += 1
    }
    return count
  }

  private func place(
    _ kind: CSVError.Kind, at offset: Int, recordStart: Int, line: Int,
    in view: UnsafeBufferPointer<UInt8>
  ) -> StreamProblem {
    var lineStart = recordStart
    var index = recordStart
    var extraLines = 0
    while index < offset {
      if view[index] == 0x0A
        || (view[index] == 0x0D && (index + 1 >= view.count || view[index + 1] != 0x0A))
      {
        extraLines += 1
        lineStart = index + 1
      }
      index += 1
    }
    let prefix = decoding.text(UnsafeBufferPointer(rebasing: view[lineStart..<offset]))
    return StreamProblem(
      kind: kind == .unterminatedQuote ? .unterminatedQuote : .textAfterQuote,
      line: line + extraLines, column: prefix.count + 1)
  }
}
