/// The diagnostics of a large list as a terminal can show them: the first few of each kind
/// (one file, one code) row by row, the rest of that kind in one line that says how many more
/// there are, up to which line, and how to list them all.
///
/// A county's population list with a column spoiled by Excel gave one message per row: 15,000
/// rows, 30,000 lines on the terminal, and the few different problems lost among them.
public enum DiagnosticDigest {
  /// How many of one kind are listed row by row: enough for a clerk to fix a handful of typed
  /// mistakes from the terminal, few enough that each kind fits on one screen.
  public static let shownPerKind = 10

  /// From how many rows left out the fix says the whole column or list is likely wrong.
  static let wholeListRows = 100

  /// `diagnostics` in file and line order, each kind cut after `shown` with one summary
  /// diagnostic (same severity and code, at the first row left out) in place of the rest.
  /// `allOption` is the option that lists every row (`--all-messages`).
  public static func digest(
    _ diagnostics: [Diagnostic], shown: Int = shownPerKind, allOption: String
  ) -> [Diagnostic] {
    let sorted = diagnostics.sortedByLocation
    var counts: [Kind: Int] = [:]
    var left: [Kind: (first: Diagnostic, count: Int, lastLine: Int)] = [:]
    var kept: [Diagnostic] = []
    for diagnostic in sorted {
      let kind = Kind(file: diagnostic.location.file, code: diagnostic.code)
      let seen = counts[kind, default: 0]
      counts[kind] = seen + 1
      if seen < shown {
        kept.append(diagnostic)
      } else if let earlier = left[kind] {
        left[kind] = (earlier.first, earlier.count + 1, diagnostic.location.line)
      } else {
        left[kind] = (diagnostic, 1, diagnostic.location.line)
      }
    }
    let summaries = left.values.map {
      summary(of: $0.first, more: $0.count, lastLine: $0.lastLine, allOption: allOption)
    }
    return (kept + summaries).sortedByLocation
  }

  /// One file and one code.
  private struct Kind: Hashable {
    var file: String
    var code: String
  }

  private static func summary(
    of first: Diagnostic, more: Int, lastLine: Int, allOption: String
  ) -> Diagnostic {
    // Twenty typed slips are twenty rows to correct; a thousand rows alike are one mistake.
    let many = more >= wholeListRows
    return Diagnostic(
      first.severity, first.code, at: first.location,
      Localized(
        "从这一行起到第 \(lastLine) 行，还有 \(more) 行同样的问题（\(first.code)），没有逐行列出。",
        en:
          "\(more) more rows from this one to line \(lastLine) have the same problem (\(first.code)); they are not listed one by one."
      ),
      fix: Localized(
        "按上面列出的几行改正\(many ? "（这么多行是同一个问题时，多半是整列或整份名单出了错）" : "")；要逐行看全部，加 \(allOption)（可用 2> 问题行.txt 存进文件）。",
        en:
          "fix them as the rows above say\(many ? " (so many rows with one problem usually means a whole column or list went wrong)" : ""); to list every row, add \(allOption) (2> rows.txt keeps them in a file)."
      ))
  }
}
