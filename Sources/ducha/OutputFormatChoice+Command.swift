import ArgumentParser
import DuchaChecklist
import DuchaSession

extension OutputFormatChoice {
  /// The command's format: `--format` (`requested`), else what `-o`'s extension names, else
  /// `fallback`. A refusal is a usage error (exit 64) in `language`, before anything is written.
  func chosen<Format: RawRepresentable>(
    _ requested: Format?, output: String?, fallback: Format, language: Language = .chinese
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
