import DuchaChecklist

/// A command's own refusal that names no place in a file (no such folder, an empty result, `-o`
/// left empty, a group the plan does not have): what is wrong and what to do, in both languages.
/// Thrown, and said by `Ducha.main` as every `UserFacingError` (standard error, status 1, the
/// command's language), rather than printed and followed by `ExitCode(1)` at each place.
struct CommandFailure: UserFacingError {
  /// What is wrong, with what to do.
  let message: Localized

  /// A failure saying `message`.
  init(_ message: Localized) { self.message = message }

  /// A failure saying `zh`, or `en` in English.
  init(_ zh: String, en: String) { message = Localized(zh, en: en) }

  /// The message as printed (`UserFacingError`).
  func said(in language: Language) -> String { message.text(language) }
}
