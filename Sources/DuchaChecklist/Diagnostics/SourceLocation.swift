/// A position in a checklist file: 1-based line and column, columns counted in characters
/// so that a Chinese character is one column, as editors show it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file path as the user named it.
  public var file: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column, in characters.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form editors and terminals recognise.
  public var description: String { "\(file):\(line):\(column)" }

  /// Orders locations by line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// A span of text in one line of a checklist file.
public struct SourceRange: Hashable, Sendable {
  /// Where the span starts.
  public var start: SourceLocation
  /// Length of the span in characters (at least 1 so a caret can point at it).
  public var length: Int

  /// Creates a range.
  public init(start: SourceLocation, length: Int = 1) {
    self.start = start
    self.length = max(1, length)
  }
}
