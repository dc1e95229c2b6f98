import DuchaRoster

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A CSV record the stream could not read, with where it is.
public struct StreamProblem: Sendable, Equatable {
  /// What is wrong.
  public var kind: CSVError.Kind
  /// The 1-based line.
  public var line: Int
  /// The 1-based column in characters.
  public var column: Int

  /// Creates a problem report.
  public init(kind: CSVError.Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }
}

/// Reads a CSV file record by record through a fixed-size buffer (4 MiB by default), so memory
/// stays flat however large the file is; records are visited in place, never copied.
public final class CSVRecordStream {
  /// A record longer than this is taken to be an unclosed quote swallowing the file.
  static let maximumRecordBytes = 1 << 20

  private let descriptor: Int32
  private var buffer: UnsafeMutableBufferPointer<UInt8>
  private let decoding: TextDecoding
  private let delimiter: UInt8

  /// Opens `path`; nil when it cannot be opened.
  public init?(path: String, decoding: TextDecoding, delimiter: UInt8, chunkSize: Int = 1 << 22) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    self.descriptor = descriptor
    self.buffer = .allocate(capacity: max(chunkSize, 4))
    self.decoding = decoding
    self.delimiter = delimiter
  }

  deinit {
    close(descriptor)
    buffer.deallocate()
  }

  /// Visits every record from byte `offset` (after a BOM) on; `visit` returns false to stop.
  /// Records that cannot be read go to `problem`, and reading goes on after them.
  public func forEach(
    from offset: Int, visit: (RowView) -> Bool, problem: (StreamProblem) -> Void
  ) {
    guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else { return }
    var fileOffset = offset  // the file offset of buffer[0]
    var filled = 0
    var start = 0
    var atEnd = false
    var line = 1
    var fields: [CSVFieldRange] = []
    fields.reserveCapacity(64)
    while true {
      let view = UnsafeBufferPointer(rebasing: buffer[0..<filled])
      let scan =
        start < filled || atEnd
        ? CSVByteScanner.scanRecord(
          view, from: start, atEnd: atEnd, delimiter: delimiter, fields: &fields)
        : .needMoreBytes
      switch scan {
      case .record(let next, let lineBreaks, let kind, let problemOffset):
        if start >= filled { return }
        if let kind {
          problem(place(kind, at: problemOffset, recordStart: start, line: line, in: view))
        } else {
          let row = RowView(
            storage: .csv(view, fields), line: line, reference: fileOffset + start,
            decoding: decoding)
          if !visit(row) { return }
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
        if atEnd { return }
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
        let got = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
        if got <= 0 {
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
    return StreamProblem(kind: kind, line: line + extraLines, column: prefix.count + 1)
  }
}
