/// A child's birth date in a masked output: the year only (`2013-**-**`). The ID number's mask
/// hides its birth date, so a birth date column beside it must not give the day back; the year
/// is kept, as the phone keeps its last four digits, because the age group is what a reader of
/// a shared list needs (which grade, whether still of compulsory-school age).
public enum BirthDateMask {
  /// `2013-05-07` → `2013-**-**`; a date not starting with a year has every digit masked.
  public static func year(_ text: String) -> String {
    let year = text.prefix(4)
    let keepsYear = year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
    let rest = keepsYear ? text.dropFirst(4) : Substring(text)
    return (keepsYear ? String(year) : "") + String(rest.map { $0.isNumber ? "*" : $0 })
  }
}
