import Foundation

/// A recorded value of one input.
public enum AnswerValue: Sendable, Equatable {
  /// 计数, 数值, 百分比, 酌情.
  case number(Decimal)
  /// 是否.
  case bool(Bool)
  /// 单选: the chosen label.
  case choice(String)
  /// 多选: the chosen entries.
  case multiple([String])
  /// 日期, as `YYYY-MM-DD`.
  case date(String)
  /// 文本.
  case text(String)
  /// 核验: entry → status; entries not named are 齐全.
  case verification([String: VerificationStatus])
}

/// One answer: the value and, for 酌情 inputs and overridden defaults, the written reason.
public struct Answer: Sendable, Equatable, Codable {
  /// The value.
  public var value: AnswerValue
  /// Why, when a reason is required or given.
  public var reason: String?

  /// Creates an answer.
  public init(_ value: AnswerValue, reason: String? = nil) {
    self.value = value
    self.reason = reason
  }
}

/// Everything recorded for one unit against one checklist.
public struct Answers: Sendable, Equatable, Codable {
  /// Input name → answer.
  public var values: [String: Answer]
  /// Verification-list item id → status.
  public var statuses: [String: VerificationStatus]
  /// Figures from roll calls, registry checks, verification lists and last year, keyed
  /// `点名.人籍不一致`, `学籍.无照片`, `核验.问题数`, `上年.小学入学率` ….
  public var figures: [String: Decimal]

  /// Creates answers.
  public init(
    values: [String: Answer] = [:], statuses: [String: VerificationStatus] = [:],
    figures: [String: Decimal] = [:]
  ) {
    self.values = values
    self.statuses = statuses
    self.figures = figures
  }
}

/// What is known about the unit and the round of inspection, beyond the answers.
public struct EvaluationContext: Sendable {
  /// The unit's stages; items whose `适用` fails are not applicable.
  public var stages: Set<Stage>
  /// The inspection year, which picks year targets.
  public var year: Int?
  /// Other units' values for cohort ranking, keyed by the ranked expression (e.g. `报考率`).
  public var cohort: [String: [Decimal]]
  /// The indicators each item shows, worked out once for the checklist (a summary scoring
  /// thousands of units passes them); nil works them out item by item.
  public var indicators: IndicatorUse?
  /// Whether results carry their explanation text (deduction reasons, base-score reasons,
  /// indicator values). A summary shows scores and states only, so it turns this off and the
  /// text — most of the cost of scoring a unit — is never built; states, points, caveats,
  /// pending reasons and verdicts are the same either way (`SummaryExplanationTests`).
  public var explains = true
  /// The entries of the verification lists walked in the session (`核验 huili-taizhang`) found
  /// 缺失 or 不全, in the lists' order: an item scored from their count (`核验.问题数`) names
  /// them, so a problem list says which 台账 to rectify, not only how many.
  public var verificationFindings: [VerificationFinding] = []

  /// Creates a context.
  public init(
    stages: Set<Stage>, year: Int? = nil, cohort: [String: [Decimal]] = [:],
    indicators: IndicatorUse? = nil
  ) {
    self.stages = stages
    self.year = year
    self.cohort = cohort
    self.indicators = indicators
  }
}

/// One entry of a verification list found 缺失 or 不全 (`EvaluationContext.verificationFindings`).
public struct VerificationFinding: Sendable, Equatable {
  /// The list's checklist id (`huili-taizhang`).
  public var list: String
  /// The entry's id in the list (`1.5`).
  public var entry: String
  /// 缺失 or 不全.
  public var status: VerificationStatus

  /// Creates a finding.
  public init(list: String, entry: String, status: VerificationStatus) {
    self.list = list
    self.entry = entry
    self.status = status
  }
}

