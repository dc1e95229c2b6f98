import DuchaChecklist

/// Cuts UTF-8 text that arrives in pieces into CSV records. A record may straddle two pieces,
/// a quoted cell with its line breaks included: the bytes from the start of an unfinished
/// record are kept and read again with the next piece, so every record, line number and column
/// is what `CSVScanner` gives over the whole text.
struct CSVRecordSplitter {
  private var buffer: [UInt8] = []
  private var line = 1
  private var delimiter: UInt8?
  /// Records read, for the progress count.
  private(set) var records = 0
  /// Bytes the buffer must reach before it is scanned again: a record longer than a piece (a
  /// stray quote swallowing the rest of the file) doubles it, so it is not rescanned per piece.
  private var waitFor = 0

  /// Adds the next piece (`isLast` for the end of the text) and hands every complete record
  /// to `row` (blank lines left out), every unreadable one to `problem`.
  mutating func add(
    _ piece: [UInt8], isLast: Bool, row: (TableRow) -> Void,
    problem: (CSVError, CSVScanner) -> Void,
    progress: (@Sendable (Int) -> Void)?
  ) {
    buffer.append(contentsOf: piece)
    if !isLast, buffer.count < waitFor { return }
    if delimiter == nil {
      delimiter = CSVScanner.guessDelimiter(buffer, isWhole: isLast)
      guard delimiter != nil else { return }
    }
    var scanner = CSVScanner(
      bytes: buffer, delimiter: delimiter ?? UInt8(ascii: ","), firstLine: line)
    while true {
      let before = scanner
      guard let result = scanner.next() else { break }
      // Not the end of the text: a record that reached the end of the buffer, or a quote not
      // closed in it, may go on in the next piece.
      if !isLast {
        var unfinished = scanner.position >= buffer.count
        if case .failure(let error) = result, error.kind == .unterminatedQuote { unfinished = true }
        if unfinished {
          scanner = before
          break
        }
      }
      records += 1
      if let progress, records % 10_000 == 0 { progress(records) }
      switch result {
      case .success(let record):
        if record.isBlank { continue }
        let columns = CSVTableReader.characterColumns(of: record, in: buffer)
        row(TableRow(line: record.line, cells: record.fields, columns: columns))
      case .failure(let error):
        problem(error, scanner)
      }
    }
    let consumed = scanner.position
    line = scanner.line
    waitFor = consumed == 0 ? buffer.count * 2 : 0
    buffer = Array(buffer[consumed...])
  }
}
