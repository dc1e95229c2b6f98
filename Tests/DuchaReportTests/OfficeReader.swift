import Foundation
import Testing

/// Reads .xlsx and .docx files back with real clients — openpyxl and python-docx, which
/// `scripts/setup` installs — so the tests check what Excel, WPS and Word users get, not what
/// our own writer believes it wrote.
enum OfficeReader {
  /// Whether python3 is on the PATH; without it the read-back tests are skipped (and say so).
  static let pythonAvailable: Bool = (try? run("import sys", arguments: [])) != nil

  /// Runs `script` with python3 and `arguments`; returns its standard output, or throws with
  /// its standard error (e.g. `No module named 'openpyxl'`: run scripts/setup).
  static func run(_ script: String, arguments: [String]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-py-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let scriptURL = directory.appendingPathComponent("read.py")
    try Data(script.utf8).write(to: scriptURL)
    let outURL = directory.appendingPathComponent("out")
    let errURL = directory.appendingPathComponent("err")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", scriptURL.path] + arguments
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    let output = try String(contentsOf: outURL, encoding: .utf8)
    guard process.terminationStatus == 0 else {
      let errors = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
      throw ReaderFailure("python3 failed (\(process.terminationStatus)): \(errors)")
    }
    return output
  }

  /// A cell as openpyxl read it: a number (stored as a number), text, or nothing.
  enum Cell: Equatable, CustomStringConvertible {
    case number(Decimal)
    case text(String)
    case empty

    var description: String {
      switch self {
      case .number(let value): "\(value)"
      case .text(let text): text
      case .empty: ""
      }
    }

    var number: Decimal? {
      if case .number(let value) = self { return value }
      return nil
    }
  }

  /// One sheet as openpyxl read it.
  struct Sheet {
    var name: String
    var frozen: String?
    var widths: [String: Double]
    var rows: [[Cell]]

    /// The row whose first cells match `prefix`.
    func row(startingWith prefix: [Cell]) -> [Cell]? {
      rows.first { Array($0.prefix(prefix.count)) == prefix }
    }
  }

  /// Every sheet of the workbook at `url`.
  static func workbook(_ url: URL) throws -> [Sheet] {
    let script = """
      import json, sys, decimal, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      out = []
      for ws in wb.worksheets:
          rows = []
          for row in ws.iter_rows(values_only=True):
              cells = []
              for v in row:
                  if v is None: cells.append(None)
                  elif isinstance(v, bool): cells.append({"s": str(v)})
                  elif isinstance(v, (int, float)): cells.append({"n": repr(v)})
                  else: cells.append({"s": str(v)})
              rows.append(cells)
          widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
          out.append({"name": ws.title, "frozen": ws.freeze_panes, "widths": widths, "rows": rows})
      print(json.dumps(out, ensure_ascii=False))
      """
    let json = try run(script, arguments: [url.path])
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
    return parsed.map { sheet in
      let rows = (sheet["rows"] as? [[Any]] ?? []).map { row in
        row.map { value -> Cell in
          guard let cell = value as? [String: String] else { return .empty }
          if let number = cell["n"] {
            return Decimal(string: number, locale: Locale(identifier: "en_US_POSIX")).map(
              Cell.number)
              ?? .text(number)
          }
          return .text(cell["s"] ?? "")
        }
      }
      return Sheet(
        name: sheet["name"] as? String ?? "", frozen: sheet["frozen"] as? String,
        widths: (sheet["widths"] as? [String: Double]) ?? [:], rows: rows)
    }
  }
}

extension OfficeReader {
  /// A Word file as python-docx reads it: `P style|text` per paragraph, then `T n` and
  /// `R cell|cell…` per table row, and the page size in twips.
  static func document(_ url: URL) throws -> String {
    try run(
      """
      import sys, docx
      d = docx.Document(sys.argv[1])
      s = d.sections[0]
      print(f"PAGE {s.page_width.twips}x{s.page_height.twips}")
      for p in d.paragraphs:
          print(f"P {p.style.name}|{p.text}")
      for i, t in enumerate(d.tables):
          print(f"T {i}")
          for r in t.rows:
              print("R " + "|".join(c.text for c in r.cells))
      """, arguments: [url.path])
  }

  /// Writes `data` to a temporary file with `suffix` and reads it back with `read`.
  static func readBack<T>(_ data: Data, suffix: String, _ read: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-office-\(UUID().uuidString.prefix(8)).\(suffix)")
    defer { try? FileManager.default.removeItem(at: url) }
    try data.write(to: url)
    return try read(url)
  }
}

/// A failure with a message.
struct ReaderFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
