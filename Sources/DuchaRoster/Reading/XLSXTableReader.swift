import DuchaChecklist
import Foundation
import ZIPFoundation

/// Reads the first worksheet of an XLSX workbook into a table: shared and inline strings,
/// numbers (dates stored as day numbers become `YYYY-MM-DD` when their cell style is a date),
/// and merged cells, whose value is copied into every cell they cover (a 年级 merged down a
/// block of rows belongs to each row).
///
/// ZIPFoundation opens the container; `XMLReader` reads the parts as a stream, so a sheet of a
/// million rows is never held as a tree.
public enum XLSXTableReader {
  /// Entries larger than this are refused: a registry export of a whole county is far
  /// smaller, and a zip bomb must not exhaust the laptop's memory.
  static let maximumEntrySize = 1 << 30

  /// Reads the bytes of an XLSX file; problems are diagnostics, never crashes.
  public static func read(_ bytes: [UInt8], file: String) -> SourceTable {
    do {
      let archive = try Archive(data: Data(bytes), accessMode: .read)
      let sheetPath = try firstSheetPath(archive)
      let sharedStrings =
        try archive["xl/sharedStrings.xml"].map {
          try SharedStringsParser.parse(try contents(of: $0, in: archive))
        } ?? []
      let dateStyles =
        try archive["xl/styles.xml"].map {
          try StylesParser.dateStyles(try contents(of: $0, in: archive))
        } ?? []
      guard let sheetEntry = archive[sheetPath] else { throw XLSXError.missingPart(sheetPath) }
      let sheet = try SheetParser.parse(
        try contents(of: sheetEntry, in: archive), sharedStrings: sharedStrings,
        dateStyles: dateStyles)
      return SourceTable(
        file: file, rows: sheet, diagnostics: [], encoding: nil, allowsShortRows: true)
    } catch {
      return SourceTable(
        file: file, rows: [],
        diagnostics: [
          Diagnostic(
            .error, "R109", at: SourceLocation(file: file, line: 1, column: 1),
            Localized(
              "XLSX 文件读不了（\(describe(error))），可能已损坏或不是 Excel 工作簿。",
              en:
                "cannot read the XLSX file (\(describe(error))); it may be damaged or not a workbook."
            ),
            fix: Localized(
              "用 Excel 或 WPS 打开后另存为 XLSX 或 CSV 再试。",
              en: "open it in Excel or WPS and save it again as XLSX or CSV."
            ))
        ], encoding: nil, allowsShortRows: true)
    }
  }

  enum XLSXError: Error {
    case missingPart(String)
    case tooLarge(String)
    case badXML(String, String)
  }

  private static func describe(_ error: Error) -> String {
    switch error {
    case XLSXError.missingPart(let path): "缺少 \(path) / missing \(path)"
    case XLSXError.tooLarge(let path): "\(path) 过大 / \(path) too large"
    case XLSXError.badXML(let path, let detail): "\(path)：\(detail)"
    default: "\(error)"
    }
  }

  /// The uncompressed bytes of an entry, refusing entries over the size limit.
  static func contents(of entry: Entry, in archive: Archive) throws -> Data {
    var data = Data()
    _ = try archive.extract(entry, skipCRC32: false) { chunk in
      data.append(chunk)
      if data.count > maximumEntrySize { throw XLSXError.tooLarge(entry.path) }
    }
    return data
  }

  /// The first worksheet's part, through workbook.xml and its relationships; falls back to
  /// `xl/worksheets/sheet1.xml`.
  static func firstSheetPath(_ archive: Archive) throws -> String {
    guard let workbook = archive["xl/workbook.xml"],
      let relations = archive["xl/_rels/workbook.xml.rels"]
    else { return "xl/worksheets/sheet1.xml" }
    let sheetID = try AttributeCollector.first(
      element: "sheet", attribute: "r:id", in: contents(of: workbook, in: archive))
    guard let sheetID else { return "xl/worksheets/sheet1.xml" }
    let targets = try AttributeCollector.relationships(contents(of: relations, in: archive))
    guard let target = targets[sheetID] else { return "xl/worksheets/sheet1.xml" }
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    return "xl/" + target
  }
}
