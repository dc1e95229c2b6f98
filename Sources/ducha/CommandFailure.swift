import DuchaChecklist

/// A command's own refusal that names no place in a file (no such folder, an empty result, `-o`
/// left empty, a group the plan does not have): what is wrong and what to do, in both languages.
/// Thrown, and said by `Ducha.main` as every `UserFacingError` (standard error, the command's
/// language), rather than printed and followed by `ExitCode(1)` at each place.
struct CommandFailure: UserFacingError {
  /// What is wrong, with what to do.
  let message: Localized
  /// The exit status: 1 (failed work), or 3 for a result refused as incomplete
  /// (`partialExitCode`).
  let status: Int32

  /// A failure saying `message`, ending the program with `status`.
  init(_ message: Localized, status: Int32 = 1) {
    self.message = message
    self.status = status
  }

  /// A failure saying `zh`, or `en` in English.
  init(_ zh: String, en: String, status: Int32 = 1) {
    self.init(Localized(zh, en: en), status: status)
  }

  /// A failure saying `lines`, one under the other (what is wrong, then each thing that adds to
  /// it: the files in a subfolder, the names no case has).
  init(lines: [Localized], status: Int32 = 1) {
    self.init(
      Localized(
        lines.map(\.zh).joined(separator: "\n"), en: lines.map(\.en).joined(separator: "\n")),
      status: status)
  }

  /// The message as printed (`UserFacingError`).
  func said(in language: Language) -> String { message.text(language) }
}
