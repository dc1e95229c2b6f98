import Foundation

/// The kind of unit a form inspects.
public enum UnitKind: String, Sendable, FixedWord {
  /// A school.
  case school = "学校"
  /// A township or sub-district.
  case township = "乡镇(街道)"
  /// The county education bureau.
  case bureau = "教育局"
  /// A county government department.
  case department = "县级部门"
  /// A prefecture-level city (市、州) assessed as a whole by its province: 城市语言文字工作评估 of
  /// 一类/二类城市, 教育强市. Counties can belong to it in a plan.
  case city = "市(州)"
  /// A county, county-level city or district, assessed as a whole (a city's or province's form).
  case county = "县(市、区)"
  /// A county-level people's government (履行教育职责 assessments).
  case countyGovernment = "县级人民政府"
  /// A school district grouping several schools (片区, 学区).
  case district = "片区"
  /// A teaching point attached to a school.
  case teachingPoint = "教学点"
  /// A kindergarten.
  case kindergarten = "幼儿园"

  /// Reads a `对象：` value: the canonical spelling, with either width of brackets and with
  /// the shorter spellings forms use for the same kind (`乡镇`, `县`, `县(区)`, `市`, `学区` …).
  public init?(spelling: String) {
    let normalized = spelling.trimmingCharacters(in: .whitespaces)
      .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
      .replacingOccurrences(of: ",", with: "、").replacingOccurrences(of: "，", with: "、")
    if let kind = UnitKind(rawValue: normalized) {
      self = kind
      return
    }
    switch normalized {
    // The kinds of school a form names (中心校 in a township, 九年一贯制学校 …) are schools:
    // their stages are the form's `学段：`.
    case "中心校", "中心学校", "中小学", "中小学校", "义务教育学校", "九年一贯制学校", "完全小学", "完小",
      "寄宿制学校", "特殊教育学校", "民办学校":
      self = .school
    case "乡镇", "街道", "乡镇街道", "乡", "镇", "乡(镇)", "乡(镇)人民政府", "乡镇人民政府": self = .township
    case "县", "县(区)", "县(市)", "县(市区)", "县市区", "县区", "区县": self = .county
    case "市", "州", "市州", "地级市", "设区的市", "市(地、州)": self = .city
    case "县政府", "县(区)政府", "县(市、区)政府", "县(市、区)人民政府": self = .countyGovernment
    case "学区": self = .district
    default: return nil
    }
  }

  /// Every kind as `对象：` accepts it, for messages.
  public static var catalogue: String { allCases.map(\.rawValue).joined(separator: "、") }
}

/// A stage of schooling a form or a unit covers (`学段：`).
public enum Stage: String, Sendable, FixedWord, Comparable {
  /// 小学, grades 1–6.
  case primary = "小学"
  /// 初中, grades 7–9.
  case junior = "初中"
  /// 高中, grades 10–12: 中小学 forms also set standards for senior secondary schools
  /// (电白's “高中不超过56人”).
  case senior = "高中"

  /// The stages of compulsory education, which a form without `学段：` covers.
  public static let compulsory: [Stage] = [.primary, .junior]

  /// Every stage word, quoted for messages: `“小学”“初中”“高中”`.
  public static var catalogue: String { allCases.map { "“\($0.rawValue)”" }.joined() }

  /// Orders 小学 before 初中.
  public static func < (lhs: Stage, rhs: Stage) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// A validated checklist: every name resolved, every type checked, every sum verified.
public struct Checklist: Sendable {
  /// Whether items are scored or only verified present/missing/incomplete.
  public enum Kind: String, Sendable {
    /// 评分表: items carry points and rules.
    case scoring = "评分表"
    /// 核验表: items are documents recorded 齐全 / 缺失 / 不全.
    case verification = "核验表"
  }

  /// What happens to items a unit's stages make inapplicable.
  public enum InapplicablePolicy: String, Sendable {
    /// 不计: the maximum shrinks with them.
    case exclude = "不计"
    /// 折算: the total is rescaled back to the full points.
    case rescale = "折算"
  }