/// The figure names a checklist may bind inputs to, by source.
public enum Figures {
  /// Roll-call totals.
  public static let rollCall = [
    "班级数", "学籍人数", "实到人数", "请假人数", "实有人数", "籍在人不在", "人在籍不在", "人籍不一致", "全校班级数", "全校在校生数",
  ]
  /// Registry-system counts; the last three are computed from an imported export
  /// (`学籍 导入`, `ducha roster check --session`) and asked by hand only once they have a value.
  public static let registry = [
    "系统班级数", "系统学生数", "重复学籍", "无照片", "无身份证号", "问题学籍未处理", "身份证号有误", "其他证件", "学籍号不符",
  ]
  /// Verification-list counts; 未核验 is the entries of the lists walked left without a status.
  public static let verification = ["齐全", "缺失", "不全", "问题数", "未核验"]
  /// The school's cases in the 控辍保学 ledger (`案例` in the REPL, `ducha cases`).
  public static let cases = ["未结案", "疑似未核查", "确认辍学", "无劝返记录", "逾期", "已复学销号"]

  /// Figures that are sums of others, derived when not recorded directly.
  public static let composites: [String: [String]] = [
    "点名.人籍不一致": ["点名.籍在人不在", "点名.人在籍不在"],
    "点名.实有人数": ["点名.实到人数", "点名.请假人数"],
    "核验.问题数": ["核验.缺失", "核验.不全"],
  ]

  /// Whether `name` (e.g. `点名.人籍不一致`) is a figure a session can supply; `上年.X` is
  /// valid when `inputs` has X.
  public static func isKnown(_ name: String, inputs: Set<String>) -> Bool {
    isKnown(name) { inputs.contains($0) }
  }

  /// `isKnown(_:inputs:)` with the inputs asked one name at a time.
  static func isKnown(_ name: String, isInput: (String) -> Bool) -> Bool {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return false }
    switch parts[0] {
    case "点名": return rollCall.contains(parts[1])
    case "学籍": return registry.contains(parts[1])
    case "核验": return verification.contains(parts[1])
    case "案例": return cases.contains(parts[1])
    case "上年": return isInput(parts[1])
    default: return false
    }
  }

  /// Every figure name except `上年.*`, for suggestions and completion.
  public static var all: [String] {
    rollCall.map { "点名.\($0)" } + registry.map { "学籍.\($0)" } + verification.map { "核验.\($0)" }
      + cases.map { "案例.\($0)" }
  }
}

extension AnswerValue: Codable {
  private enum Key: String, CodingKey {
    case number, bool, choice, multiple, date, text, verification
  }

  /// Reads `{"number": 8.5}`, `{"choice": "仅有资料"}` …: one key naming the type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    guard let key = container.allKeys.first, container.allKeys.count == 1 else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: "an answer has exactly one type key"))
    }
    switch key {
    case .number: self = .number(try container.decode(Decimal.self, forKey: key))
    case .bool: self = .bool(try container.decode(Bool.self, forKey: key))
    case .choice: self = .choice(try container.decode(String.self, forKey: key))
    case .multiple: self = .multiple(try container.decode([String].self, forKey: key))
    case .date: self = .date(try container.decode(String.self, forKey: key))
    case .text: self = .text(try container.decode(String.self, forKey: key))
    case .verification:
      self = .verification(try container.decode([String: VerificationStatus].self, forKey: key))
    }
  }

  /// Writes one key naming the type, so a person reading the file sees what was recorded.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    switch self {
    case .number(let value): try container.encode(value, forKey: .number)
    case .bool(let value): try container.encode(value, forKey: .bool)
    case .choice(let value): try container.encode(value, forKey: .choice)
    case .multiple(let value): try container.encode(value, forKey: .multiple)
    case .date(let value): try container.encode(value, forKey: .date)
    case .text(let value): try container.encode(value, forKey: .text)
    case .verification(let value): try container.encode(value, forKey: .verification)
    }
  }
}

extension AnswerValue {
  /// The answer as an inspector would write it: `3`, `是`, `仅有资料`, `甲、乙`, `无`.
  public var display: String {
    switch self {
    case .number(let number): ScoreFormat.string(number, places: 6)
    case .bool(let flag): flag ? "是" : "否"
    case .choice(let label): label
    case .multiple(let entries): entries.isEmpty ? "无" : entries.joined(separator: "、")
    case .date(let text), .text(let text): text
    case .verification(let statuses):
      statuses.isEmpty
        ? "全部齐全"
        : statuses.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }.joined(
          separator: "、")
    }
  }
}
