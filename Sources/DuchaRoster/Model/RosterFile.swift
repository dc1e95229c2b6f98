import DuchaChecklist

/// The students read from one export file, the columns found, and what went wrong.
public struct RosterFile: Sendable {
  /// The path as the user named it.
  public var path: String
  /// The students, in file order; empty when the file was streamed (`RosterReader.stream`).
  public var students: [Student]
  /// How many students the file has, kept or not.
  public var studentCount: Int
  /// The fields the file has a column for.
  public var fields: Set<RosterField>
  /// Rows not imported and other problems, each with its place.
  public var diagnostics: [Diagnostic]
  /// How a CSV file was decoded; nil for XLSX and unreadable files.
  public var encoding: RosterEncoding?
  /// Whether the file is an XLSX workbook.
  public var isWorkbook = false

  /// How the file was read, for reports: `UTF-8`, `GB18030`, `UTF-16`, `XLSX`, or nil when it
  /// was not.
  public var formatLabel: String? {
    switch encoding {
    case .gb18030: return "GB18030"
    case .utf16: return "UTF-16"
    case .utf8, .automatic: return "UTF-8"
    case nil: break
    }
    return isWorkbook ? "XLSX" : nil
  }

  /// Creates a file's result.
  public init(
    path: String, students: [Student], fields: Set<RosterField>, diagnostics: [Diagnostic],
    encoding: RosterEncoding? = nil
  ) {
    self.path = path
    self.students = students
    self.studentCount = students.count
    self.fields = fields
    self.diagnostics = diagnostics
    self.encoding = encoding
  }
}

/// How to read exports: the encoding and extra header names.
public struct RosterReadOptions: Sendable {
  /// The text encoding of CSV files.
  public var encoding: RosterEncoding
  /// `--map 表头=字段`.
  public var mappings: [String: RosterField]
  /// Called with the number of rows read so far on large files.
  public var progress: (@Sendable (Int) -> Void)?
  /// How many bytes of a CSV file are read at a time (tests make it small, so rows straddle
  /// the pieces).
  var chunkSize = 1 << 22

  /// Creates options.
  public init(
    encoding: RosterEncoding = .automatic, mappings: [String: RosterField] = [:],
    progress: (@Sendable (Int) -> Void)? = nil
  ) {
    self.encoding = encoding
    self.mappings = mappings
    self.progress = progress
  }
}
