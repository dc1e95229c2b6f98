import DuchaChecklist
import Foundation
import Testing

/// Every rule kind against a worked example from the seed documents, arithmetic in comments.
@Suite struct RuleKindTests {
  @Test func perOccurrenceFlooredAtZero() throws {
    // 灵璧 5 人籍一致情况 10分：入班核查,出现一例扣0.5分,扣完为止。
    let text = form(
      """
        录入 不一致人数 计数 默认 点名.人籍不一致
        规则 每例扣分(不一致人数, 每例=0.5)
      """)
    // 3 例：10 − 0.5 × 3 = 8.5, exactly.
    let three = try score(text, answers: ["不一致人数": .number(3)])
    #expect(three.state == .scored(d("8.5")))
    #expect(three.deductions.map(\.reason.zh) == ["不一致人数 3 例 × 0.5 分 = 1.5 分"])
    // 25 例：10 − 12.5 < 0 → 扣完为止，0.
    #expect(try score(text, answers: ["不一致人数": .number(25)]).state == .scored(0))
    // Bound to the roll call: 籍在人不在 2 + 人在籍不在 1 = 3 → 8.5.
    let fromRollCall = try score(text, figures: ["点名.籍在人不在": 2, "点名.人在籍不在": 1])
    #expect(fromRollCall.state == .scored(d("8.5")))
    // No answer and no roll call yet: pending, never silently 10 or 0.
    #expect(try score(text).state == .pending([Localized("缺少“不一致人数”", en: "'不一致人数' not recorded")]))
  }

  @Test func perMissingElementOfANamedList() throws {
    // 凌源 1.1：缺一项制度扣0.5分 (nine systems); 7 of 9 in place → 5 − 0.5 × 2 = 4.
    let text = form(
      points: "5",
      header: "名单 九项制度：自查月报制度、入学通知制度、登记报告制度、台账销号制度、学生请假制度、教师家访制度、结对帮扶制度、责任追究制度、考核奖惩制度",
      """
        录入 已建制度 多选 名单 九项制度
        规则 缺项扣分(已建制度, 每缺=0.5)
      """)
    let chosen = ["自查月报制度", "入学通知制度", "登记报告制度", "台账销号制度", "学生请假制度", "教师家访制度", "结对帮扶制度"]
    let result = try score(text, answers: ["已建制度": .multiple(chosen)])
    #expect(result.state == .scored(4))
    #expect(result.deductions.first?.reason.zh == "缺 2 项（责任追究制度、考核奖惩制度）× 0.5 分 = 1 分")
  }

  @Test func shortfallAgainstAMinimum() throws {
    // 凌源 1.1：专题会议不足4次的，每少一次扣0.5分。2 次 → 5 − 0.5 × (4 − 2) = 4.
    let text = form(points: "5", "  录入 专题会议次数 计数\n  规则 不足扣分(专题会议次数, 最低=4, 每少=1, 扣=0.5)")
    #expect(try score(text, answers: ["专题会议次数": .number(2)]).state == .scored(4))
    #expect(try score(text, answers: ["专题会议次数": .number(6)]).state == .scored(5))
  }

