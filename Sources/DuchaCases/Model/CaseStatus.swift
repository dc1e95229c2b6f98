import Foundation

/// Where a case of a child not in school stands (安泽's monitoring mechanism, 会理's 台账):
/// 疑似 → 核查结果 → 劝返中 → 已复学销号, or 限期复学 → 逾期 → 报乡镇.
public enum CaseStatus: String, Codable, Sendable, CaseIterable {
  /// On the 疑似失学辍学名单, not yet checked.
  case suspected = "疑似"
  /// Checked: studying outside the county (where, and the proof).
  case studyingElsewhere = "已在外地就读"
  /// Checked: enrolled after all (the list was out of date).
  case enrolled = "已入学"
  /// Checked: 延缓入学 or 休学, with the certificate.
  case deferred = "延缓入学/休学"
  /// Checked: moved away (迁出) or died.
  case movedOrDeceased = "迁出/死亡"
  /// Checked: finished 初中 (初中毕业), so compulsory education is complete, with the proof. A
  /// child of 15 on the cut-off day has, on the usual path, just left 初三: on no roster, and no
  /// dropout.
  case completed = "已完成义务教育"
  /// Checked: a dropout; 劝返 starts.
  case dropout = "确认辍学"
  /// 劝返 visits under way.
  case persuading = "劝返中"
  /// 限期复学通知书 issued; the guardian has seven days.
  case noticeIssued = "限期复学"
  /// The notice's seven days passed without a return.
  case overdue = "逾期"
  /// Reported to the 乡镇政府 (with the 行政处罚决定书 number).
  case reported = "报乡镇"
  /// Back in school: 复学销号 (date, school, class).
  case returned = "已复学销号"

  /// Whether the case is finished: a check that cleared the child, or a return to school.
  public var isClosed: Bool {
    switch self {
    case .studyingElsewhere, .enrolled, .deferred, .movedOrDeceased, .completed, .returned: true
    default: false
    }
  }

  /// Whether the child is a confirmed dropout not yet back (the states 劝返 works on).
  public var isDropout: Bool {
    switch self {
    case .dropout, .persuading, .noticeIssued, .overdue, .reported: true
    default: false
    }
  }

  /// The English name, for `--lang en` and JSON readers.
  public var english: String {
    switch self {
    case .suspected: "suspected"
    case .studyingElsewhere: "studying-elsewhere"
    case .enrolled: "enrolled"
    case .deferred: "deferred"
    case .movedOrDeceased: "moved-or-deceased"
    case .completed: "completed"
    case .dropout: "dropout"
    case .persuading: "persuading"
    case .noticeIssued: "notice-issued"
    case .overdue: "overdue"
    case .reported: "reported"
    case .returned: "returned"
    }
  }

  /// Reads a status as a clerk types it: the Chinese name (`延缓入学` and `休学` alone too,
  /// `初中毕业` for 已完成义务教育), or
  /// the English one.
  public init?(typed text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let status = CaseStatus(rawValue: trimmed) {
      self = status
      return
    }
    let aliases: [String: CaseStatus] = [
      "延缓入学": .deferred, "休学": .deferred, "迁出": .movedOrDeceased, "死亡": .movedOrDeceased,
      "辍学": .dropout, "外地就读": .studyingElsewhere, "复学销号": .returned, "销号": .returned,
      "已复学": .returned, "限期复学通知": .noticeIssued, "完成义务教育": .completed,
      "初中毕业": .completed, "已初中毕业": .completed, "毕业": .completed, "已毕业": .completed,
    ]
    if let status = aliases[trimmed] {
      self = status
      return
    }
    guard let status = CaseStatus.allCases.first(where: { $0.english == trimmed.lowercased() })
    else { return nil }
    self = status
  }
}
