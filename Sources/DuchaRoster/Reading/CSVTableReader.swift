import DuchaChecklist

/// Reads a CSV export into a table: decoding, then record by record, reporting bad records
/// with their place and keeping every other row.
public enum CSVTableReader {
  /// Reads CSV bytes. `progress` is called with the number of records read every 10,000.
  public static func read(
    _ data: [UInt8], file: String, encoding: RosterEncoding = .automatic,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> SourceTable {
    let (decoded, used, decodingDiagnostics) = RosterDecoder.decode(
      data, file: file, encoding: encoding)
    guard let bytes = decoded else {
      return SourceTable(file: file, rows: [], diagnostics: decodingDiagnostics, encoding: used)
    }
    var diagnostics = decodingDiagnostics
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      diagnostics.append(empty(file))
      return SourceTable(file: file, rows: [], diagnostics: diagnostics, encoding: used)
    }
    var scanner = CSVScanner(bytes: bytes, delimiter: CSVScanner.guessDelimiter(bytes))
    var rows: [TableRow] = []
    var records = 0
    while let result = scanner.next() {
      records += 1
      if let progress, records % 10_000 == 0 { progress(records) }
      switch result {
      case .success(let record):
        if record.isBlank { continue }
        let columns = characterColumns(of: record, in: bytes)
        rows.append(TableRow(line: record.line, cells: record.fields, columns: columns))
      case .failure(let error):
        diagnostics.append(diagnostic(for: error, file: file, scanner: scanner))
      }
    }
    return SourceTable(file: file, rows: rows, diagnostics: diagnostics, encoding: used)
  }

  /// The character column of every field, in one pass over the record's bytes (counting per
  /// field from the line start would cost the line's length for each of its 40-odd fields).
  static func characterColumns(of record: CSVRecord, in bytes: [UInt8]) -> [Int] {
    var columns: [Int] = []
    columns.reserveCapacity(record.fieldOffsets.count)
    var column = 1
    var index = record.lineOffset
    for offset in record.fieldOffsets {
      while index < offset, index < bytes.count {
        let byte = bytes[index]
        if byte == 0x0A {
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        index += 1
      }
      columns.append(column)
    }
    return columns
  }

  /// A file with no text at all, or only spaces and line breaks.
  static func empty(_ file: String) -> Diagnostic {
    Diagnostic(
      .error, "R105", at: SourceLocation(file: file, line: 1, column: 1),
      Localized("文件是空的，没有表头也没有学生。", en: "the file is empty: no header and no students."),
      fix: Localized(
        "从学籍系统重新导出学生基本信息。", en: "export the basic-information sheet from the registry again."))
  }

  /// The message for a record `scanner` could not read.
  static func diagnostic(for error: CSVError, file: String, scanner: CSVScanner)
    -> Diagnostic
  {
    let location = SourceLocation(
      file: file, line: error.line,
      column: scanner.column(ofByte: error.offset, lineOffset: error.lineOffset))
    switch error.kind {
    case .unterminatedQuote:
      return Diagnostic(
        .error, "R102", at: location,
        Localized(
          "这里的引号没有配对的右引号，这一行没有导入。",
          en: "this quote is never closed; the row was not imported."),
        fix: Localized(
          "在单元格末尾补上引号，或删掉多余的引号。",
          en: "close the quote at the end of the cell, or remove the stray quote."))
    case .textAfterQuote:
      return Diagnostic(
        .error, "R103", at: location,
        Localized(
          "右引号后面还有字符，这一行没有导入。",
          en: "text follows a closing quote; the row was not imported."),
        fix: Localized(
          "单元格里的引号要写成两个（\"\"），或把整个单元格放进引号。",
          en: "double the quotes inside a cell (\"\"), or quote the whole cell."))
    }
  }
}
