import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation

/// The file formats of the comparison's outputs.
public enum CompareFormat: String, Sendable, CaseIterable {
  /// UTF-8 with BOM and CRLF, as Excel and WPS open it.
  case csv
  /// An Excel workbook with one sheet.
  case xlsx
  /// A Markdown table.
  case md

  /// The format an output path's extension names; nil for other extensions.
  public init?(path: String) {
    switch (path as NSString).pathExtension.lowercased() {
    case "csv": self = .csv
    case "xlsx": self = .xlsx
    case "md", "markdown": self = .md
    default: return nil
    }
  }

  /// The bytes of `sheet` in this format.
  public func data(_ sheet: Worksheet) throws -> Data {
    switch self {
    case .csv: WorksheetCSV.format(sheet)
    case .xlsx: try XLSXWriter.workbook([sheet])
    case .md: Data(Self.markdown(sheet).utf8)
    }
  }

  /// `sheet` as a Markdown table: backslash, `*`, `_`, backquote, `<` and `|` escaped, line
  /// breaks as spaces.
  public static func markdown(_ sheet: Worksheet) -> String {
    func cell(_ value: SpreadsheetCell) -> String {
      let text: String
      switch value {
      case .text(let string): text = string
      case .number(let number): text = "\(number)"
      case .empty: text = ""
      }
      // Escaped as the other Markdown exports do: a masked number's asterisks must not turn
      // into emphasis, a `|` not end the cell, a `<` not start HTML.
      var escaped = ""
      for character in text {
        if character == "\n" || character == "\r\n" || character == "\r" {
          escaped.append(" ")
          continue
        }
        if "\\*_`<|".contains(character) { escaped.append("\\") }
        escaped.append(character)
      }
      return escaped
    }
    var lines: [String] = []
    for (index, row) in sheet.rows.enumerated() {
      lines.append("| " + row.cells.map(cell).joined(separator: " | ") + " |")
      if index == 0 { lines.append("|" + String(repeating: "---|", count: row.cells.count)) }
    }
    return "## \(sheet.name)\n\n" + lines.joined(separator: "\n") + "\n"
  }
}

/// Writes the four outputs beside each other: `OUT`, `OUT-问题户籍`, `OUT-重复在籍`, `OUT-统计`.
public enum CompareOutput {
  /// The paths the outputs go to, main list first.
  public static func paths(for output: String, format: CompareFormat) -> [String] {
    let name = output as NSString
    let main = name.pathExtension.isEmpty ? output + "." + format.rawValue : output
    let stem = (name.lastPathComponent as NSString).deletingPathExtension
    // Not NSString's deletingLastPathComponent: it traps on a one-letter name (`-o x`).
    let folder = output.contains("/") ? ParentFolder.of(output) : ""
    return [main]
      + ["问题户籍", "重复在籍", "统计"].map {
        (folder as NSString).appendingPathComponent("\(stem)-\($0).\(format.rawValue)")
      }
  }

  /// Writes every output whole (atomically, mode 0600); returns the paths written. Markdown,
  /// written for a reader, follows `language`; CSV and XLSX keep the Chinese headers
  /// `ducha cases import` reads.
  @discardableResult
  public static func write(
    _ sheets: CompareSheets, to output: String, format: CompareFormat,
    language: Language = .chinese
  ) throws -> [String] {
    let paths = paths(for: output, format: format)
    // The main list and 问题户籍 are the large ones: each is laid out and written on its own
    // core. Each file has one writer; a failure is reported after all have finished.
    final class Outcome: @unchecked Sendable {
      let lock = NSLock()
      var errors: [Error] = []
    }
    let outcome = Outcome()
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      let mine: [(Int, () -> Worksheet)] =
        half == 0
        ? [(0, { sheets.suspects }), (3, { sheets.counts })]
        : [(1, { sheets.unregistered }), (2, { sheets.duplicates })]
      for (index, make) in mine {
        do {
          let sheet = format == .md ? CompareEnglish.sheet(make(), language) : make()
          try OutputFile.write(try format.data(sheet), to: paths[index], holding: .children)
        } catch {
          outcome.lock.withLock { outcome.errors.append(error) }
        }
      }
    }
    if let error = outcome.errors.first { throw error }
    return paths
  }
}
