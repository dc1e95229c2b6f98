/// A year as notices and forms write it: `2021`, `2021年`, `2021年度`, with full-width digits
/// too. The header's 年度 and 考核年度, a sample's 年度 and a plan's 年度 all take it; `2021年`
/// was refused as “不是一个年份”, though it is how every notice writes one.
public enum WrittenYear {
  /// The year, when `text` is four digits with or without 年 or 年度; nil otherwise.
  public static func parse<S: StringProtocol>(_ text: S) -> Int? {
    var digits = Substring(Substring(text).trimmingSpaces())
    for suffix in ["年度", "年"] where digits.hasSuffix(suffix) {
      digits = digits.dropLast(suffix.count)
      break
    }
    let narrow = digits.unicodeScalars.map { scalar -> Character in
      // ０–９ (U+FF10–FF19) as 0–9.
      (0xFF10...0xFF19).contains(scalar.value)
        ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar) : Character(scalar)
    }
    guard narrow.count == 4, narrow.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(String(narrow))
  }
}