  /// `清单` id.
  public var id: String
  /// `标题`.
  public var title: String
  /// `机关`.
  public var issuer: String?
  /// `文号`.
  public var documentNumber: String?
  /// `年度`.
  public var year: Int?
  /// `考核年度`.
  public var assessmentYears: ClosedRange<Int>?
  /// `对象`.
  public var unitKind: UnitKind
  /// `学段`.
  public var stages: [Stage]
  /// `总分`.
  public var totalPoints: Decimal
  /// `类型`.
  public var kind: Kind
  /// `不适用条目`.
  public var inapplicablePolicy: InapplicablePolicy
  /// `说明` lines of the header.
  public var notes: [String]
  /// `总分上限`: how high the total may go with 加分项; nil means no higher than `总分`.
  public var totalCap: Decimal? = nil
  /// `名单`.
  public var lists: [String: [String]]
  /// `名单 辅助用房：保健室=3、…`: each entry's own points, for lists that give them.
  public var listWeights: [String: [String: Decimal]] = [:]
  /// `名单 …：隔离室=3 若 寄宿制`: entries required only when their condition holds.
  public var listConditions: [String: [String: Expression]] = [:]
  /// `年度目标`.
  public var yearTargets: [String: [Int: Decimal]] { didSet { names = NameTable() } }
  /// `指标`, by name.
  public var indicators: [String: Indicator] { didSet { names = NameTable() } }
  /// `部分`.
  public var sections: [Section]
  /// `结果`.
  public var outcomes: [OutcomeRule]
  /// `样例`.
  public var samples: [Sample]
  /// Every input by name, and the declaration order for walking the form.
  public var inputs: [String: Input] { didSet { names = NameTable() } }
  /// Input names in declaration order.
  public var inputOrder: [String]
  /// The file it came from.
  public var file: String
  /// The decoded text it was read from; a session records it so it is scored the same way on
  /// any laptop.
  public var source: String = ""
  /// `sha256:` and the SHA-256 of `source` in UTF-8: tells versions of one id apart.
  public var contentHash: String = ""
  /// `inputs`, `indicators` and `yearTargets` in one table for the evaluator (`NameTable`):
  /// built by the validator once the names are final, and dropped whenever one of the three
  /// changes (the evaluator then asks them, as before).
  public internal(set) var names = NameTable()

  /// Every item and part in walking order (items, each followed by its parts).
  public var allItems: [Item] {
    sections.flatMap { $0.items.flatMap { [$0] + $0.parts } }
  }

  /// The item or part with `id`.
  public func item(_ id: String) -> Item? {
    firstItem { $0.id == id ? $0 : nil }
  }

  /// The first non-nil `transform` of the items and parts in `allItems` order, without building
  /// that array: it copies every item, and the walk asked several times per answer (`perf
  /// record`: 2.6% of a walk's samples).
  public func firstItem<Found>(_ transform: (Item) throws -> Found?) rethrows -> Found? {
    for section in sections {
      for item in section.items {
        if let found = try transform(item) { return found }
        for part in item.parts {
          if let found = try transform(part) { return found }
        }
      }
    }
    return nil
  }

  /// Calls `body` on the items and parts in `allItems` order, without building that array.
  public func forEachItem(_ body: (Item) throws -> Void) rethrows {
    for section in sections {
      for item in section.items {
        try body(item)
        for part in item.parts { try body(part) }
      }
    }
  }

  /// The items a walk visits: items without parts, and the parts of the others.
  public var leafItems: [Item] {
    sections.flatMap { $0.items.flatMap { $0.parts.isEmpty ? [$0] : $0.parts } }
  }

