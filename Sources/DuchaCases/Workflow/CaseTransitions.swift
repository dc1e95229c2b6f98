import DuchaChecklist
import DuchaRoster
import DuchaSession

/// The state machine of a case: which action is allowed in which state, what each needs, and
/// what it records. Pure: no store, no clock (the caller passes the time), so every allowed and
/// refused transition is tested without a database.
public enum CaseTransitions {
  /// Who made a change, when and why.
  public struct Author: Sendable, Equatable {
    /// `--by`.
    public var by: String
    /// `--reason`.
    public var reason: String
    /// ISO 8601 time of the change.
    public var time: String

    /// Creates an author.
    public init(by: String, reason: String, time: String) {
      self.by = by
      self.reason = reason
      self.time = time
    }
  }

  /// The states a confirmed dropout can be in before the return.
  static let dropoutStates: [CaseStatus] = [
    .dropout, .persuading, .noticeIssued, .overdue, .reported,
  ]

  /// The record after `action` and the history entry that records it, or why it is refused.
  public static func apply(
    _ action: CaseAction, to record: CaseRecord, nextSequence: Int, author: Author
  ) -> Result<(CaseRecord, CaseEvent), CaseRefusal> {
    let who = author.by.trimmingCharacters(in: .whitespaces)
    guard !who.isEmpty else {
      return .failure(
        CaseRefusal(
          Localized("没有写是谁做的这次修改。", en: "the change does not say who made it."),
          fix: Localized("加上 --by 姓名，例如 --by 李辉。", en: "add --by NAME, e.g. --by 李辉."),
          inspectionFix: Localized(
            "这次检查没有记检查人员，无法写明是谁改的；请县里在台账上修改。",
            en: "this inspection names no inspector; ask the county office to change the case.")))
    }
    if action.needsReason, author.reason.trimmingCharacters(in: .whitespaces).isEmpty {
      return .failure(
        CaseRefusal(
          Localized(
            "“\(action.name)”要写理由（依据什么作出的判断）。", en: "'\(action.englishName)' needs a reason."),
          fix: Localized(
            "加上 --reason \"…\"，写明依据，例如 --reason \"入户走访，查看了就读证明\"。",
            en: "add --reason \"…\" saying what it rests on."),
          inspectionFix: Localized(
            "在编号后面写上依据，例如：案例 辍学 3 入户核实，孩子在家务农。",
            en: "write the grounds after the number, e.g. cases dropout 3 <grounds>.")))
    }
    var updated = record
    var details: [String: String] = [:]
    switch changes(action, record: record, updated: &updated, details: &details) {
    case .failure(let refusal): return .failure(refusal)
    case .success: break
    }
    // After the state's refusal, which says more (a suspected case is not closed at all).
    if let order = CaseDateOrder.refusal(action, record: record) { return .failure(order) }
    updated.updatedAt = author.time
    updated.version = record.version + 1
    let event = CaseEvent(
      caseID: record.id, sequence: nextSequence, time: author.time, by: who,
      reason: author.reason.trimmingCharacters(in: .whitespaces), action: action.name,
      from: record.status, to: updated.status, details: details)
    return .success((updated, event))
  }

