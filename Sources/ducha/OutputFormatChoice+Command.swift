import ArgumentParser
import DuchaChecklist
import DuchaSession
import Foundation

extension OutputFormatChoice {
  /// The command's format: `--format` (`requested`), else what `-o`'s extension names, else
  /// `fallback`. A refusal is a usage error (exit 64) in `language`, before anything is written.
  func chosen<Format: RawRepresentable>(
    _ requested: Format?, output: String?, fallback: Format, language: Language
  ) throws -> Format where Format.RawValue == String {
    Format(rawValue: try chosenName(requested?.rawValue, output: output, language: language))
      ?? fallback
  }

  /// `chosen` by the format's name, for a command that has no `--format` of its own.
  func chosenName(_ requested: String?, output: String?, language: Language = .chinese) throws
    -> String
  {
    do { return try format(requested: requested, output: output) } catch {
      throw ValidationError(error.message.text(language))
    }
  }
}

extension OutputFormatChoice {
  /// The file `-o output` writes in `format`: the name as given, or with the format's usual
  /// extension added when it has none (`-o 通知书` → `通知书.html`), said on standard error. An
  /// existing folder is left to the caller (one file per unit, or its refusal).
  func outputPath(_ output: String, format: String, perUnitFolder: Bool, language: Language)
    -> String
  {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return output
    }
    guard let completed = completing(output, format: format) else { return output }
    printError(
      Self.completionNote(output, completed: completed, perUnitFolder: perUnitFolder).text(
        language))
    return completed
  }
}
