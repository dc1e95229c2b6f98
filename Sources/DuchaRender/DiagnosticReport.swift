import DuchaChecklist

/// Renders diagnostics for the terminal, with a closing count.
public enum DiagnosticReport {
  /// Each diagnostic as `file:line:column: 错误[E…]: …` and its fix, then a count line.
  public static func format(_ diagnostics: [Diagnostic], files: Int, language: Language = .chinese)
    -> String
  {
    var lines = diagnostics.map { $0.formatted(language) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    if language == .english {
      lines.append("\(files) file(s) checked: \(errors) error(s), \(warnings) warning(s).")
    } else {
      lines.append("检查了 \(files) 个文件：\(errors) 个错误，\(warnings) 个警告。")
    }
    return lines.joined(separator: "\n")
  }
}

extension DiagnosticReport {
  /// A file whose errors stop a command that needed it (a checklist named with `--checklist`,
  /// a plan named with `--plan`): its report, said by the executable as every `UserFacingError`
  /// (standard error, status 1) rather than printed by the command before it exits.
  public struct Failure: UserFacingError {
    /// The file's findings, errors among them.
    public let diagnostics: [Diagnostic]
    /// How many files were read (the report's last line counts them).
    public let files: Int

    /// The failure of `files` files with `diagnostics`.
    public init(_ diagnostics: [Diagnostic], files: Int = 1) {
      self.diagnostics = diagnostics
      self.files = files
    }

    /// Each finding with its place and fix, then the count line (`DiagnosticReport.format`).
    public func said(in language: Language) -> String {
      DiagnosticReport.format(diagnostics, files: files, language: language)
    }
  }
}
