import DuchaChecklist
import Foundation
import Testing

/// A summary passes each checklist's indicator lists (`IndicatorUse`) to every unit it scores:
/// every item must explain itself exactly as when it works its list out alone.
@Suite struct IndicatorUseTests {
  @Test(arguments: BundledChecklistTests.files) func explanationsAreTheSameWithTheLists(
    _ file: String
  ) throws {
    let checklist = try #require(
      ChecklistLoader.load(path: BundledChecklistTests.library.directory + "/" + file).0)
    let indicators = IndicatorUse(checklist)
    var explained = 0
    for sample in checklist.samples {
      var context = EvaluationContext(
        stages: Set(sample.stages ?? checklist.stages), year: sample.year ?? checklist.year,
        cohort: sample.cohort)
      let alone = Evaluator.evaluate(checklist, answers: sample.answers, context: context)
      context.indicators = indicators
      let listed = Evaluator.evaluate(checklist, answers: sample.answers, context: context)
      #expect(alone.allItems.map(\.id) == listed.allItems.map(\.id))
      for (a, b) in zip(alone.allItems, listed.allItems) {
        #expect(a.explanations == b.explanations, "\(sample.name) \(a.id)")
        explained += a.explanations.count
      }
      #expect(alone.total == listed.total)
    }
    // 灵璧 11 shows the ratio its inspector judges by: the lists are not all empty.
    if checklist.id == "lingbi-xueji-2021" { #expect(explained > 0) }
  }
}
