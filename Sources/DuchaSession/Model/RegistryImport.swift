/// A registry export imported into a session (`学籍 导入`, `ducha roster check --session`): which
/// files, when, and which figures it filled. The students behind each figure are in
/// `RegistryCheck.students`; the files are read again for a roll call against the class list.
public struct RegistryImport: Codable, Sendable, Equatable {
  /// The files, as absolute paths.
  public var files: [String]
  /// When they were imported (ISO 8601).
  public var time: String
  /// Students imported.
  public var students: Int
  /// The figures filled with computed values.
  public var figures: [String]
  /// Computed figures the inspector changed by hand, with the reason given.
  public var overrides: [String: String]?

  /// Creates an import record.
  public init(files: [String], time: String, students: Int, figures: [String]) {
    self.files = files
    self.time = time
    self.students = students
    self.figures = figures
  }
}
