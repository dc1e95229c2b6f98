import DuchaRoster

extension CivilDate {
  /// Days since 1970-01-01 (Howard Hinnant's days-from-civil), the inverse of
  /// `init(daysSinceEpoch:)`: plain integer arithmetic, so month and year ends need no calendar.
  public var daysSinceEpoch: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` later (earlier when negative): 2021-02-25 + 7 = 2021-03-04.
  public func adding(days: Int) -> CivilDate {
    CivilDate(daysSinceEpoch: daysSinceEpoch + days)
  }
}