  /// The ids of the items and parts under 加分项. Missing a bonus is not a shortfall: these
  /// points are on top of 总分, so summaries and problem lists do not count them as lost.
  public var bonusItemIDs: Set<String> {
    var ids: Set<String> = []
    for section in sections where section.isBonus {
      for item in section.items {
        ids.insert(item.id)
        for part in item.parts { ids.insert(part.id) }
      }
    }
    return ids
  }
}

/// `部分`: a group of items with a point subtotal.
public struct Section: Sendable {
  /// The id, e.g. `一`.
  public var id: String
  /// The title.
  public var title: String
  /// The subtotal.
  public var points: Decimal?
  /// `说明` lines.
  public var notes: [String]
  /// The items.
  public var items: [Item]
  /// `加分项`: bonus points on top of the total, at most `points`; not part of `总分`.
  public var isBonus = false
}

/// `条目` or `小项`: what is checked, what is recorded, how it scores.
public struct Item: Sendable {
  /// The id, unique in the checklist.
  public var id: String
  /// The title.
  public var title: String
  /// The points, or nil in a verification list.
  public var points: Decimal?
  /// 考评点及标准 (verbatim).
  public var requirement: String?
  /// 赋分标准 (verbatim).
  public var scoringText: String?
  /// 考核办法 (verbatim).
  public var method: String?
  /// `说明` lines: interpretations shown to the inspector.
  public var notes: [String]
  /// `适用：` condition; nil means always applicable.
  public var applicability: Expression?
  /// Names of the inputs declared in this item, in order.
  public var inputNames: [String]
  /// The rules.
  public var rules: [Rule]
  /// `小项`.
  public var parts: [Item]
  /// The id of the enclosing section.
  public var sectionID: String
  /// The id of the enclosing item, for parts.
  public var parentID: String?
  /// Where the header stands.
  public var location: SourceLocation
}

/// `指标`: a named formula.
public struct Indicator: Sendable {
  /// The name.
  public var name: String
  /// The formula.
  public var formula: Expression
  /// The formula as written, for display.
  public var source: String
}

/// An input the inspector records.
public struct Input: Sendable {
  /// The name, unique in the checklist.
  public var name: String
  /// The type with its constraints.
  public var type: InputType
  /// `默认`.
  public var defaultValue: Expression?
  /// `提示`: the question to ask.
  public var prompt: String?
  /// `越界提示`.
  public var rangeMessage: String?
  /// The item (or part) that declares it.
  public var itemID: String
  /// `步长 0.1`: values must lie on this grid counted down from the range's top
  /// ("满分及依次以0.1分递减计分"); nil for any value.
  public var step: Decimal? = nil
  /// Where it is declared.
  public var location: SourceLocation

  /// Creates an input.
  public init(
    name: String, type: InputType, defaultValue: Expression?, prompt: String?,
    rangeMessage: String?, itemID: String,
    location: SourceLocation
  ) {
    self.name = name
    self.type = type
    self.defaultValue = defaultValue
    self.prompt = prompt
    self.rangeMessage = rangeMessage
    self.itemID = itemID
    self.location = location
  }
}

/// An option of a 单选 input.
public struct ChoiceOption: Sendable, Equatable {
  /// The label the inspector picks.
  public var label: String
  /// The score, when the option carries one (档次).
  public var score: Decimal?
  /// The band of scores, for 档内评分 (`执行好=8..10`).
  public var band: ClosedRange<Decimal>?

  /// Creates an option.
  public init(label: String, score: Decimal?, band: ClosedRange<Decimal>? = nil) {
    self.label = label
    self.score = score
    self.band = band
  }
}

/// The status of a document in a verification list.
public enum VerificationStatus: String, Sendable, FixedWord {
  /// 齐全: present and complete.
  case complete = "齐全"
  /// 缺失: missing.
  case missing = "缺失"
  /// 不全: present but incomplete (e.g. columns deleted).
  case incomplete = "不全"
}

/// An input's type.
public enum InputType: Sendable {
  /// 计数: a whole number ≥ 0.
  case count(min: Decimal?, max: Decimal?)
  /// 数值: any number.
  case number(min: Decimal?, max: Decimal?)
  /// 百分比: percentage points, 0..100 unless widened.
  case percent(min: Decimal?, max: Decimal?)
  /// 是否.
  case yesNo
  /// 单选.
  case choice([ChoiceOption])
  /// 多选 from a named list.
  case multiple(list: String, entries: [String])
  /// 日期.
  case date
  /// 文本.
  case text
  /// 酌情: a number in range with a written reason.
  case discretionary(min: Decimal, max: Decimal)
  /// 核验: each entry of a list 齐全 / 缺失 / 不全.
  case verification(list: String, entries: [String])

