import DuchaChecklist
import Foundation
import Testing

/// A form without 一票否决 gives no 通过/一票否决 verdict: ducha does not invent “通过”.
@Suite struct UnstatedVerdictTests {
  static func form(_ results: String) -> String {
    """
    清单 结论
    标题：结论
    对象：学校
    总分：10
    \(results)
    部分 一 管理 10分
    条目 1 人籍一致 10分
      录入 不一致人数 计数
      规则 每例扣分(不一致人数, 每例=0.5)
    """
  }

  /// 10 − 0.5 × 4 = 8, and no verdict: the form says nothing of 通过.
  @Test func aFormWithoutVetoGivesNoVerdict() throws {
    let form = try checklist(Self.form(""))
    #expect(!form.givesVerdict)
    let result = Evaluator.evaluate(
      form, answers: Answers(values: ["不一致人数": Answer(.number(4))]),
      context: EvaluationContext(stages: [.primary]))
    #expect(result.total == .scored(8))
    #expect(result.outcome == .unstated)
    #expect(result.outcome.label(.chinese) == "—")
  }

  /// With 一票否决 the verdict is 通过 or 一票否决 as before.
  @Test func aFormWithVetoStillGivesItsVerdict() throws {
    let form = try checklist(Self.form("结果 一票否决(不一致人数 > 10, 理由=\"人籍不一致严重\")"))
    #expect(form.givesVerdict)
    func outcome(_ count: Int) -> Outcome {
      Evaluator.evaluate(
        form, answers: Answers(values: ["不一致人数": Answer(.number(Decimal(count)))]),
        context: EvaluationContext(stages: [.primary])
      ).outcome
    }
    #expect(outcome(4) == .pass)
    #expect(outcome(11) == .veto([Localized("人籍不一致严重")]))
  }

  @Test func expectingAVerdictTheFormNeverGivesIsRefused() {
    let text = Self.form("") + "\n样例 四例\n  设 不一致人数 = 4\n  期望 总分 = 8\n  期望 结论 = 通过\n"
    #expect(
      diagnostics(text) == [
        "13:11: 错误[E402]: 这张表没有“结果 一票否决”，不给“通过/一票否决”的结论；期望“结论 = 通过”无从核对。"
      ])
  }
}
