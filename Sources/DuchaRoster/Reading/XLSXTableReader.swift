import DuchaChecklist
import Foundation
import ZIPFoundation

/// Reads the first worksheet of an XLSX workbook into a table: shared and inline strings,
/// numbers (dates stored as day numbers become `YYYY-MM-DD` when their cell style is a date),
/// and merged cells, whose value is copied into every cell they cover (a 年级 merged down a
/// block of rows belongs to each row).
///
/// ZIPFoundation opens the container; `XLSXSheet` reads the sheet row by row, a piece of its
/// XML at a time (`XMLStream`), so a sheet of a million rows is never held as a tree or whole.
public enum XLSXTableReader {
  /// Entries larger than this are refused: a registry export of a whole county is far
  /// smaller, and a zip bomb must not exhaust the laptop's memory.
  static let maximumEntrySize = 1 << 30

  /// Reads the bytes of an XLSX file into a table of every row; problems are diagnostics,
  /// never crashes.
  public static func read(_ bytes: [UInt8], file: String) -> SourceTable {
    var diagnostics: [Diagnostic] = []
    var rows: [TableRow] = []
    if let sheet = XLSXSheet(bytes: bytes, file: file, diagnostics: &diagnostics) {
      diagnostics = sheet.rows { row in
        rows.append(row)
        return true
      }
      if !diagnostics.isEmpty { rows = [] }
    }
    return SourceTable(
      file: file, rows: rows, diagnostics: diagnostics, encoding: nil, allowsShortRows: true)
  }

  /// The error for a workbook that cannot be read: R109 at its start, with what went wrong.
  static func unreadable(_ error: Error, file: String) -> Diagnostic {
    let why = describe(error)
    return Diagnostic(
      .error, "R109", at: SourceLocation(file: file, line: 1, column: 1),
      Localized(
        "XLSX 文件读不了（\(why.zh)），可能已损坏或不是 Excel 工作簿。",
        en: "cannot read the XLSX file (\(why.en)); it may be damaged or not a workbook."
      ),
      fix: Localized(
        "用 Excel 或 WPS 打开后另存为 XLSX 或 CSV 再试。",
        en: "open it in Excel or WPS and save it again as XLSX or CSV."
      ))
  }

  enum XLSXError: Error {
    case missingPart(String)
    case tooLarge(String)
    /// A part that is not well-formed XML: the part, the line, what is wrong (the scanner's
    /// words, quoted as the technical detail).
    case badXML(String, line: Int, Localized)
  }

  /// What went wrong, in the reader's language: it printed both languages glued together
  /// (`缺少 … / missing …`), and for a damaged ZIP container the library's case name
  /// (`missingEndOfCentralDirectoryRecord`).
  static func describe(_ error: Error) -> Localized {
    switch error {
    case XLSXError.missingPart(let path):
      Localized("缺少 \(path)", en: "\(path) is missing")
    case XLSXError.tooLarge(let path):
      Localized("\(path) 过大", en: "\(path) is too large")
    case XLSXError.badXML(let path, let line, let detail):
      Localized(
        "\(path) 第 \(line) 行的 XML 不完整或有错：\(detail.zh)",
        en: "\(path), line \(line), is not well-formed XML: \(detail.en)")
    case is Archive.ArchiveError:
      Localized(
        "不是完整的 ZIP 压缩包，XLSX 文件本该是；多半只传了一部分，或不是 Excel 存的",
        en: "it is not a whole ZIP archive, which an XLSX file is; most likely only part of it"
          + " arrived, or Excel did not save it")
    default:
      Localized(String(describing: error))
    }
  }

  /// The uncompressed bytes of an entry, refusing entries over the size limit (for tests that
  /// hold the parts to Foundation's parser).
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
      element: "sheet", attribute: "r:id", in: workbook, of: archive)
    guard let sheetID else { return "xl/worksheets/sheet1.xml" }
    let targets = try AttributeCollector.relationships(in: relations, of: archive)
    guard let target = targets[sheetID] else { return "xl/worksheets/sheet1.xml" }
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    return "xl/" + target
  }
}
