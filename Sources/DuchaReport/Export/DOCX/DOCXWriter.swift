import Foundation

/// Writes a `WordDocument` as a .docx file (WordprocessingML, ECMA-376) that Word, WPS and
/// LibreOffice open: A4 portrait, 仿宋 body text, 黑体 headings, tables with ruled cells and a
/// repeated header row. Zipped by ZIPFoundation through `OfficePackage`.
public enum DOCXWriter {
  /// The .docx file of `document`.
  public static func data(_ document: WordDocument) throws -> Data {
    var package = OfficePackage()
    package.add("[Content_Types].xml", contentTypes)
    package.add("_rels/.rels", rootRelationships)
    package.add("word/document.xml", documentXML(document))
    package.add("word/_rels/document.xml.rels", documentRelationships)
    package.add("word/styles.xml", DOCXStyles.xml)
    return try package.data()
  }

  /// Text width of an A4 page with 2.5 cm left and right margins, in twentieths of a point.
  static let textWidth = 11906 - 2 * 1418

  static func documentXML(_ document: WordDocument) -> String {
    var xml = XMLText.declaration
    xml +=
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
    for block in document.blocks { xml += blockXML(block) }
    // A4 (11906 × 16838 twips), margins 3.7/3.5/2.5/2.5 cm as in GB/T 9704 公文格式, roughly.
    xml +=
      "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      + "<w:pgMar w:top=\"2098\" w:right=\"1418\" w:bottom=\"1984\" w:left=\"1418\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
      + "</w:sectPr></w:body></w:document>"
    return xml
  }

  static func blockXML(_ block: WordDocument.Block) -> String {
    switch block {
    case .title(let text):
      return paragraph(text, style: "Title", alignment: "center")
    case .heading(let text, let level):
      return paragraph(text, style: "Heading\(level)", alignment: nil)
    case .paragraph(let text, let alignment, let bold):
      switch alignment {
      case .body: return paragraph(text, style: nil, alignment: "both", indent: true, bold: bold)
      case .left: return paragraph(text, style: nil, alignment: "left", bold: bold)
      case .center: return paragraph(text, style: nil, alignment: "center", bold: bold)
      case .right: return paragraph(text, style: nil, alignment: "right", bold: bold)
      }
    case .table(let header, let rows, let widths):
      return table(header: header, rows: rows, widths: widths)
    case .pageBreak:
      return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    }
  }

  /// A paragraph; line breaks in `text` become `<w:br/>` within it.
  static func paragraph(
    _ text: String, style: String?, alignment: String?, indent: Bool = false, bold: Bool = false,
    size: Int? = nil
  ) -> String {
    var properties = ""
    if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    // Two characters of 14-pt text: firstLineChars for Word and WPS, firstLine (560 twips)
    // for LibreOffice, which ignores the character count.
    if indent { properties += "<w:ind w:firstLine=\"560\" w:firstLineChars=\"200\"/>" }
    if alignment == "right" { properties += "<w:ind w:right=\"560\"/>" }
    if let alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
    var runProperties = bold ? "<w:b/>" : ""
    if let size { runProperties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
    return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
      + runs(text, properties: runProperties) + "</w:p>"
  }

  /// Runs of text with `<w:br/>` at line breaks.
  static func runs(_ text: String, properties: String) -> String {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    return "<w:r>\(rPr)"
      + lines.map { "<w:t xml:space=\"preserve\">\(XMLText.escape(String($0)))</w:t>" }
      .joined(separator: "<w:br/>") + "</w:r>"
  }

  static func table(header: [String], rows: [[String]], widths: [Int]) -> String {
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    let relative = (0..<columns).map { $0 < widths.count ? max(widths[$0], 1) : 1 }
    let total = relative.reduce(0, +)
    let twips = relative.map { textWidth * $0 / total }
    var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
    xml += "<w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
    xml += "<w:tblBorders>"
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
      xml += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    }
    xml += "</w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>"
    xml += "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
    xml += twips.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    xml += row(header, twips: twips, header: true)
    for cells in rows { xml += row(cells, twips: twips, header: false) }
    xml += "</w:tbl>"
    // Word needs a paragraph between a table and what follows (and at the end of a cell).
    return xml + "<w:p/>"
  }

  private static func row(_ cells: [String], twips: [Int], header: Bool) -> String {
    var xml = "<w:tr>"
    xml +=
      header ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>"
    for (index, width) in twips.enumerated() {
      let text = index < cells.count ? cells[index] : ""
      xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
      xml += header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : ""
      xml += "</w:tcPr>"
      xml += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>"
      xml += header ? "<w:jc w:val=\"center\"/>" : ""
      xml += "</w:pPr>" + runs(text, properties: header ? "<w:b/>" : "") + "</w:p></w:tc>"
    }
    return xml + "</w:tr>"
  }

  private static let contentTypes =
    XMLText.declaration
    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    + "</Types>"

  private static let rootRelationships =
    XMLText.declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    + "</Relationships>"

  private static let documentRelationships =
    XMLText.declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    + "</Relationships>"
}
