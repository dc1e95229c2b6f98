import DuchaChecklist
import Foundation
import Testing

/// Where a clerk stumbled (issue 11 point 3): each mistake gets a message that says what to
/// write, and what is right is accepted.
@Suite struct ClerkMessageTests {
  /// A range written the form's way (“1-10分”, “1到10”), without 范围, or run into 范围: each
  /// message gives the line to write, with the clerk's own numbers.
  @Test func aRangeWrittenTheFormsWayGetsTheLineToWrite() {
    let cases: [(String, String, String)] = [
      (
        "酌情 1-10", "8:12: 错误[E204]: 这里应当是属性（范围、步长、选项、名单、默认、提示、越界提示），却是“1”。",
        "范围写成“范围 1..10”：先写“范围”，两个数之间用“..”。"
      ),
      (
        "酌情 1到10", "8:12: 错误[E204]: 这里应当是属性（范围、步长、选项、名单、默认、提示、越界提示），却是“1”。",
        "范围写成“范围 1..10”：先写“范围”，两个数之间用“..”。"
      ),
      (
        "酌情 范围 1-10", "8:16: 错误[E204]: 这里应当是“..”（如 0..100），却是“-”。",
        "范围写成“范围 1..10”：先写“范围”，两个数之间用“..”。"
      ),
      (
        "酌情 范围 1到10", "8:16: 错误[E204]: 这里应当是“..”（如 0..100），却是“到10”。",
        "范围写成“范围 1..10”：先写“范围”，两个数之间用“..”。"
      ),
      (
        "酌情 范围 1", "8:16: 错误[E204]: 这里应当是“..”（如 0..100），却是“行尾”。",
        "范围写成“范围 最小..最大”，如“范围 0..100”：先写“范围”，两个数之间用“..”。"
      ),
      ("酌情 范围1..10", "8:12: 错误[E206]: 录入项没有“范围1”这个属性。", "“范围”和后面的数之间空一格：“范围 1..10”。"),
      ("数值 最大5", "8:12: 错误[E206]: 录入项没有“最大5”这个属性。", "“最大”和后面的数之间空一格：“最大 5”。"),
    ]
    for (written, message, fix) in cases {
      let text = form("  录入 得分 \(written)\n  规则 酌情赋分(得分)")
      let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
      #expect(found.map(shortForm) == [message], "\(written)")
      #expect(found.map { $0.fix?.zh } == [fix], "\(written)")
    }
  }