  /// Applies the action's effect to `updated`, or refuses.
  static func changes(
    _ action: CaseAction, record: CaseRecord, updated: inout CaseRecord,
    details: inout [String: String]
  ) -> Result<Void, CaseRefusal> {
    let state = record.status
    switch action {
    case .check(let outcome, let date):
      guard state == .suspected else { return .failure(Refusals.checkOnlySuspected(record)) }
      if let missing = Refusals.missingCheckFields(outcome) { return .failure(missing) }
      recordOutcome(outcome, into: &updated, details: &details)
      // The registers' 核查日期: the day checked, when it is not the day recorded.
      if let date { details[CaseEntry.checkDateKey] = date.description }
      updated.status = outcome.status
    case .assign(let school, let person):
      guard !state.isClosed else { return .failure(Refusals.closed(record, action)) }
      // `大庙 小学` is the school the lists and sessions call `大庙小学` (`UnitName`).
      let school = school.map(UnitName.normalized) ?? ""
      let person = person?.trimmingCharacters(in: .whitespaces) ?? ""
      guard !school.isEmpty || !person.isEmpty else { return .failure(Refusals.assignNeedsWho) }
      if !school.isEmpty {
        updated.responsibleSchool = school
        details["责任学校"] = school
      }
      if !person.isEmpty {
        updated.assignee = person
        details["包保责任人"] = person
      }
    case .township(let township):
      let township = UnitName.normalized(township)
      guard !township.isEmpty else { return .failure(Refusals.townshipNeedsName) }
      let before = record.child.township
      guard township != before else { return .failure(Refusals.townshipUnchanged(record)) }
      updated.child.township = township
      details["乡镇"] = township
      // The old name stays in the history: registers handed in before the correction used it.
      if !before.isEmpty { details["原乡镇"] = before }
    case .visit(let visit):
      guard dropoutStates.contains(state) else {
        return .failure(Refusals.visitNeedsDropout(record))
      }
      if let missing = Refusals.missingVisitFields(visit) { return .failure(missing) }
      updated.facts.visits.append(visit)
      if state == .dropout { updated.status = .persuading }
      details = ["走访日期": visit.date, "走访人": visit.visitors, "结果": visit.outcome]
    case .issueNotice(let date):
      guard state == .dropout || state == .persuading else {
        return .failure(Refusals.noticeNeedsDropout(record))
      }
      let due = date.adding(days: 7)
      updated.facts.noticeDate = date.description
      updated.facts.dueDate = due.description
      updated.status = .noticeIssued
      details = ["通知日期": date.description, "复学期限": due.description]
    case .markOverdue(let today):
      guard state == .noticeIssued else { return .failure(Refusals.overdueNeedsNotice(record)) }
      guard let due = record.facts.dueDate.flatMap(CivilDate.init(parsing:)), today > due else {
        return .failure(Refusals.notYetDue(record, today: today))
      }
      updated.status = .overdue
      details = ["复学期限": due.description, "记逾期日期": today.description]
    case .report(let date, let number):
      guard state == .overdue else { return .failure(Refusals.reportNeedsOverdue(record)) }
      let number = number.trimmingCharacters(in: .whitespaces)
      guard !number.isEmpty else { return .failure(Refusals.reportNeedsNumber(record)) }
      updated.facts.reportDate = date.description
      updated.facts.decisionNumber = number
      updated.status = .reported
      details = ["报告日期": date.description, "行政处罚决定书": number]
    case .returnToSchool(let date, let school, let className):
      guard dropoutStates.contains(state) else {
        return .failure(Refusals.returnNeedsDropout(record))
      }
      let school = school.trimmingCharacters(in: .whitespaces)
      let className = className.trimmingCharacters(in: .whitespaces)
      guard !school.isEmpty, !className.isEmpty else {
        return .failure(Refusals.returnNeedsSchoolAndClass(record))
      }
      updated.facts.returnDate = date.description
      updated.facts.school = school
      updated.facts.className = className
      updated.status = .returned
      details = ["复学日期": date.description, "复学学校": school, "班级": className]
    case .confirm:
      break
    case .reopen:
      guard state.isClosed else { return .failure(Refusals.reopenNeedsClosed(record)) }
      updated.status = .suspected
    }
    return .success(())
  }

  /// Writes a check outcome's facts into the record and the history details.
  static func recordOutcome(
    _ outcome: CheckOutcome, into updated: inout CaseRecord, details: inout [String: String]
  ) {
    switch outcome {
    case .studyingElsewhere(let place, let proof):
      updated.facts.elsewhere = place
      updated.facts.proof = proof
      details = ["就读地": place, "证明": proof]
    case .enrolled(let school, let className):
      updated.facts.school = school
      updated.facts.className = className
      details = ["学校": school]
      if let className { details["班级"] = className }
    case .deferred(let certificate):
      updated.facts.certificate = certificate
      details = ["证明": certificate]
    case .movedOrDeceased(let kind, let proof):
      updated.facts.departure = kind
      updated.facts.proof = proof
      details = ["情况": kind, "证明": proof]
    case .completed(let proof):
      updated.facts.proof = proof
      details = ["证明": proof]
    case .dropout:
      details = [:]
    }
  }
}
