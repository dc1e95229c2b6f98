import DuchaChecklist

/// A calendar day in a plan, written `YYYY-MM-DD`.
public struct PlanDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1–12.
  public var month: Int
  /// The day of the month.
  public var day: Int

  /// Parses `2021-10-26` (also `2021/10/26`, `2021.10.26` or `2021年10月26日`); nil for text
  /// that is not a real day.
  public init?(_ text: String) {
    let parts = text.split(whereSeparator: { "-/.年月日".contains($0) }).map(String.init)
    guard parts.count == 3, parts[0].count == 4,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      (1...12).contains(month), day >= 1, day <= CalendarDay.count(inMonth: month, of: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// `2021-10-26`.
  public var description: String {
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  /// Orders days in time.
  public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

}
