import Foundation

/// A worksheet part: rows of cells by reference (`C5`), values resolved through the shared
/// strings and the date styles, merged ranges filled from their top-left cell. Rows are
/// collected as they end and taken by the reader after each piece of the part (`takeRows`).
final class SheetParser: XMLContentHandler {
  private let sharedStrings: SharedStrings
  private let dateStyles: Set<Int>
  private var merges: MergeFill
  private var rows: [TableRow] = []
  private var cells: [Int: String] = [:]
  private var rowNumber = 0
  private var nextColumn = 1
  private var cellColumn = 1
  private var cellType = ""
  private var cellStyle = 0
  private var text = ""
  private var collecting = false

  /// The day number of 1970-01-01 in the workbook's date system.
  private let unixEpochDay: Int

  init(
    sharedStrings: SharedStrings, dateStyles: Set<Int>, merges: [MergedRange],
    date1904: Bool = false
  ) {
    self.sharedStrings = sharedStrings
    self.dateStyles = dateStyles
    self.merges = MergeFill(merges)
    // 1900 system: day 25569 is 1970-01-01. 1904 system (a workbook last saved by Excel for
    // Mac 2011 or older, or with "use 1904 date system" ticked): day 0 is 1904-01-01, 1462
    // days later, so 1970-01-01 is day 24107.
    unixEpochDay = date1904 ? 24_107 : 25_569
  }

  /// The rows completed since the last call, in order.
  func takeRows() -> [TableRow] {
    defer { rows.removeAll(keepingCapacity: true) }
    return rows
  }

  func startElement(_ elementName: String, attributes: [String: String]) {
    switch localName(elementName) {
    case "row":
      rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
      cells = [:]
      nextColumn = 1
    case "c":
      cellColumn = attributes["r"].flatMap { Self.reference($0)?.column } ?? nextColumn
      cellType = attributes["t"] ?? ""
      cellStyle = attributes["s"].flatMap(Int.init) ?? 0
      text = ""
    case "v", "t":
      // <t> appears in inline strings (<is><t>); <v> holds every other value.
      collecting = true
    default: break
    }
  }

  func endElement(_ elementName: String) {
    switch localName(elementName) {
    case "v", "t": collecting = false
    case "c":
      cells[cellColumn] = value()
      nextColumn = cellColumn + 1
    case "row":
      guard let last = cells.keys.max() else { return }
      let values = (1...last).map { cells[$0] ?? "" }
      var row = TableRow(line: rowNumber, cells: values, columns: Array(1...last))
      merges.fill(&row)
      rows.append(row)
    default: break
    }
  }

  func characters(_ string: String) {
    if collecting { text += string }
  }

  /// The cell's text: a shared string, an inline string, a date, or a number as written.
  private func value() -> String {
    switch cellType {
    case "s":
      return Int(text).flatMap { sharedStrings[$0] } ?? ""
    case "inlineStr", "str", "e": return text
    case "b": return text == "1" ? "TRUE" : "FALSE"
    default: return number(text)
    }
  }

  /// A number as a person reads it: dates in date-styled cells, whole numbers without `.0`.
  /// A number of 18 digits written as Excel writes a double (`3.4132320080101101E+17`) is an
  /// ID number typed into a cell of the number format: Excel kept 15 significant digits and
  /// the rest are gone, so it reads as Excel shows it, `3.41323E+17`, which the ID checks name
  /// as such (its digits spelled out would pass for a number with a miscopied last digit).
  /// Plain digits (`341323200801011234`, as other programs write an integer) are kept as written.
  private func number(_ raw: String) -> String {
    guard let value = Double(raw) else { return raw }
    if dateStyles.contains(cellStyle), value >= 1, value < 2_958_466 {
      // Excel's day 60 of the 1900 system is its phantom 1900-02-29.
      let days = Int(value.rounded(.down))
      return CivilDate(daysSinceEpoch: days - unixEpochDay).description
    }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    if value >= 1e17, value < 1e18, !raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return Self.generalFormat(value)
    }
    if raw.contains("E") || raw.contains("e"), let decimal = Decimal(string: raw) {
      return "\(decimal)"
    }
    return raw
  }

  /// A large number as Excel's General format shows it in a column of the usual width: six
  /// significant digits and the exponent, `3.41323E+17`.
  static func generalFormat(_ value: Double) -> String {
    var exponent = Int(log10(value).rounded(.down))
    var mantissa = (value / pow(10, Double(exponent)) * 100_000).rounded() / 100_000
    if mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    var digits = String(format: "%.5f", mantissa)
    while digits.hasSuffix("0") { digits.removeLast() }
    if digits.hasSuffix(".") { digits.removeLast() }
    return "\(digits)E+\(exponent)"
  }

  /// `C5` → row 5, column 3.
  static func reference(_ text: String) -> (row: Int, column: Int)? {
    var column = 0
    var digits = Substring(text)
    for character in text {
      guard let ascii = character.asciiValue,
        (65...90).contains(ascii) || (97...122).contains(ascii)
      else { break }
      column = column * 26 + Int((ascii & 0xDF) - 64)
      digits = digits.dropFirst()
      if column > 16_384 { return nil }
    }
    guard column > 0, let row = Int(digits), row > 0 else { return nil }
    return (row, column)
  }

  /// `A1:X2` → its corners.
  static func range(_ text: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let start = reference(String(parts[0])),
      let end = reference(String(parts[1]))
    else { return nil }
    return (start.row, start.column, end.row, end.column)
  }
}
