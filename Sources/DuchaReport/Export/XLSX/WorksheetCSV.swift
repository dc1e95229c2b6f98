import Foundation

/// One worksheet as CSV for Excel and WPS (BOM, CRLF, RFC 4180 quoting): the same table as in
/// the workbook, for offices that collect CSV files.
public enum WorksheetCSV {
  /// The CSV file of `sheet`.
  public static func format(_ sheet: Worksheet) -> Data {
    var csv = CSVWriter()
    for row in sheet.rows { csv.row(row.cells.map(\.plainText)) }
    return csv.data
  }
}
