import DuchaChecklist
import Foundation
import Testing

/// 公式赋分, 分段赋分/扣分, 档内评分, 名次分, 判定 and the formula functions, each with a value
/// worked out by hand and the reason the inspector reads.
@Suite struct ScoringRuleTests {
  @Test func aFormulaScoreIsKeptBetweenZeroAndThePoints() throws {
    // 得分 = 10 × 实际比率 ÷ 标准比率: 10 × 90 ÷ 100 = 9; 10 × 120 ÷ 100 = 12 → 10.
    let text = form(
      "  录入 实际比率 百分比 范围 0..200\n  录入 标准比率 百分比\n  规则 公式赋分(分值 × 实际比率 ÷ 标准比率)")
    let nine = try score(text, answers: ["实际比率": .number(90), "标准比率": .number(100)])
    #expect(nine.state == .scored(9))
    #expect(
      nine.base?.zh == "(分值 × 实际比率) ÷ 标准比率（分值 = 10，实际比率 = 90，标准比率 = 100） = 9，得 9 分")
    let above = try score(text, answers: ["实际比率": .number(120), "标准比率": .number(100)])
    #expect(above.state == .scored(10))
    #expect(above.base?.zh.hasSuffix("= 12，超过满分，按 10 分计，得 10 分") == true)
  }

  @Test func stepsPickTheFirstThresholdReached() throws {
    // 达到标准的得满分；80%—99% 得 80%；60%—79% 得 50%；不足 60% 不得分 (10 分).
    let text = form(
      "  录入 达成率 百分比\n  规则 分段赋分(达成率, 段=[100=分值, 80=分值 × 0.8, 60=分值 × 0.5], 其余=0)")
    #expect(try score(text, answers: ["达成率": .number(100)]).state == .scored(10))
    let eighty = try score(text, answers: ["达成率": .number(85)])
    #expect(eighty.state == .scored(8))  // 10 × 0.8
    #expect(eighty.base?.zh == "达成率 85 ≥ 80，得 8 分（上一档：≥ 100 得 10 分）")
    #expect(try score(text, answers: ["达成率": .number(79.9)]).state == .scored(5))  // 10 × 0.5
    let none = try score(text, answers: ["达成率": .number(59)])
    #expect(none.state == .scored(0))
    #expect(none.base?.zh == "达成率 59 < 60，得 0 分（上一档：≥ 60 得 5 分）")
  }

  @Test func stepDeductionsForLowerIsWorse() throws {
    // 人均面积不低于1.5：1.4—1.5扣1分；1.2—1.4扣2分；1—1.2扣3分；低于1扣该项分值 (5 分).
    let text = form(
      points: "5",
      "  录入 人均面积 数值\n  规则 分段扣分(人均面积, 段=[1.5=0, 1.4=1, 1.2=2, 1=3], 其余=分值)")
    #expect(try score(text, answers: ["人均面积": .number(d("1.6"))]).state == .scored(5))
    let one = try score(text, answers: ["人均面积": .number(d("1.3"))])
    #expect(one.state == .scored(3))  // 5 − 2
    #expect(one.deductions.map(\.reason.zh) == ["人均面积 1.3 ≥ 1.2，扣 2 分（上一档：≥ 1.4 扣 1 分）"])
    #expect(try score(text, answers: ["人均面积": .number(d("0.9"))]).state == .scored(0))  // 5 − 5
  }

  @Test func lowerIsBetterStepsRise() throws {
    // 辍学率控制在1%以内得10分，2%以内得6分，其余不得分.
    let text = form("  录入 辍学率 百分比\n  规则 分段赋分(辍学率, 顺序=由低到高, 段=[1=10, 2=6])")
    #expect(try score(text, answers: ["辍学率": .number(d("0.8"))]).state == .scored(10))
    #expect(try score(text, answers: ["辍学率": .number(d("1.5"))]).state == .scored(6))
    let none = try score(text, answers: ["辍学率": .number(3)])
    #expect(none.state == .scored(0))
    #expect(none.base?.zh == "辍学率 3 > 2，得 0 分（上一档：≤ 2 得 6 分）")
  }

  /// 南昌 1: “超过12个班酌情扣2_4分” — the amount past the last step is the inspector's 酌情
  /// 超班扣分, and its reason was shown nowhere in the score: 班级数 14 > 12, 扣 3 分 with it.
  @Test func anAmountGivenAtDiscretionCarriesItsReason() throws {
    let text = form(
      points: "15",
      """
        录入 班级数 计数
        录入 超班扣分 酌情 范围 2..4
        规则 分段扣分(班级数, 顺序=由低到高, 段=[12=0], 其余=超班扣分)
      """)
    let result = Evaluator.evaluate(
      try checklist(text),
      answers: Answers(values: [
        "班级数": Answer(.number(14)), "超班扣分": Answer(.number(3), reason: "14个班，超2个"),
      ]),
      context: EvaluationContext(stages: [.primary], year: nil))
    let item = try #require(result.allItems.first { $0.id == "1" })
    #expect(item.state == .scored(12))  // 15 − 3
    #expect(item.deductions.map(\.reason.zh) == ["班级数 14 > 12，扣 3 分（酌情：14个班，超2个）（上一档：≤ 12 不扣分）"])
  }

  @Test func aScoreOutsideTheChosenBandIsRefusedNotClamped() throws {
    // 执行好的给8-10分,一般的给4-7分,较差的给1-3分。
    let text = form(
      """
        录入 执行情况 单选 选项 [执行好=8..10, 一般=4..7, 较差=1..3]
        录入 执行得分 酌情 范围 0..10
        规则 档内评分(执行情况, 执行得分)
      """)
    let good = try score(text, answers: ["执行情况": .choice("一般"), "执行得分": .number(6)])
    #expect(good.state == .scored(6))
    #expect(good.base?.zh == "执行情况：一般（4—7），执行得分 6，得 6 分")
    #expect(good.base?.en == "执行情况: 一般 (4–7), 执行得分 6 → 6")
    // The inspector's reason for the score within the band goes with it (into the problem list).
    let form = try checklist(text)
    let reasoned = Evaluator.evaluate(
      form,
      answers: Answers(values: [
        "执行情况": Answer(.choice("一般")), "执行得分": Answer(.number(6), reason: "家访记录缺两个月"),
      ]),
      context: EvaluationContext(stages: [.junior]))
    #expect(
      reasoned.allItems.first?.base?.zh == "执行情况：一般（4—7），执行得分 6，得 6 分（酌情：家访记录缺两个月）")
    let outside = try score(text, answers: ["执行情况": .choice("一般"), "执行得分": .number(9)])
    #expect(
      outside.state
        == .pending([
          Localized(
            "执行得分 9 不在“一般”档的 4—7 之内，请在档内重新评分或改选档次",
            en:
              "执行得分 9 is outside the band of '一般' (4–7); score within the band or choose another")
        ]))
  }

  @Test func gradeCoefficientsTimesPoints() throws {
    // 优(1) 良(0.8) 合格(0.6) 不合格(0—0.59) × 分值 10: 良 → 8; 不合格 0.5 → 5.
    let text = form(
      """
        录入 等级 单选 选项 [优=1, 良=0.8, 合格=0.6, 不合格=0..0.59]
        录入 系数 数值 范围 0..1
        规则 档内评分(等级, 系数, 乘=分值)
      """)
    #expect(try score(text, answers: ["等级": .choice("良")]).state == .scored(8))
    let failing = try score(text, answers: ["等级": .choice("不合格"), "系数": .number(d("0.5"))])
    #expect(failing.state == .scored(5))
    #expect(failing.base?.zh == "等级：不合格（0—0.59），系数 0.5 × 分值 10 = 5，得 5 分")
  }

  @Test func rankPointsWithinTheUnitsBelowTheAverage() throws {
    // 高于或等于平均的得10分，低于平均的按从高到低得8、6、4分。
    // 普及率 90, 96, 94, 88, 86: 平均 = 454 ÷ 5 = 90.8; below: 90, 88, 86.
    let text = form(
      "  录入 普及率 百分比\n  规则 名次分(普及率, 顺序=由高到低, 分=[8, 6, 4], 仅低于=全体平均(普及率), 其余=10)")
    let batch = ["普及率": [d("96"), d("94"), d("88"), d("86")]]
    let second = try score(text, answers: ["普及率": .number(88)], cohort: ["普及率": [96, 94, 90, 86]])
    #expect(second.state == .scored(6))
    #expect(second.base?.zh == "普及率 88，低于 全体平均(普及率) 90.8 的 3 个单位中由高到低第 2 名，得 6 分")
    let first = try score(text, answers: ["普及率": .number(90)], cohort: batch)
    #expect(first.state == .scored(8))
    let above = try score(text, answers: ["普及率": .number(94)], cohort: ["普及率": [96, 90, 88, 86]])
    #expect(above.state == .scored(10))
    #expect(above.base?.zh == "普及率 94 不低于 全体平均(普及率) 90.8，得 10 分")
    // Before the batch is complete the item waits for it.
    #expect(try score(text, answers: ["普及率": .number(94)]).state == .awaitingCohort)
  }

  @Test func rankPointsByPositionTiesShareTheBetterRank() throws {
    // 初中生辍学率按从低到高分别得10、8、6、4分: 0.5, 0.8, 0.8, 1.2, 2 → 0.8 ranks 2nd (8).
    let text = form("  录入 辍学率 百分比\n  规则 名次分(辍学率, 顺序=由低到高, 分=[10, 8, 6, 4])")
    let tied = try score(
      text, answers: ["辍学率": .number(d("0.8"))], cohort: ["辍学率": [d("0.5"), d("0.8"), d("1.2"), 2]])
    #expect(tied.state == .scored(8))
    // Fifth of five: beyond the list, 0.
    let last = try score(
      text, answers: ["辍学率": .number(2)], cohort: ["辍学率": [d("0.5"), d("0.8"), d("0.8"), d("1.2")]])
    #expect(last.state == .scored(0))
  }

  @Test func rankPointsPastTheListGetTheRest() throws {
    // 第1名10分，第2名8分，第3名6分，其余4分: 劝返复学率 50 of 90, 80, 70, 50 is 4th → 4.
    // `其余=4` was read and then ignored: the 4th scored 0.
    let text = form("  录入 劝返复学率 百分比\n  规则 名次分(劝返复学率, 分=[10, 8, 6], 其余=4)")
    let fourth = try score(
      text, answers: ["劝返复学率": .number(50)], cohort: ["劝返复学率": [90, 80, 70]])
    #expect(fourth.state == .scored(4))
    #expect(fourth.base?.zh == "劝返复学率 50，4 个单位中由高到低第 4 名，得 4 分")
    let third = try score(
      text, answers: ["劝返复学率": .number(70)], cohort: ["劝返复学率": [90, 80, 50]])
    #expect(third.state == .scored(6))
  }

  @Test func shareOfTheBatchTotalAndProportionalToTheHighest() throws {
    // 以最高者为满分，其余按比例: 10 × 45 ÷ 60 = 7.5. 占全体招生的比率: 45 ÷ (45+60+15) = 37.5%.
    let text = form(
      header: "指标 招生占比 = 招生数 ÷ 全体合计(招生数) × 100",
      "  录入 招生数 计数\n  规则 公式赋分(分值 × 招生数 ÷ 全体最高(招生数))")
    let result = try score(text, answers: ["招生数": .number(45)], cohort: ["招生数": [60, 15]])
    #expect(result.state == .scored(d("7.5")))
    // The batch figures are shown with the unit's own, so both can be checked by hand.
    #expect(
      result.base?.zh == "(分值 × 招生数) ÷ 全体最高(招生数)（分值 = 10，招生数 = 45，全体最高(招生数) = 60） = 7.5，得 7.5 分")
    #expect(
      result.explanations.map(\.zh) == [
        "招生占比 = 招生数 ÷ 全体合计(招生数) × 100（招生数 = 45，全体合计(招生数) = 120） = 37.5"
      ])
  }

  @Test func roundingAndTickedCount() throws {
    // 每项1分 × 选中 2 项 ÷ 3 项 × 10 = 6.666… → 四舍五入 1 位 6.7; 向下取整 6; 向上取整 7.
    let header = "名单 用房：保健室、办公室、教具室"
    for (function, expected) in [("四舍五入", "6.7"), ("向下取整", "6"), ("向上取整", "7")] {
      let places = function == "四舍五入" ? ", 1" : ""
      let text = form(
        header: header,
        "  录入 已有 多选 名单 用房\n  规则 公式赋分(\(function)(选中数(已有) × 10 ÷ 3\(places)))")
      let result = try score(text, answers: ["已有": .multiple(["保健室", "办公室"])])
      #expect(result.state == .scored(d(expected)), "\(function)")
    }
  }

  /// `判定(选中数(档案) = 3)` showed “选中数(档案) = 3不成立”: neither the entries ticked nor
  /// their count, so nobody could check the verdict by hand.
  @Test func aTickedCountShowsTheEntriesAndTheCount() throws {
    let text = form(
      header: "名单 学籍档案：学籍卡、转学审批表、休学审批表",
      "  录入 档案 多选 名单 学籍档案\n  规则 判定(选中数(档案) = 3)")
    let two = try score(text, answers: ["档案": .multiple(["学籍卡", "转学审批表"])])
    #expect(two.state == .scored(0))
    #expect(
      two.base?.zh == "选中数(档案) = 3（档案 = 学籍卡、转学审批表，选中数(档案) = 2）不成立：不达标，得 0 分")
    let none = try score(text, answers: ["档案": .multiple([])])
    #expect(none.base?.zh.hasPrefix("选中数(档案) = 3（档案 = （无），选中数(档案) = 0）不成立") == true)
  }

  @Test func squareRootKeepsThePlacesTheFormSays() throws {
    // 差异系数“求平方根”：各校差异情况之和 10.65，√10.65 = 3.2634… → 两位 3.26；√16 = 4 恰好。
    let text = form("  录入 差异情况之和 数值\n  规则 公式赋分(平方根(差异情况之和, 2))")
    let root = try score(text, answers: ["差异情况之和": .number(d("10.65"))])
    #expect(root.state == .scored(d("3.26")))
    #expect(root.base?.zh == "平方根(差异情况之和, 2)（差异情况之和 = 10.65） = 3.26，得 3.26 分")
    #expect(try score(text, answers: ["差异情况之和": .number(16)]).state == .scored(4))
    // 0.0625 = 0.25²: a tie at the kept place is rounded half up, as 四舍五入 does (0.25 → 0.3).
    #expect(try score(text, answers: ["差异情况之和": .number(d("0.0625"))]).state == .scored(d("0.25")))
    let oneDigit = form("  录入 差异情况之和 数值\n  规则 公式赋分(平方根(差异情况之和, 1))")
    #expect(
      try score(oneDigit, answers: ["差异情况之和": .number(d("0.0625"))]).state == .scored(d("0.3")))
    // A negative radicand (figures recorded the wrong way round) leaves the item pending.
    guard case .pending(let reasons) = try score(text, answers: ["差异情况之和": .number(-1)]).state
    else {
      Issue.record("the root of a negative number must leave the item pending")
      return
    }
    #expect(reasons.map(\.zh) == ["负数不能开平方：平方根(差异情况之和, 2)"])
  }

  @Test func squareRootMustSayItsPlaces() {
    // A root to whole numbers would silently lose the 0.52 of a 差异系数: 位数 is required.
    let text = form("  录入 差异情况之和 数值\n  规则 公式赋分(平方根(差异情况之和))")
    #expect(
      diagnostics(text) == ["9:11: 错误[E305]: “平方根”的参数个数不对（写了 1 个）。"])
    let places = form("  录入 差异情况之和 数值\n  规则 公式赋分(平方根(差异情况之和, 0.5))")
    #expect(
      diagnostics(places) == ["9:23: 错误[E304]: “平方根”的位数应当是 0 到 10 的整数，这里写的是“0.5”。"])
    let loaded = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: places)).1
    #expect(loaded.map(\.fix?.zh) == ["保留两位小数写“平方根(x, 2)”，到整数（到整人）写“平方根(x, 0)”。"])
  }

  @Test func verdictsAreCountedAndDriveAnOutcome() throws {
    // 不达标项超过1项的，不得申报: two lines fail → 一票否决.
    let text =
      Self.twoVerdictLines + """
        条目 3 控辍台账
          小项 3.1 辍学台账
            录入 有辍学台账 是否
            规则 判定(有辍学台账, 是=有, 否=无)
        结果 一票否决(判定.不一致 + 判定.不达标 > 1, 理由="不达标项超过1项，不得申报")
        """
    let form = try checklist(text)
    let answers: [String: AnswerValue] = [
      "系统人数": .number(120), "实际人数": .number(118), "材料比例": .number(75), "有辍学台账": .bool(true),
    ]
    let result = Evaluator.evaluate(
      form, answers: Answers(values: answers.mapValues { Answer($0) }),
      context: EvaluationContext(stages: [.primary]))
    #expect(result.verdicts == ["不一致": 1, "不达标": 1, "有": 1])
    #expect(
      result.allItems.first { $0.id == "1" }?.base?.zh
        == "系统人数 = 实际人数（系统人数 = 120，实际人数 = 118）不成立：不一致")
    #expect(result.outcome == .veto([Localized("不达标项超过1项，不得申报")]))
  }

  /// A 核验表 has no total: its 换算 results count verdicts ("不达标项数"), waiting for every line.
  static let failedLines = twoVerdictLines + "结果 换算(不合格项数, 判定.不一致 + 判定.不达标)\n"

  /// A 核验表 with two lines decided by 判定: 一致/不一致 and 达标/不达标.
  static let twoVerdictLines = """
    清单 判定
    标题：判定
    对象：学校
    类型：核验表
    部分 一 核验
    条目 1 学籍人数一致
      录入 系统人数 计数
      录入 实际人数 计数
      规则 判定(系统人数 = 实际人数, 是=一致, 否=不一致)
    条目 2 证明材料
      录入 材料比例 百分比
      规则 判定(材料比例 >= 80)

    """

  @Test func aVerificationListsResultCountsItsVerdictsOnceEveryLineIsDecided() throws {
    let form = try checklist(Self.failedLines)
    func derived(_ answers: [String: AnswerValue]) -> ScoreState? {
      Evaluator.evaluate(
        form, answers: Answers(values: answers.mapValues { Answer($0) }),
        context: EvaluationContext(stages: [.primary])
      ).derived.first { $0.name == "不合格项数" }?.state
    }
    // 120 ≠ 118 → 不一致; 75% < 80% → 不达标: 1 + 1 = 2 lines failed.
    let both: [String: AnswerValue] = [
      "系统人数": .number(120), "实际人数": .number(118), "材料比例": .number(75),
    ]
    #expect(derived(both) == .scored(2))
    // 120 = 120 → 一致; 75% → 不达标: 0 + 1 = 1.
    #expect(derived(both.merging(["实际人数": .number(120)]) { $1 }) == .scored(1))
    // 材料比例 not recorded: line 2 is undecided, so the count is not final.
    guard case .pending = derived(["系统人数": .number(120), "实际人数": .number(118)]) else {
      Issue.record("a count with an undecided line must wait")
      return
    }
  }

  @Test func aVerificationListCannotConvertATotalItDoesNotHave() {
    let text = Self.failedLines.replacingOccurrences(
      of: "判定.不一致 + 判定.不达标", with: "总分 × 0.1")
    #expect(
      diagnostics(text) == ["13:14: 错误[E303]: 核验表没有总分：“总分”只能用在评分表的结果里。"])
  }
}
