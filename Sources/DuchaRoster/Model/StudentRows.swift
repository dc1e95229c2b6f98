import DuchaChecklist

/// Turns a table's rows into students one row at a time, so a file read in pieces is never
/// held whole: finds the header among the first rows, refuses rows whose cells do not line up
/// with it, leaves out total rows and notes ID numbers a spreadsheet held as numbers.
struct StudentRows {
  private let file: String
  private let matcher: HeaderMatcher
  private let allowsShortRows: Bool
  /// Rows seen before the header is decided: it is one of the first 20, and a second header
  /// row may follow it.
  private var waiting: [TableRow] = []
  private var decided = false
  private var header: HeaderMatcher.Header?
  private var savedAsNumber: [SourceLocation] = []
  /// 出生日期 cells that are not a date `CivilDate` reads (`3/5/2012`, `2012-03`), with the
  /// first one's text: such a date is compared with nothing, so the file says so once.
  private var unreadableDates: [SourceLocation] = []
  private var firstUnreadableDate = ""
  /// Rows refused or left out, and the missing header, in file order.
  private(set) var diagnostics: [Diagnostic] = []
  /// Students handed out so far.
  private(set) var count = 0

  private static let headerRows = 21

  init(file: String, matcher: HeaderMatcher, allowsShortRows: Bool) {
    self.file = file
    self.matcher = matcher
    self.allowsShortRows = allowsShortRows
  }

  /// The fields the header names; empty when there is none.
  var fields: Set<RosterField> { header.map { Set($0.columns.keys) } ?? [] }

  /// Takes the next row of the table, handing out its student, if any, to `student`.
  mutating func add(_ row: TableRow, student: (Student) -> Void) {
    guard decided else {
      waiting.append(row)
      if waiting.count >= Self.headerRows { decide(student) }
      return
    }
    if let header { take(row, header: header, student: student) }
  }

  /// Ends the table: decides the header of a short file, and adds the warning for ID numbers
  /// held as numbers.
  mutating func finish(student: (Student) -> Void) {
    if !decided { decide(student) }
    if !savedAsNumber.isEmpty { diagnostics.append(Self.savedAsNumberWarning(savedAsNumber)) }
    savedAsNumber = []
    if !unreadableDates.isEmpty {
      diagnostics.append(Self.unreadableDateWarning(unreadableDates, example: firstUnreadableDate))
    }
    unreadableDates = []
  }

  private mutating func decide(_ student: (Student) -> Void) {
    decided = true
    let rows = waiting
    waiting = []
    guard let first = rows.first else { return }
    guard let found = matcher.findHeader(in: rows) else {
      diagnostics.append(Self.noHeader(first, file: file))
      return
    }
    header = found
    for row in rows[found.firstDataRow...] { take(row, header: found, student: student) }
  }

  private mutating func take(
    _ row: TableRow, header: HeaderMatcher.Header, student: (Student) -> Void
  ) {
    if row.isBlank { return }
    if let problem = columnCountProblem(row, header: header) {
      diagnostics.append(problem)
      return
    }
    var values = RosterValues()
    for (field, column) in header.columns where column < row.cells.count {
      values[field] = CellText.clean(row.cells[column])
    }
    if let label = TotalRow.label(of: row, values: values) {
      diagnostics.append(TotalRow.warning(label, line: row.line, file: file))
      return
    }
    let made = Student(
      values: values, location: SourceLocation(file: file, line: row.line, column: 1))
    if let column = header.columns[.idNumber], made.hasResidentIDType,
      IDSavedAsNumber.isDamaged(made.idNumber)
    {
      savedAsNumber.append(
        SourceLocation(file: file, line: row.line, column: row.column(of: column)))
    }
    if made.birthDate == nil, let column = header.columns[.birthDate],
      let text = values[.birthDate], !text.isEmpty
    {
      if unreadableDates.isEmpty { firstUnreadableDate = text }
      unreadableDates.append(
        SourceLocation(file: file, line: row.line, column: row.column(of: column)))
    }
    count += 1
    student(made)
  }

