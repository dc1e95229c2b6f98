import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A question an earlier answer made moot is not asked: 利辛 3 deducts “通报一次违规办学行为的
/// 学校扣?分” only when there was a notice (`条件扣分(违规通报次数 > 0, 扣=违规通报次数 ×
/// 每次通报扣分)`), so with 0 notices the walk says why it skips 每次通报扣分 and goes on; with 2
/// notices it asks, and deducts.
@Suite struct MootQuestionTests {
  typealias T = TranscriptTests

  static let options = InspectOptions(
    checklist: "lixin-chuzhong-2016", unit: "甲中学", group: "一组", inspectors: ["李辉"],
    date: "2016-06-01")

  /// Items 1 and 2 as in the form's first sample (500, 490, 560), then item 3.
  static func walk(notices: String) -> String {
    "500\n490\n\n560\n\n22.5\n60\n\(notices)\n"
  }

  @Test func noNoticeSkipsTheAmountPerNotice() throws {
    let (output, store) = try T.run(
      input: Self.walk(notices: "0") + "60\n退出\n", options: Self.options)
    let lines = output.split(separator: "\n").map(String.init)
    let asked = try #require(lines.firstIndex { $0.hasPrefix("  被上级主管部门通报违规办学行为的次数") })
    #expect(lines[asked] == "  被上级主管部门通报违规办学行为的次数（整数，≥0）> 0")
    #expect(lines[asked + 1] == "  （不用录“每次通报扣分”：按已录的数，本项得分与它无关）")
    #expect(lines[asked + 2].hasPrefix("  （“说明”用，不计分）该所省示范高中分配的定向生人数"))
    #expect(!output.contains("按利辛县文件原件填每次通报扣几分"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["每次通报扣分"] == nil)
    #expect(session.answers.values["高中定向人数"]?.value == .number(60))
  }

  @Test func twoNoticesAskTheAmount() throws {
    let (output, store) = try T.run(
      input: Self.walk(notices: "2") + "2\n60\n退出\n", options: Self.options)
    #expect(!output.contains("不用录“每次通报扣分”"))
    #expect(output.contains("按利辛县文件原件填每次通报扣几分（没有通报时填0）（数，0–80）> 2"))
    #expect(output.contains("  − 4  被上级主管部门通报违规办学行为，扣 4 分"))  // 2 × 2
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["每次通报扣分"]?.value == .number(2))
  }

  /// The judgement itself, without the REPL: moot only once the answers settle the rule.
  @Test func mootOnlyOnceTheConditionIsSettled() throws {
    let checklist = try #require(
      ChecklistLoader.load(
        path: T.root.appendingPathComponent("Checklists/lixin-chuzhong-2016.ducha").path
      ).0)
    let item = try #require(checklist.item("3"))
    var answers = Answers()
    let context = EvaluationContext(stages: [.junior], year: 2016)
    // Nothing recorded: the condition cannot be told yet, so the amount is still asked.
    #expect(
      !Evaluator.isMoot("每次通报扣分", in: item, of: checklist, answers: answers, context: context))
    answers.values["违规通报次数"] = Answer(.number(0))
    #expect(Evaluator.isMoot("每次通报扣分", in: item, of: checklist, answers: answers, context: context))
    // 高中定向人数 is read by the form's results, outside the item: never moot.
    #expect(
      !Evaluator.isMoot("高中定向人数", in: item, of: checklist, answers: answers, context: context))
    answers.values["违规通报次数"] = Answer(.number(1))
    #expect(
      !Evaluator.isMoot("每次通报扣分", in: item, of: checklist, answers: answers, context: context))
  }
}
