import DuchaChecklist

/// Renders the results of `ducha test`: one line per sample, failures with their reasons,
/// and a closing `N passed, N failed` line that CI runners recognise.
public enum SampleSummary {
  /// Formats the sample reports of several checklists.
  public static func format(
    _ results: [(checklist: Checklist, reports: [SampleReport])], language: Language = .chinese
  ) -> String {
    var lines: [String] = []
    var passed = 0
    var failed = 0
    for (checklist, reports) in results {
      lines.append("\(checklist.title)（\(checklist.file)）")
      if reports.isEmpty {
        lines.append(language == .english ? "  (no samples)" : "  （没有样例）")
      }
      for report in reports {
        let count = language == .english ? "\(report.checked) checks" : "\(report.checked) 项"
        if report.passed {
          passed += 1
          lines.append("  ✔ \(report.name)（\(count)）")
        } else {
          failed += 1
          lines.append("  ✘ \(report.name)（\(count)）")
          for failure in report.failures {
            lines.append(
              contentsOf: failure.formatted(language).split(separator: "\n").map { "    " + $0 })
          }
        }
      }
    }
    lines.append(
      language == .english
        ? "samples: \(passed) passed, \(failed) failed" : "样例：\(passed) 个相符，\(failed) 个不符")
    return lines.joined(separator: "\n")
  }
}
