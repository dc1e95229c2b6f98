/// An error a person reads and acts on: what is wrong and how to fix it, in either language
/// (and where, when it is in a file: `Diagnostic`). Code review L23: the executable prints
/// every such error one way (`Ducha.main`: this text on standard error, status 1), so a
/// command throws it rather than printing it and throwing `ExitCode(1)` itself.
public protocol UserFacingError: Error {
  /// The error as printed: the message, and the fix on an indented second line where there is
  /// one.
  func said(in language: Language) -> String
}

extension Diagnostic: UserFacingError {
  /// `file:line:column: 错误[E301]: …` and its fix.
  public func said(in language: Language) -> String { formatted(language) }
}
