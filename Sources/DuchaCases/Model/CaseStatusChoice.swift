import DuchaChecklist

/// What a clerk types after `--status`: one state (`确认辍学`, `劝返中`, `休学` …), or `辍学` for
/// every dropout not yet back. 会理's 台账 keeps a 辍学学生花名册 of every such child, whether
/// being persuaded, under a notice, overdue or reported (`CaseStatus.isDropout`); a clerk
/// asking for 辍学 was shown only the ones confirmed and not yet visited.
public struct CaseStatusChoice: Sendable, Equatable {
  /// The word that names the choice, as the county server's `status=` reads it back.
  public var name: String
  /// The states it stands for.
  public var statuses: Set<CaseStatus>

  /// Every dropout not yet back in school: 确认辍学, 劝返中, 限期复学, 逾期, 报乡镇.
  public static let dropouts = CaseStatusChoice(
    name: "辍学", statuses: Set(CaseStatus.allCases.filter(\.isDropout)))

  /// The words that stand for `dropouts`.
  static let dropoutWords: Set<String> = ["辍学", "辍学学生", "全部辍学", "dropouts"]

  /// One state.
  public init(_ status: CaseStatus) {
    self.init(name: status.rawValue, statuses: [status])
  }

  init(name: String, statuses: Set<CaseStatus>) {
    self.name = name
    self.statuses = statuses
  }

  /// Reads what was typed: a state's own name first (`确认辍学` is that state alone), then
  /// `辍学`, then a state's other names (`休学`, `销号`, `suspected`).
  public init?(typed text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let status = CaseStatus(rawValue: trimmed) {
      self.init(status)
    } else if Self.dropoutWords.contains(trimmed.lowercased()) {
      self = Self.dropouts
    } else if let status = CaseStatus(typed: trimmed) {
      self.init(status)
    } else {
      return nil
    }
  }

  /// The states in the order of the workflow, for messages.
  public var ordered: [CaseStatus] { CaseStatus.allCases.filter(statuses.contains) }

  /// Why `text` is not a state, with every word that is.
  public static func refusal(_ text: String) -> Localized {
    let each = CaseStatus.allCases.map(\.rawValue).joined(separator: "、")
    let dropout = dropouts.ordered.map(\.rawValue).joined(separator: "、")
    return Localized(
      "不认识的状态“\(text)”。可用：\(each)；或 辍学（还没有复学的辍学学生：\(dropout)）。",
      en:
        "unknown status “\(text)”. Use one of: \(CaseStatus.allCases.map(\.english).joined(separator: ", "));"
        + " or dropouts (every dropout not yet back: "
        + dropouts.ordered.map(\.english).joined(separator: ", ") + ").")
  }
}
