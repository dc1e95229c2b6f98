import DuchaChecklist
import Foundation
import Testing

/// `Evaluator.notApplicableItems` finds, from the `适用：` conditions alone, exactly the items
/// and parts that scoring the whole form leaves 不适用 — checked on every sample of every
/// bundled form (stages, years and answers the forms' own authors chose), and on a form
/// whose parts are all excluded.
@Suite struct ApplicabilityTests {
  @Test(arguments: BundledChecklistTests.files) func sameItemsAsScoring(_ file: String) throws {
    let path = BundledChecklistTests.library.directory + "/" + file
    let checklist = try #require(ChecklistLoader.load(path: path).0)
    for sample in checklist.samples {
      // Every stage the form covers, then the sample's own: a 小学 skips 初中 items.
      for stages in [sample.stages ?? checklist.stages] + checklist.stages.map({ [$0] }) {
        let context = EvaluationContext(
          stages: Set(stages), year: sample.year ?? checklist.year, cohort: sample.cohort)
        let scored = Evaluator.evaluate(checklist, answers: sample.answers, context: context)
        let expected = Set(scored.allItems.filter { $0.state == .notApplicable }.map(\.id))
        let found = Evaluator.notApplicableItems(
          checklist, answers: sample.answers, context: context)
        #expect(found == expected, "\(file) \(sample.name) \(stages)")
      }
    }
  }

  @Test func anItemWhosePartsAllDoNotApplyDoesNotApplyEither() throws {
    let loaded = try checklist(
      """
      清单 专用教室
      标题：专用教室
      对象：学校
      总分：20
      部分 一 设施 20分
      条目 1 专用教室 20分
        小项 1.1 音乐教室 10分
          适用：初中
          录入 有音乐教室 是否
          规则 条件扣分(非 有音乐教室, 扣=10, 理由="无音乐教室")
        小项 1.2 美术教室 10分
          适用：初中 且 有音乐教室
          录入 有美术教室 是否
          规则 条件扣分(非 有美术教室, 扣=10, 理由="无美术教室")
      """)
    func skipped(_ stage: Stage, _ answers: [String: AnswerValue]) -> Set<String> {
      let context = EvaluationContext(stages: [stage], year: nil, cohort: [:])
      return Evaluator.notApplicableItems(
        loaded, answers: Answers(values: answers.mapValues { Answer($0) }), context: context)
    }
    #expect(skipped(.primary, [:]) == ["1", "1.1", "1.2"])
    // 1.2 waits on an unanswered input: it stays in the walk until 有音乐教室 is answered.
    #expect(skipped(.junior, [:]).isEmpty)
    #expect(skipped(.junior, ["有音乐教室": .bool(false)]) == ["1.2"])
  }
}
