import DuchaChecklist

/// Why a change to a case was refused: what is not allowed, and what to do instead.
public struct CaseRefusal: UserFacingError, Sendable, Equatable {
  /// What is wrong.
  public var message: Localized
  /// What is allowed, and how to do it, with `ducha cases` commands.
  public var fix: Localized
  /// The same said to an inspector at a school, who types `案例 …` in the REPL and cannot use
  /// the command's options; nil when `fix` names nothing an inspector cannot do.
  public var inspectionFix: Localized?

  /// Creates a refusal.
  public init(_ message: Localized, fix: Localized, inspectionFix: Localized? = nil) {
    self.message = message
    self.fix = fix
    self.inspectionFix = inspectionFix
  }

  /// The message and the command line's fix (`UserFacingError`).
  public func said(in language: Language) -> String { text(language) }

  /// The message and, on a second line, the fix: the REPL's when `inInspection`.
  public func text(_ language: Language = .chinese, inInspection: Bool = false) -> String {
    let fix = inInspection ? (inspectionFix ?? self.fix) : self.fix
    return message.text(language) + "\n  " + (language == .english ? "fix: " : "改法：")
      + fix.text(language)
  }
}
