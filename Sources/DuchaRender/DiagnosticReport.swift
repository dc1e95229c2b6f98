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
