/// The Gregorian calendar as every date in ducha is written: `YYYY-MM-DD`, a real day. One place
/// for the month lengths that the answer reader, plans, rosters and the session check all need.
public enum CalendarDay {
  /// The days of `month` (1–12) in `year`, leap years included; 0 for a month that is not 1–12.
  public static func count(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    case 1, 3, 5, 7, 8, 10, 12: 31
    default: 0
    }
  }

  /// Whether `text` is exactly `YYYY-MM-DD` (ASCII digits, two-digit month and day) naming a day
  /// that exists, as ducha itself writes dates: `2021-10-27` yes; `2021-10-32`, `2021-02-29`,
  /// `2021-1-5` and `2021/10/27` no.
  public static func isWritten(_ text: String) -> Bool {
    // Read byte by byte without an array: every session of a summary passes here.
    var fields = (year: 0, month: 0, day: 0)
    var length = 0
    for byte in text.utf8 {
      defer { length += 1 }
      if length == 4 || length == 7 {
        guard byte == UInt8(ascii: "-") else { return false }
        continue
      }
      guard length < 10, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
      let digit = Int(byte - UInt8(ascii: "0"))
      switch length {
      case 0..<4: fields.year = fields.year * 10 + digit
      case 5..<7: fields.month = fields.month * 10 + digit
      default: fields.day = fields.day * 10 + digit
      }
    }
    return length == 10 && fields.year >= 1 && fields.day >= 1
      && fields.day <= count(inMonth: fields.month, of: fields.year)
  }
}
