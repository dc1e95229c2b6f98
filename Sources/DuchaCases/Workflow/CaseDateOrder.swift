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
