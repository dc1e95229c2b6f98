import Foundation

extension CivilDate {
  /// China's calendar: every timestamp the tools write is China Standard Time (`Timestamp`),
  /// so the day is too, whatever zone the machine is set to (a county server or a container
  /// on UTC). On the local zone, between 00:00 and 08:00 in China a visit recorded without
  /// `--date` was dated the day before, and one dated today was refused as after today.
  static let chinaCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone =
      TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)
      ?? calendar.timeZone
    return calendar
  }()

  /// Today in China (birth dates, visits and notices are China's days).
  public static func today(now: Date = Date()) -> CivilDate {
    let components = chinaCalendar.dateComponents([.year, .month, .day], from: now)
    return CivilDate(
      year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
      ?? CivilDate(daysSinceEpoch: 0)
  }
}
