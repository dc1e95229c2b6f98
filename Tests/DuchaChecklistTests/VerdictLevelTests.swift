import DuchaChecklist
import Foundation
import Testing

/// Verdicts with more than two levels, a line's verdict in a sample, scores on a grid, and
/// 名次分 with a fixed threshold deciding without the batch.
@Suite struct VerdictLevelTests {
  static let observation = """
    清单 三级
    标题：三级判定
    对象：幼儿园
    类型：核验表
    部分 一 观察点
    条目 1 指标一
      录入 未完全达标比例 百分比
      录入 有C级问题 是否
      规则 判定(级=[A=未完全达标比例 = 0 且 非 有C级问题, B=未完全达标比例 < 40 且 非 有C级问题], 其余=C)
    条目 2 指标二
      录入 人数一致 是否
      规则 判定(人数一致, 是=A, 否=C)
    结果 评定(评估结论, 若(判定.A >= 2 且 判定.C = 0, "通过评估", 若(判定.C <= 1, "有条件通过评估", "不通过评估")))
    """

  /// 30% of the points fall short, no C problem → B; with 人数一致 A: A 1, B 1, C 0 → 有条件通过评估.
  @Test func theFirstLevelThatHoldsIsTheVerdict() throws {
    let text =
      Self.observation + "\n样例 B级\n  设 未完全达标比例 = 30\n  设 有C级问题 = 否\n  设 人数一致 = 是\n"
      + "  期望 1 = B\n  期望 2 = A\n  期望 判定.B = 1\n  期望 评估结论 = 有条件通过评估\n"
    let form = try checklist(text)
    #expect(SampleRunner.run(form).map(\.failures.count) == [0])
    let result = Evaluator.evaluate(
      form,
      answers: Answers(values: [
        "未完全达标比例": Answer(.number(50)), "有C级问题": Answer(.bool(false)), "人数一致": Answer(.bool(true)),
      ]), context: EvaluationContext(stages: [.primary]))
    #expect(result.allItems.first?.verdict == "C")
    #expect(
      result.allItems.first?.base?.zh
        == "(未完全达标比例 = 0) 且 非 有C级问题；(未完全达标比例 < 40) 且 非 有C级问题都不成立（未完全达标比例 = 50，有C级问题 = 否）：C"
    )
    #expect(result.grades.map(\.label) == ["有条件通过评估"])  // A 1, C 1
  }

  @Test func aSampleCanExpectOneLinesVerdictAndItMustBeOneOfItsWords() {
    let text = Self.observation + "\n样例 错词\n  设 人数一致 = 是\n  期望 2 = 达标\n"
    #expect(
      diagnostics(text).contains(
        "16:10: 错误[E402]: “2”的判定结论只能是A、C（或分数、待定、不适用），这里写的是“达标”。"))
  }

  @Test func aScoreOffTheGridIsRefused() throws {
    // 满分及依次以0.1分递减计分 (1分): 0.7 is on the grid, 0.55 is not.
    let text = form(points: "1", "  录入 得分 酌情 范围 0..1 步长 0.1\n  规则 酌情赋分(得分)")
    #expect(try score(text, answers: ["得分": .number(d("0.7"))]).state == .scored(d("0.7")))
    #expect(
      try score(text, answers: ["得分": .number(d("0.55"))]).state
        == .pending([
          Localized(
            "得分 0.55 不在步长 0.1 上：应为 1、0.9、0.8……", en: "得分 0.55 is off the 0.1 grid: 1, 0.9, …")
        ]))
  }

  @Test func aFixedThresholdDecidesWithoutTheBatch() throws {
    // 区域内标准化学校达到85%得10分；低于85%的按从高到低得8、6、4、2分.
    let text = form(
      "  录入 标准化比例 百分比\n  规则 名次分(标准化比例, 分=[8, 6, 4, 2], 仅低于=85, 其余=10)")
    #expect(try score(text, answers: ["标准化比例": .number(90)]).state == .scored(10))
    #expect(try score(text, answers: ["标准化比例": .number(80)]).state == .awaitingCohort)
    // 80 among the units below 85 (82, 70; 90 is not among them) → 2nd → 6.
    #expect(
      try score(text, answers: ["标准化比例": .number(80)], cohort: ["标准化比例": [82, 90, 70]]).state
        == .scored(6))
  }

  @Test func aConclusionCannotTakeTheFormsOwnResultNames() {
    let text = form("  录入 x 是否\n  规则 判定(x)") + "\n结果 评定(结论, \"通过\")"
    #expect(diagnostics(text) == ["10:4: 错误[E302]: “结论”是整张表自带的结果名称，评定要另起一个名字。"])
  }
}