  /// The keyword used in checklist files.
  public var keyword: String {
    switch self {
    case .count: "计数"
    case .number: "数值"
    case .percent: "百分比"
    case .yesNo: "是否"
    case .choice: "单选"
    case .multiple: "多选"
    case .date: "日期"
    case .text: "文本"
    case .discretionary: "酌情"
    case .verification: "核验"
    }
  }

  /// Whether the value is a number.
  public var isNumeric: Bool {
    switch self {
    case .count, .number, .percent, .discretionary: true
    default: false
    }
  }

  /// The inclusive bounds, for numeric types.
  public var bounds: (Decimal?, Decimal?) {
    switch self {
    case .count(let min, let max): (min ?? 0, max)
    case .number(let min, let max): (min, max)
    case .percent(let min, let max): (min ?? 0, max ?? 100)
    case .discretionary(let min, let max): (min, max)
    default: (nil, nil)
    }
  }
}

/// How a partial step counts in 差距/超出/偏差扣分.
public enum StepRounding: String, Sendable {
  /// 按比例: a half step deducts half (default).
  case proportional = "按比例"
  /// 向上: a partial step counts as a whole one.
  case up = "向上"
  /// 向下: a partial step does not count.
  case down = "向下"
}

/// Cohort ranking order.
public enum RankOrder: String, Sendable {
  /// 由高到低: higher values rank first.
  case highFirst = "由高到低"
  /// 由低到高: lower values rank first.
  case lowFirst = "由低到高"

  /// The order a form writes, in its own words: 从低到高, 由小到大 and 从小到大 as well as
  /// 由低到高 (a clerk copying “按从低到高分别得…” was told to write 由低到高).
  public init?(written word: String) {
    switch word {
    case "由高到低", "从高到低", "由大到小", "从大到小": self = .highFirst
    case "由低到高", "从低到高", "由小到大", "从小到大": self = .lowFirst
    default: return nil
    }
  }
}

/// A band of a cohort ranking: the share of units it covers and the points it gives.
public struct Band: Sendable, Equatable {
  /// Share of the cohort, in percent.
  public var share: Decimal
  /// Points for units in this band.
  public var points: Decimal
}

/// 判定: levels tried in order, the first whose condition holds gives the verdict, else
/// `otherwise`. Two-valued: `判定(条件, 是=达标, 否=不达标)` is one level and 不达标.
public struct VerdictRule: Sendable {
  /// Verdict words with their conditions, in the order written.
  public var levels: [(label: String, condition: Expression)]
  /// The verdict when no condition holds.
  public var otherwise: String

