import Foundation

/// Times as inspectors read them: ISO 8601 in China Standard Time (+08:00), which also sorts
/// correctly as text because every timestamp carries the same offset.
public enum Timestamp {
  /// `date` as `2021-10-27T09:30:00+08:00`.
  ///
  /// Every answer is stamped twice (the session's `updatedAt`, the undo step), and building an
  /// `ISO8601DateFormatter` with its time zone costs more than the rest of the answer's
  /// bookkeeping: dates since 1992, when China's clocks have been +08:00 all year, are written
  /// by hand; earlier dates (daylight saving 1986–1991, local mean time) go to the formatter.
  public static func string(from date: Date) -> String {
    if let text = fixedOffsetString(date) { return text }
    return formatterString(date)
  }

  /// Now.
  public static var now: String { string(from: Date()) }

  /// The first second after which Asia/Shanghai never changed its offset: 1992-01-01 00:00 +08:00.
  static let fixedOffsetSince: Double = 694_195_200
  /// The first second of the year 10000, which ISO 8601 without an extension cannot write.
  static let fixedOffsetUntil: Double = 253_402_300_800 - 8 * 3600

  /// The hand-written form, or nil outside the years it covers.
  static func fixedOffsetString(_ date: Date) -> String? {
    // As Foundation hands the date to ICU: milliseconds since 1970, rounded half up, then cut to
    // whole seconds (xx:59.9995 is written as the next second, xx:59.9994 not).
    let milliseconds = ((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5)
      .rounded(.down)
    guard milliseconds >= fixedOffsetSince * 1000, milliseconds < fixedOffsetUntil * 1000 else {
      return nil
    }
    // The range above keeps the Int exact and positive.
    let local = Int(milliseconds) / 1000 + 8 * 3600
    let days = local / 86_400
    let inDay = local % 86_400
    let (year, month, day) = civilDate(daysSince1970: days)
    // Digits written into a copy of the pattern: appending ten small strings cost more than the
    // rest of the answer's bookkeeping around it (`callgrind` of the bench walk: 7,800
    // instructions per timestamp). The range above keeps the year at four digits.
    var bytes = pattern
    put(year, width: 4, at: 0, in: &bytes)
    put(month, width: 2, at: 5, in: &bytes)
    put(day, width: 2, at: 8, in: &bytes)
    put(inDay / 3600, width: 2, at: 11, in: &bytes)
    put(inDay / 60 % 60, width: 2, at: 14, in: &bytes)
    put(inDay % 60, width: 2, at: 17, in: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// What `fixedOffsetString` fills in.
  private static let pattern = Array("0000-00-00T00:00:00+08:00".utf8)

  /// Writes the last `width` decimal digits of `number` (non-negative) at `start`.
  private static func put(_ number: Int, width: Int, at start: Int, in bytes: inout [UInt8]) {
    var rest = number
    for position in stride(from: start + width - 1, through: start, by: -1) {
      bytes[position] = 0x30 + UInt8(rest % 10)
      rest /= 10
    }
  }

  /// The Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`), for
  /// non-negative counts.
  static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// Foundation's formatter, for dates outside the fixed-offset years (and for tests).
  static func formatterString(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
    return formatter.string(from: date)
  }
}
