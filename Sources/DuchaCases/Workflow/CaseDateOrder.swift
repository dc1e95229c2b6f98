import DuchaChecklist
import DuchaRoster

/// Dates a case's steps must keep in order: a child is back at school only after the last
/// visit, notice and report that found them out of it, and a case is reported to the township
/// only after its notice ran out. A date typed wrong (2022-09-01 for 2022-10-09) would
/// otherwise stand in the registers as a return before the notice that demanded it.
enum CaseDateOrder {
  /// The latest dated step of the case that says the child was still out of school, with its
  /// name for the message.
  static func lastStepOutOfSchool(_ record: CaseRecord) -> (name: Localized, date: CivilDate)? {
    var steps: [(Localized, CivilDate)] = record.facts.visits.compactMap { visit in
      CivilDate(parsing: visit.date).map { (Localized("走访", en: "visit"), $0) }
    }
    if let notice = record.facts.noticeDate.flatMap(CivilDate.init(parsing:)) {
      steps.append((Localized("限期复学通知", en: "notice"), notice))
    }
    if let report = record.facts.reportDate.flatMap(CivilDate.init(parsing:)) {
      steps.append((Localized("报乡镇", en: "report to the township"), report))
    }
    return steps.max { $0.1 < $1.1 }
  }

  /// The 核查日期 of the case's confirmation as a dropout (核查 → 确认辍学, the latest after a
  /// reopening), when one was given. A confirmation recorded without `--date` says only when
  /// it was typed, often weeks after the visits it sums up, so it bounds nothing.
  static func confirmation(in history: [CaseEvent]) -> CivilDate? {
    guard let event = history.last(where: { $0.action == "核查" && $0.to == .dropout }) else {
      return nil
    }
    return event.details[CaseEntry.checkDateKey].flatMap(CivilDate.init(parsing:))
  }

  /// Whether `action` is a 劝返 step that must not be dated before the confirmation: a visit
  /// or a notice to bring back a child not yet found out of school has no place in the
  /// registers (a slip such as 2021-09-12 for 2021-10-12).
  static func followsConfirmation(_ action: CaseAction) -> Bool {
    switch action {
    case .visit, .issueNotice: true
    default: false
    }
  }

  /// Why a visit or a notice dated before the case's confirmation cannot be recorded.
  static func refusal(
    _ action: CaseAction, record: CaseRecord, confirmed: CivilDate?
  ) -> CaseRefusal? {
    guard followsConfirmation(action), let confirmed, let date = action.day, date < confirmed
    else { return nil }
    return Refusals.stepBeforeConfirmation(record, action: action, date: date, confirmed: confirmed)
  }

  /// Why `action`'s date cannot stand in `record`'s history, or nil when it can.
  static func refusal(_ action: CaseAction, record: CaseRecord) -> CaseRefusal? {
    switch action {
    case .returnToSchool(let date, _, _):
      guard let last = lastStepOutOfSchool(record), date < last.date else { return nil }
      return Refusals.returnBeforeStep(record, date: date, step: last.name, stepDate: last.date)
    case .report(let date, _):
      guard let due = record.facts.dueDate.flatMap(CivilDate.init(parsing:)), date <= due
      else { return nil }
      return Refusals.reportBeforeDue(record, date: date, due: due)
    default:
      return nil
    }
  }
}
