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

/// 贵州 declares 在校学生数 in 1.1, the first item that asks it; 1.2 and 2.1 score by
/// 生均占地面积 and 校舍达标程度, computed from it. 1.1's score (a 酌情 deduction for planning)
/// listed both, as “= ?” before 1.2 and 2.1 were answered; they are shown with the items that
/// score by them.
@Suite struct SharedInputIndicatorTests {
  @Test func anIndicatorAnotherItemScoresByIsShownThereOnly() throws {
    let checklist = try #require(
      ChecklistLoader.load(
        path: BundledChecklistTests.library.directory + "/guizhou-banxue-tiaojian.ducha"
      ).0)
    let answers = Answers(values: [
      "规划布局扣分": Answer(.number(1), reason: "扩建不足"), "新建于2011年后": Answer(.bool(true)),
      "在校学生数": Answer(.number(1200)), "占地面积": Answer(.number(15000)),
    ])
    let result = Evaluator.evaluate(
      checklist, answers: answers, context: EvaluationContext(stages: [.primary]))
    let planning = try #require(result.allItems.first { $0.id == "1.1" })
    #expect(planning.explanations.isEmpty, "\(planning.explanations.map(\.zh))")
    let area = try #require(result.allItems.first { $0.id == "1.2" })
    #expect(
      area.explanations.map(\.zh) == ["生均占地面积 = 占地面积 / 在校学生数（占地面积 = 15000，在校学生数 = 1200） = 12.5"])
  }
}
