import DuchaChecklist
import Foundation

/// Writes worksheets as an .xlsx workbook (SpreadsheetML, ECMA-376) that Excel, WPS and
/// LibreOffice open: text as inline strings, numbers as numbers, column widths set, header
/// rows frozen. Zipped by ZIPFoundation through `OfficePackage`.
public enum XLSXWriter {
  /// The workbook of `sheets`, in order. Sheet names must be unique.
  public static func workbook(_ sheets: [Worksheet]) throws -> Data {
    var package = OfficePackage()
    package.add("[Content_Types].xml", contentTypes(sheets.count))
    package.add("_rels/.rels", rootRelationships)
    package.add("xl/workbook.xml", workbookXML(sheets))
    package.add("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count))
    package.add("xl/styles.xml", styles)
    for (index, sheet) in sheets.enumerated() {
      package.add("xl/worksheets/sheet\(index + 1).xml", sheetXML(sheet))
    }
    return try package.data()
  }

  /// `A`, `B`, … `Z`, `AA` …: the letters of a 0-based column.
  static func columnName(_ index: Int) -> String {
    var name = ""
    var number = index + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }

  static func sheetXML(_ sheet: Worksheet) -> String {
    var xml = XMLText.declaration
    xml += "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
    // Printed on A4 landscape, all columns on one page wide (as many pages down as needed).
    xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
    xml += "<sheetViews><sheetView workbookViewId=\"0\">"
    if sheet.frozenRows > 0 {
      xml +=
        "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    }
    xml += "</sheetView></sheetViews>"
    xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
    let widths = sheet.columnWidths
    if !widths.isEmpty {
      xml += "<cols>"
      for (index, width) in widths.enumerated() {
        xml +=
          "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    for (rowIndex, row) in sheet.rows.enumerated() {
      xml += "<row r=\"\(rowIndex + 1)\">"
      for (column, cell) in row.cells.enumerated() {
        xml += cellXML(cell, reference: "\(columnName(column))\(rowIndex + 1)", style: row.style)
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    xml +=
      "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
    xml +=
      "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
    xml += "</worksheet>"
    return xml
  }

  /// Style indexes into `styles`' cellXfs: 0 body (wrapped, top), 1 header, 2 total.
  private static func styleIndex(_ style: SpreadsheetRowStyle) -> Int {
    switch style {
    case .body: 0
    case .header: 1
    case .total: 2
    }
  }

  private static func cellXML(
    _ cell: SpreadsheetCell, reference: String, style: SpreadsheetRowStyle
  )
    -> String
  {
    let styleAttribute = " s=\"\(styleIndex(style))\""
    switch cell {
    case .empty:
      return style == .body ? "" : "<c r=\"\(reference)\"\(styleAttribute)/>"
    case .number(let value):
      return "<c r=\"\(reference)\"\(styleAttribute)><v>\(ScoreFormat.string(value))</v></c>"
    case .text(let text):
      return
        "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
    }
  }

  private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  private static func contentTypes(_ count: Int) -> String {
    var xml = XMLText.declaration
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    xml +=
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    xml +=
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    xml +=
      "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    for index in 0..<count {
      xml +=
        "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    xml += "</Types>"
    return xml
  }

  private static let rootRelationships =
    XMLText.declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  private static func workbookXML(_ sheets: [Worksheet]) -> String {
    var xml = XMLText.declaration
    xml += "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
    for (index, sheet) in sheets.enumerated() {
      xml +=
        "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    xml += "</sheets></workbook>"
    return xml
  }

  private static func workbookRelationships(_ count: Int) -> String {
    var xml = XMLText.declaration
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for index in 0..<count {
      xml +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    xml +=
      "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    xml += "</Relationships>"
    return xml
  }

  /// Fonts: 0 regular, 1 bold. Fills: 0 none, 1 gray125 (required), 2 light grey. Borders:
  /// 0 none, 1 thin. Cell formats: 0 body, 1 header, 2 total.
  private static let styles =
    XMLText.declaration
    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"2\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"2\"/></font></fonts>"
    + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill>"
    + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
    + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"3\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "</cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"
}
