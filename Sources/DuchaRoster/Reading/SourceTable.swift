import DuchaChecklist

/// One row of a spreadsheet or CSV file, with where each cell is.
public struct TableRow: Sendable, Equatable {
  /// The 1-based line (CSV) or row number (XLSX).
  public var line: Int
  /// The cells, as text.
  public var cells: [String]
  /// The 1-based column of each cell: characters on the line for CSV, the column number for
  /// XLSX (A = 1).
  public var columns: [Int]

  /// Creates a row.
  public init(line: Int, cells: [String], columns: [Int]) {
    self.line = line
    self.cells = cells
    self.columns = columns
  }

  /// Where the row's `index`th cell is; past the last cell, just after it.
  public func column(of index: Int) -> Int {
    if index < columns.count { return columns[index] }
    return (columns.last ?? 1) + (cells.last?.count ?? 0)
  }

  /// Whether every cell is empty or blank.
  public var isBlank: Bool {
    cells.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" } }
  }
}

/// The rows of one file, and what went wrong reading it.
public struct SourceTable: Sendable {
  /// The path as the user named it.
  public var file: String
  /// The rows that could be read, in order.
  public var rows: [TableRow]
  /// Rows that could not be read, files that could not be decoded.
  public var diagnostics: [Diagnostic]
  /// How the text was decoded (CSV only).
  public var encoding: RosterEncoding?
  /// Whether a row may have fewer cells than the header (XLSX leaves empty cells out).
  public var allowsShortRows: Bool

  /// Creates a table.
  public init(
    file: String, rows: [TableRow], diagnostics: [Diagnostic], encoding: RosterEncoding? = nil,
    allowsShortRows: Bool = false
  ) {
    self.file = file
    self.rows = rows
    self.diagnostics = diagnostics
    self.encoding = encoding
    self.allowsShortRows = allowsShortRows
  }
}
