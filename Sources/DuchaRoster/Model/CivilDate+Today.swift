import Foundation

extension CivilDate {
  /// Today in the local time zone (birth dates are local dates).
  public static func today(now: Date = Date()) -> CivilDate {
    let components = Calendar.current.dateComponents([.year, .month, .day], from: now)
    return CivilDate(
      year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
      ?? CivilDate(daysSinceEpoch: 0)
  }
}
