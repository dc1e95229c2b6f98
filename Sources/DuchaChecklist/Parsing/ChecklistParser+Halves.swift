import Foundation

/// A large checklist parsed in two halves, one per core, cut before a `部分` line.
///
/// The parser reads line by line, and what a line means depends on the lines before it only
/// through a few pieces of state: the open section (which a `部分` line replaces), whether a
/// `样例` is open, how many samples came before (a sample's default name), whether `清单` was
/// seen, whether the header is still open (no section yet). From a `部分` line that opens a
/// section on its own, the second half reads every later line as the whole parse reads it,
/// provided the first half ends with no sample open and none written, and the second half
/// reads no `清单` line. Those conditions are checked after both halves; when one fails, the
/// second half is parsed again after the first, so the result is always the sequential one
/// (`ParallelParseTests` holds the two to each other).
extension ChecklistParser {
  /// From this size on a file is parsed in halves; below it a thread costs more than it saves
  /// (every bundled checklist is under 40 KB).
  static let halvesMinimumBytes = 64 * 1024

  /// The tree and diagnostics `parseSequentially` gives, from two halves parsed at once; nil
  /// for a small file or one with no `部分` line to cut at.
  static func parseInHalves(_ source: SourceText) -> (ChecklistSyntax, [Diagnostic])? {
    guard source.text.utf8.count >= halvesMinimumBytes,
      let cut = cutLine(source.lines)
    else { return nil }
    let halves = Halves(source: source, cut: cut)
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      halves.parse(half)
    }
    var first = halves.first
    let second = halves.second
    let opened = second.tree.sections.first?.range.start.line == cut + 1
    guard opened, !second.readPriorState, !first.sampleOpen, first.tree.samples.isEmpty else {
      first.parseLines(cut..<source.lines.count)
      first.finish()
      return (first.tree, first.diagnostics)
    }
    first.tree.lists += second.tree.lists
    first.tree.yearTargets += second.tree.yearTargets
    first.tree.indicators += second.tree.indicators
    first.tree.outcomes += second.tree.outcomes
    first.tree.sections += second.tree.sections
    first.tree.samples = second.tree.samples
    first.diagnostics += second.diagnostics
    first.finish()
    return (first.tree, first.diagnostics)
  }

  /// The index of the first line from nine twentieths of `lines` on that starts, without
  /// indent, with `部分 ` (the keyword and an ASCII space); nil when there is none. A little
  /// before half: the second half also holds the samples, whose lines cost less than an
  /// item's, but not as little as a cut at two fifths assumed (callgrind, 2.02 MB generated
  /// checklist: 172M instructions for the first two fifths, 228M for the rest).
  static func cutLine(_ lines: [Substring]) -> Int? {
    let keyword = Array("部分 ".utf8)
    for index in max(lines.count * 9 / 20, 1)..<lines.count
    where lines[index].utf8.starts(with: keyword) {
      return index
    }
    return nil
  }
}

/// The two parsers, each written by one iteration of `concurrentPerform` and read after it
/// has returned.
private final class Halves: @unchecked Sendable {
  var first: ChecklistParser
  var second: ChecklistParser
  let cut: Int
  let count: Int

  init(source: SourceText, cut: Int) {
    first = ChecklistParser(source: source)
    second = ChecklistParser(source: source)
    self.cut = cut
    count = source.lines.count
  }

  func parse(_ half: Int) {
    if half == 0 {
      first.parseLines(0..<cut)
    } else {
      second.parseLines(cut..<count)
    }
  }
}
