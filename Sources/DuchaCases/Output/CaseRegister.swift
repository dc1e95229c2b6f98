/// The registers and notices 会理's 台账清单 names, generated from the ledger.
public enum CaseRegister: String, CaseIterable, Sendable {
  /// 疑似失学人员清理情况花名册: every case and what its check found.
  case cleanup = "疑似失学人员清理情况花名册"
  /// 辍学学生劝返销号花名册: confirmed dropouts, per school or per 乡镇.
  case returns = "辍学学生劝返销号花名册"
  /// 未到校学生限期复学通知书: one page per child with a notice.
  case deadlineNotice = "未到校学生限期复学通知书"
  /// 辍学学生敦促复学通知书: one page per dropout being persuaded.
  case urgeNotice = "辍学学生敦促复学通知书"
  /// 辍学学生报告书: the school's report to the 乡镇 of an overdue case.
  case report = "辍学学生报告书"
  /// 劝返工作记录卡: one card per dropout with every visit.
  case visitCard = "劝返工作记录卡"

  /// Whether it is a table (HTML, CSV, XLSX) rather than pages per child (HTML).
  public var isRoster: Bool { self == .cleanup || self == .returns }

  /// The names a clerk may type: the full name, a short one, or the English one.
  public var aliases: [String] {
    switch self {
    case .cleanup: ["清理花名册", "清理情况花名册", "cleanup"]
    case .returns: ["销号花名册", "劝返销号花名册", "returns"]
    case .deadlineNotice: ["限期复学通知书", "deadline-notice"]
    case .urgeNotice: ["敦促复学通知书", "urge-notice"]
    case .report: ["报告书", "report"]
    case .visitCard: ["记录卡", "学校辍学学生劝返工作记录卡", "visit-card"]
    }
  }

  /// Reads a typed name.
  public init?(typed text: String) {
    guard
      let found = Self.allCases.first(where: { $0.rawValue == text || $0.aliases.contains(text) })
    else { return nil }
    self = found
  }

  /// The cases the register or notice is about.
  public func includes(_ record: CaseRecord) -> Bool {
    switch self {
    case .cleanup: true
    case .returns, .visitCard: record.status.isDropout || record.status == .returned
    case .deadlineNotice: record.facts.noticeDate != nil && record.status.isDropout
    case .urgeNotice: record.status == .dropout || record.status == .persuading
    case .report: record.status == .overdue || record.status == .reported
    }
  }
}

/// A case with its history, which registers read dates from (when the dropout was confirmed,
/// who checked).
public struct CaseEntry: Sendable {
  /// The case.
  public var record: CaseRecord
  /// Its history, oldest first.
  public var history: [CaseEvent]

  /// Creates an entry.
  public init(record: CaseRecord, history: [CaseEvent]) {
    self.record = record
    self.history = history
  }

  /// The history entry of the check (核查), if any; the latest one after a reopening.
  public var check: CaseEvent? { history.last { $0.action == "核查" } }

  /// The history detail holding the day a check was made (`--date` of a check result).
  public static let checkDateKey = "核查日期"

  /// `2021-10-12`: the day the event names (a check's 核查日期), else the day of its time.
  public static func day(_ event: CaseEvent?) -> String {
    guard let event else { return "" }
    return event.details[checkDateKey] ?? String(event.time.prefix(10))
  }
}
