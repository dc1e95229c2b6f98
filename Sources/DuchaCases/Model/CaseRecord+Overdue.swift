import DuchaRoster

extension CaseRecord {
  /// The case as it stands on `today`: a 限期复学 notice whose due day has passed without a
  /// return is 逾期, whether or not anyone recorded it. 逾期 is a fact of the calendar, so it is
  /// derived when the ledger is read (list, show, overdue, registers, an inspection's figures)
  /// rather than waiting for a clerk's command; the next change to the case stores it (its
  /// history entry then reads 逾期 → …). A notice without a readable due day stays 限期复学.
  public func asOf(_ today: CivilDate) -> CaseRecord {
    guard status == .noticeIssued, isPastDue(on: today) else { return self }
    var result = self
    result.status = .overdue
    return result
  }

  /// Whether the notice's due day is before `today` (the due day itself is not late).
  public func isPastDue(on today: CivilDate) -> Bool {
    guard let due = facts.dueDate.flatMap(CivilDate.init(parsing:)) else { return false }
    return today > due
  }

  /// The day the case became 逾期 without a command: the day after the due day, when the
  /// stored state is still 限期复学 and `today` is past it.
  public func automaticOverdueDay(on today: CivilDate) -> CivilDate? {
    guard status == .noticeIssued, isPastDue(on: today),
      let due = facts.dueDate.flatMap(CivilDate.init(parsing:))
    else { return nil }
    return due.adding(days: 1)
  }
}
