import Foundation

/// The validation stage's messages (E2xx–E4xx, W301, W302), each with its code, what is wrong and how
/// to fix it; the validator reports them where it finds the problem. Codes are listed in
/// `docs/checklist-language.md` §9.
enum ValidationErrors {
  static func wrongArgumentCount(
    name: String, argumentsCount: String, allowedLowerBound: String, allowedUpperBound: String,
    form: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“\(name)”的参数个数不对（写了 \(argumentsCount) 个）。",
        en:
          "'\(name)' takes \(allowedLowerBound)–\(allowedUpperBound) arguments, not \(argumentsCount)."
      ),
      fix: Localized("写成“\(form)”。", en: "write '\(form)'."))
  }

  static func badRoundingPlaces(name: String, places: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "“\(name)”的位数应当是 0 到 10 的整数，这里写的是“\(places)”。",
        en: "the places of '\(name)' must be a whole number 0–10, not '\(places)'."),
      // 平方根 has no default places (FunctionChecking), so its whole-number form names 0.
      fix: Localized(
        "保留两位小数写“\(name)(x, 2)”，到整数（到整人）写“\(name)(x\(wholePlaces(name)))”。",
        en: "two decimals: \(name)(x, 2); whole numbers: \(name)(x\(wholePlaces(name)))."))
  }

  private static func wholePlaces(_ name: String) -> String {
    name == FormulaFunctions.root ? ", 0" : ""
  }

  static func tickedCountNeedsMultiple(argument: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "“选中数”数的是一个多选录入项里勾了几项，“\(argument)”不是多选。",
        en: "选中数 counts the ticked entries of a 多选 input; '\(argument)' is not one."),
      fix: Localized("写成“选中数(已有计划)”，其中“已有计划”是“多选 名单 …”录入项。", en: "write 选中数(<a 多选 input>)."))
  }

  static func nestedBatchValue(name: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "“\(name)”里面不能再用全体数值（全体平均、全体合计……）。",
        en: "'\(name)' cannot contain another value across the batch."),
      fix: Localized(
        "对每个单位自己的数求“\(name)”，如“\(name)(普及率)”。",
        en: "apply \(name) to each unit's own figure, e.g. \(name)(普及率)."))
  }

  static func functionNotInFormula(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized("公式里不能用“\(name)(…)”。", en: "'\(name)(…)' cannot be used in a formula."),
      fix: Localized(
        "公式里可用的函数：\(FormulaFunctions.catalogue)；评分规则写在“规则”行。",
        en: "formulas may call \(FormulaFunctions.catalogue); rules go on 规则 lines."))
  }

  static func noSuchOption(
    input: String, label: String, labels: String, labelsEn: String, labelsFirst: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "单选“\(input)”没有选项“\(label)”，这个条件永远不成立（选项：\(labels)）。",
        en: "the choice '\(input)' has no option '\(label)' (options: \(labelsEn))."),
      fix: Localized(
        "写成它的一个选项，加不加引号都可以，如“\(input) = \(labelsFirst)”或“\(input) = \"\(labelsFirst)\"”。",
        en: "compare with one of its options, with or without quotes."))
  }

  static func missingHeaderField(keyword: String, example: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E208", at: location,
      Localized("表头缺少“\(keyword)：”。", en: "the header lacks '\(keyword)：'."),
      fix: Localized(
        "在第一个“部分”之前加一行“\(keyword)：\(example)”。",
        en: "add '\(keyword)：\(example)' before the first 部分."))
  }

  static func badHeaderValue(
    keyword: String, text: String, expectedZh: String, expectedEn: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E209", at: location,
      Localized(
        "“\(keyword)”的值“\(text)”不对，应当是\(expectedZh)。",
        en: "'\(keyword)' has value '\(text)'; expected \(expectedEn)."),
      fix: Localized("改成\(expectedZh)。", en: "use \(expectedEn)."))
  }

  static func reversedRange(low: String, high: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E206", at: location,
      Localized("范围 \(low)..\(high) 的下限大于上限。", en: "range \(low)..\(high) is empty."),
      fix: Localized("把小的数写在前面，如“范围 0..100”。", en: "write the smaller bound first, e.g. 范围 0..100.")
    )
  }

  static func discretionaryNeedsRange(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E206", at: location,
      Localized("酌情录入项“\(name)”需要范围。", en: "discretionary input '\(name)' needs a range."),
      fix: Localized("写上“范围 1..3”这样的可酌情的分数范围。", en: "add a range such as 范围 1..3."))
  }

  static func inputNeedsList(type: String, name: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E206", at: location,
      Localized("\(type)录入项“\(name)”需要名单。", en: "input '\(name)' of type \(type) needs a list."),
      fix: Localized(
        "写上“名单 <名单名>”，并用“名单 <名>：甲、乙”定义名单。",
        en: "add '名单 <name>' and define the list with '名单 <name>：a、b'."))
  }

  static func unknownInputType(type: String, _ location: SourceLocation) -> Diagnostic {
    let types = "可用类型：计数、数值、百分比、是否、单选、多选、日期、文本、酌情、核验。"
    let typesEn = "types: 计数, 数值, 百分比, 是否, 单选, 多选, 日期, 文本, 酌情, 核验."
    guard let meant = inputTypeMeant[type] else {
      return Diagnostic(
        .error, "E206", at: location,
        Localized("不认识的录入类型“\(type)”。", en: "unknown input type '\(type)'."),
        fix: Localized(types, en: typesEn))
    }
    return Diagnostic(
      .error, "E206", at: location,
      Localized(
        "不认识的录入类型“\(type)”；\(meant.why)的录入项类型写“\(meant.type)”。",
        en: "unknown input type '\(type)'; use \(meant.type)."),
      fix: Localized("把“\(type)”改成“\(meant.type)”。\(types)", en: "write \(meant.type). \(typesEn)"))
  }

  /// The everyday words a clerk writes for a type (`整数` for a head count), with the type meant
  /// and what it holds; a suggestion, not an alias, so every file keeps one spelling.
  static let inputTypeMeant: [String: (type: String, why: String)] = [
    "整数": ("计数", "人数、个数这样的整数"), "人数": ("计数", "人数、个数这样的整数"),
    "个数": ("计数", "人数、个数这样的整数"), "次数": ("计数", "人数、个数这样的整数"),
    "数字": ("数值", "金额、面积这样可带小数的数"), "数": ("数值", "金额、面积这样可带小数的数"),
    "小数": ("数值", "金额、面积这样可带小数的数"), "金额": ("数值", "金额、面积这样可带小数的数"),
    "比例": ("百分比", "比率、百分数"), "比率": ("百分比", "比率、百分数"), "百分数": ("百分比", "比率、百分数"),
    "是/否": ("是否", "是或否"), "有无": ("是否", "是或否"), "判断": ("是否", "是或否"),
    "单项选择": ("单选", "从几项里选一项"), "选择": ("单选", "从几项里选一项"),
    "多项选择": ("多选", "从几项里选几项"), "打分": ("酌情", "由检查人员在分值内给分"),
    "文字": ("文本", "写一段文字"),
  ]

  static func typeTakesNoRange(type: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E206", at: location,
      Localized("“\(type)”类型不能有范围。", en: "type \(type) takes no range."),
      fix: Localized("删去“范围”，或改用计数、数值、百分比、酌情。", en: "remove the range or use a numeric type."))
  }

  static func stepNeedsNumericRange(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E206", at: location,
      Localized(
        "“步长”要写在有范围的数值录入项上，且大于 0。",
        en: "步长 needs a numeric input with a range, and must be above 0."),
      fix: Localized(
        "例如“录入 得分 酌情 范围 0..1 步长 0.1”（满分及依次以0.1分递减计分）。", en: "e.g. 录入 得分 酌情 范围 0..1 步长 0.1."))
  }

  static func choiceNeedsOptions(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E206", at: location,
      Localized("单选录入项“\(name)”需要选项。", en: "choice input '\(name)' needs options."),
      fix: Localized(
        "写上“选项 [甲=5, 乙=2, 丙=0]”或“选项 [甲, 乙]”。", en: "add 选项 [a=5, b=2, c=0] or 选项 [a, b]."))
  }

  static func badOptionScore(value: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E206", at: location,
      Localized(
        "选项的分值应当是数字或分数段（如 8..10），这里是“\(value)”。",
        en: "an option's score must be a number or a band like 8..10, not '\(value)'."),
      fix: Localized(
        "写成“选项名=5”，先定档再评分的写成“选项名=8..10”（小的在前）。",
        en: "write 'label=5', or 'label=8..10' (low..high) for a band."))
  }

  static func badOptionLabel(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E206", at: location,
      Localized("选项名写法不对。", en: "bad option label."),
      fix: Localized(
        "选项名写成文字，含空格或符号时加引号。", en: "write the label as text; quote it if it has spaces or symbols.")
    )
  }

  static func repeatedOption(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E302", at: location,
      Localized("单选录入项“\(name)”有重复的选项。", en: "choice input '\(name)' repeats an option."),
      fix: Localized("删去重复的选项。", en: "remove the duplicate option."))
  }

  static func badEntryPoints(
    list: String, body: String, name: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E209", at: location,
      Localized(
        "名单“\(list)”的“\(body)”：等号后面应当是这一项的分值。",
        en: "entry '\(body)' of list '\(list)': the value after '=' must be its points."),
      fix: Localized(
        "写成“\(name)=3”（少这一项扣 3 分），或只写名称“\(name)”。", en: "write '\(name)=3', or just '\(name)'."))
  }

  static func entryWithoutPoints(
    list: String, name: String, example: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E209", at: location,
      Localized(
        "名单“\(list)”的“\(name)”没有写分值，而这个名单的其他项写了（如“\(example)”）：少了“\(name)”会扣 0 分。",
        en:
          "entry '\(name)' of list '\(list)' has no points, though the list's other entries have them (e.g. '\(example)'): a missing '\(name)' would cost nothing."
      ),
      fix: Localized(
        "写上少这一项扣的分，如“\(name)=1”；确实不扣分就写“\(name)=0”。",
        en:
          "write the points a missing '\(name)' costs, e.g. '\(name)=1'; '\(name)=0' if it costs nothing."
      ))
  }

  static func pointsDoNotAddUp(
    what: String, parent: String, detail: String, sums: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E301", at: location,
      Localized(
        "\(what)的分值 \(parent) 与下级相加不符（\(detail)）。",
        en: "\(what) is worth \(parent) but its parts add up to \(sums)."),
      fix: Localized("核对原文，改正某一级的分值。", en: "check the source and correct the points."))
  }

  static func referencesTooDeep(name: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E309", at: location,
      Localized(
        "“\(name)”层层引用其他指标和默认值，展开后超过 \(Validator.maximumEvaluationDepth) 层。",
        en:
          "'\(name)' refers through other indicators and defaults more than \(Validator.maximumEvaluationDepth) levels deep."
      ),
      fix: Localized(
        "直接用录入项写公式，减少指标之间的层层引用。",
        en: "write the formula from inputs directly instead of through a long chain of indicators.")
    )
  }

  static func unknownRuleOrResult(
    statement: String, name: String, hint: String, names: String, namesEn: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized("不认识的\(statement)“\(name)”。\(hint)", en: "unknown \(statement) '\(name)'."),
      fix: Localized("可用的有：\(names)。", en: "known: \(namesEn)."))
  }

  static func functionAsRule(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“\(name)”是公式里的函数，不是规则：规则要说明怎样得分。",
        en: "'\(name)' is a formula function, not a rule: a rule says how the item is scored."),
      fix: Localized(
        "把公式放进公式赋分：规则 公式赋分(\(name)(…))，得分限在 0 到该项分值之间。",
        en: "put the formula in 公式赋分: 规则 公式赋分(\(name)(…)), kept between 0 and the item's points."))
  }

  static func wrongArgumentValue(
    whatZh: String, expectedZh: String, value: String, whatEn: String, expectedEn: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "\(whatZh)应当是\(expectedZh)，这里写的是“\(value)”。",
        en: "\(whatEn) must be \(expectedEn), not '\(value)'."),
      fix: Localized("改成\(expectedZh)。", en: "use \(expectedEn)."))
  }

  /// `理由=不达标项两项以上`: a text parameter given a bare word.
  static func unquotedText(
    parameter: String, word: String, what: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "\(what.zh)应当是引号里的文字，这里“\(word)”没有引号。",
        en: "\(what.en) must be quoted text; '\(word)' has no quotes."),
      fix: Localized(
        "写成 \(parameter)=\"\(word)\"（中文引号“”也可以）。",
        en: "write \(parameter)=\"\(word)\" (Chinese quotes “” work too)."))
  }

  static func wrongInputType(
    whatZh: String, type: String, name: String, keyword: String, whatEn: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "\(whatZh)应当是\(type)录入项，“\(name)”是\(keyword)。",
        en: "\(whatEn) must be a \(type) input; '\(name)' is \(keyword)."),
      fix: Localized(
        "把“\(name)”声明为\(type)，或换一条规则。", en: "declare '\(name)' as \(type) or use another rule."))
  }

  static func tierNeedsScores(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized("档次规则要求“\(name)”的每个选项都有分值。", en: "档次 needs a score on every option of '\(name)'."),
      fix: Localized("写成“选项 [甲=5, 乙=2, 丙=0]”。", en: "write 选项 [a=5, b=2, c=0]."))
  }

  static func bandWithoutPercent(element: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "分档“\(element)”的比例没有写“%”：排名分档的每一档是“名次在前百分之几的单位得几分”，不是第几名。",
        en: "band '\(element)' has no '%': a band is the share of units ranked in it, not a rank."),
      fix: Localized(
        "按比例分档写成“档=[20%=20, 30%=16, 30%=12, 20%=8]”；按名次给分（第1名10分、第2名8分……）用“规则 名次分(值, 分=[10, 8, 6])”。",
        en: "write shares as 档=[20%=20, …]; for points by rank use 名次分(value, 分=[10, 8, 6])."))
  }

  static func tooManyScoringRules(
    keyword: String, id: String, scoringCount: String, rules: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E307", at: location,
      Localized(
        "“\(keyword) \(id)”有 \(scoringCount) 条赋分类规则（\(rules)），至多一条。",
        en: "'\(id)' has \(scoringCount) scoring rules; at most one is allowed."),
      fix: Localized(
        "把其中一条拆到单独的小项里，或改成扣分类规则。", en: "move one into its own 小项 or use a deduction rule."))
  }

  static func hasNoScoringRule(
    keyword: String, id: String, title: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E308", at: location,
      Localized("“\(keyword) \(id) \(title)”没有评分规则。", en: "'\(id) \(title)' has no scoring rule."),
      fix: Localized(
        "加一条“规则 …”，例如“规则 酌情赋分(…)”，见 docs/checklist-language.md 第 5 节。",
        en: "add a 规则 line; see section 5 of docs/checklist-language.md."))
  }

  static func rulesOnItemWithParts(id: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E205", at: location,
      Localized(
        "有小项的条目“\(id)”不能再有自己的规则。", en: "item '\(id)' has parts, so it cannot have rules of its own."
      ),
      fix: Localized("把规则移到小项里。", en: "move the rule into a 小项."))
  }

  static func missingPerMissing(input: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“缺项扣分”缺少参数“每缺”，名单的各项也没有写分值。", en: "缺项扣分 lacks 每缺, and the list's entries carry no points."),
      fix: Localized(
        "写“缺项扣分(\(input), 每缺=0.5)”，或在名单里给每项写分值：“名单 辅助用房：保健室=3、办公室=3”。",
        en: "write 每缺=0.5, or give each list entry its points."))
  }

  static func missingPerIncomplete(input: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“\(input)”是核验录入项，每项可以是“不全”：“缺项扣分”要写明不全扣几分（参数“每不全”）。",
        en: "'\(input)' is a 核验 input whose entries can be 不全: say what 不全 costs (每不全)."),
      fix: Localized(
        "写“缺项扣分(\(input), 每缺=0.5, 每不全=0.25)”；不全不扣分的写“每不全=0”。",
        en: "write 缺项扣分(\(input), 每缺=0.5, 每不全=0.25); 每不全=0 when 不全 costs nothing."))
  }

  static func reservedGradeName(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E302", at: location,
      Localized(
        "“\(name)”是整张表自带的结果名称，评定要另起一个名字。",
        en: "'\(name)' is the form's own result; give the 评定 another name."),
      fix: Localized("例如“评定(评估结论, …)”，样例里写“期望 评估结论 = …”。", en: "e.g. 评定(评估结论, …)."))
  }

  static func yearTargetWithoutYears(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E306", at: location,
      Localized(
        "有年度目标“\(name)”，但表头没有写“考核年度”。", en: "year target '\(name)' needs '考核年度' in the header."),
      fix: Localized("在表头加“考核年度：2018-2020”。", en: "add '考核年度：2018-2020' to the header."))
  }

  static func yearTargetMissingYears(
    name: String, missingYears: String, yearsLowerBound: String, yearsUpperBound: String,
    missingYearsEn: String,
    missing: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E306", at: location,
      Localized(
        "年度目标“\(name)”缺少 \(missingYears) 年的值（考核年度 \(yearsLowerBound)-\(yearsUpperBound)）。",
        en: "year target '\(name)' has no value for \(missingYearsEn)."),
      fix: Localized("补上“\(missing)=目标值”。", en: "add '\(missing)=value'."))
  }

  /// `条目 3 档案 5分` in a 核验表, which scores nothing.
  static func pointsInVerificationList(
    keyword: String, id: String, points: Decimal, _ location: SourceLocation
  ) -> Diagnostic {
    let shown = ScoreFormat.string(points)
    return Diagnostic(
      .warning, "W302", at: location,
      Localized(
        "核验表不计分：\(keyword) \(id) 的“\(shown)分”不起作用。",
        en:
          "a verification list scores nothing: the \(shown) points of \(keyword) \(id) have no effect."
      ),
      fix: Localized(
        "删去“\(shown)分”；要计分，把表头的“类型：核验表”改成“类型：评分表”并写上“总分：”。",
        en: "delete the points; to score, change 类型：核验表 to 类型：评分表 and add 总分."))
  }

  static func unusedInput(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .warning, "W301", at: location,
      Localized(
        "录入项“\(name)”没有被任何规则或指标用到。", en: "input '\(name)' is not used by any rule or indicator."),
      fix: Localized("加一条用到它的规则，或删去它。", en: "add a rule that uses it, or remove it."))
  }

  static func badSampleStage(text: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E402", at: location,
      Localized("样例的学段“\(text)”不对。", en: "sample stage '\(text)' is not valid."),
      fix: Localized(
        "写\(Stage.catalogue)中的一个或几个，如“小学 初中”。", en: "write some of \(Stage.catalogue)."))
  }

  static func badCohortValues(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E402", at: location,
      Localized(
        "“同批”的值应当是数的列表，如 [98, 95.5]。", en: "同批 takes a list of numbers such as [98, 95.5]."),
      fix: Localized(
        "列出同一批其他单位的值：“同批 报考率 = [98, 95.5, 90]”。",
        en: "list the other units' values: 同批 报考率 = [98, 95.5, 90]."))
  }

  static func badVerificationStatus(target: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E402", at: location,
      Localized("核验结果应当是“齐全”“缺失”或“不全”。", en: "a verification status is 齐全, 缺失 or 不全."),
      fix: Localized("写成“设 \(target) = 缺失”。", en: "write 设 \(target) = 缺失."))
  }

  static func noVerdictToExpect(value: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E402", at: location,
      Localized(
        "这张表没有“结果 一票否决”，不给“通过/一票否决”的结论；期望“结论 = \(value)”无从核对。",
        en: "this form has no 结果 一票否决 and gives no 通过/一票否决 verdict to check."),
      fix: Localized(
        "删去这一行，用“期望 总分 = …”核对总分；表上写了结论的，照原文加“结果 一票否决(…)”或“结果 评定(…)”。",
        en: "delete the line and check 期望 总分 instead, or write the form's own 结果 line."))
  }

  static func badVerdictExpectation(
    target: String, labels: String, value: String, labelsEn: String, firstLabel: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E402", at: location,
      Localized(
        "“\(target)”的判定结论只能是\(labels)（或分数、待定、不适用），这里写的是“\(value)”。",
        en: "the verdict of '\(target)' is one of \(labelsEn), not '\(value)'."),
      fix: Localized("写成“期望 \(target) = \(firstLabel)”。", en: "write 期望 \(target) = \(firstLabel).")
    )
  }

  static func badExpectedValue(value: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E402", at: location,
      Localized(
        "期望值“\(value)”应当是分数、待定、不适用、待全体（结论：通过、一票否决）。",
        en: "expected value '\(value)' must be a score, 待定, 不适用, 待全体 (or 通过/一票否决 for 结论)."),
      fix: Localized(
        "例如“期望 总分 = 91.5”“期望 5 = 待定”“期望 结论 = 通过”。", en: "e.g. 期望 总分 = 91.5, 期望 5 = 待定, 期望 结论 = 通过.")
    )
  }

  static func rankSubsetNeedsRest(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“名次分”只在一部分单位里排名时，要写明其余单位得几分（“其余=…”）。",
        en: "名次分 within a part of the batch needs 其余= for the other units."),
      fix: Localized(
        "例如“名次分(普及率, 分=[8, 6, 4], 仅低于=全体平均(普及率), 其余=10)”。",
        en: "e.g. 名次分(普及率, 分=[8, 6, 4], 仅低于=全体平均(普及率), 其余=10)."))
  }

  static func bothRankLimits(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized("“仅低于”和“仅高于”只能写一个。", en: "write 仅低于 or 仅高于, not both."),
      fix: Localized("删去其中一个。", en: "remove one of them."))
  }

  static func bandOptionWithoutScore(band: String, label: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "档内评分要求“\(band)”的每个选项都有分数段或分值，“\(label)”没有。",
        en: "档内评分 needs a band or score on every option of '\(band)'; '\(label)' has none."),
      fix: Localized(
        "写成“选项 [执行好=8..10, 一般=4..7, 较差=1..3]”。", en: "write 选项 [good=8..10, fair=4..7, poor=1..3].")
    )
  }

  static func bandNeedsScoreInput(band: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“\(band)”的选项是分数段，档内评分还要一个录入分数的酌情或数值录入项。",
        en: "the options of '\(band)' are bands, so 档内评分 needs a score input too."),
      fix: Localized(
        "写成“档内评分(\(band), \(band)得分)”，并加“录入 \(band)得分 酌情 范围 0..10”。",
        en: "write 档内评分(\(band), <score input>) and declare the score input."))
  }

  static func scoringRuleInVerification(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E205", at: location,
      Localized(
        "核验表（类型：核验表）的条目不计分，“\(name)”在这里不起作用。",
        en: "a verification list (类型：核验表) does not score; '\(name)' has no effect here."),
      fix: Localized(
        "核验表里只能写“规则 判定(条件, 是=达标, 否=不达标)”；要计分就把表头改成“类型：评分表”。",
        en: "use only 规则 判定(…) here, or make the form a 评分表."))
  }

  static func mismatchedComparison(
    expression: String, leftType: String, rightType: String, leftTypeEn: String,
    rightTypeEn: String,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "比较“\(expression)”两边类型不同（\(leftType)与\(rightType)）。",
        en: "'\(expression)' compares \(leftTypeEn) with \(rightTypeEn)."),
      fix: Localized("比较同一类型的值。", en: "compare values of the same type."))
  }

  /// `辍学人数 ÷ 在校生 > 0.6%`: a ratio (0.008) against percentage points (0.6).
  static func ratioAgainstPercentPoints(
    ratio: String, points: String, fix: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "“\(ratio)”是两个数相除得的比值（如 4 ÷ 500 = 0.008），“\(points)”却是百分点数（0.6% 就是 0.6）：这样比较差了 100 倍。",
        en:
          "'\(ratio)' is a ratio (4 ÷ 500 = 0.008) but '\(points)' is in percentage points (0.6% is 0.6): the comparison is off by a factor of 100."
      ), fix: fix)
  }

  static func mismatchedBranches(thenType: String, elseType: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "“若”的两个结果类型不同（\(thenType)与\(elseType)）。", en: "the branches of '若' differ in type."),
      fix: Localized("两个结果用同一类型，如都为数。", en: "give both branches the same type."))
  }

  static func noTotalInVerificationList(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E303", at: location,
      Localized(
        "核验表没有总分：“总分”只能用在评分表的结果里。",
        en: "a 核验表 has no total: 总分 can only be used in the results of a 评分表."),
      fix: Localized(
        "核验表的结果用判定的个数（如 判定.不达标）或写在前面的换算结果；要按总分换算，把“类型”改为评分表。",
        en:
          "use verdict counts (判定.不达标) or earlier results; to convert a total, make the form a 评分表."
      ))
  }

  static func laterResult(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E303", at: location,
      Localized(
        "结果“\(name)”写在这一行之后（或就是这一行）：结果只能用写在它前面的换算结果，不能循环引用。",
        en:
          "result '\(name)' is written after this line (or is this line); results may only use earlier ones."
      ),
      fix: Localized(
        "把算“\(name)”的“结果 换算(…)”移到前面；两个结果互相引用时，把共同的部分写成一个“指标”。",
        en: "move the 换算 of '\(name)' above; for mutual references, share an 指标."))
  }

  static func stageNameAsInput(name: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E302", at: location,
      Localized(
        "录入项不能叫“\(name)”：公式里的“小学”“初中”“高中”是学段条件（被检查单位有这个学段），不会读这个录入项。",
        en:
          "an input cannot be called '\(name)': in formulas 小学, 初中 and 高中 are stage conditions (the unit has this stage), so the input would never be read."
      ),
      fix: Localized(
        "换一个说明记录什么的名字，如“\(name)人数”“\(name)巩固率”。",
        en: "use a name that says what is recorded, e.g. \(name)人数."))
  }

  /// An input named like an indicator or a year target: formulas read the input, so the
  /// other is silently never used (the name table tries inputs first).
  static func inputHidesIndicator(name: String, otherLine: Int, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E302", at: location,
      Localized(
        "录入项“\(name)”与第 \(otherLine) 行的指标同名：公式里的“\(name)”读的是录入的数，那个指标的公式不会被用到。",
        en:
          "input '\(name)' has the name of the indicator on line \(otherLine): formulas read the recorded value, so the indicator's formula is never used."
      ),
      fix: Localized(
        "要按指标的公式算，删去这一行录入；两者都要，给其中一个改名，如“\(name)录入”。",
        en: "delete this input to use the formula, or rename one of them, e.g. \(name)录入."))
  }

  /// See `inputHidesIndicator`: a year target hidden by an input is asked at every visit
  /// instead of taken from the year's value.
  static func inputHidesYearTarget(name: String, otherLine: Int, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E302", at: location,
      Localized(
        "录入项“\(name)”与第 \(otherLine) 行的年度目标同名：公式里的“\(name)”读的是检查时录入的数，年度目标各年的值不会被用到。",
        en:
          "input '\(name)' has the name of the year target on line \(otherLine): formulas read the recorded value, so the target's yearly values are never used."
      ),
      fix: Localized(
        "要按年度目标算，删去这一行录入；确实要录入，换一个名字，如“\(name)录入”。",
        en: "delete this input to use the year target, or rename it, e.g. \(name)录入."))
  }

  static func definedTwice(whatZh: String, name: String, whatEn: String, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E302", at: location,
      Localized("\(whatZh)“\(name)”重复定义。", en: "\(whatEn) '\(name)' is defined twice."),
      fix: Localized("改用不同的名称或编号，或删去重复的一行。", en: "rename one of them or delete the duplicate."))
  }

  static func noSections(_ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E208", at: location,
      Localized("清单里没有任何“部分”和“条目”。", en: "the checklist has no 部分 and no 条目."),
      fix: Localized("至少写一个“部分 编号 标题 N分”和其下的“条目”。", en: "add at least one 部分 with 条目 under it."))
  }

  static func missingPoints(
    keyword: String, id: String, title: String, _ location: SourceLocation
  ) -> Diagnostic {
    let message = Localized(
      "评分表的“\(keyword) \(id)”缺少分值。", en: "'\(keyword) \(id)' needs points in a scoring form.")
    // Points copied as the document prints them, `组织领导（10分）` or `10 分`, are read as
    // part of the title: say so and show the line as it should read.
    if let written = PointsInTitle.find(title) {
      return Diagnostic(
        .error, "E203", at: location, message,
        fix: Localized(
          "分值写在行末，不加括号、数和“分”之间不空格：“\(keyword) \(id) \(written.title) \(written.points)分”。",
          en:
            "write the points last, without brackets or a space before 分: '\(keyword) \(id) \(written.title) \(written.points)分'."
        ))
    }
    if let written = PointsInTitle.punctuationAfter(title) {
      return Diagnostic(
        .error, "E203", at: location, message,
        fix: Localized(
          "分值“\(written.points)分”后面多了“\(written.marks)”（从微信或 Word 复制时常带上）：删去它，写成“\(keyword) \(id) \(written.title) \(written.points)分”。",
          en:
            "'\(written.marks)' follows the points '\(written.points)分' (often copied along from WeChat or Word): delete it: '\(keyword) \(id) \(written.title) \(written.points)分'."
        ))
    }
    if let written = PointsInTitle.bareNumber(title) {
      return Diagnostic(
        .error, "E203", at: location, message,
        fix: Localized(
          "分值要带“分”字：“\(keyword) \(id) \(written.title) \(written.points)分”。",
          en: "points end with 分: '\(keyword) \(id) \(written.title) \(written.points)分'."))
    }
    return Diagnostic(
      .error, "E203", at: location, message,
      fix: Localized(
        "在行末写上分值，如“\(keyword) \(id) \(title) 10分”。", en: "end the line with the points, e.g. '10分'."
      ))
  }
  static func unknownParameter(
    name: String, label: String, known: String, fix: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“\(name)”没有参数“\(label)”（可用：\(known)）。",
        en: "'\(name)' has no parameter '\(label)' (has: \(known))."),
      fix: fix)
  }

  /// `named`: the rule's parameters that are written with their names (`是`, `否` for 判定):
  /// the message named 扣=0.5 whatever the rule, and 判定 has no 扣.
  static func unnamedArgument(
    name: String, named: [String], fix: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    let names = named.joined(separator: "、")
    return Diagnostic(
      .error, "E305", at: location,
      named.isEmpty
        ? Localized("“\(name)”的参数多了一个。", en: "'\(name)' has one argument too many.")
        : Localized(
          "“\(name)”的这个参数要写明参数名，如“\(named[0])=…”（可用：\(names)）。",
          en:
            "this argument of '\(name)' needs its parameter's name, like '\(named[0])=…' (has: \(names))."
        ),
      fix: fix)
  }

  /// “扣完为止” written as an argument: every item already stops at 0.
  /// `capped`: the rule takes 最多, for a form that caps the deduction.
  static func untilNothingLeft(name: String, capped: Bool, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E305", at: location,
      Localized(
        "“扣完为止”不用写进“\(name)”：所有条目都扣完为止，得分不低于 0。",
        en: "'扣完为止' is not an argument of '\(name)': every item stops at 0 anyway."),
      fix: capped
        ? Localized(
          "删去“, 扣完为止”；原文限定了最多扣几分的（“最多扣5分”），写“最多=5”。",
          en: "delete ', 扣完为止'; where the form caps the deduction (最多扣5分), write 最多=5.")
        : Localized("删去“, 扣完为止”。", en: "delete ', 扣完为止'."))
  }

  static func parameterGivenTwice(name: String, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E305", at: location,
      Localized("参数“\(name)”写了两次。", en: "parameter '\(name)' given twice."),
      fix: fix)
  }

  static func missingParameter(
    rule: String, parameter: String, fix: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized("“\(rule)”缺少参数“\(parameter)”。", en: "'\(rule)' lacks parameter '\(parameter)'."),
      fix: fix)
  }

  static func bandsNotList(fix: Localized, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized("“档”应当是分档列表。", en: "档 must be a list of bands."),
      fix: fix)
  }

  static func badBand(element: String, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized("分档“\(element)”应写成“比例%=分值”。", en: "band '\(element)' must read 'share%=points'."),
      fix: fix)
  }

  static func bandSharesNotHundred(sum: Decimal, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "各档比例合计 \(ScoreFormat.string(sum))%，应为 100%。",
        en: "band shares add up to \(ScoreFormat.string(sum))%, not 100%."),
      fix: fix)
  }

  static func badSampleValue(
    value: String, name: String, keyword: String, fix: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E402", at: location,
      Localized(
        "“\(value)”不是录入项“\(name)”（\(keyword)）能取的值。",
        en: "'\(value)' is not a valid \(keyword) value for '\(name)'."),
      fix: fix)
  }

  /// The options or list entries a sample may name; a name with brackets or spaces is quoted
  /// (`"会议室(接待室)"`), since bare it would read as a formula.
  static func allowedLabels(_ labels: [String]) -> Localized {
    let needsQuotes = labels.first { $0.contains { "()（）[]【】 ".contains($0) } }
    return Localized(
      "可取的值：\(labels.joined(separator: "、"))"
        + (needsQuotes.map { "；名称里有括号或空格的要加引号，如 \"\($0)\"" } ?? "") + "。",
      en: "allowed: \(labels.joined(separator: ", "))"
        + (needsQuotes.map { "; quote a name with brackets or spaces, e.g. \"\($0)\"" } ?? "") + "."
    )
  }

  static func figureNotNumber(target: String, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E402", at: location,
      Localized("检查数据“\(target)”应当是一个数。", en: "figure '\(target)' must be a number."),
      fix: fix)
  }

  static func stepsNotList(fix: Localized, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized("“段”应当是分段列表。", en: "段 must be a list of steps."),
      fix: fix)
  }

  static func badStep(element: String, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized("分段“\(element)”应写成“门槛=分值”。", en: "step '\(element)' must read 'threshold=points'."),
      fix: fix)
  }

  static func stepThresholdNotNumber(threshold: String, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "分段的门槛“\(threshold)”应当是一个数。", en: "step threshold '\(threshold)' must be a number."),
      fix: fix)
  }

  static func stepsOutOfOrder(
    order: String, orderEn: String, limit: Decimal, previous: Decimal, fix: Localized,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "分段的门槛要\(order)排列：\(ScoreFormat.string(limit)) 写在了 \(ScoreFormat.string(previous)) 之后。",
        en: "step thresholds must be \(orderEn)."),
      fix: fix)
  }

  static func rankPointsNotList(fix: Localized, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized("“分”应当是各名次的分值列表。", en: "分 must be a list of points."),
      fix: fix)
  }

  static func rankPointNotNumber(element: String, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized("名次分“\(element)”应当是一个数。", en: "rank points '\(element)' must be a number."),
      fix: fix)
  }

  static func verdictConditionAndLevels(fix: Localized, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized("“判定”写了条件，就不能再写“级”或“其余”。", en: "判定 takes a condition or 级, not both."),
      fix: fix)
  }

  static func verdictWithoutCondition(fix: Localized, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized("“判定”缺少条件。", en: "判定 lacks its condition."),
      fix: fix)
  }

  static func levelsWithYesNo(fix: Localized, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E305", at: location,
      Localized("多级“判定”用“其余=…”，不用“是”“否”。", en: "a 判定 with 级 uses 其余, not 是/否."),
      fix: fix)
  }

  static func levelsNotList(fix: Localized, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized("“级”应当是“结论=条件”的列表。", en: "级 must be a list of word=condition."),
      fix: fix)
  }

  static func badLevel(element: String, fix: Localized, _ location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .error, "E304", at: location,
      Localized("“\(element)”应写成“结论=条件”。", en: "'\(element)' must read word=condition."),
      fix: fix)
  }

  static func wrongType(
    whatZh: String, expectedType: String, expression: String, actualType: String, whatEn: String,
    expectedTypeEn: String, actualTypeEn: String, fix: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "\(whatZh)应当是\(expectedType)，这里“\(expression)”是\(actualType)。",
        en: "\(whatEn) must be \(expectedTypeEn); '\(expression)' is \(actualTypeEn)."),
      fix: fix)
  }
  /// `declaration`: the statement that would declare it, when what it is can be told.
  static func undefined(
    _ name: String, kind: Localized, suggestion: String?, declaration: Localized? = nil,
    _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E303", at: location,
      Localized("没有定义的\(kind.zh)“\(name)”。", en: "undefined \(kind.en) '\(name)'."),
      fix: suggestion.map { Localized("是不是“\($0)”？", en: "did you mean '\($0)'?") }
        ?? declaration
        ?? Localized(
          "先用“录入”“指标”“名单”或“年度目标”定义它，或检查拼写。",
          en: "declare it with 录入, 指标, 名单 or 年度目标, or check the spelling."))
  }

  /// `适用：初中学校`: a stage in the form's words, read as one undefined name.
  static func stageInWords(
    _ name: String, stage: String, kind: Localized, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E303", at: location,
      Localized(
        "没有定义的\(kind.zh)“\(name)”：学段只写“\(stage)”。",
        en: "undefined \(kind.en) '\(name)': a stage is written '\(stage)' alone."),
      fix: Localized(
        "写成“\(stage)”：在条件和“适用：”里，“小学”“初中”“高中”就是“被检查单位有这个学段”（如“适用：\(stage)”）。",
        en: "write '\(stage)': in conditions and 适用, 小学, 初中 and 高中 mean 'the unit has this stage'.")
    )
  }

  /// `巩固率达到99%`: the form's words for a comparison, read as one undefined name.
  static func conditionInWords(
    _ name: String, kind: Localized, example: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E303", at: location,
      Localized(
        "没有定义的\(kind.zh)“\(name)”：条件要用比较符号写，不能照抄原文的文字。",
        en: "undefined \(kind.en) '\(name)': write the condition with a comparison symbol."),
      fix: Localized(
        "写成“\(example)”，名称和符号之间空一格（\(ComparisonWords.legendZh)）。", en: "write '\(example)'."))
  }

  /// `期望 2.2 = …` for an item the form does not have, or `期望 巩固率 = 98` for an input:
  /// said in the terms of a sample, not “先用录入定义它” (the input is defined).
  static func unknownExpectation(
    target: String, what: Localized?, suggestion: String?, _ location: SourceLocation
  ) -> Diagnostic {
    let message =
      what.map {
        Localized(
          "“\(target)”是\($0.zh)，期望不写它：期望写条目、小项或部分的得分，或总分、结论、换算结果。",
          en:
            "'\(target)' is \($0.en); 期望 checks an item's, a part's or a section's score, 总分, 结论 or a result."
        )
      }
      ?? Localized(
        "期望里的“\(target)”不是本表的编号，也不是总分、结论或换算结果。",
        en: "'\(target)' in 期望 is no id of this form, nor 总分, 结论 or a result.")
    let fix =
      suggestion.map { Localized("是不是“\($0)”？", en: "did you mean '\($0)'?") }
      ?? (what != nil
        ? Localized(
          "录入的值用“设 \(target) = …”给出；要核对由它算出的得分，写“期望 <编号> = 分”。",
          en: "give the value with 设 \(target) = …; check the score it gives with 期望 <id> = points."
        )
        : Localized(
          "写条目、小项或部分的编号，如“期望 1.1 = 8”，或“期望 总分 = …”。",
          en: "write an item's id, e.g. 期望 1.1 = 8, or 期望 总分 = …."))
    return Diagnostic(.error, "E401", at: location, message, fix: fix)
  }

  static func loneOptionLabel(
    label: String, input: String, other: String, _ location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .error, "E304", at: location,
      Localized(
        "“\(label)”是单选“\(input)”的选项，单独写在这里不是条件。",
        en: "'\(label)' is an option of '\(input)'; on its own it is no condition."),
      fix: Localized(
        "与选项比较要写全：“\(input) = \(label)”；几个选项用“或”连起来，如“\(input) = \(other) 或 \(input) = \(label)”。",
        en:
          "compare in full: '\(input) = \(label)'; join several options with 或, e.g. '\(input) = \(other) 或 \(input) = \(label)'."
      ))
  }

  static func cycle(_ name: String, indicator: Bool, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .error, "E303", at: location,
      indicator
        ? Localized("指标“\(name)”的公式直接或间接用到了它自己。", en: "indicator '\(name)' depends on itself.")
        : Localized(
          "录入项“\(name)”的默认值直接或间接用到了它自己。", en: "the default of '\(name)' depends on itself."),
      fix: Localized("改写公式，去掉循环引用。", en: "rewrite the formulas to remove the cycle."))
  }
}
