import DuchaChecklist
import DuchaRoster
import Foundation

/// One input file of the comparison, CSV (streamed) or XLSX (read whole: a sheet holds at most
/// 1,048,576 rows): finds the header, checks each row's cell count, and hands data rows on.
public final class CompareSource {
  /// The path as the user named it.
  public let path: String
  /// The column layout, once the header is found.
  public private(set) var layout: CompareLayout?
  /// How the file's text is decoded.
  public private(set) var decoding = TextDecoding(encoding: .utf8)
  /// Whether it is a workbook.
  public private(set) var isWorkbook = false

  private var stream: CSVRecordStream?
  private var bodyOffset = 0
  private var workbookRows: [TableRow] = []

  /// Prepares to read `path`; `encoding` forces the encoding of CSV files.
  public init(path: String, encoding: RosterEncoding) {
    self.path = path
    self.requestedEncoding = encoding
  }

  private let requestedEncoding: RosterEncoding

  /// Reads every data row into `visit`; returns the problems found (unreadable file, no
  /// header, rows that cannot be read), each with its place and fix.
  public func scan(_ visit: (CompareLayout, RowView) -> Void) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    guard let file = FileHandle(forReadingAtPath: path) else {
      return [CompareDiagnostics.unreadable(path)]
    }
    let sample = (try? file.read(upToCount: 1 << 20)) ?? Data()
    try? file.close()
    let head = [UInt8](sample)
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return [CompareDiagnostics.oldExcel(path)] }
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      isWorkbook = true
      guard let data = FileManager.default.contents(atPath: path) else {
        return [CompareDiagnostics.unreadable(path)]
      }
      let table = XLSXTableReader.read([UInt8](data), file: path)
      diagnostics += table.diagnostics.map(CompareDiagnostics.renamed)
      workbookRows = table.rows
      for (index, row) in table.rows.enumerated() {
        let view = RowView(
          storage: .cells(row.cells), line: row.line, reference: index, decoding: decoding)
        handle(view, visit: visit, diagnostics: &diagnostics, allowsShortRows: true)
        if layout == nil, index >= 20 { break }
      }
    } else {
      let encoding =
        requestedEncoding == .automatic ? TextDecoding.detect(head) : requestedEncoding
      decoding = TextDecoding(encoding: encoding)
      bodyOffset = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      delimiter = CSVScanner.guessDelimiter(Array(head.dropFirst(bodyOffset)))
      guard let stream = CSVRecordStream(path: path, decoding: decoding, delimiter: delimiter)
      else { return [CompareDiagnostics.unreadable(path)] }
      self.stream = stream
      var rows = 0
      stream.forEach(
        from: bodyOffset,
        visit: { row in
          rows += 1
          handle(row, visit: visit, diagnostics: &diagnostics, allowsShortRows: false)
          return layout != nil || rows < 20
        },
        problem: { diagnostics.append(CompareDiagnostics.record($0, file: path)) })
      if rows == 0 { return diagnostics + [CompareDiagnostics.empty(path)] }
    }
    if layout == nil { diagnostics.append(CompareDiagnostics.noHeader(path)) }
    return diagnostics
  }

  private func handle(
    _ row: RowView, visit: (CompareLayout, RowView) -> Void, diagnostics: inout [Diagnostic],
    allowsShortRows: Bool
  ) {
    guard let layout else {
      if !row.isBlank { layout = CompareLayout.header(row.texts, line: row.line) }
      return
    }
    if row.isBlank { return }
    if row.count > layout.width {
      let extra = (layout.width..<row.count).contains { index in
        row.withCell(index) { bytes in bytes.contains { $0 != 0x20 && $0 != 0x09 } }
      }
      if extra {
        diagnostics.append(CompareDiagnostics.columnCount(row, layout: layout, file: path))
        return
      }
    } else if row.count < layout.width, !allowsShortRows {
      diagnostics.append(CompareDiagnostics.columnCount(row, layout: layout, file: path))
      return
    }
    visit(layout, row)
  }

  /// The cells of rows found by `scan`, by their `reference`, decoded. Many rows are read in
  /// one forward pass from the first to the last (cheaper than a seek and a read for each).
  public func cells(at references: [Int]) -> [Int: [String]] {
    var found: [Int: [String]] = [:]
    if isWorkbook || references.count < 256 {
      for reference in references { found[reference] = cells(at: reference) }
      return found
    }
    let wanted = Set(references)
    guard let first = references.min(), let last = references.max(),
      let reader = CSVRecordStream(path: path, decoding: decoding, delimiter: delimiter)
    else { return found }
    reader.forEach(
      from: first,
      visit: { row in
        if wanted.contains(row.reference) { found[row.reference] = row.texts }
        return row.reference < last
      }, problem: { _ in })
    return found
  }

  /// The cells of a row found by `scan`, by its `reference`, decoded.
  public func cells(at reference: Int) -> [String]? {
    if isWorkbook {
      return reference < workbookRows.count ? workbookRows[reference].cells : nil
    }
    if rereader == nil {
      rereader = CSVRecordStream(
        path: path, decoding: decoding, delimiter: delimiter, chunkSize: 1 << 13)
    }
    return rereader?.record(at: reference)
  }

  private var rereader: CSVRecordStream?
  private var delimiter = UInt8(ascii: ",")
}
