import DuchaChecklist
import Foundation
import Testing

@testable import DuchaReport

/// Shortcuts in the single-threaded tail of `ducha summary`, held to what they replace.
@Suite struct SummaryTailTests {
  /// `SummaryText.lines(of:)` cuts at line-feed bytes when it can; the lines are always those of
  /// the `Character` split, carriage returns (CR LF is one `Character`) and marks included.
  @Test func draftLinesAreTheCharacterSplit() {
    let pieces = ["学校1", "a", "\n", "\r", "\r\n", "\u{301}", "e", "", "失0.5分，", "\n\n", "😀"]
    var generator = SystemRandomNumberGenerator()
    var texts = ["", "\n", "\r\n", "a\n", "\na", "a\r\nb\nc", "e\n\u{301}x"]
    for _ in 0..<5_000 {
      texts.append(
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in
          pieces.randomElement(using: &generator) ?? ""
        }.joined())
    }
    for text in texts {
      let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let lines = SummaryText.lines(of: text)
      #expect(lines == expected, "\(Array(text.unicodeScalars))")
      #expect(lines.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
    }
  }

  /// `pendingItemCount` counts what `pendingItems` lists, on every sample of every bundled
  /// checklist and on each with no answers at all (everything pending).
  @Test func pendingCountIsThePendingList() throws {
    var forms = 0
    for checklist in try SummaryExplanationTests.bundled() {
      let empty = Evaluator.evaluate(
        checklist, answers: Answers(),
        context: EvaluationContext(stages: Set(checklist.stages), year: checklist.year))
      #expect(empty.pendingItemCount == empty.pendingItems.count, "\(checklist.id)")
      for sample in checklist.samples {
        let result = Evaluator.evaluate(
          checklist, answers: sample.answers,
          context: SummaryExplanationTests.context(sample, checklist))
        #expect(result.pendingItemCount == result.pendingItems.count, "\(checklist.id)")
        forms += 1
      }
    }
    #expect(forms > 50)
  }
}
