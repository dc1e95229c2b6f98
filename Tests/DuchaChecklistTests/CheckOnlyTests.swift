import Foundation
import Testing

@testable import DuchaChecklist

/// `ducha validate` only prints the diagnostics, so its validation leaves out what no check
/// reads (`Validator.buildsModel`: rule source texts, item texts, sample answers, the name
/// table). Every message, in order, and whether a checklist comes out, must be the full
/// validation's.
@Suite struct CheckOnlyTests {
  static func expectSameDiagnostics(
    _ text: String, file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let (tree, _) = ChecklistParser.parse(SourceText(file: file, text: text))
    let full = Validator.validate(tree)
    let checked = Validator.validate(tree, tailInParallel: true, buildsModel: false)
    #expect(
      checked.1.map { $0.formatted() } == full.1.map { $0.formatted() }, "\(file)",
      sourceLocation: sourceLocation)
    #expect(
      checked.1.map { $0.formatted(.english) } == full.1.map { $0.formatted(.english) },
      sourceLocation: sourceLocation)
    #expect((checked.0 == nil) == (full.0 == nil), "\(file)", sourceLocation: sourceLocation)
  }

  @Test func everyBundledChecklistAndEachWithOneLineLeftOut() throws {
    for file in BundledChecklists.files {
      let text = try #require(String(data: file.data, encoding: .utf8))
      Self.expectSameDiagnostics(text, file: file.path)
    }
    // Each line of one form left out in turn: a missing input, rule, heading or sample line
    // makes every pass of the validator speak somewhere.
    let first = try #require(BundledChecklists.files.first)
    let lines = try #require(String(data: first.data, encoding: .utf8))
      .split(separator: "\n", omittingEmptySubsequences: false)
    for index in lines.indices {
      var shorter = lines
      shorter.remove(at: index)
      Self.expectSameDiagnostics(shorter.joined(separator: "\n"), file: "\(first.path)-\(index)")
    }
  }

  @Test func aLargeFormWithMistakesInEveryPass() {
    Self.expectSameDiagnostics(ParallelValidationTests.text(sections: 120), file: "tail.ducha")
    Self.expectSameDiagnostics(
      ParallelValidationTests.text(sections: 120).replacingOccurrences(of: "= 是", with: "= 0"),
      file: "tail.ducha")
  }

  @Test func theMalformedCorpusGivesTheSameMessagesAsALoad() {
    for name in MalformedCorpusTests.fixtures {
      let path = MalformedCorpusTests.directory.appendingPathComponent(name).path
      #expect(
        ChecklistLoader.diagnostics(path: path).map { $0.formatted() }
          == ChecklistLoader.load(path: path).1.map { $0.formatted() }, "\(name)")
    }
  }
}