  private static func noHeader(_ first: TableRow, file: String) -> Diagnostic {
    let seen = first.cells.prefix(8).map { "“\($0)”" }.joined(separator: " ")
    return Diagnostic(
      .error, "R106", at: SourceLocation(file: file, line: first.line, column: 1),
      Localized(
        "找不到表头：前 20 行里没有一行同时有“姓名”和其他学籍字段（第一行是 \(seen)）。",
        en:
          "no header found: none of the first 20 rows names 姓名 and another registry field (the first row is \(seen))."
      ),
      fix: Localized(
        "确认这是学籍系统导出的学生基本信息；表头名称不同时用 --map 表头=字段，如 --map 学生名字=姓名。",
        en:
          "check this is the registry's basic-information export; map other header names with --map HEADER=FIELD, e.g. --map 学生名字=姓名."
      ))
  }

  /// The first ten rows of `places` as a warning names them (`2、3、5 等`, `2, 3, 5 …`).
  private static func rowList(_ places: [SourceLocation]) -> (zh: String, en: String) {
    let shown = places.prefix(10).map { String($0.line) }
    let more = places.count > shown.count
    return (
      shown.joined(separator: "、") + (more ? " 等" : ""),
      shown.joined(separator: ", ") + (more ? " …" : "")
    )
  }

  /// One warning for a column Excel held as numbers, at its first damaged cell, naming the
  /// rows: a county export may have thousands, and the fix is the same for all of them.
  private static func savedAsNumberWarning(_ places: [SourceLocation]) -> Diagnostic {
    let (rows, rowsEN) = rowList(places)
    return Diagnostic(
      .warning, "R203", at: places[0],
      Localized(
        "身份证号这一列被存成了数字：\(places.count) 个号码（第 \(rows) 行）只剩前 15 位，后几位已经丢失，已计入“身份证号有误”。",
        en: "the ID column was saved as numbers: \(places.count) number(s) (rows \(rowsEN)) keep"
          + " only 15 digits, the last ones are lost; they count as 身份证号有误."),
      fix: Localized(IDSavedAsNumber.fix.zh + "。", en: IDSavedAsNumber.fix.en + "."))
  }

  /// One warning for 出生日期 cells that are not a date, at the first, naming the rows: the
  /// check compared them with nothing (the ID number's own date, the duplicates' key) and said
  /// nothing, so a column typed month first (`3/5/2012`) looked checked.
  private static func unreadableDateWarning(_ places: [SourceLocation], example: String)
    -> Diagnostic
  {
    let (rows, rowsEN) = rowList(places)
    return Diagnostic(
      .warning, "R204", at: places[0],
      Localized(
        "出生日期读不出：\(places.count) 个（第 \(rows) 行，如“\(example)”）不是年-月-日的日期，没有与身份证号里的出生日期核对。",
        en: "unreadable birth dates: \(places.count) (rows \(rowsEN), e.g. '\(example)') are not"
          + " year-month-day dates; they were not compared with the ID numbers' birth dates."),
      fix: Localized(
        "写成 2012-03-05、2012/3/5 或 2012年3月5日（年在前）；Excel 里可把这一列设成“日期”格式再导出。",
        en: "write 2012-03-05, 2012/3/5 or 2012年3月5日 (year first); in Excel, set the column to a"
          + " date format and export again."))
  }

  /// A CSV row with more or fewer cells than the header has lost its alignment: the values
  /// would land in the wrong columns, so it is reported instead of imported. Extra cells that
  /// are all empty (a trailing comma) are harmless.
  private func columnCountProblem(_ row: TableRow, header: HeaderMatcher.Header) -> Diagnostic? {
    let count = row.cells.count
    if count > header.width {
      let extra = row.cells[header.width...]
      guard extra.contains(where: { !CellText.clean($0).isEmpty }) else { return nil }
      return Diagnostic(
        .error, "R104",
        at: SourceLocation(file: file, line: row.line, column: row.column(of: header.width)),
        Localized(
          "这一行有 \(count) 列，表头（第 \(header.line) 行）只有 \(header.width) 列，这一行没有导入。",
          en:
            "this row has \(count) columns but the header (line \(header.line)) has \(header.width); the row was not imported."
        ),
        fix: Localized(
          "含逗号的单元格要放进引号；或删掉多出来的列。",
          en: "quote cells that contain commas, or remove the extra cells."))
    }
    if count < header.width, !allowsShortRows {
      return Diagnostic(
        .error, "R104",
        at: SourceLocation(file: file, line: row.line, column: row.column(of: count)),
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
