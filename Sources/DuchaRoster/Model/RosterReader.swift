import DuchaChecklist
import Foundation

/// Reads registry exports (CSV or XLSX) into students.
public enum RosterReader {
  /// Reads the file at `path`; never throws: an unreadable file is a diagnostic.
  public static func read(path: String, options: RosterReadOptions = RosterReadOptions())
    -> RosterFile
  {
    guard let data = FileManager.default.contents(atPath: path) else {
      return RosterFile(
        path: path, students: [], fields: [],
        diagnostics: [
          Diagnostic(
            .error, "R107", at: SourceLocation(file: path, line: 1, column: 1),
            Localized("无法读取文件。", en: "cannot read the file."),
            fix: Localized(
              "检查文件名和路径是否正确、文件是否存在。", en: "check that the path is right and the file exists."))
        ])
    }
    return read(Array(data), file: path, options: options)
  }

  /// Reads the bytes of an export; XLSX is recognized by its zip signature, anything else is CSV.
  public static func read(_ bytes: [UInt8], file: String, options: RosterReadOptions) -> RosterFile
  {
    let table: SourceTable
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      // The registry system and older Excel save .xls (a binary compound file).
      return RosterFile(
        path: file, students: [], fields: [],
        diagnostics: [
          Diagnostic(
            .error, "R110", at: SourceLocation(file: file, line: 1, column: 1),
            Localized(
              "这是旧版 Excel 文件（.xls），ducha 读不了。",
              en: "this is an old Excel file (.xls), which ducha cannot read."),
            fix: Localized(
              "在 Excel 或 WPS 里打开，另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”再试。",
              en: "open it in Excel or WPS and save it as an Excel workbook (.xlsx) or CSV UTF-8."))
        ])
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      table = XLSXTableReader.read(bytes, file: file)
    } else {
      table = CSVTableReader.read(
        bytes, file: file, encoding: options.encoding, progress: options.progress)
    }
    var roster = students(in: table, matcher: HeaderMatcher(mappings: options.mappings))
    roster.isWorkbook = table.encoding == nil && bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    return roster
  }

  /// The students of a table: finds the header, then turns every well-formed row into a student.
  public static func students(in table: SourceTable, matcher: HeaderMatcher) -> RosterFile {
    var diagnostics = table.diagnostics
    guard !table.rows.isEmpty else {
      return RosterFile(
        path: table.file, students: [], fields: [], diagnostics: diagnostics,
        encoding: table.encoding)
    }
    guard let header = matcher.findHeader(in: table.rows) else {
      let first = table.rows[0]
      let seen = first.cells.prefix(8).map { "“\($0)”" }.joined(separator: " ")
      diagnostics.append(
        Diagnostic(
          .error, "R106", at: SourceLocation(file: table.file, line: first.line, column: 1),
          Localized(
            "找不到表头：前 20 行里没有一行同时有“姓名”和其他学籍字段（第一行是 \(seen)）。",
            en:
              "no header found: none of the first 20 rows names 姓名 and another registry field (the first row is \(seen))."
          ),
          fix: Localized(
            "确认这是学籍系统导出的学生基本信息；表头名称不同时用 --map 表头=字段，如 --map 学生名字=姓名。",
            en:
              "check this is the registry's basic-information export; map other header names with --map HEADER=FIELD, e.g. --map 学生名字=姓名."
          )))
      return RosterFile(
        path: table.file, students: [], fields: [], diagnostics: diagnostics,
        encoding: table.encoding)
    }
    var students: [Student] = []
    students.reserveCapacity(table.rows.count - header.firstDataRow)
    var savedAsNumber: [SourceLocation] = []
    for row in table.rows[header.firstDataRow...] where !row.isBlank {
      if let problem = columnCountProblem(row, header: header, table: table) {
        diagnostics.append(problem)
        continue
      }
      var values: [RosterField: String] = [:]
      for (field, column) in header.columns where column < row.cells.count {
        values[field] = CellText.clean(row.cells[column])
      }
      if let label = TotalRow.label(of: row, values: values) {
        diagnostics.append(TotalRow.warning(label, line: row.line, file: table.file))
        continue
      }
      let student = Student(
        values: values, location: SourceLocation(file: table.file, line: row.line, column: 1))
      if let column = header.columns[.idNumber], student.hasResidentIDType,
        IDSavedAsNumber.isDamaged(student.idNumber)
      {
        savedAsNumber.append(
          SourceLocation(file: table.file, line: row.line, column: row.column(of: column)))
      }
      students.append(student)
    }
    if !savedAsNumber.isEmpty { diagnostics.append(savedAsNumberWarning(savedAsNumber)) }
    return RosterFile(
      path: table.file, students: students, fields: Set(header.columns.keys),
      diagnostics: diagnostics, encoding: table.encoding)
  }

  /// One warning for a column Excel held as numbers, at its first damaged cell, naming the
  /// rows: a county export may have thousands, and the fix is the same for all of them.
  private static func savedAsNumberWarning(_ places: [SourceLocation]) -> Diagnostic {
    var rows = places.prefix(10).map { String($0.line) }.joined(separator: "、")
    if places.count > 10 { rows += " 等" }
    var rowsEN = places.prefix(10).map { String($0.line) }.joined(separator: ", ")
    if places.count > 10 { rowsEN += " …" }
    return Diagnostic(
      .warning, "R203", at: places[0],
      Localized(
        "身份证号这一列被存成了数字：\(places.count) 个号码（第 \(rows) 行）只剩前 15 位，后几位已经丢失，已计入“身份证号有误”。",
        en: "the ID column was saved as numbers: \(places.count) number(s) (rows \(rowsEN)) keep"
          + " only 15 digits, the last ones are lost; they count as 身份证号有误."),
      fix: Localized(IDSavedAsNumber.fix.zh + "。", en: IDSavedAsNumber.fix.en + "."))
  }

  /// A CSV row with more or fewer cells than the header has lost its alignment: the values
  /// would land in the wrong columns, so it is reported instead of imported. Extra cells that
  /// are all empty (a trailing comma) are harmless.
  private static func columnCountProblem(
    _ row: TableRow, header: HeaderMatcher.Header, table: SourceTable
  )
    -> Diagnostic?
  {
    let count = row.cells.count
    if count > header.width {
      let extra = row.cells[header.width...]
      guard extra.contains(where: { !CellText.clean($0).isEmpty }) else { return nil }
      return Diagnostic(
        .error, "R104",
        at: SourceLocation(file: table.file, line: row.line, column: row.column(of: header.width)),
        Localized(
          "这一行有 \(count) 列，表头（第 \(header.line) 行）只有 \(header.width) 列，这一行没有导入。",
          en:
            "this row has \(count) columns but the header (line \(header.line)) has \(header.width); the row was not imported."
        ),
        fix: Localized(
          "含逗号的单元格要放进引号；或删掉多出来的列。",
          en: "quote cells that contain commas, or remove the extra cells."))
    }
    if count < header.width, !table.allowsShortRows {
      return Diagnostic(
        .error, "R104",
        at: SourceLocation(file: table.file, line: row.line, column: row.column(of: count)),
        Localized(
          "这一行只有 \(count) 列，表头（第 \(header.line) 行）有 \(header.width) 列，这一行没有导入。",
          en:
            "this row has \(count) columns but the header (line \(header.line)) has \(header.width); the row was not imported."
        ),
        fix: Localized(
          "补齐缺少的单元格（空的也要留逗号），或检查是否有单元格被换行拆开。",
          en:
            "add the missing cells (keep commas for empty ones), or check for a cell split by a line break."
        ))
    }
    return nil
  }
}
