import DuchaChecklist

/// Why a change to a case was refused: what is not allowed, and what to do instead.
public struct CaseRefusal: Error, Sendable, Equatable {
  /// What is wrong.
  public var message: Localized
  /// What is allowed, and how to do it.
  public var fix: Localized

  /// Creates a refusal.
  public init(_ message: Localized, fix: Localized) {
    self.message = message
    self.fix = fix
  }

  /// The message and, on a second line, the fix.
  public func text(_ language: Language = .chinese) -> String {
    message.text(language) + "\n  " + (language == .english ? "fix: " : "改法：") + fix.text(language)
  }
}
