import Foundation

extension CheckOutcome {
  /// The results a check can have, as `--result` takes them, for messages.
  public static let typedNames = "已在外地就读、已入学、延缓入学/休学、迁出、死亡、确认辍学"

  /// The 核查结果 as a clerk types it, read as `CaseStatus(typed:)` reads a status — the Chinese
  /// name or its short form (`外地就读`, `休学`, `迁出`, `死亡`, `辍学`) or the English one
  /// (`studying-elsewhere`) — with the details given beside it. Nil for a word that is no result
  /// of a check: `劝返中` or `已复学销号` come from other actions.
  public init?(
    typed result: String, place: String?, proof: String?, certificate: String?, school: String?,
    className: String?
  ) {
    guard let status = CaseStatus(typed: result) else { return nil }
    let word = result.trimmingCharacters(in: .whitespaces)
    switch status {
    case .studyingElsewhere: self = .studyingElsewhere(place: place ?? "", proof: proof ?? "")
    case .enrolled: self = .enrolled(school: school ?? "", className: className)
    case .deferred: self = .deferred(certificate: certificate ?? "")
    case .movedOrDeceased:
      // 迁出 and 死亡 typed alone say which; the joint name leaves it to the proof.
      self = .movedOrDeceased(kind: ["迁出", "死亡"].contains(word) ? word : "", proof: proof ?? "")
    case .dropout: self = .dropout
    case .suspected, .persuading, .noticeIssued, .overdue, .reported, .returned: return nil
    }
  }
}
