import Foundation

/// Exact-decimal helpers: scores are `Decimal` end to end and only rounded for display.
public enum ScoreFormat {
  /// `value` rounded half-up to `places` decimals, trailing zeros dropped: 8.50 → "8.5".
  public static func string(_ value: Decimal, places: Int = 2) -> String {
    // A value with no more decimals than `places` is written directly (`DecimalMath`).
    if let text = DecimalMath.plainText(value, places: places) { return text }
    let rounded = round(value, places: places)
    let text = NSDecimalNumber(decimal: rounded).stringValue
    return text == "-0" ? "0" : text
  }

  /// A computed result (`结果 换算`) written so its value can be read off: every decimal of a
  /// value that ends within `maximumPlaces` (a 分配系数 of 0.00075 is “0.00075”, not the “0” two
  /// places would show, and a form's own `四舍五入(x, 2)` shows its two), and a value that does
  /// not end there (1 ÷ 3) rounded to `maximumPlaces` and marked “≈”, never passed off as exact.
  public static func exact(_ value: Decimal, maximumPlaces: Int = 10) -> String {
    let rounded = round(value, places: maximumPlaces)
    let text = string(rounded, places: maximumPlaces)
    return rounded == value ? text : "≈" + text
  }

  /// `value` rounded half-up (away from zero on .5) to `places` decimals.
  public static func round(_ value: Decimal, places: Int = 2) -> Decimal {
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, places, .plain)
    return result
  }

  /// Rounds a step count per the rule's `取整`.
  static func steps(_ value: Decimal, rounding: StepRounding) -> Decimal {
    guard rounding != .proportional else { return value }
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, 0, rounding == .up ? .up : .down)
    return result
  }
}