  /// A 核验 input's entries can be 不全 as well as 缺失: 缺项扣分 on one must say what 不全 costs.
  @Test func aMissingEntryRuleOnAVerificationInputNeedsWhatIncompleteCosts() throws {
    let header = "名单 台账名单：花名册、辍学台账"
    let body = "  录入 台账 核验 名单 台账名单\n  规则 缺项扣分(台账, 每缺=2)"
    let found = ChecklistLoader.load(
      source: SourceText(file: "t.ducha", text: form(header: header, body))
    ).1
    #expect(
      found.map(shortForm) == ["9:11: 错误[E305]: “台账”是核验录入项，每项可以是“不全”：“缺项扣分”要写明不全扣几分（参数“每不全”）。"])
    #expect(found.map { $0.fix?.zh } == ["写“缺项扣分(台账, 每缺=0.5, 每不全=0.25)”；不全不扣分的写“每不全=0”。"])
    // 10 − 2 (辍学台账 缺失) − 1 (花名册 不全) = 7; all 齐全 (nothing stated) = 10.
    let text = form(header: header, "  录入 台账 核验 名单 台账名单\n  规则 缺项扣分(台账, 每缺=2, 每不全=1)")
    let short = try score(
      text, answers: ["台账": .verification(["辍学台账": .missing, "花名册": .incomplete])])
    #expect(short.state == .scored(7))
    #expect(short.deductions.map(\.reason.zh) == ["缺 1 项（辍学台账）× 2 分，不全 1 项（花名册）× 1 分 = 3 分"])
    #expect(try score(text, answers: ["台账": .verification([:])]).state == .scored(10))
  }

  @Test func anOptionComparesWithOrWithoutQuotesInsideFormulasAndRules() throws {
    let text = form(
      """
        录入 执行 单选 选项 [执行好, 一般]
        规则 公式赋分(若(执行 = "执行好", 10, 5))
        规则 条件扣分(执行 = 一般, 扣=2)
      """)
    #expect(try score(text, answers: ["执行": .choice("执行好")]).state == .scored(10))
    // 一般: 若 gives 5, and 条件扣分 takes 2 more → 3.
    #expect(try score(text, answers: ["执行": .choice("一般")]).state == .scored(3))
  }

  /// `条件扣分(宣传 = 一般 且 入学率 < 99, 扣=1)`: the comparison binds before 且, in a rule as
  /// in a formula; it was read as 宣传 = (一般 且 入学率 < 99) and `一般` called undefined.
  @Test func anOptionComparisonJoinedByAndInARuleBindsFirst() throws {
    let text = form(
      """
        录入 宣传 单选 选项 [好, 一般, 差]
        录入 入学率 百分比
        规则 条件扣分(宣传 = 一般 且 入学率 < 99, 扣=4)
        规则 条件扣分(入学率 < 95 或 宣传 = "差", 扣=1)
      """)
    #expect(diagnostics(text) == [])
    // 一般 and 98 < 99 → 10 − 4 = 6; 一般 at 99.5 → nothing taken; 差 at 99.5 → 10 − 1 = 9.
    let mediocre: [String: AnswerValue] = ["宣传": .choice("一般"), "入学率": .number(d("98"))]
    #expect(try score(text, answers: mediocre).state == .scored(6))
    let enrolled: [String: AnswerValue] = ["宣传": .choice("一般"), "入学率": .number(d("99.5"))]
    #expect(try score(text, answers: enrolled).state == .scored(10))
    let poor: [String: AnswerValue] = ["宣传": .choice("差"), "入学率": .number(d("99.5"))]
    #expect(try score(text, answers: poor).state == .scored(9))
  }

  /// “宣传一般或差” copied as `宣传 = 一般 或 差`: 差 on its own is no condition; the message
  /// says whose option it is and how to compare, instead of asking to declare it.
  @Test func anOptionStandingAloneAfterOrSaysToCompareInFull() {
    let text = form(
      "  录入 宣传 单选 选项 [好=10, 一般=6, 差=0]\n  规则 条件扣分(宣传 = 一般 或 差, 扣=1)")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(found.map(shortForm) == ["9:21: 错误[E304]: “差”是单选“宣传”的选项，单独写在这里不是条件。"])
    #expect(found.map { $0.fix?.zh } == ["与选项比较要写全：“宣传 = 差”；几个选项用“或”连起来，如“宣传 = 好 或 宣传 = 差”。"])
  }

  @Test func aComparisonWithAnOptionThatDoesNotExistIsAnError() {
    let text = form("  录入 档次 单选 选项 [好=10, 差=0]\n  规则 公式赋分(若(档次 = 不存在, 10, 0))")
    #expect(
      diagnostics(text) == ["9:18: 错误[E304]: 单选“档次”没有选项“不存在”，这个条件永远不成立（选项：好、差）。"])
  }

  @Test func anInputUsedOnlyInApplicabilityCountsAsUsed() {
    let text = form("  录入 人口 数值\n  适用：人口 >= 30\n  规则 不得分(1 > 2)")
    #expect(diagnostics(text) == [])
  }

  /// 台帐 for 台账 in the rule: one error, which names the input, and not also a warning that
  /// the input is never read.
  @Test func aMisspelledInputIsNotAlsoReportedUnused() {
    let text = form("  录入 台账 单选 选项 [齐全=10, 不全=5, 无=0]\n  规则 档次(台帐)")
    #expect(diagnostics(text) == ["9:9: 错误[E303]: 没有定义的录入项“台帐”。"])
    // Unused and not misspelled anywhere: still warned.
    let unused = form("  录入 台账 单选 选项 [齐全=10, 无=0]\n  录入 宣传 是否\n  规则 档次(台账)")
    #expect(diagnostics(unused) == ["9:3: 警告[W301]: 录入项“宣传”没有被任何规则或指标用到。"])
  }

  @Test func aNameStartingWithADigitIsExplained() {
    let text = form("  录入 3年巩固率 百分比\n  规则 不得分(1 > 2)")
    #expect(
      diagnostics(text) == ["8:6: 错误[E204]: 名称“3年巩固率”以数字开头：名称不能以数字开头（“3”会被读成一个数）。"])
  }

  /// The form says 扣5分, 每少1次: copied into a rule, the unit makes `5分` read as a name.
  @Test func aUnitAfterAFigureIsExplainedNotCalledAName() {
    let points = form("  录入 成立 是否\n  规则 条件扣分(非 成立, 扣=5分, 理由=\"未成立\")")
    #expect(
      diagnostics(points) == ["9:19: 错误[E204]: 数后面不带单位：“5分”的“分”要去掉。"])
    let count = form("  录入 会议 计数\n  规则 不足扣分(会议, 最低=4次, 每少=1, 扣=0.5)")
    #expect(
      diagnostics(count) == ["9:18: 错误[E204]: 数后面不带单位：“4次”的“次”要去掉。"])
    // In a sample the same: the message named rules only (“规则里的数”).
    let expected = form(
      "  录入 会议 计数\n  规则 不足扣分(会议, 最低=4, 每少=1, 扣=0.5)\n样例 甲\n  设 会议 = 3\n  期望 1 = 9.5分")
    #expect(
      diagnostics(expected) == ["12:10: 错误[E204]: 数后面不带单位：“9.5分”的“分”要去掉。"])
    let share = form("  录入 劝返率 百分比\n  规则 差距扣分(劝返率, 标准=100%, 每=1个百分点, 扣=2)")
    #expect(
      diagnostics(share) == ["9:27: 错误[E204]: 数后面不带单位：“1个百分点”的“个百分点”要去掉。"])
    let fixes = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: share)).1.map {
      $0.fix?.zh
    }
    #expect(fixes == ["写成“1”（分值、次数、人数、百分点都只写数）。"])
  }

  /// 规则 若(…): the clerk wrote the formula where the rule goes.
  @Test func aFormulaFunctionWrittenAsARuleSaysToWrapItInFormulaScore() throws {
    let text = form("  录入 入学率 百分比\n  规则 若(入学率 >= 99, 10, 0)")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(found.map(shortForm) == ["9:6: 错误[E305]: “若”是公式里的函数，不是规则：规则要说明怎样得分。"])
    #expect(found.map { $0.fix?.zh } == ["把公式放进公式赋分：规则 公式赋分(若(…))，得分限在 0 到该项分值之间。"])
    // Written as the fix says, it scores: 99.5 ≥ 99 → 10; 98 → 0.
    let fixed = form("  录入 入学率 百分比\n  规则 公式赋分(若(入学率 >= 99, 10, 0))")
    #expect(try score(fixed, answers: ["入学率": .number(d("99.5"))]).state == .scored(10))
    #expect(try score(fixed, answers: ["入学率": .number(d("98"))]).state == .scored(0))
  }

  /// 设 台账 = 花名册、劝返记录: the entries of a 多选 typed as the form lists them.
  @Test func aSampleListWithoutBracketsSaysToBracketIt() {
    let text = form(
      header: "名单 台账名单：花名册、劝返记录、送教记录",
      "  录入 台账 多选 名单 台账名单\n  规则 公式赋分(选中数(台账) × 5)\n样例 两项\n  设 台账 = 花名册、劝返记录\n  期望 1 = 10")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(found.map(shortForm) == ["11:13: 错误[E204]: 这里应当是运算符或行尾，却是“,”。"])
    #expect(found.map { $0.fix?.zh } == ["几项一起写在方括号里，例如 设 已建台账 = [花名册, 劝返记录]。"])
    // As the fix says, the sample holds: two entries ticked × 5 = 10.
    let fixed = text.replacingOccurrences(of: "花名册、劝返记录\n", with: "[花名册, 劝返记录]\n")
    #expect(diagnostics(fixed) == [])
  }

  /// [规范="规范", …]: the option's word repeated as its score, in quotes. One error, at the
  /// declaration: the rule that reads the input is not also told 台账 is undefined.
  @Test func aQuotedWordAsAnOptionScoreIsShownOnceQuoted() {
    let text = form("  录入 台账 单选 选项 [规范=\"规范\", 不规范=5, 无=0]\n  规则 档次(台账)")
    #expect(diagnostics(text) == ["8:19: 错误[E206]: 选项的分值应当是数字或分数段（如 8..10），这里是“规范”。"])
  }

  @Test func anInputNamedAfterAStageIsRefused() {
    // 录入 小学 … would validate and never be read: 小学 in a formula is the stage condition.
    let text = form("  录入 小学 计数\n  规则 公式赋分(最小(10, 小学))")
    #expect(
      diagnostics(text) == [
        "8:3: 错误[E302]: 录入项不能叫“小学”：公式里的“小学”“初中”“高中”是学段条件（被检查单位有这个学段），不会读这个录入项。",
        "9:18: 错误[E304]: “最小”的参数应当是数，这里“小学”是是/否条件。",
      ])
  }

  @Test func bandsWithoutPercentSignsAreExplainedNotReadAsShares() {
    let text = form("  录入 报考率 百分比\n  规则 排名分档(报考率, 档=[1=10, 2=8])")
    #expect(
      diagnostics(text) == [
        "9:19: 错误[E304]: 分档“1=10”的比例没有写“%”：排名分档的每一档是“名次在前百分之几的单位得几分”，不是第几名。"
      ])
  }

  @Test func aScoringRuleInAVerificationListIsAnErrorNotIgnored() {
    let text = """
      清单 核验
      标题：核验
      对象：学校
      类型：核验表
      部分 一 核验
      条目 1 台账
        录入 份数 计数
        规则 每例扣分(份数, 每例=1)
      """
    #expect(
      diagnostics(text) == ["8:6: 错误[E205]: 核验表（类型：核验表）的条目不计分，“每例扣分”在这里不起作用。"])
  }

  @Test func awaitingTheBatchIsAValidExpectation() throws {
    let text = form("  录入 报考率 百分比\n  规则 名次分(报考率, 分=[10, 8])\n样例 待全体\n  设 报考率 = 96\n  期望 1 = 待全体")
    let reports = SampleRunner.run(try checklist(text))
    #expect(reports.map(\.failures.count) == [0])
  }

  @Test func aConditionalDeductionMayTakeARecordedAmount() throws {
    // 超过12个班酌情扣2-4分: 14 个班, 酌情 3 → 10 − 3 = 7; 10 个班: no deduction, nothing to ask.
    let text = form(
      """
        录入 班级数 计数
        录入 超班扣分 酌情 范围 2..4
        规则 条件扣分(班级数 > 12, 扣=超班扣分, 理由="超过12个班")
      """)
    let over = try score(text, answers: ["班级数": .number(14), "超班扣分": .number(3)])
    #expect(over.state == .scored(7))
    #expect(over.deductions.map(\.reason.zh) == ["超过12个班，扣 3 分"])
    #expect(try score(text, answers: ["班级数": .number(10)]).state == .scored(10))
  }

  @Test func aMistypedNameEquallyCloseToTwoGetsTheSameHintEveryTime() throws {
    // 甲丁 is one character from both 甲乙 and 甲丙; the hint names the first in text order
    // (丙 U+4E19 before 乙 U+4E59), whatever order the inputs are declared or hashed in.
    for inputs in [["甲乙", "甲丙"], ["甲丙", "甲乙"]] {
      let text = form(
        inputs.map { "  录入 \($0) 计数\n" }.joined() + "  规则 公式赋分(甲丁 + 甲乙 + 甲丙)")
      let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
      let undefined = try #require(found.first { $0.message.zh == "没有定义的名称“甲丁”。" })
      #expect(undefined.fix?.zh == "是不是“甲丙”？")
    }
  }

  /// 指标 入学率 beside 录入 入学率: formulas read the input, so the indicator's formula was
  /// dropped without a word; a 录入 named like a 年度目标 was asked at every visit instead of
  /// taking the year's value. Both are E302 at the input, naming the other's line.
  @Test func anInputNamedLikeAnIndicatorOrAYearTargetIsAnError() throws {
    let indicator = form(
      header: "指标 入学率 = 注册人数 ÷ 适龄人数 × 100",
      "  录入 注册人数 计数\n  录入 适龄人数 计数\n  录入 入学率 百分比\n  规则 差距扣分(入学率, 目标=100, 每=1, 扣=2)")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: indicator)).1
    #expect(
      found.map(shortForm) == [
        "10:3: 错误[E302]: 录入项“入学率”与第 5 行的指标同名：公式里的“入学率”读的是录入的数，那个指标的公式不会被用到。"
      ])
    #expect(found.map { $0.fix?.zh } == ["要按指标的公式算，删去这一行录入；两者都要，给其中一个改名，如“入学率录入”。"])

    let target = form(
      header: "考核年度：2025\n年度目标 入学率目标：2025=99.8",
      "  录入 入学率 百分比\n  录入 入学率目标 百分比\n  规则 差距扣分(入学率, 目标=入学率目标, 每=1, 扣=2)")
    #expect(
      diagnostics(target) == [
        "10:3: 错误[E302]: 录入项“入学率目标”与第 6 行的年度目标同名：公式里的“入学率目标”读的是检查时录入的数，年度目标各年的值不会被用到。"
      ])

    // Without the clash the target is the year's value: 99.3 is 0.5 below 99.8 → 10 − 1 = 9.
    let fixed = form(
      header: "考核年度：2025\n年度目标 入学率目标：2025=99.8",
      "  录入 入学率 百分比\n  规则 差距扣分(入学率, 目标=入学率目标, 每=1, 扣=2)")
    #expect(try score(fixed, answers: ["入学率": .number(d("99.3"))], year: 2025).state == .scored(9))
  }

  /// A rule Word wrapped in the middle: the open bracket's E104 said to close it “在这一行里”
  /// and the second half got an E201 listing every keyword; now one message says to join them.
  @Test func aRuleWrappedOverTwoLinesIsOneMessageSayingToJoinThem() throws {
    let text = form(
      "  录入 有联动机制 是否\n  规则 条件扣分(非 有联动机制, 扣=1,\n理由=\"未建立联动机制\")")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(
      found.map(shortForm) == [
        "9:10: 错误[E104]: 括号“(”没有闭合，下一行“理由=\"未建立联动机制\")”又不以关键词开头：这条语句像是被折成了两行（从 Word 复制时常见）。"
      ])
    #expect(found.map { $0.fix?.zh } == ["把第 10 行接到这一行末尾：一条语句写在一行里。"])
    // Joined, the same rule is read: not linked → 10 − 1 = 9.
    let joined = form("  录入 有联动机制 是否\n  规则 条件扣分(非 有联动机制, 扣=1, 理由=\"未建立联动机制\")")
    #expect(try score(joined, answers: ["有联动机制": .bool(false)]).state == .scored(9))
    // A line that is no statement's second half is still E201, and an unclosed bracket on
    // its own still says to close it.
    let unrelated = form("  录入 有联动机制 是否\n  规则 条件扣分(非 有联动机制, 扣=1\n\n理由")
    #expect(
      diagnostics(unrelated) == [
        "9:10: 错误[E104]: 括号“(”没有闭合。", "11:1: 错误[E201]: 不认识的关键词“理由”。",
      ])
  }

  /// The form's words copied into a condition (“若入学率达到99%”, “低于99”): each gets the symbol
  /// to write instead of “这里应当是“,”或右括号“)”” and 对照 docs, or “没有定义的名称”.
  @Test func aConditionWrittenInWordsIsToldWhichSymbolToWrite() throws {
    func found(_ rule: String) -> [String] {
      let text = form("  录入 入学率 百分比\n  规则 \(rule)")
      return ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1.map {
        shortForm($0) + " " + ($0.fix?.zh ?? "")
      }
    }
    let legend = "达到、不低于写“>=”；超过、高于写“>”；不足、低于写“<”；不超过写“<=”；等于写“=”"
    #expect(
      found("条件扣分(入学率 低于 99, 扣=1)") == [
        "9:15: 错误[E204]: 条件要用比较符号写：“低于”写成“<”。 写成“入学率 < 99”（\(legend)）。"
      ])
    #expect(
      found("条件扣分(入学率达到 99, 扣=1)") == [
        "9:11: 错误[E204]: 条件要用比较符号写：“达到”写成“>=”。 写成“入学率 >= 99”（\(legend)）。"
      ])
    #expect(
      found("条件扣分(入学率不足99%, 扣=1)") == [
        "9:11: 错误[E303]: 没有定义的名称“入学率不足99”：条件要用比较符号写，不能照抄原文的文字。 写成“入学率 < 99”，名称和符号之间空一格（\(legend)）。"
      ])
    #expect(
      found("条件扣分(若 入学率 < 99, 扣=1)") == [
        "9:11: 错误[E204]: “若”是公式里的函数，后面要紧跟括号：若(条件, 是时, 否时)。 规则里的条件直接写，不用“若”：如“条件扣分(入学率 < 99, 扣=1)”；比较用符号（\(legend)）。"
      ])
    #expect(
      found("条件扣分(若(入学率 < 99), 扣=1)") == [
        "9:11: 错误[E305]: “若”的参数个数不对（写了 1 个）。 写成“若(条件, 是时, 否时)”。"
      ])
    // Written with the symbol, the rule scores: 98.5 < 99 → 10 − 1 = 9.
    let fixed = form("  录入 入学率 百分比\n  规则 条件扣分(入学率 < 99, 扣=1)")
    #expect(try score(fixed, answers: ["入学率": .number(d("98.5"))]).state == .scored(9))
    // A name that merely contains such a word is still just undefined, with its hint.
    #expect(
      found("条件扣分(入学率 < 99 且 师资不足, 扣=1)") == [
        "9:22: 错误[E303]: 没有定义的名称“师资不足”。 先用“录入”“指标”“名单”或“年度目标”定义它，或检查拼写。"
      ])
  }

  /// `0. 5`, `1 0`: a space inside a figure is named, with both readings; `2024年` in a
  /// 年度目标 was told to move the digits behind the name (“年2024”).
  @Test func aSpaceInAFigureAndAYearWithItsCharacterAreExplained() {
    func found(_ text: String) -> [String] {
      ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1.map {
        shortForm($0) + " " + ($0.fix?.zh ?? "")
      }
    }
    #expect(
      found(form("  录入 例数 计数\n  规则 每例扣分(例数, 每例=0. 5)")) == [
        "9:18: 错误[E204]: 数“0. 5”中间有空格。 数里不能有空格：是一个数就写成“0.5”，是两个数就用“,”隔开。"
      ])
    #expect(
      found(form("  录入 次数 计数\n  规则 不足扣分(次数, 最低=1 0, 每少=1, 扣=0.5)")) == [
        "9:18: 错误[E204]: 数“1 0”中间有空格。 数里不能有空格：是一个数就写成“10”，是两个数就用“,”隔开。"
      ])
    let year = form(
      header: "考核年度：2024-2025\n年度目标 入学率目标：2024年=99.5%，2025年=99.8%",
      "  录入 入学率 百分比\n  规则 差距扣分(入学率, 目标=入学率目标, 每=1, 扣=2)")
    #expect(
      found(year) == [
        "6:12: 错误[E204]: 年份后面不写“年”：“2024年”要写成“2024”。 如“年度目标 入学率目标：2024=99.5，…”。"
      ])
  }

  /// `条目1.2`, `录入宣传`, `说明这是…`: a keyword typed without the space or colon after it was
  /// “不认识的关键词” with only the list of keywords; the lines under an unread `条目` were
  /// taken as the item's before it.
  @Test func aKeywordGluedToWhatFollowsSaysWhereTheSpaceGoes() {
    let text = form(
      """
        录入 例数 计数
        规则 每例扣分(例数, 每例=0.5)
      条目1.2 宣传 5分
        录入 宣传 单选 选项 [好=5, 差=0]
        规则 档次(宣传)
        录入宣传 单选 选项 [好=5, 差=0]
        说明这是原文没有的理解
      """)
    #expect(
      diagnostics(text) == [
        "10:1: 错误[E201]: 不认识的关键词“条目1.2”。关键词“条目”后面要空一格：写成“条目 1.2 宣传 5分”。",
        "13:3: 错误[E201]: 不认识的关键词“录入宣传”。关键词“录入”后面要空一格：写成“录入 宣传 单选 选项 [好=5, 差=0]”。",
        "14:3: 错误[E201]: 不认识的关键词“说明这是原文没有的理解”。关键词“说明”后面要加冒号：写成“说明：这是原文没有的理解”。",
      ])
  }

  /// `执行好=10-8` (a band written high first): the option line's E206, and not also “没有定义的
  /// 名称“一般”” where a rule compares the input with one of its options.
  @Test func anOptionLineWithAnErrorDoesNotMakeItsOptionsUndefined() {
    let text = form(
      """
        录入 执行情况 单选 选项 [执行好=10-8, 一般=4..7]
        录入 执行得分 酌情 范围 1..10
        规则 档内评分(执行情况, 执行得分)
        规则 条件扣分(执行情况 = 一般, 扣=1)
      """)
    #expect(
      diagnostics(text) == ["8:22: 错误[E206]: 选项的分值应当是数字或分数段（如 8..10），这里是“10 - 8”。"])
  }

  /// “出现一例扣1分，扣完为止” copied whole, and “适用于初中学校” as `适用：初中学校`: each was
  /// told something that did not help (“这个参数需要写明名称，如‘扣=0.5’”; “先用录入…定义它”).
  @Test func untilNothingLeftAndAStageInWordsSayWhatToWrite() {
    let text = form(
      points: "20",
      """
        录入 不一致人数 计数
        规则 每例扣分(不一致人数, 每例=1, 扣完为止)
      条目 2 会议 10分
        录入 会议次数 计数
        规则 不足扣分(会议次数, 最低=4, 每少=1, 扣=1, 扣完为止)
        适用：初中学校
      """
    ).replacingOccurrences(of: "条目 1 测试 20分", with: "条目 1 测试 10分")
    #expect(
      diagnostics(text) == [
        "9:24: 错误[E305]: “扣完为止”不用写进“每例扣分”：所有条目都扣完为止，得分不低于 0。",
        "12:34: 错误[E305]: “扣完为止”不用写进“不足扣分”：所有条目都扣完为止，得分不低于 0。",
        "13:6: 错误[E303]: 没有定义的名称“初中学校”：学段只写“初中”。",
      ])
    let fixes = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1.map {
      $0.fix?.zh
    }
    #expect(
      fixes == [
        "删去“, 扣完为止”；原文限定了最多扣几分的（“最多扣5分”），写“最多=5”。", "删去“, 扣完为止”。",
        "写成“初中”：在条件和“适用：”里，“小学”“初中”“高中”就是“被检查单位有这个学段”（如“适用：初中”）。",
      ])
  }

  /// A question written without quotes (`提示 入学率是多少？`) was “不认识的字符‘？’”; the
  /// form's range copied as a threshold (`段=[100=10, 99%—99.9%=8]`) was “应当是‘,’或‘]’，
  /// 却是‘..’” with “对照文档改正”. Each now says what to write.
  @Test func anUnquotedQuestionAndARangeAsAThresholdSayWhatToWrite() {
    let text = form(
      """
        录入 入学率 百分比 提示 入学率是多少？
        录入 巩固率 百分比 越界提示 不能超过100 提示 "巩固率是多少？"
        规则 分段赋分(入学率, 段=[100%=10, 99%—99.9%=8])
      """)
    #expect(
      diagnostics(text) == [
        "8:17: 错误[E204]: “提示”后面的文字要放在引号里，这里没有引号。",
        "9:19: 错误[E204]: “越界提示”后面的文字要放在引号里，这里没有引号。",
        "10:31: 错误[E204]: 这里应当是“,”或右方括号“]”，却是“..”。",
      ])
    let fixes = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1.map {
      $0.fix?.zh
    }
    #expect(
      fixes == [
        "写成 提示 \"入学率是多少？\"（中文引号“”也可以）。",
        "写成 越界提示 \"不能超过100\"（中文引号“”也可以）。",
        "“=”前面只写一个数（门槛），不写区间：由高到低的写下限（“99%—99.9%”写成“99”，达到 99 就得这一档，上一档的门槛就是它的上限），由低到高的写上限。",
      ])
    // Quoted, with 提示 inside the quotes of another attribute, nothing is said.
    #expect(
      diagnostics(form("  录入 入学率 百分比 提示 “提示 入学率”\n  规则 按比例(入学率, 标准=100)")).isEmpty)
  }

  /// `判定(材料比例 >= 80%, 达标, 不达标)`: the words without 是=/否= were told “需要写明名称，
  /// 如‘扣=0.5’”, a parameter 判定 does not have. The message now names the rule's own.
  @Test func anUnnamedArgumentIsToldTheRulesOwnParameterNames() {
    let text = form(
      header: "类型：核验表",
      """
        录入 材料比例 百分比
        规则 判定(材料比例 >= 80, 达标, 不达标)
      """
    ).replacingOccurrences(of: "总分：10\n", with: "").replacingOccurrences(of: " 10分", with: "")
    #expect(
      diagnostics(text) == [
        "8:21: 错误[E305]: “判定”的这个参数要写明参数名，如“是=…”（可用：是、否、级、其余）。",
        "8:25: 错误[E305]: “判定”的这个参数要写明参数名，如“是=…”（可用：是、否、级、其余）。",
      ])
  }

  /// A 核验表 line with points (`条目 2 档案 5分`) was accepted and its points dropped without a
  /// word; a reason without quotes was told only “改成引号里的文字”.
  @Test func pointsInAVerificationListAndAnUnquotedReasonAreSaid() {
    let text = """
      清单 核验
      标题：学籍核验表
      对象：学校
      类型：核验表
      部分 一 学籍核验
      条目 1 在校生数
        录入 系统人数 计数
        录入 实际人数 计数
        规则 判定(系统人数 = 实际人数, 是=一致, 否=不一致)
      条目 2 档案 5分
        录入 有档案 是否
        规则 判定(有档案)
      结果 一票否决(判定.不一致 + 判定.不达标 >= 2, 理由=不达标项两项以上)
      """
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(
      found.map(shortForm) == [
        "10:1: 警告[W302]: 核验表不计分：条目 2 的“5分”不起作用。",
        "13:34: 错误[E304]: “一票否决”的参数“理由”应当是引号里的文字，这里“不达标项两项以上”没有引号。",
      ])
    #expect(
      found.map { $0.fix?.zh } == [
        "删去“5分”；要计分，把表头的“类型：核验表”改成“类型：评分表”并写上“总分：”。",
        "写成 理由=\"不达标项两项以上\"（中文引号“”也可以）。",
      ])
  }

  /// Years as the notice writes them (`2026年`, `2018年-2020年`) were refused in the header and in
  /// a sample (“不是一个年份”); a 是否 input set to 没有 was told “改成录入项允许的值”.
  @Test func yearsWithTheirCharacterAndAYesNoSampleValue() throws {
    let text = form(
      header: "年度：2021年\n考核年度：2018年-2020年\n年度目标 巩固率目标：2018=95，2019=96，2020=97",
      """
        录入 巩固率 百分比
        录入 弄虚作假 是否
        规则 差距扣分(巩固率, 目标=巩固率目标, 每=1, 扣=2)
        规则 不得分(弄虚作假)
      样例 一
        年度：2019年
        设 巩固率 = 95
        设 弄虚作假 = 没有
        期望 1 = 8
      """)
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(found.map(shortForm) == ["17:12: 错误[E402]: “没有”不是录入项“弄虚作假”（是否）能取的值。"])
    #expect(found.first?.fix?.zh == "可取的值：是、否。")
    let fixed = try checklist(text.replacingOccurrences(of: "= 没有", with: "= 否"))
    #expect(fixed.year == 2021)
    #expect(fixed.assessmentYears == 2018...2020)
    #expect(fixed.samples.first?.year == 2019)
  }

  /// A list or a yearly target used before it is declared was told “先用录入、指标、名单或年度目标
  /// 定义它”; each now gets the statement that declares it.
  @Test func anUndefinedListOrTargetGetsItsDeclaration() {
    let text = form(
      points: "20",
      """
        录入 已建制度 多选 名单 制度名单
        规则 缺项扣分(已建制度, 每缺=2)
      条目 2 巩固率 10分
        录入 巩固率 百分比
        规则 差距扣分(巩固率, 目标=巩固率目标, 每=1, 扣=2)
      """
    ).replacingOccurrences(of: "条目 1 测试 20分", with: "条目 1 测试 10分")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(
      found.map(shortForm) == [
        "8:17: 错误[E303]: 没有定义的名单“制度名单”。", "12:19: 错误[E303]: 没有定义的名称“巩固率目标”。",
      ])
    #expect(
      found.map { $0.fix?.zh } == [
        "在第一个“部分”之前写“名单 制度名单：甲、乙、丙”（列出各项），或检查拼写。",
        "随年度变化的目标在第一个“部分”之前写“年度目标 巩固率目标：2024=97”（表头写上“考核年度”）；固定的目标直接写数，如“目标=97”。",
      ])
  }

  /// The form's own words: “执行好的给8-10分” copied as `执行好=8-10`, and “按从低到高分别得…”
  /// as `顺序=从低到高`. Both were refused (E206 “8 - 10”, E304 “应当是由高到低或由低到高”);
  /// they mean the band 8..10 and the order 由低到高.
  @Test func theFormsOwnWordsForABandAndAnOrderAreRead() throws {
    let text = form(
      """
        录入 执行情况 单选 选项 [执行好=8-10, 一般=4-7, 较差=1-3]
        录入 执行得分 酌情 范围 1..10
        规则 档内评分(执行情况, 执行得分)
      """)
    #expect(diagnostics(text).isEmpty)
    let options = try checklist(text).input(named: "执行情况")?.type
    guard case .choice(let list) = options else {
      Issue.record("执行情况 is not a choice: \(String(describing: options))")
      return
    }
    #expect(list.map(\.band) == [8...10, 4...7, 1...3])
    let ranked = form("  录入 辍学率 百分比\n  规则 名次分(辍学率, 顺序=从低到高, 分=[10, 8, 6])")
    #expect(diagnostics(ranked).isEmpty)
    // 0.5 is second lowest of 0.2, 0.5, 0.9: 8 points.
    #expect(
      try score(ranked, answers: ["辍学率": .number(d("0.5"))], cohort: ["辍学率": [d("0.2"), d("0.9")]])
        .state == .scored(8))
  }

  /// `期望 2.2 = …` for an item the form lacks, `期望 巩固率 = 98` for an input: “没有定义的期望的
  /// 对象（编号、总分、结论）”, and for the input “先用“录入”…定义它”, which it is.
  @Test func anExpectationOfSomethingThatIsNoScoreSaysWhatToWrite() throws {
    func found(_ expectation: String) -> [String] {
      let text = form(
        "  录入 巩固率 百分比\n  规则 差距扣分(巩固率, 目标=100, 每=1, 扣=2)\n样例 甲\n  设 巩固率 = 98\n  \(expectation)")
      return ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1.map {
        shortForm($0) + " " + ($0.fix?.zh ?? "")
      }
    }
    #expect(
      found("期望 2 = 6") == [
        "12:3: 错误[E401]: 期望里的“2”不是本表的编号，也不是总分、结论或换算结果。 是不是“1”？"
      ])
    #expect(
      found("期望 第二项 = 6") == [
        "12:3: 错误[E401]: 期望里的“第二项”不是本表的编号，也不是总分、结论或换算结果。 写条目、小项或部分的编号，如“期望 1.1 = 8”，或“期望 总分 = …”。"
      ])
    #expect(
      found("期望 巩固率 = 98") == [
        "12:3: 错误[E401]: “巩固率”是录入项，期望不写它：期望写条目、小项或部分的得分，或总分、结论、换算结果。 录入的值用“设 巩固率 = …”给出；要核对由它算出的得分，写“期望 <编号> = 分”。"
      ])
    // The item's id is right, and the sample holds: 98 is 2 below 100 → 10 − 4 = 6.
    #expect(found("期望 1 = 6") == [])
    let right = form(
      "  录入 巩固率 百分比\n  规则 差距扣分(巩固率, 目标=100, 每=1, 扣=2)\n样例 甲\n  设 巩固率 = 98\n  期望 1 = 6")
    #expect(SampleRunner.run(try checklist(right)).map(\.failures.count) == [0])
  }
  /// A clerk's first draft copies the form's heading onto the 清单 line and gives the sample's
  /// answers without 设: each line says how it should read. The 清单 line used to draw E209 and
  /// also E105 "没有清单语句", which contradicted it.
  @Test func aTitledChecklistLineAndASampleValueWithoutSetSayHowToWriteThem() {
    let text = """
      清单 xx-kongchuo 某县控辍保学考核表
      对象：乡镇(街道)
      总分：10
      部分 一 控辍保学 10分
      条目 1 领导小组 10分
        录入 有领导小组 是否
        规则 若(有领导小组, 10, 0)
      样例 好
        有领导小组 = 是
        期望 总分 = 10
      """
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(
      found.map(shortForm) == [
        "1:1: 错误[E209]: “清单”后面只写一个不含空格的编号，标题另起一行。",
        "9:3: 错误[E201]: 样例里给录入项的值，前面要写关键词“设”。",
      ])
    #expect(
      found.map { $0.fix?.zh } == [
        "写成两行：“清单 xx-kongchuo”和“标题：某县控辍保学考核表”。", "写成“设 有领导小组 = 是”。",
      ])
  }
  /// `录入 辍学人数 整数`: the word a clerk writes for a head count is named with the type meant;
  /// a word with no likely type still lists them all.
  @Test func anEverydayTypeWordSaysWhichTypeToWrite() {
    let text = form("  录入 辍学人数 整数\n  录入 说明 文字\n  录入 档次 等级\n  规则 不得分(辍学人数 > 0)")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(
      found.map(shortForm) == [
        "8:11: 错误[E206]: 不认识的录入类型“整数”；人数、个数这样的整数的录入项类型写“计数”。",
        "9:9: 错误[E206]: 不认识的录入类型“文字”；写一段文字的录入项类型写“文本”。",
        "10:9: 错误[E206]: 不认识的录入类型“等级”。",
      ])
    #expect(
      found.first?.fix?.zh == "把“整数”改成“计数”。可用类型：计数、数值、百分比、是否、单选、多选、日期、文本、酌情、核验。")
  }
  /// “辍学率超过0.6%的不得分” written `辍学人数 ÷ 在校生 > 0.6%`: `%` is only a mark (0.6), the
  /// quotient is 0.008, and the item scored 10 for 4 drop-outs in 500 (0.8%). Now an error
  /// that says how to write it; the right ways (× 100%, an indicator, a 百分比 input, a ratio
  /// of percentages) are accepted.
  @Test func aRatioComparedWithPercentagePointsIsAnError() throws {
    let wrong = form(
      "  录入 辍学人数 计数\n  录入 在校生 计数\n  规则 公式赋分(若(辍学人数 ÷ 在校生 > 0.6%, 0, 10))")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: wrong)).1
    #expect(
      found.map(shortForm) == [
        "10:13: 错误[E304]: “辍学人数 ÷ 在校生”是两个数相除得的比值（如 4 ÷ 500 = 0.008），“0.6%”却是百分点数（0.6% 就是 0.6）：这样比较差了 100 倍。"
      ])
    #expect(
      found.first?.fix?.zh
        == "比值乘以 100% 再比：写成“辍学人数 ÷ 在校生 × 100% > 0.6%”，或定义“指标 比率名 = 辍学人数 ÷ 在校生 × 100%”后用它比较。")
    // Through an indicator written without × 100%, and against a 百分比 input.
    let indicator = form(
      header: "指标 辍学率 = 辍学人数 ÷ 在校生",
      "  录入 辍学人数 计数\n  录入 在校生 计数\n  录入 控制目标 百分比\n  规则 不得分(辍学率 > 控制目标)")
    #expect(diagnostics(indicator).count == 1)
    #expect(diagnostics(indicator).first?.contains("“辍学率”是两个数相除得的比值") == true)
    // “达到标准的80%”: a percentage over a percentage is a ratio as well (0.9 against 80).
    let share = form("  录入 实际比率 百分比\n  录入 标准比率 百分比\n  规则 不得分(实际比率 ÷ 标准比率 < 80%)")
    #expect(diagnostics(share).first?.contains("“实际比率 ÷ 标准比率”是两个数相除得的比值") == true)
    let shareRight = form(
      "  录入 实际比率 百分比\n  录入 标准比率 百分比\n  规则 不得分(实际比率 ÷ 标准比率 × 100% < 80%)")
    #expect(diagnostics(shareRight) == [])

    let right = form(
      "  录入 辍学人数 计数\n  录入 在校生 计数\n  规则 公式赋分(若(辍学人数 ÷ 在校生 × 100% > 0.6%, 0, 10))")
    #expect(diagnostics(right) == [])
    // 4 ÷ 500 × 100 = 0.8 > 0.6 → 0; 2 ÷ 500 × 100 = 0.4 → 10.
    let four: [String: AnswerValue] = ["辍学人数": .number(4), "在校生": .number(500)]
    #expect(try score(right, answers: four).state == .scored(0))
    let two: [String: AnswerValue] = ["辍学人数": .number(2), "在校生": .number(500)]
    #expect(try score(right, answers: two).state == .scored(10))
    let accepted = [
      form(
        header: "指标 辍学率 = 辍学人数 ÷ 在校生 × 100",
        "  录入 辍学人数 计数\n  录入 在校生 计数\n  规则 不得分(辍学率 > 0.6%)"),
      form("  录入 实际 百分比\n  规则 公式赋分(最小(10 × 实际 ÷ 95%, 10))"),
      form("  录入 人数 计数\n  录入 班数 计数\n  规则 不得分(人数 ÷ 班数 > 45)"),
    ]
    for text in accepted { #expect(diagnostics(text) == [], "\(text)") }
  }
  /// The rules that compare their value with a target or a limit take the same check:
  /// `超出扣分(辍学人数 ÷ 在校生, 上限=0.6%, …)` deducted nothing for 4 drop-outs in 500.
  @Test func aRatioInARuleAgainstAPercentTargetIsAnError() throws {
    let wrong = form(
      "  录入 辍学人数 计数\n  录入 在校生 计数\n  规则 超出扣分(辍学人数 ÷ 在校生, 上限=0.6%, 每=0.1, 扣=1)")
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: wrong)).1
    #expect(
      found.map(shortForm) == [
        "10:11: 错误[E304]: “辍学人数 ÷ 在校生”是两个数相除得的比值（如 4 ÷ 500 = 0.008），“0.6%”却是百分点数（0.6% 就是 0.6）：这样比较差了 100 倍。"
      ])
    #expect(found.first?.fix?.zh == "超出扣分的“值”写成“辍学人数 ÷ 在校生 × 100%”，与百分点数同一单位。")
    // Written so: 4 ÷ 500 × 100 = 0.8, 0.2 over 0.6 → 2 steps of 0.1 → 10 − 2 = 8.
    let right = form(
      "  录入 辍学人数 计数\n  录入 在校生 计数\n  规则 超出扣分(辍学人数 ÷ 在校生 × 100%, 上限=0.6%, 每=0.1, 扣=1)")
    #expect(diagnostics(right) == [])
    let answers: [String: AnswerValue] = ["辍学人数": .number(4), "在校生": .number(500)]
    #expect(try score(right, answers: answers).state == .scored(8))
  }
}
