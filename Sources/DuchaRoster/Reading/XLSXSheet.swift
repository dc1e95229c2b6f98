import DuchaChecklist
import Foundation
import ZIPFoundation

/// The first worksheet of an XLSX workbook, read row by row: the sheet's XML is inflated out of
/// its zip entry and read a piece at a time, so a sheet of a million rows is never held whole.
/// Opening it reads the small parts (workbook, relationships, styles), the shared strings and,
/// in a first pass over the sheet, its merged ranges (listed after the rows) and any syntax
/// error; `rows` then reads the sheet again, handing on each row with its merges filled.
public final class XLSXSheet {
  private enum Origin {
    case file(URL)
    case memory(Data)
  }

  private let origin: Origin
  private let file: String
  private let sheetPath: String
  private let dateStyles: Set<Int>
  /// Whether the workbook counts days from 1904 (`<workbookPr date1904="1"/>`).
  private let date1904: Bool
  private let merges: [MergedRange]
  private var sharedStrings: SharedStrings?

  /// Opens the workbook at `path` (named `file` in messages); nil, with the R109 error added to
  /// `diagnostics`, when it cannot be read.
  public convenience init?(path: String, file: String, diagnostics: inout [Diagnostic]) {
    self.init(.file(URL(fileURLWithPath: path)), file: file, diagnostics: &diagnostics)
  }

  /// Opens a workbook's bytes.
  convenience init?(bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) {
    self.init(.memory(Data(bytes)), file: file, diagnostics: &diagnostics)
  }

  private init?(_ origin: Origin, file: String, diagnostics: inout [Diagnostic]) {
    self.origin = origin
    self.file = file
    do {
      let archive = try Self.archive(origin)
      sheetPath = try XLSXTableReader.firstSheetPath(archive)
      sharedStrings =
        try archive["xl/sharedStrings.xml"].map { try SharedStringsParser.parse($0, in: archive) }
        ?? SharedStrings()
      dateStyles =
        try archive["xl/styles.xml"].map { try StylesParser.dateStyles($0, in: archive) } ?? []
      let dateSystem = try archive["xl/workbook.xml"].flatMap {
        try AttributeCollector.first(
          element: "workbookPr", attribute: "date1904", in: $0, of: archive)
      }
      date1904 = dateSystem == "1" || dateSystem?.lowercased() == "true"
      guard let sheet = archive[sheetPath] else {
        throw XLSXTableReader.XLSXError.missingPart(sheetPath)
      }
      let collector = MergeCollector()
      try parseEntry(sheet, in: archive, part: "worksheet", handler: collector)
      merges = collector.merges
    } catch {
      diagnostics.append(XLSXTableReader.unreadable(error, file: file))
      return nil
    }
  }

  /// Reads the rows in order into `visit`, which returns false to stop; returns the R109 error
  /// if the workbook cannot be read again (it changed or went away since it was opened), after
  /// which the rows handed on must be forgotten.
  @discardableResult
  public func rows(_ visit: (TableRow) -> Bool) -> [Diagnostic] {
    do {
      let archive = try Self.archive(origin)
      let strings =
        try sharedStrings
        ?? archive["xl/sharedStrings.xml"].map { try SharedStringsParser.parse($0, in: archive) }
        ?? SharedStrings()
      sharedStrings = strings
      guard let sheet = archive[sheetPath] else {
        throw XLSXTableReader.XLSXError.missingPart(sheetPath)
      }
      let parser = SheetParser(
        sharedStrings: strings, dateStyles: dateStyles, merges: merges, date1904: date1904)
      try parseEntry(
        sheet, in: archive, part: "worksheet", handler: parser,
        afterPiece: {
          for row in parser.takeRows() where !visit(row) { throw Stopped() }
        })
    } catch is Stopped {
      return []
    } catch {
      return [XLSXTableReader.unreadable(error, file: file)]
    }
    return []
  }

  /// Lets go of the shared strings until the rows are read again, so a comparison of many
  /// workbooks holds those of the ones it is reading, not of every one it has opened.
  public func release() {
    sharedStrings = nil
  }

  private struct Stopped: Error {}

  private static func archive(_ origin: Origin) throws -> Archive {
    switch origin {
    case .file(let url): try Archive(url: url, accessMode: .read)
    case .memory(let data): try Archive(data: data, accessMode: .read)
    }
  }
}
