import DuchaChecklist
import Foundation

/// Reads registry exports (CSV or XLSX) into students.
public enum RosterReader {
  /// Reads the file at `path`, keeping its students; never throws: an unreadable file is a
  /// diagnostic.
  public static func read(path: String, options: RosterReadOptions = RosterReadOptions())
    -> RosterFile
  {
    guard let source = ByteSource(path: path) else {
      return RosterFile(path: path, students: [], fields: [], diagnostics: [unreadable(path)])
    }
    return keeping(source, file: path, options: options)
  }

  /// Reads the bytes of an export; XLSX is recognized by its zip signature, anything else is CSV.
  public static func read(_ bytes: [UInt8], file: String, options: RosterReadOptions) -> RosterFile
  {
    keeping(ByteSource(bytes: bytes), file: file, options: options)
  }

  /// Reads the file at `path` handing each student to `student` instead of keeping them, so a
  /// county's million-row export is never held whole: a CSV file is read a few megabytes at a
  /// time, a workbook's sheet a piece of its XML at a time. `reset` means: forget the students
  /// handed out so far from this file (it is read again under another encoding, or turned out
  /// unusable). The file's `students` is empty; `studentCount` counts them.
  public static func stream(
    path: String, options: RosterReadOptions, student: (Student) -> Void, reset: () -> Void
  ) -> RosterFile {
    guard let source = ByteSource(path: path) else {
      return RosterFile(path: path, students: [], fields: [], diagnostics: [unreadable(path)])
    }
    return stream(source, file: path, options: options, student: student, reset: reset)
  }

  private static func keeping(_ source: ByteSource, file: String, options: RosterReadOptions)
    -> RosterFile
  {
    var students: [Student] = []
    var roster = stream(
      source, file: file, options: options, student: { students.append($0) },
      reset: { students.removeAll() })
    roster.students = students
    return roster
  }

  static func stream(
    _ source: ByteSource, file: String, options: RosterReadOptions, student: (Student) -> Void,
    reset: () -> Void
  ) -> RosterFile {
    let head = source.read(8)
    if source.failed {
      return RosterFile(path: file, students: [], fields: [], diagnostics: [unreadable(file)])
    }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
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
    let matcher = HeaderMatcher(mappings: options.mappings)
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      var roster = workbook(source, file: file, matcher: matcher, student: student, reset: reset)
      roster.isWorkbook = true
      return roster
    }
    source.rewind()
    var rows = StudentRows(file: file, matcher: matcher, allowsShortRows: false)
    let outcome = CSVStreamReader.read(
      source, file: file, encoding: options.encoding, chunkSize: options.chunkSize,
      progress: options.progress, row: { rows.add($0, student: student) },
      reset: {
        rows = StudentRows(file: file, matcher: matcher, allowsShortRows: false)
        reset()
      })
    rows.finish(student: student)
    var roster = RosterFile(
      path: file, students: [], fields: rows.fields,
      diagnostics: outcome.diagnostics + rows.diagnostics, encoding: outcome.encoding)
    roster.studentCount = rows.count
    return roster
  }

  /// A workbook's students, its sheet read row by row (`XLSXSheet`).
  private static func workbook(
    _ source: ByteSource, file: String, matcher: HeaderMatcher, student: (Student) -> Void,
    reset: () -> Void
  ) -> RosterFile {
    var diagnostics: [Diagnostic] = []
    var opened: XLSXSheet?
    if let path = source.path {
      opened = XLSXSheet(path: path, file: file, diagnostics: &diagnostics)
    } else {
      let bytes = source.readAll()
      if source.failed {
        return RosterFile(path: file, students: [], fields: [], diagnostics: [unreadable(file)])
      }
      opened = XLSXSheet(bytes: bytes, file: file, diagnostics: &diagnostics)
    }
    var rows = StudentRows(file: file, matcher: matcher, allowsShortRows: true)
    if let sheet = opened {
      diagnostics = sheet.rows { row in
        rows.add(row, student: student)
        return true
      }
      if !diagnostics.isEmpty {
        // The workbook changed while it was read: none of its rows count.
        rows = StudentRows(file: file, matcher: matcher, allowsShortRows: true)
        reset()
      }
    }
    rows.finish(student: student)
    var roster = RosterFile(
      path: file, students: [], fields: rows.fields, diagnostics: diagnostics + rows.diagnostics)
    roster.studentCount = rows.count
    return roster
  }

  /// The students of a table: finds the header, then turns every well-formed row into a student.
  public static func students(in table: SourceTable, matcher: HeaderMatcher) -> RosterFile {
    var kept: [Student] = []
    var roster = students(in: table, matcher: matcher) { kept.append($0) }
    roster.students = kept
    return roster
  }

  private static func students(
    in table: SourceTable, matcher: HeaderMatcher, student: (Student) -> Void
  ) -> RosterFile {
    var rows = StudentRows(
      file: table.file, matcher: matcher, allowsShortRows: table.allowsShortRows)
    for row in table.rows { rows.add(row, student: student) }
    rows.finish(student: student)
    var roster = RosterFile(
      path: table.file, students: [], fields: rows.fields,
      diagnostics: table.diagnostics + rows.diagnostics, encoding: table.encoding)
    roster.studentCount = rows.count
    return roster
  }

  /// A file that cannot be opened or read.
  static func unreadable(_ file: String) -> Diagnostic {
    Diagnostic(
      .error, "R107", at: SourceLocation(file: file, line: 1, column: 1),
      Localized("无法读取文件。", en: "cannot read the file."),
      fix: Localized(
        "检查文件名和路径是否正确、文件是否存在。", en: "check that the path is right and the file exists."))
  }
}
