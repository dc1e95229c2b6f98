import DuchaChecklist
import DuchaRoster
import Foundation

/// One input file of the comparison, CSV or XLSX, both streamed (Excel's UTF-16 text is read
/// whole): finds the header, checks each row's cell count, and hands data rows on.
public final class CompareSource {
  /// The path as the user named it.
  public let path: String
  /// The column layout, once the header is found.
  public private(set) var layout: CompareLayout?
  /// How the file's text is decoded.
  public private(set) var decoding = TextDecoding(encoding: .utf8)
  /// Whether it is read as a table of rows: an XLSX workbook, or Excel's UTF-16 “Unicode 文本”.
  public private(set) var isWorkbook = false

  private var bodyOffset = 0
  /// An XLSX workbook, read again row by row for each pass.
  private var sheet: XLSXSheet?
  /// Excel's UTF-16 text, read whole.
  private var textRows: [TableRow] = []

  /// Prepares to read `path`; `encoding` forces the encoding of CSV files.
  public init(path: String, encoding: RosterEncoding) {
    self.path = path
    self.requestedEncoding = encoding
  }

  private let requestedEncoding: RosterEncoding

  /// Reads every data row into `visit` (`layout` is set by then); returns the problems found
  /// (unreadable file, no header, rows that cannot be read), each with its place and fix.
  public func scan(_ visit: (RowView) -> Void) -> [Diagnostic] {
    var diagnostics = prepare()
    if isWorkbook {
      scanWorkbook(visit, diagnostics: &diagnostics)
    } else if let body {
      diagnostics += scanBody(from: body, to: .max, visit).diagnostics
    }
    return diagnostics
  }

