/// One problem found in user input, with where it is, what is wrong and how to fix it.
///
/// Every stage (decoding, parsing, validation, samples) reports through this one type, so
/// the command line prints them all the same way: `file:line:column: 错误[E301]: …`.
public struct Diagnostic: Error, Hashable, Sendable {
  /// How serious the problem is.
  public enum Severity: String, Sendable {
    /// The file cannot be used until it is fixed.
    case error
    /// The file works, but something deserves a look.
    case warning

    func label(_ language: Language) -> String {
      switch (self, language) {
      case (.error, .chinese): "错误"
      case (.warning, .chinese): "警告"
      case (.error, .english): "error"
      case (.warning, .english): "warning"
      }
    }
  }

  /// Error or warning.
  public var severity: Severity
  /// A stable code from the catalogue in `docs/checklist-language.md`, e.g. `E301`.
  public var code: String
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong.
  public var message: Localized
  /// How to fix it.
  public var fix: Localized?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ code: String, at location: SourceLocation, _ message: Localized,
    fix: Localized? = nil
  ) {
    self.severity = severity
    self.code = code
    self.location = location
    self.message = message
    self.fix = fix
  }

  /// `file:line:column: 错误[E301]: message` with the fix on an indented second line.
  public func formatted(_ language: Language = .chinese) -> String {
    var text = "\(location): \(severity.label(language))[\(code)]: \(message.text(language))"
    if let fix {
      text += "\n  " + (language == .english ? "fix: " : "改法：") + fix.text(language)
    }
    return text
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Sorted by file, line and column, as a reader goes through the file.
  public var sortedByLocation: [Diagnostic] {
    sorted {
      ($0.location.file, $0.location.line, $0.location.column)
        < ($1.location.file, $1.location.line, $1.location.column)
    }
  }
}
