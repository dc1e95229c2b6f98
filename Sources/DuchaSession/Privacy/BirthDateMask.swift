/// A child's birth date in a masked output: the year only (`2013-**-**`). The ID number's mask
/// hides its birth date, so a birth date column beside it must not give the day back; the year
/// is kept, as the phone keeps its last four digits, because the age group is what a reader of
/// a shared list needs (which grade, whether still of compulsory-school age).
public enum BirthDateMask {
  /// `2013-05-07` → `2013-**-**`; a date not starting with a year has every digit masked.
  public static func year(_ text: String) -> String {
    // Dates as the lists write them are ASCII: masked on their bytes (the general path below,
    // by Characters, was a quarter of laying out compare's 问题户籍 list). Same result.
    let utf8 = text.utf8
    if utf8.count >= 4, utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(utf8)
      let digit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
      let keepsYear = bytes[0..<4].allSatisfy(digit)
      var masked = bytes
      for index in (keepsYear ? 4 : 0)..<bytes.count where digit(bytes[index]) {
        masked[index] = UInt8(ascii: "*")
      }
      return String(decoding: masked, as: UTF8.self)
    }
    let year = text.prefix(4)
    let keepsYear = year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
    let rest = keepsYear ? text.dropFirst(4) : Substring(text)
    return (keepsYear ? String(year) : "") + String(rest.map { $0.isNumber ? "*" : $0 })
  }
}
