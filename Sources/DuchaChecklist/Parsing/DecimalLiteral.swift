import Foundation

/// Numbers as checklists write them (`12`, `0.5`), read without Foundation's locale-aware
/// parser: `Decimal(string:locale:)` set up an ICU number formatter on first use and cost more
/// than the rest of a number's lexing.
public enum DecimalLiteral {
  static let posix = Locale(identifier: "en_US_POSIX")

  /// `Decimal(string: text, locale: en_US_POSIX)`, the same value with the same stored bytes.
  /// ASCII `digits` or `digits.digits` of at most 19 significant digits are read here; any
  /// other text (and a zero written with a fraction, which Foundation stores with its
  /// exponent) goes to Foundation.
  static func value(_ text: Substring) -> Decimal? {
    fast(text.utf8) ?? Decimal(string: String(text), locale: posix)
  }

  /// `value` of a whole string.
  public static func value(_ text: String) -> Decimal? {
    value(text[...])
  }

  static func fast(_ bytes: Substring.UTF8View) -> Decimal? {
    var significand: UInt64 = 0
    var digits = 0
    var integerDigits = 0
    var fractionDigits = 0
    var seenDot = false
    for byte in bytes {
      if byte == 0x2E {
        guard !seenDot, integerDigits > 0 else { return nil }
        seenDot = true
        continue
      }
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      if seenDot { fractionDigits += 1 } else { integerDigits += 1 }
      // Leading zeros of the integer part are not significant.
      if significand == 0, byte == 0x30, !seenDot { continue }
      digits += 1
      guard digits <= 19 else { return nil }
      significand = significand * 10 + UInt64(byte - 0x30)
    }
    guard integerDigits > 0, !seenDot || fractionDigits > 0 else { return nil }
    if significand == 0 {
      return fractionDigits == 0 ? Decimal(sign: .plus, exponent: 0, significand: 0) : nil
    }
    return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
  }
}
