import DuchaTerminal
import Foundation

/// One sheet of a workbook: a name, header rows at the top (frozen), data rows and column widths
/// fitted to the content.
public struct Worksheet: Sendable {
  /// The sheet's name (at most 31 characters; `[]:*?/\` are not allowed by Excel).
  public var name: String
  /// The rows with their style.
  public private(set) var rows: [(style: SpreadsheetRowStyle, cells: [SpreadsheetCell])] = []
  /// How many rows at the top stay in view when scrolling.
  public private(set) var frozenRows = 0

  /// Creates an empty sheet.
  public init(name: String) {
    self.name = Self.sanitized(name)
  }

  /// Appends a header row; header rows at the top are frozen.
  public mutating func header(_ titles: [String]) {
    if rows.count == frozenRows { frozenRows += 1 }
    rows.append((.header, titles.map(SpreadsheetCell.text)))
  }

  /// Appends a data row.
  public mutating func row(_ cells: [SpreadsheetCell], style: SpreadsheetRowStyle = .body) {
    rows.append((style, cells))
  }

  /// The number of columns.
  public var columnCount: Int { rows.map(\.cells.count).max() ?? 0 }

  /// Column widths in Excel's units (characters of the default font): the widest cell in
  /// display columns (a Chinese character counts two), plus a margin, between 6 and 60; long
  /// text wraps within 60.
  public var columnWidths: [Int] {
    (0..<columnCount).map { column in
      let widest =
        rows.map { row in
          column < row.cells.count
            ? row.cells[column].plainText.split(separator: "\n").map {
              DisplayWidth.of(String($0))
            }.max() ?? 0 : 0
        }.max() ?? 0
      return min(max(widest + 2, 6), 60)
    }
  }

  /// Excel refuses sheet names longer than 31 characters or with `[]:*?/\`.
  private static func sanitized(_ name: String) -> String {
    let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
    return String(cleaned.prefix(31))
  }
}