  /// Every verdict word this rule can give.
  public var labels: [String] { levels.map(\.label) + [otherwise] }
}

/// One step of 分段赋分/分段扣分: values reaching `threshold` get `amount`.
public struct Step: Sendable {
  /// The value a unit must reach (at least it 由高到低, at most it 由低到高).
  public var threshold: Decimal
  /// The score or deduction, a number or a formula of 分值.
  public var amount: Expression
}

/// A validated scoring rule.
public struct Rule: Sendable {
  /// What the rule does.
  public enum Kind: Sendable {
    /// 每例扣分.
    case perOccurrence(count: Expression, each: Decimal, cap: Decimal?)
    /// 缺项扣分, on a 多选 or a 核验 input; `incomplete` is 每不全 (a 核验 entry 不全).
    case perMissing(input: String, each: Decimal?, incomplete: Decimal? = nil)
    /// 不足扣分.
    case shortfall(value: Expression, minimum: Expression, step: Decimal, each: Decimal)
    /// 条件扣分.
    case conditional(condition: Expression, amount: Expression, reason: String?)
    /// 差距扣分.
    case belowTarget(
      value: Expression, target: Expression, step: Decimal, each: Decimal, rounding: StepRounding)
    /// 超出扣分.
    case aboveLimit(
      value: Expression, limit: Expression, step: Decimal, each: Decimal, rounding: StepRounding)
    /// 偏差扣分.
    case deviation(
      value: Expression, target: Expression, step: Decimal, each: Decimal, rounding: StepRounding)
    /// 酌情扣分.
    case discretionaryDeduction(input: String)
    /// 按比例.
    case proportional(value: Expression, standard: Expression)
    /// 档次.
    case tier(input: String)
    /// 酌情赋分.
    case discretionaryScore(input: String)
    /// 比上年.
    case comparedWithLastYear(
      current: Expression, previous: Expression, up: Decimal?, flat: Decimal?, down: Decimal?)
    /// 排名分档.
    case cohortBands(value: Expression, order: RankOrder, bands: [Band])
    /// 不得分.
    case zeroIf(condition: Expression, reason: String?)
    /// 公式赋分: the score is a formula, kept between 0 and the item's points.
    case formula(Expression)
    /// 分段赋分 (`deducts` false) and 分段扣分 (true): the first step the value reaches.
    case steps(
      value: Expression, order: RankOrder, steps: [Step], otherwise: Expression, deducts: Bool)
    /// 档内评分: a band chosen first (单选 with ranges), then a score inside it.
    case bandScore(band: String, score: String?, factor: Expression?)
    /// 名次分: points by rank position across the batch, or within a part of it.
    case rankPoints(
      value: Expression, order: RankOrder, points: [Decimal], below: Expression?,
      above: Expression?, otherwise: Expression?)
    /// 判定: a verdict (达标/不达标, 一致/不一致 …); in a scoring form the item scores full
    /// points when the condition holds and 0 when not.
    case verdict(VerdictRule)
    /// 得分折算: when the condition holds, the item's score (after deductions) × factor.
    case scale(condition: Expression, factor: Expression, reason: String?)

    /// Whether the rule gives the item's score rather than deducting from it.
    public var isScoring: Bool {
      switch self {
      case .proportional, .tier, .discretionaryScore, .comparedWithLastYear, .cohortBands,
        .formula, .bandScore, .rankPoints, .verdict:
        true
      case .steps(_, _, _, _, let deducts): !deducts
      default: false
      }
    }

    /// The figure ranked across the batch, for 排名分档 and 名次分.
    public var rankedExpression: Expression? {
      switch self {
      case .cohortBands(let value, _, _), .rankPoints(let value, _, _, _, _, _): value
      default: nil
      }
    }
  }

  /// The rule.
  public var kind: Kind
  /// The rule's name as written (e.g. `每例扣分`).
  public var name: String
  /// The call as written, for display.
  public var source: String
  /// Where it is written.
  public var location: SourceLocation
}

/// A form-level `结果`.
public enum OutcomeRule: Sendable {
  /// 一票否决.
  case veto(condition: Expression, reason: String?, location: SourceLocation)
  /// 总分扣分.
  case totalDeduction(amount: Expression, cap: Decimal?, reason: String?, location: SourceLocation)
  /// 换算.
  case derived(name: String, formula: Expression, cap: Decimal?, location: SourceLocation)
  /// 评定: a named conclusion in the form's own words (通过评估 / 有条件通过评估 …).
  case grade(name: String, formula: Expression, location: SourceLocation)
}

/// A `样例`, resolved against the checklist.
public struct Sample: Sendable {
  /// What a sample expects of one target.
  public enum Expected: Sendable, Equatable {
    /// A score or value, compared at two decimals.
    case value(Decimal)
    /// 待定.
    case pending
    /// 不适用.
    case notApplicable
    /// 待全体 (cohort not complete).
    case awaitingCohort
    /// A label such as 通过 / 一票否决.
    case label(String)
  }

  /// The name.
  public var name: String
  /// Stages of the unit.
  public var stages: [Stage]?
  /// The inspection year.
  public var year: Int?
  /// The answers.
  public var answers: Answers
  /// Values of other units in the cohort.
  public var cohort: [String: [Decimal]]
  /// Target → expectation, with where each is written.
  public var expectations: [(target: String, expected: Expected, location: SourceLocation)]
  /// Where the sample starts.
  public var location: SourceLocation
}