  /// Reads the start of the file: its kind, encoding, delimiter and header (a workbook as far
  /// as its header, after a first pass for its merged cells). Returns the problems found
  /// there. Then `body` is where a CSV file's data rows start, for `scanBody`; nil for a
  /// workbook or a file without a readable header.
  public func prepare() -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    stamp = FileStamp.of(path)
    guard let file = FileHandle(forReadingAtPath: path) else {
      return [CompareDiagnostics.unreadable(path)]
    }
    let sample = (try? file.read(upToCount: 1 << 20)) ?? Data()
    size = Int((try? file.seekToEnd()) ?? 0)
    try? file.close()
    let head = [UInt8](sample)
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return [CompareDiagnostics.oldExcel(path)] }
    isXLSX = head.starts(with: [0x50, 0x4B, 0x03, 0x04])
    // Excel's “Unicode 文本” (UTF-16, tab-separated) is read whole like a workbook: the byte
    // scanner works on UTF-8, and such a file is a county's list, not a million rows.
    if isXLSX || RosterDecoder.utf16Order(head) != nil {
      isWorkbook = true
      var found: [Diagnostic] = []
      if !isXLSX {
        guard let data = FileManager.default.contents(atPath: path) else {
          return [CompareDiagnostics.unreadable(path)]
        }
        let table = CSVTableReader.read([UInt8](data), file: path)
        textRows = table.rows
        found = table.diagnostics
      }
      var index = 0
      var stop = false
      found += workbookRows { row in
        let view = RowView(
          storage: .cells(row.cells), line: row.line, reference: index, decoding: decoding)
        if width >= 0 {
          // The row after the header: sub-headers are part of it.
          if takesSubheaders(view) { workbookBody = index + 1 }
          return false
        }
        handle(view, visit: { _ in }, diagnostics: &diagnostics, allowsShortRows: true)
        if width >= 0 {
          workbookBody = index + 1
        } else if index >= 20 {
          stop = true
        }
        index += 1
        return !stop
      }
      sheet?.release()
      diagnostics += found.map(CompareDiagnostics.renamed)
      if index == 0, found.isEmpty { return [CompareDiagnostics.empty(path)] }
    } else {
      let encoding =
        requestedEncoding == .automatic ? TextDecoding.detect(head) : requestedEncoding
      decoding = TextDecoding(encoding: encoding)
      bodyOffset = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      delimiter = CSVScanner.guessDelimiter(Array(head.dropFirst(bodyOffset)))
      guard let stream = CSVRecordStream(path: path, decoding: decoding, delimiter: delimiter)
      else { return [CompareDiagnostics.unreadable(path)] }
      var rows = 0
      // Where the data starts when the row after the header is data, not sub-headers.
      var firstData: StreamPosition?
      let afterHeader = stream.forEach(
        from: bodyOffset,
        visit: { row in
          if width >= 0 {
            if !takesSubheaders(row) {
              firstData = StreamPosition(offset: row.reference, line: row.line)
            }
            return false
          }
          rows += 1
          handle(row, visit: { _ in }, diagnostics: &diagnostics, allowsShortRows: false)
          return width >= 0 || rows < 20
        },
        problem: { diagnostics.append(CompareDiagnostics.record($0, file: path)) })
      if rows == 0 { return diagnostics + [CompareDiagnostics.empty(path)] }
      if width >= 0 { body = firstData ?? afterHeader }
    }
    if layout == nil { diagnostics.append(CompareDiagnostics.noHeader(path)) }
    return diagnostics
  }

  /// Where a CSV file's data rows start, once `prepare` found the header.
  public private(set) var body: StreamPosition?
  /// The file's size in bytes.
  public private(set) var size = 0
  /// Its size and modification time when `prepare` began reading it.
  private(set) var stamp: FileStamp?

  /// Whether the file is no longer as `prepare` found it (re-exported, saved over, removed).
  var changedSincePrepared: Bool { stamp != nil && FileStamp.of(path) != stamp }
  /// The first workbook row after the header.
  private var workbookBody: Int?

  /// Reads a workbook's data rows into `visit` (after `prepare`).
  public func scanWorkbook(_ visit: (RowView) -> Void, diagnostics: inout [Diagnostic]) {
    guard let first = workbookBody else { return }
    var index = 0
    var found: [Diagnostic] = []
    let problems = workbookRows { row in
      if index >= first {
        let view = RowView(
          storage: .cells(row.cells), line: row.line, reference: index, decoding: decoding)
        handle(view, visit: visit, diagnostics: &found, allowsShortRows: true)
      }
      index += 1
      return true
    }
    sheet?.release()
    diagnostics += found + problems.map(CompareDiagnostics.renamed)
  }

  /// The rows of a workbook, or of Excel's UTF-16 text (read by `prepare`), into `visit` until
  /// it returns false: a workbook is opened on the first call (an unreadable one is one error
  /// then, and no rows) and read again on each. Returns the problems reading it.
  private func workbookRows(_ visit: (TableRow) -> Bool) -> [Diagnostic] {
    guard isXLSX else {
      for row in textRows where !visit(row) { break }
      return []
    }
    if sheet == nil, !sheetFailed {
      var problems: [Diagnostic] = []
      sheet = XLSXSheet(path: path, file: path, diagnostics: &problems)
      if sheet == nil {
        sheetFailed = true
        return problems
      }
    }
    return sheet?.rows(visit) ?? []
  }

  private var isXLSX = false
  private var sheetFailed = false

  /// Reads a CSV file's data rows from `start` up to the first record at or after `end` into
  /// `visit`; returns the problems found and where it stopped. Several ranges of one file may
  /// be read at once on different threads (after `prepare`, nothing here changes the source).
  public func scanBody(
    from start: StreamPosition, to end: Int, _ visit: (RowView) -> Void
  ) -> (diagnostics: [Diagnostic], stop: StreamPosition) {
    var diagnostics: [Diagnostic] = []
    guard let stream = CSVRecordStream(path: path, decoding: decoding, delimiter: delimiter)
    else { return ([CompareDiagnostics.unreadable(path)], start) }
    let stop = stream.forEach(
      from: start.offset, to: end, firstLine: start.line,
      visit: { row in
        handle(row, visit: visit, diagnostics: &diagnostics, allowsShortRows: false)
        return true
      },
      problem: { diagnostics.append(CompareDiagnostics.record($0, file: path)) })
    return (diagnostics, stop)
  }

  /// Where to cut the data rows into about `parts` ranges read on different threads: after
  /// a line break near each cut. A cut inside a quoted cell that spans lines is possible; the
  /// caller checks that the range before ends exactly there (`scanBody`'s stop) and reads
  /// again otherwise.
  public func cuts(parts: Int) -> [Int] {
    guard let body, parts > 1, size > body.offset,
      let handle = FileHandle(forReadingAtPath: path)
    else { return [] }
    defer { try? handle.close() }
    var cuts: [Int] = []
    let length = size - body.offset
    for part in 1..<parts {
      let guess = body.offset + length / parts * part
      try? handle.seek(toOffset: UInt64(guess))
      guard let window = try? handle.read(upToCount: 1 << 16),
        let lineFeed = window.firstIndex(of: 0x0A)
      else { continue }
      let cut = guess + (lineFeed - window.startIndex) + 1
      let previous = cuts.last ?? body.offset
      if cut < size, cut > previous { cuts.append(cut) }
    }
    return cuts
  }

  /// The header's width once found, -1 before: checked per row without copying the layout
  /// (a copy per row retains and releases its arrays, a tenth of a run in perf).
  private var width = -1
  /// The row above the one being tried as the header (the upper row of a two-row header).
  private var rowAbove: [String]?

  /// Whether `row`, the one right after the header, holds the header's sub-headers: if so the
  /// layout takes them in and the row is no data (a child of unknown age on the list).
  private func takesSubheaders(_ row: RowView) -> Bool {
    guard let joined = layout?.joined(below: row.texts) else { return false }
    layout = joined
    return true
  }

  private func handle(
    _ row: RowView, visit: (RowView) -> Void, diagnostics: inout [Diagnostic],
    allowsShortRows: Bool
  ) {
    guard width >= 0 else {
      if !row.isBlank {
        let texts = row.texts
        layout = CompareLayout.header(texts, line: row.line)
        if let found = layout, let rowAbove { layout = found.joined(above: rowAbove) ?? found }
        rowAbove = texts
        width = layout?.width ?? -1
      }
      return
    }
    let count = row.count
    if count == width || (count < width && allowsShortRows) {
      // The usual row: a blank one has an empty first cell.
      if row.startsEmpty, row.isBlank { return }
      visit(row)
      return
    }
    if row.isBlank { return }
    if count > width {
      let extra = (width..<count).contains { index in
        row.withCell(index) { bytes in bytes.contains { $0 != 0x20 && $0 != 0x09 } }
      }
      if !extra {
        visit(row)
        return
      }
    }
    if let layout {
      diagnostics.append(CompareDiagnostics.columnCount(row, layout: layout, file: path))
    }
  }

  /// The cells of rows found by `scan`, by their `reference`, decoded. Many rows are read in
  /// one forward pass through large reads that skip what no wanted row lies in; a workbook's
  /// in one more pass over its rows.
  public func cells(at references: [Int]) -> [Int: [String]] {
    var found: [Int: [String]] = [:]
    if isWorkbook {
      var wanted = Set(references)
      var index = 0
      workbookRows { row in
        if wanted.remove(index) != nil { found[index] = row.cells }
        index += 1
        return !wanted.isEmpty
      }
      sheet?.release()
      return found
    }
    if references.count < 256 {
      for reference in references { found[reference] = cells(at: reference) }
      return found
    }
    guard let reader = CSVRecordStream(path: path, decoding: decoding, delimiter: delimiter)
    else { return found }
    return reader.records(at: references.sorted())
  }

  /// The cells of a row found by `scan`, by its `reference`, decoded.
  public func cells(at reference: Int) -> [String]? {
    if isWorkbook { return cells(at: [reference])[reference] }
    if rereader == nil {
      rereader = CSVRecordStream(
        path: path, decoding: decoding, delimiter: delimiter, chunkSize: 1 << 13)
    }
    return rereader?.record(at: reference)
  }

  private var rereader: CSVRecordStream?
  private var delimiter = UInt8(ascii: ",")
}