  @Test func severalClausesInOneItem() throws {
    // 凌源 1.1：未建立联动机制扣1分；组织机构不健全扣1分；没有工作方案扣1分；
    // 制度未严格执行酌情扣1—3分。No 联动机制, no 方案, 酌情 2 → 5 − 1 − 1 − 2 = 1.
    let text = form(
      points: "5",
      """
        录入 有联动机制 是否
        录入 机构健全 是否
        录入 有工作方案 是否
        录入 执行扣分 酌情 范围 0..3 默认 0
        规则 条件扣分(非 有联动机制, 扣=1, 理由="未建立联动机制")
        规则 条件扣分(非 机构健全, 扣=1, 理由="组织机构不健全")
        规则 条件扣分(非 有工作方案, 扣=1, 理由="没有工作方案")
        规则 酌情扣分(执行扣分)
      """)
    let form = try checklist(text)
    let answers = Answers(values: [
      "有联动机制": Answer(.bool(false)), "机构健全": Answer(.bool(true)), "有工作方案": Answer(.bool(false)),
      "执行扣分": Answer(.number(2), reason: "家访制度只有记录表没有执行记录"),
    ])
    let result = Evaluator.evaluate(
      form, answers: answers, context: EvaluationContext(stages: [.primary]))
    let item = try #require(result.allItems.first)
    #expect(item.state == .scored(1))
    #expect(
      item.deductions.map(\.reason.zh) == [
        "未建立联动机制，扣 1 分", "没有工作方案，扣 1 分", "酌情扣 2 分：家访制度只有记录表没有执行记录",
      ])
  }

  @Test func shortfallPerPercentagePointWithAFormula() throws {
    // 凌源 3.1 入学率 5分：达到100%得满分，每差1个百分点减1分。
    // 入学率 = (学籍注册 412 − 随迁 10 − 外区转入 4 + 外迁 2) / 适龄 404 × 100 = 400 / 404 × 100
    //        = 99.0099…；差 0.990099… → 5 − 0.990099… = 4.0099… → 4.01 shown.
    let text = form(
      points: "5",
      header: "指标 入学率 = (学籍注册人数 - 随迁子女人数 - 外区转入就读人数 + 辖区内适龄儿童外迁数) / 辖区适龄儿童总数 × 100%",
      """
        录入 学籍注册人数 计数
        录入 随迁子女人数 计数
        录入 外区转入就读人数 计数
        录入 辖区内适龄儿童外迁数 计数
        录入 辖区适龄儿童总数 计数
        规则 差距扣分(入学率, 目标=100, 每=1, 扣=1)
      """)
    let answers: [String: AnswerValue] = [
      "学籍注册人数": .number(412), "随迁子女人数": .number(10), "外区转入就读人数": .number(4),
      "辖区内适龄儿童外迁数": .number(2), "辖区适龄儿童总数": .number(404),
    ]
    let result = try score(text, answers: answers)
    #expect(result.state.label(.chinese) == "4.01")
    #expect(result.explanations.map(\.zh).first?.hasPrefix("入学率 = (学籍注册人数 - 随迁子女人数") == true)
    // 适龄儿童总数 0: reported as division by zero, the item pending.
    var zero = answers
    zero["辖区适龄儿童总数"] = .number(0)
    guard case .pending(let reasons) = try score(text, answers: zero).state else {
      Issue.record("a zero denominator must leave the item pending")
      return
    }
    // It names the figure that is 0 and what the inspector does about it.
    #expect(
      reasons.first?.zh
        == "分母为 0：(((学籍注册人数 - 随迁子女人数) - 外区转入就读人数) + 辖区内适龄儿童外迁数) ÷ 辖区适龄儿童总数（辖区适龄儿童总数 = 0）。"
        + "请核对“辖区适龄儿童总数”：录错了就改正；确实为 0 的，本项无法按公式计分，请在备注里写明。")
  }

  @Test func yearTargetsPerTenthOfAPoint() throws {
    // 会理 入学率 小学(5分)：2018 99.3%，2019 99.6%，2020 100%；每低0.1个百分点扣0.2分。
    // 99.5%：2018 达标 → 5；2019 低 0.1 → 5 − 0.2 = 4.8；2020 低 0.5 → 5 − 1.0 = 4.
    let text = form(
      points: "5", header: "考核年度：2018-2020\n年度目标 小学入学率目标：2018=99.3，2019=99.6，2020=100",
      "  录入 小学入学率 百分比\n  规则 差距扣分(小学入学率, 目标=小学入学率目标, 每=0.1, 扣=0.2)")
    let answers: [String: AnswerValue] = ["小学入学率": .number(d("99.5"))]
    #expect(try score(text, answers: answers, year: 2018).state == .scored(5))
    #expect(try score(text, answers: answers, year: 2019).state == .scored(d("4.8")))
    #expect(try score(text, answers: answers, year: 2020).state == .scored(4))
    // A year the form does not cover is reported, not guessed.
    guard case .pending(let reasons) = try score(text, answers: answers, year: 2021).state else {
      Issue.record("an uncovered year must leave the item pending")
      return
    }
    #expect(reasons.map(\.zh) == ["小学入学率目标 没有 2021 年的目标"])
  }

  @Test func excessAboveALimitNeverDrifts() throws {
    // 会理 年辍学率 小学 2018 控制在0.5%以内，每超0.1个百分点扣0.1分。
    // 0.8% → 超 0.3 → 3 步 × 0.1 = 0.3 → 5 − 0.3 = 4.7 exactly (no 4.699999).
    let text = form(
      points: "5", header: "考核年度：2018\n年度目标 小学辍学率目标：2018=0.5",
      "  录入 小学辍学率 百分比\n  规则 超出扣分(小学辍学率, 上限=小学辍学率目标, 每=0.1, 扣=0.1)")
    let result = try score(text, answers: ["小学辍学率": .number(d("0.8"))], year: 2018)
    #expect(result.state == .scored(d("4.7")))
    #expect(result.state.score.map { "\($0)" } == "4.7")
  }

  @Test func deviationEitherWayAndRoundingChoices() throws {
    // 灵璧 12 班级差额比率 5分：实际班级数比系统中班级数为100%，每增加或减少1个百分点扣1分。
    // 41 / 40 = 102.5% → 偏差 2.5 → 按比例 5 − 2.5 = 2.5；向上 5 − 3 = 2；向下 5 − 2 = 3.
    func text(_ rounding: String) -> String {
      form(
        points: "5", header: "指标 班级差额比率 = 实际班级数 / 系统班级数 × 100",
        "  录入 实际班级数 计数 默认 点名.班级数\n  录入 系统班级数 计数 默认 学籍.系统班级数\n  规则 偏差扣分(班级差额比率, 目标=100, 每=1, 扣=1, 取整=\(rounding))"
      )
    }
    let figures: [String: Decimal] = ["点名.班级数": 41, "学籍.系统班级数": 40]
    #expect(try score(text("按比例"), figures: figures).state == .scored(d("2.5")))
    #expect(try score(text("向上"), figures: figures).state == .scored(2))
    #expect(try score(text("向下"), figures: figures).state == .scored(3))
    // 38 / 40 = 95% → 偏差 5 → 0: fewer classes deducts too.
    #expect(try score(text("按比例"), figures: ["点名.班级数": 38, "学籍.系统班级数": 40]).state == .scored(0))
  }

  @Test func proportionalToAStandard() throws {
    // 灵璧 3 经费投入 10分：达到文件规定标准的得满分，不足的按比例扣分。
    // 15000 / 20000 = 75% → 10 × 0.75 = 7.5；超过标准不加分。
    let text = form(
      header: "指标 经费达标率 = 实际经费 / 规定经费 × 100",
      "  录入 实际经费 数值 范围 0..10000000\n  录入 规定经费 数值 范围 0..10000000\n  规则 按比例(经费达标率, 标准=100)")
    #expect(
      try score(text, answers: ["实际经费": .number(15000), "规定经费": .number(20000)]).state
        == .scored(d("7.5")))
    #expect(
      try score(text, answers: ["实际经费": .number(30000), "规定经费": .number(20000)]).state
        == .scored(10))
  }

  @Test func tiers() throws {
    // 灵璧 9 宣传 5分：有资料且知晓度较高得满分，仅有资料得2分，没有进行宣传得0分。
    let text = form(points: "5", "  录入 宣传 单选 选项 [有资料且知晓度较高=5, 仅有资料=2, 没有=0]\n  规则 档次(宣传)")
    let result = try score(text, answers: ["宣传": .choice("仅有资料")])
    #expect(result.state == .scored(2))
    #expect(result.base?.zh == "宣传：仅有资料，得 2 分")
  }

  @Test func discretionaryScoreKeepsTheReason() throws {
    // 灵璧 11 学籍差额比率 5分：在校生数比学籍数之比，酌情赋分。
    let text = form(
      points: "5", header: "指标 学籍差额比率 = 在校生数 / 学籍数 × 100",
      "  录入 在校生数 计数\n  录入 学籍数 计数\n  录入 比率得分 酌情 范围 0..5\n  规则 酌情赋分(比率得分)")
    let form = try checklist(text)
    let answers = Answers(values: [
      "在校生数": Answer(.number(1200)), "学籍数": Answer(.number(1250)),
      "比率得分": Answer(.number(3), reason: "96%，差额 50 人"),
    ])
    let item = try #require(
      Evaluator.evaluate(form, answers: answers, context: EvaluationContext(stages: [.primary]))
        .allItems.first)
    #expect(item.state == .scored(3))
    #expect(item.base?.zh == "酌情赋 3 分：96%，差额 50 人")
    // The ratio the inspector judges by is shown with the item, from its own inputs.
    #expect(
      item.explanations.map(\.zh) == ["学籍差额比率 = 在校生数 / 学籍数 × 100（在校生数 = 1200，学籍数 = 1250） = 96"])
  }

  @Test func zeroFlagOverridesEverything() throws {
    // 凌源 2.2：存在弄虚作假、故意隐瞒的此项不得分 — even with other inputs missing.
    let text = form(
      points: "5",
      "  录入 缺报次数 计数\n  录入 弄虚作假 是否\n  规则 每例扣分(缺报次数, 每例=1)\n  规则 不得分(弄虚作假, 理由=\"存在弄虚作假、故意隐瞒\")")
    let result = try score(text, answers: ["弄虚作假": .bool(true)])
    #expect(result.state == .scored(0))
    #expect(result.deductions.map(\.reason.zh) == ["存在弄虚作假、故意隐瞒，此项不得分"])
  }

  @Test func comparisonWithLastYearInBothDirections() throws {
    // 会理 指标浮动：小学入学率 持平0.5 提高1.5 下降0；小学年辍学率 持平0.5 下降1.5 超出0.
    let rate = form(
      points: "1.5",
      "  录入 小学入学率 百分比\n  录入 上年小学入学率 百分比 默认 上年.小学入学率\n  规则 比上年(小学入学率, 上年小学入学率, 提高=1.5, 持平=0.5, 下降=0)"
    )
    let up = try score(
      rate, answers: ["小学入学率": .number(d("99.8"))], figures: ["上年.小学入学率": d("99.5")])
    #expect(up.state == .scored(d("1.5")))
    #expect(
      try score(rate, answers: ["小学入学率": .number(d("99.5")), "上年小学入学率": .number(d("99.5"))]).state
        == .scored(d("0.5")))
    #expect(
      try score(rate, answers: ["小学入学率": .number(99), "上年小学入学率": .number(d("99.5"))]).state
        == .scored(0))
    let dropout = form(
      points: "1.5",
      "  录入 辍学率 百分比\n  录入 上年辍学率 百分比\n  规则 比上年(辍学率, 上年辍学率, 下降=1.5, 持平=0.5, 提高=0)")
    #expect(
      try score(dropout, answers: ["辍学率": .number(d("0.2")), "上年辍学率": .number(d("0.4"))]).state
        == .scored(d("1.5")))
    #expect(
      try score(dropout, answers: ["辍学率": .number(d("0.6")), "上年辍学率": .number(d("0.4"))]).state
        == .scored(0))
  }

  @Test func cohortBandsWaitForTheWholeCohort() throws {
    // 凌源 3.3 报考率 20分：按报考率由高到低排序，按比例分档赋分 (documented bands).
    let text = form(
      points: "20", "  录入 报考率 百分比\n  规则 排名分档(报考率, 顺序=由高到低, 档=[20%=20, 30%=16, 30%=12, 20%=8])")
    let answers: [String: AnswerValue] = ["报考率": .number(d("98.5"))]
    #expect(try score(text, answers: answers).state == .awaitingCohort)
    // 10 schools; 3 ahead → 30% ahead → not < 20, < 50 → second band 16.
    let others: [Decimal] = [d("99.9"), d("99.5"), 99, 98, 97, 96, 95, 94, 93]
    #expect(try score(text, answers: answers, cohort: ["报考率": others]).state == .scored(16))
    // Lowest of 10: 9 ahead → 90% → last band 8.
    #expect(
      try score(text, answers: ["报考率": .number(90)], cohort: ["报考率": others]).state == .scored(8))
  }

  @Test func applicabilityExcludesAndRescales() throws {
    // 会理 学校 入学率：小学(5分)、初中(5分). A primary-only school: 初中 part 不适用;
    // with 折算 a raw 9 of 10 applicable… here 4.8 of 5 → 4.8 / 5 × 10 = 9.6.
    let text = """
      清单 适用
      标题：适用
      对象：学校
      学段：小学 初中
      总分：10
      不适用条目：折算
      部分 一 成效 10分
      条目 1 入学率 10分
      小项 1.1 小学 5分
        适用：小学
        录入 小学入学率 百分比
        规则 差距扣分(小学入学率, 目标=100, 每=0.1, 扣=0.2)
      小项 1.2 初中 5分
        适用：初中
        录入 初中入学率 百分比
        规则 差距扣分(初中入学率, 目标=100, 每=0.1, 扣=0.2)
      """
    let form = try checklist(text)
    let result = Evaluator.evaluate(
      form, answers: Answers(values: ["小学入学率": Answer(.number(d("99.9")))]),
      context: EvaluationContext(stages: [.primary]))
    #expect(result.state(of: "1.2") == .notApplicable)
    #expect(result.applicableMax == 5)
    #expect(result.itemTotal == .scored(d("4.8")))
    #expect(result.total == .scored(d("9.6")))
  }

  @Test func formLevelVetoDeductionAndWeightedResult() throws {
    // 凌源：一票否决; 巩固率未达指标 1 分/百分点、最多扣3分; 按比率权重赋分，最高减5分.
    let text = """
      清单 结果
      标题：结果
      对象：学校
      总分：10
      结果 一票否决(重大辍学事件, 理由="辍学现象严重，造成重大影响")
      结果 总分扣分(最大(0, 98 - 巩固率), 最多=3, 理由="巩固率未达指标")
      结果 换算(年终考核减分, 5 × (10 - 总分) / 10, 最多=5)
      部分 一 成效 10分
      条目 1 巩固率 10分
        录入 巩固率 百分比
        录入 重大辍学事件 是否
        规则 差距扣分(巩固率, 目标=98, 每=1, 扣=10, 取整=向上)
      """
    let form = try checklist(text)
    func run(_ rate: String, veto: Bool) -> FormResult {
      Evaluator.evaluate(
        form,
        answers: Answers(values: ["巩固率": Answer(.number(d(rate))), "重大辍学事件": Answer(.bool(veto))]),
        context: EvaluationContext(stages: [.junior]))
    }
    // 96%: item 0; extra min(3, 2) = 2 from a 0 total → floored 0; 减分 5 × 10 / 10 = 5.
    let low = run("96", veto: false)
    #expect(low.total == .scored(0))
    #expect(low.derived.first?.state == .scored(5))
    #expect(low.outcome == .pass)
    // 98.5%: item 10, no extra; 减分 0; veto recorded → 一票否决, total unchanged.
    let vetoed = run("98.5", veto: true)
    #expect(vetoed.total == .scored(10))
    #expect(vetoed.outcome == .veto([Localized("辍学现象严重，造成重大影响")]))
  }

  @Test func exactDecimalsThroughout() {
    // 10 − 0.5 × 3 is 8.5 and 0.1-point steps never drift.
    #expect(d("10") - d("0.5") * 3 == d("8.5"))
    var total = Decimal(0)
    for _ in 0..<30 { total += d("0.1") }
    #expect(total == 3)
    #expect(ScoreFormat.string(d("2.175")) == "2.18")
    #expect(ScoreFormat.string(d("8.50")) == "8.5")
  }
}
