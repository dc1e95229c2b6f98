import DuchaChecklist
import Foundation
import Testing

/// The evaluator finds inputs, indicators and year targets through one table per checklist
/// (`NameTable`): every bundled form's samples score exactly as through the checklist's own
/// dictionaries, and a name is still found under any canonically equal spelling.
@Suite struct NameTableTests {
  /// `checklist` without its table: changing `inputs` drops it, so the evaluator asks the three
  /// dictionaries as it did before the table.
  static func withoutTable(_ checklist: Checklist) -> Checklist {
    var plain = checklist
    plain.inputs = checklist.inputs
    return plain
  }

  @Test(arguments: BundledChecklistTests.files) func samplesScoreAsWithoutTheTable(
    _ file: String
  ) throws {
    let checklist = try #require(
      ChecklistLoader.load(path: BundledChecklistTests.library.directory + "/" + file).0)
    #expect(checklist.names.isBuilt, "the validator builds the table")
    let plain = Self.withoutTable(checklist)
    #expect(!plain.names.isBuilt)
    for sample in checklist.samples {
      let context = EvaluationContext(
        stages: Set(sample.stages ?? checklist.stages), year: sample.year ?? checklist.year,
        cohort: sample.cohort)
      let table = Evaluator.evaluate(checklist, answers: sample.answers, context: context)
      let old = Evaluator.evaluate(plain, answers: sample.answers, context: context)
      #expect(table.allItems.map(\.id) == old.allItems.map(\.id))
      for (a, b) in zip(table.allItems, old.allItems) {
        #expect(a.state == b.state, "\(sample.name) \(a.id)")
        #expect(a.explanations == b.explanations, "\(sample.name) \(a.id)")
        #expect(a.deductions.map(\.reason) == b.deductions.map(\.reason), "\(sample.name) \(a.id)")
        #expect(a.verdict == b.verdict, "\(sample.name) \(a.id)")
      }
      #expect(table.total == old.total, "\(sample.name)")
      #expect(table.outcome == old.outcome, "\(sample.name)")
      #expect(table.derived.map(\.1) == old.derived.map(\.1), "\(sample.name)")
    }
  }

  /// `café数` declared precomposed (U+00E9) and read decomposed (`e` + U+0301) by its rule: the
  /// same name to Swift's `String`, so to the checklist's dictionaries and to the table alike,
  /// whichever spelling the answer is recorded under.
  @Test func aNameIsFoundUnderACanonicallyEqualSpelling() throws {
    let precomposed = "caf\u{E9}数"
    let decomposed = "cafe\u{301}数"
    #expect(Array(precomposed.utf8) != Array(decomposed.utf8))
    let form = try checklist(form("  录入 \(precomposed) 计数\n  规则 每例扣分(\(decomposed), 每例=2)"))
    #expect(form.names.isBuilt)
    for spelling in [precomposed, decomposed] {
      let answers = Answers(values: [spelling: Answer(.number(3))])
      let context = EvaluationContext(stages: [.primary])
      for checklist in [form, Self.withoutTable(form)] {
        let result = Evaluator.evaluate(checklist, answers: answers, context: context)
        // 10 points, 3 occurrences × 2 deducted.
        #expect(result.total == .scored(4), "answer under \(spelling.unicodeScalars.count) scalars")
      }
    }
  }

  /// `豈数` declared with the unified ideograph U+8C48 and read by its rule with the
  /// compatibility ideograph U+F900, canonically the same character: every name of this form
  /// is inert text, so its table is keyed by bytes, and the rule's spelling (not inert) is
  /// still found through `String` equality, as in the checklist's own dictionaries.
  @Test func anInertNameIsFoundUnderACompatibilitySpelling() throws {
    let unified = "\u{8C48}数"
    let compatibility = "\u{F900}数"
    #expect(unified == compatibility)
    #expect(Array(unified.utf8) != Array(compatibility.utf8))
    let form = try checklist(form("  录入 \(unified) 计数\n  规则 每例扣分(\(compatibility), 每例=2)"))
    #expect(form.names.isBuilt)
    for spelling in [unified, compatibility] {
      let answers = Answers(values: [spelling: Answer(.number(3))])
      let context = EvaluationContext(stages: [.primary])
      for checklist in [form, Self.withoutTable(form)] {
        let result = Evaluator.evaluate(checklist, answers: answers, context: context)
        // 10 points, 3 occurrences × 2 deducted.
        #expect(result.total == .scored(4), "answer under \(spelling.unicodeScalars.map(\.value))")
        #expect(checklist.input(named: spelling)?.name == unified)
      }
    }
  }
}
