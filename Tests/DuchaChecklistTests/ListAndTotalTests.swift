import DuchaChecklist
import Foundation
import Testing

/// Weighted and conditional required lists, 得分折算, results built on results, 加分项 and
/// 总分上限, each worked out by hand.
@Suite struct ListAndTotalTests {
  static let rooms = "名单 辅助用房：保健室=3、办公室=3、隔离室=3 若 寄宿制、值班室=1"

  @Test func aMissingEntryCostsItsOwnPointsAndConditionalEntriesFollowTheirCondition() throws {
    // 少一室扣该室分值；寄宿制幼儿园有隔离室(3). 只有保健室:
    // 走读：缺 办公室 3 + 值班室 1 = 4 → 10 − 4 = 6；寄宿：再缺隔离室 3 → 10 − 7 = 3.
    let text = form(
      header: Self.rooms,
      "  录入 寄宿制 是否\n  录入 已有用房 多选 名单 辅助用房\n  规则 缺项扣分(已有用房)")
    let day = try score(text, answers: ["寄宿制": .bool(false), "已有用房": .multiple(["保健室"])])
    #expect(day.state == .scored(6))
    #expect(day.deductions.map(\.reason.zh) == ["缺 2 项（办公室 3 分、值班室 1 分）= 4 分"])
    let boarding = try score(text, answers: ["寄宿制": .bool(true), "已有用房": .multiple(["保健室"])])
    #expect(boarding.state == .scored(3))
    // The condition is not known yet: the item waits instead of guessing.
    #expect(
      try score(text, answers: ["已有用房": .multiple(["保健室"])]).state
        == .pending([Localized("缺少“寄宿制”", en: "'寄宿制' not recorded")]))
  }

  /// “12个班及以上的学校还须设音乐教室”, with the class count taken from either stage: the
  /// condition's comma sits inside brackets, so it does not split the list.
  @Test func aConditionWithACommaInBracketsStaysOneEntry() throws {
    // 小学 8 班、初中 13 班：最大 13 ≥ 12 → 音乐教室 required; missing it costs 1 → 3 − 1 = 2.
    // 小学 8、初中 6：最大 8 < 12 → only 科学、美术 required, both present → 3.
    let text = form(
      points: "3",
      header: "名单 专用教室：科学教室、美术教室、音乐教室 若 (最大(小学班级数, 初中班级数) >= 12)",
      """
        录入 小学班级数 计数
        录入 初中班级数 计数
        录入 已有教室 多选 名单 专用教室
        规则 缺项扣分(已有教室, 每缺=1)
      """)
    let present: AnswerValue = .multiple(["科学教室", "美术教室"])
    let large = try score(
      text, answers: ["小学班级数": .number(8), "初中班级数": .number(13), "已有教室": present])
    #expect(large.state == .scored(2))
    let small = try score(
      text, answers: ["小学班级数": .number(8), "初中班级数": .number(6), "已有教室": present])
    #expect(small.state == .scored(3))
    // An unclosed bracket is not allowed to swallow the rest of the list.
    let typo = try checklist(
      form(header: "名单 制度：甲(乙、丙", "  录入 已建 多选 名单 制度\n  规则 缺项扣分(已建, 每缺=1)"))
    #expect(typo.lists["制度"] == ["甲(乙", "丙"])
  }

  /// A clerk's 若 without the spaces around it: `若(…)` was E209 about the points, and
  /// `实验室 若初中` became an entry named “实验室 若初中”, required of every school.
  @Test func aConditionMayFollowItsEntryWithoutSpaces() throws {
    let weighted = form(
      points: "6",
      header: "名单 专用教室：科学教室=3、音乐教室=2 若(最大(小学班级数, 初中班级数) >= 12)、劳动室=1若初中",
      """
        录入 小学班级数 计数
        录入 初中班级数 计数
        录入 已有教室 多选 名单 专用教室
        规则 缺项扣分(已有教室)
      """)
    #expect(try checklist(weighted).lists["专用教室"] == ["科学教室", "音乐教室", "劳动室"])
    let onlyScience: AnswerValue = .multiple(["科学教室"])
    // A primary school of 8 classes with only 科学教室: nothing else is required → 6.
    let primary = try score(
      weighted, answers: ["小学班级数": .number(8), "初中班级数": .number(0), "已有教室": onlyScience],
      stages: [.primary])
    #expect(primary.state == .scored(6))
    // A junior school of 13 classes: 音乐教室 2 + 劳动室 1 are missing → 6 − 3 = 3.
    let junior = try score(
      weighted, answers: ["小学班级数": .number(0), "初中班级数": .number(13), "已有教室": onlyScience],
      stages: [.junior])
    #expect(junior.state == .scored(3))

    let plain = form(
      points: "2", header: "名单 实验室：物理实验室、化学实验室 若初中",
      "  录入 已有实验室 多选 名单 实验室\n  规则 缺项扣分(已有实验室, 每缺=1)")
    #expect(try checklist(plain).lists["实验室"] == ["物理实验室", "化学实验室"])
    // Only 物理实验室: a primary school lacks nothing required → 2; a junior school lacks 化学 → 1.
    let physics: [String: AnswerValue] = ["已有实验室": .multiple(["物理实验室"])]
    #expect(try score(plain, answers: physics, stages: [.primary]).state == .scored(2))
    #expect(try score(plain, answers: physics, stages: [.junior]).state == .scored(1))
    // A 若 that begins a name starts no condition.
    let books = form(
      points: "2", header: "名单 藏书：若干册图书、报刊",
      "  录入 已有藏书 多选 名单 藏书\n  规则 缺项扣分(已有藏书, 每缺=1)")
    #expect(try checklist(books).lists["藏书"] == ["若干册图书", "报刊"])
  }

  /// 最小, 最大 and 绝对值 inside a formula score, each worked out by hand.
  @Test func smallestLargestAndAbsoluteValueInAFormula() throws {
    // “每篇2分，最高10分”：最小(10, 2 × 篇数)；3 篇 → 6，7 篇 → 最小(10, 14) = 10.
    let capped = form("  录入 篇数 计数\n  规则 公式赋分(最小(10, 2 × 篇数))")
    #expect(try score(capped, answers: ["篇数": .number(3)]).state == .scored(6))
    #expect(try score(capped, answers: ["篇数": .number(7)]).state == .scored(10))
    // “偏离95%每1个百分点扣2分”：10 − 2 × 绝对值(比率 − 95)；92.5 → 10 − 5 = 5，97 → 10 − 4 = 6.
    let deviation = form("  录入 比率 百分比\n  规则 公式赋分(10 - 2 × 绝对值(比率 - 95))")
    #expect(try score(deviation, answers: ["比率": .number(92.5)]).state == .scored(5))
    #expect(try score(deviation, answers: ["比率": .number(97)]).state == .scored(6))
    // 两个学段取较好的一个：最大(3, 小学得分, 初中得分) with 7 and 4 → 7.
    let better = form(
      "  录入 小学得分 计数\n  录入 初中得分 计数\n  规则 公式赋分(最大(3, 小学得分, 初中得分))")
    #expect(
      try score(better, answers: ["小学得分": .number(7), "初中得分": .number(4)]).state == .scored(7))
  }

  /// A list entry with brackets, named bare in a sample, reads as a formula: the fix lists the
  /// entries and says to quote it.
  @Test func aBracketedEntryInASampleIsQuoted() throws {
    let text =
      form(
        header: "名单 辅助用房：保健室=3、会议室(接待室)=3",
        "  录入 已有用房 多选 名单 辅助用房\n  规则 缺项扣分(已有用房)")
      + "\n样例 两室都有\n  设 已有用房 = [保健室, 会议室(接待室)]\n  期望 1 = 10\n"
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(found.map(shortForm) == ["11:12: 错误[E402]: “[保健室, 会议室(接待室)]”不是录入项“已有用房”（多选）能取的值。"])
    #expect(
      found.first?.fix?.zh == "可取的值：保健室、会议室(接待室)；名称里有括号或空格的要加引号，如 \"会议室(接待室)\"。")
    let quoted = text.replacingOccurrences(of: ", 会议室(接待室)]", with: ", \"会议室(接待室)\"]")
    #expect(SampleRunner.run(try checklist(quoted)).map(\.failures.count) == [0])
  }

  @Test func anUnweightedListStillNeedsEachMissing() {
    let text = form(
      header: "名单 制度：甲、乙", "  录入 已建 多选 名单 制度\n  规则 缺项扣分(已建)")
    #expect(diagnostics(text) == ["9:11: 错误[E305]: “缺项扣分”缺少参数“每缺”，名单的各项也没有写分值。"])
  }

  @Test func halvingAppliesAfterDeductions() throws {
    // 其他不符合要求得分减半：(20 − 2) × 0.5 = 9.
    let text = form(
      points: "20",
      """
        录入 房屋扣分 酌情 范围 0..20
        录入 其他符合要求 是否
        规则 酌情扣分(房屋扣分)
        规则 得分折算(非 其他符合要求, 乘=0.5, 理由="其他不符合要求，得分减半")
      """)
    let halved = try score(
      text, answers: ["房屋扣分": .number(2), "其他符合要求": .bool(false)])
    #expect(halved.state == .scored(9))
    #expect(halved.deductions.last?.reason.zh == "其他不符合要求，得分减半，得分 18 × 0.5 = 9")
  }

  @Test func aResultMayUseAnEarlierResultButNotALaterOne() throws {
    let base = form("  录入 扣分 酌情 范围 0..10\n  规则 酌情扣分(扣分)")
    // 等级分 = 总分 ÷ 2 = 4 (总分 8); 等级 = 若(4 >= 4, 1, 2) = 1.
    let good = try checklist(base + "\n结果 换算(等级分, 总分 ÷ 2)\n结果 换算(等级, 若(等级分 >= 4, 1, 2))")
    let result = Evaluator.evaluate(
      good, answers: Answers(values: ["扣分": Answer(.number(2))]),
      context: EvaluationContext(stages: [.primary]))
    #expect(result.derived.map(\.state) == [.scored(4), .scored(1)])
    let cycle = base + "\n结果 换算(甲, 乙 + 1)\n结果 换算(乙, 甲 + 1)"
    #expect(
      diagnostics(cycle) == [
        "10:10: 错误[E303]: 结果“乙”写在这一行之后（或就是这一行）：结果只能用写在它前面的换算结果，不能循环引用。"
      ])
  }

  @Test func bonusPointsHaveTheirOwnCapAndTheTotalStaysAtMostTheDeclaredCap() throws {
    let text = """
      清单 加分
      标题：加分
      对象：学校
      总分：10
      总分上限：12
      部分 一 基础 10分
      条目 1 基础 10分
        录入 扣分 酌情 范围 0..10
        规则 酌情扣分(扣分)
      加分项 二 特色工作 3分
      条目 2.1 创新 2分
        录入 有创新 是否
        规则 判定(有创新, 是=有, 否=无)
      条目 2.2 获奖 2分
        录入 获奖 是否
        规则 判定(获奖, 是=有, 否=无)
      """
    func total(_ text: String, deduct: Decimal) throws -> FormResult {
      Evaluator.evaluate(
        try checklist(text),
        answers: Answers(
          values: [
            "扣分": Answer(.number(deduct)), "有创新": Answer(.bool(true)), "获奖": Answer(.bool(true)),
          ]),
        context: EvaluationContext(stages: [.primary]))
    }
    // 10 + min(2 + 2, 3) = 13 → 总分上限 12.
    let full = try total(text, deduct: 0)
    #expect(full.state(of: "二") == .scored(3))
    #expect(full.total == .scored(12))
    #expect(full.totalDeductions.map(\.reason.zh) == ["含加分 13，超过总分上限 12，按 12 计"])
    // 8 + 3 = 11, under the cap.
    #expect(try total(text, deduct: 2).total == .scored(11))
    // Without 总分上限 the total never passes 总分.
    let uncapped = text.replacingOccurrences(of: "总分上限：12\n", with: "")
    #expect(try total(uncapped, deduct: 0).total == .scored(10))
  }

  /// 所有观察点均达到A级的为通过；C不超过1项为有条件通过；否则不通过 (three levels: 一 / 1 / 1.1).
  @Test func aConclusionInTheFormsOwnWordsFromVerdictCounts() throws {
    let text = """
      清单 评定
      标题：评定
      对象：幼儿园
      类型：核验表
      部分 一 观察点
      条目 1 指标一
        小项 1.1 观察点一
          录入 达到1 是否
          规则 判定(达到1, 是=A, 否=C)
        小项 1.2 观察点二
          录入 达到2 是否
          规则 判定(达到2, 是=A, 否=C)
      条目 2 指标二
        录入 达到3 是否
        规则 判定(达到3, 是=A, 否=C)
      结果 评定(评估结论, 若(判定.A >= 3 且 判定.C = 0, "通过评估", 若(判定.C <= 1, "有条件通过评估", "不通过评估")))
      """
    let form = try checklist(text)
    func conclusion(_ reached: [Bool]) -> [String?] {
      var values: [String: Answer] = [:]
      for (index, value) in reached.enumerated() { values["达到\(index + 1)"] = Answer(.bool(value)) }
      let result = Evaluator.evaluate(
        form, answers: Answers(values: values), context: EvaluationContext(stages: [.primary]))
      return result.grades.map(\.label)
    }
    #expect(conclusion([true, true, true]) == ["通过评估"])  // A 3, C 0
    #expect(conclusion([true, false, true]) == ["有条件通过评估"])  // A 2, C 1
    #expect(conclusion([false, false, true]) == ["不通过评估"])  // A 1, C 2
    #expect(conclusion([true, true]) == [nil])  // 达到3 not recorded: undecided
  }
}
