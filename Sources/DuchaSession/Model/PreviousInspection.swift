/// Where a session's `上年.*` values came from: the same unit's inspection of an earlier year
/// (format 3), so anyone reading the file or the screen can check them.
public struct PreviousInspection: Codable, Sendable, Equatable {
  /// The session file they were read from.
  public var file: String
  /// Its session id.
  public var sessionID: String
  /// Its visit date.
  public var date: String
  /// Its inspectors.
  public var inspectors: [String]

  /// Creates a record.
  public init(file: String, sessionID: String, date: String, inspectors: [String]) {
    self.file = file
    self.sessionID = sessionID
    self.date = date
    self.inspectors = inspectors
  }
}
