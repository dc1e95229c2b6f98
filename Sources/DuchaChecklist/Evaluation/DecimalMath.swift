import Foundation

/// Sums, differences, products, exact quotients and comparisons of the small decimals scores are made of (`2.5`, `100`,
/// `0.25`), bit for bit what Foundation's `+`, `-`, `*`, `/` and `<` give, at a fraction of their cost.
///
/// Why: `perf record` of `ducha summary` over 10,000 sessions spent 8.8% of its CPU in
/// Foundation's `Decimal` addition and subtraction and 1.7% in its `<` (each call works on the
/// full 128-bit mantissa, allocates while compacting the result, and goes through generic
/// code); scoring adds up every item, part, section and total of every unit, and the item
/// statistics add every unit's score of every item. A score's mantissa fits in 32 bits, so
/// here two such values are lined up on the smaller exponent and added as 64-bit integers,
/// and the result is written in the form Foundation's addition gives (trailing zeros moved to
/// the exponent, marked compact). Anything else — a longer mantissa, exponents more than nine
/// apart, NaN, an uncompacted value, a result that would not fit — goes to Foundation's own
/// operator. The value's layout (exponent byte, length and flags byte, two reserved bytes, eight
/// little-endian 16-bit mantissa words) is checked once against values Foundation made before
/// the short path is ever taken; `DecimalMathTests` holds every result to Foundation's bytes.
public enum DecimalMath {
  /// `a + b`.
  @inline(__always)
  public static func sum(_ a: Decimal, _ b: Decimal) -> Decimal {
    if layoutKnown, let x = small(a), let y = small(b), let result = add(x, y, negating: false) {
      return result
    }
    return a + b
  }

  /// `a - b`.
  @inline(__always)
  public static func difference(_ a: Decimal, _ b: Decimal) -> Decimal {
    if layoutKnown, let x = small(a), let y = small(b), let result = add(x, y, negating: true) {
      return result
    }
    return a - b
  }

  /// `a < b`.
  @inline(__always)
  public static func less(_ a: Decimal, _ b: Decimal) -> Bool {
    if layoutKnown, let x = small(a), let y = small(b), let (left, right) = aligned(x, y) {
      return left < right
    }
    return a < b
  }

  /// How `a` compares with `b` (−1 less, 0 equal, 1 greater) when both take the short path;
  /// nil otherwise (then Foundation's own operators decide).
  @inline(__always)
  public static func order(_ a: Decimal, _ b: Decimal) -> Int? {
    guard layoutKnown, let x = small(a), let y = small(b), let (left, right) = aligned(x, y)
    else { return nil }
    return left < right ? -1 : left == right ? 0 : 1
  }

  /// `a * b`. Both factors short, with exponents within ±12 (Foundation itself traps or rounds
  /// near the ends of the exponent range), and a product that fits the short form.
  @inline(__always)
  public static func product(_ a: Decimal, _ b: Decimal) -> Decimal {
    if layoutKnown, let x = small(a), let y = small(b), abs(x.exponent) <= 12,
      abs(y.exponent) <= 12
    {
      // Each magnitude is below 2³²: the product fits 64 bits.
      let magnitude = x.mantissa.magnitude * y.mantissa.magnitude
      if magnitude < 1 << 62 {
        let signed = Int64(magnitude)
        let negative = (x.mantissa < 0) != (y.mantissa < 0)
        if let result = make(negative ? -signed : signed, exponent: x.exponent + y.exponent) {
          return result
        }
      }
    }
    return a * b
  }

  /// `a / b`. Both short, with exponents within ±12, and the quotient exact in at most nine more
  /// decimals (`90 / 100`, `7 / 8`): Foundation then gives that exact value, compacted, after
  /// dividing 38 digits and stripping the zeros one division at a time (tens of thousands of
  /// instructions). A quotient such as `1 / 3` goes to Foundation, which rounds it.
  @inline(__always)
  public static func quotient(_ a: Decimal, _ b: Decimal) -> Decimal {
    if layoutKnown, let x = small(a), let y = small(b), abs(x.exponent) <= 12,
      abs(y.exponent) <= 12, let result = divide(x, y)
    {
      return result
    }
    return a / b
  }

  /// The exact quotient in the short form, or nil (division by zero, a zero dividend, a
  /// quotient that does not end within nine more decimals or does not fit).
  @inline(__always)
  private static func divide(
    _ x: (mantissa: Int64, exponent: Int), _ y: (mantissa: Int64, exponent: Int)
  ) -> Decimal? {
    guard y.mantissa != 0, x.mantissa != 0 else { return nil }
    let divisor = y.mantissa.magnitude
    var dividend = x.mantissa.magnitude
    // Below 2³² × 10⁹ < 2⁶², so the dividend never overflows.
    for shift in 0...9 {
      if dividend % divisor == 0 {
        let magnitude = Int64(dividend / divisor)
        let negative = (x.mantissa < 0) != (y.mantissa < 0)
        return make(negative ? -magnitude : magnitude, exponent: x.exponent - y.exponent - shift)
      }
      if shift < 9 { dividend *= 10 }
    }
    return nil
  }

  /// What `NSDecimalNumber(decimal:).stringValue` writes for `value` when it has at most
  /// `places` decimals (so rounding to `places` leaves it as it is): `2.5`, `-0.25`, `100`, `0`.
  /// Nil for any other value. The summary's draft and tables write a score for every unit, and
  /// Foundation's rounding and `NSDecimalNumber` cost about three times this.
  static func plainText(_ value: Decimal, places: Int) -> String? {
    guard layoutKnown, let (mantissa, exponent) = small(value), exponent >= -places,
      exponent <= 20
    else { return nil }
    if mantissa == 0 { return "0" }
    var digits = String(mantissa.magnitude)
    if exponent > 0 {
      digits += String(repeating: "0", count: exponent)
    } else if exponent < 0 {
      let point = -exponent
      if digits.utf8.count <= point {
        digits = "0." + String(repeating: "0", count: point - digits.utf8.count) + digits
      } else {
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -point))
      }
    }
    return mantissa < 0 ? "-" + digits : digits
  }

  /// `min(a, b)`, as the standard library's `min` picks.
  @inline(__always)
  public static func minimum(_ a: Decimal, _ b: Decimal) -> Decimal { less(b, a) ? b : a }

  /// `max(a, b)`, as the standard library's `max` picks.
  @inline(__always)
  public static func maximum(_ a: Decimal, _ b: Decimal) -> Decimal { less(b, a) ? a : b }

  /// The sum of `values` from 0, in order: what `values.reduce(0, +)` gives.
  public static func total<Values: Sequence<Decimal>>(_ values: Values) -> Decimal {
    var total = Decimal(0)
    for value in values { total = sum(total, value) }
    return total
  }

  /// A value with a mantissa below 2³²: its signed mantissa and exponent. Zero (all bytes 0)
  /// qualifies; NaN, a negative zero, an uncompacted value or a longer mantissa do not.
  @inline(__always)
  static func small(_ value: Decimal) -> (mantissa: Int64, exponent: Int)? {
    withUnsafeBytes(of: value) { raw -> (mantissa: Int64, exponent: Int)? in
      let flags = raw[1]
      guard flags & 0x03 == 0, raw[2] == 0, raw[3] == 0 else { return nil }
      let length = flags >> 4
      if length == 0 { return flags == 0 && raw[0] == 0 ? (0, 0) : nil }
      guard length <= 2, flags & 0x04 != 0 else { return nil }
      let magnitude =
        Int64(raw[4]) | Int64(raw[5]) << 8 | Int64(raw[6]) << 16 | Int64(raw[7]) << 24
      return (flags & 0x08 != 0 ? -magnitude : magnitude, Int(Int8(bitPattern: raw[0])))
    }
  }

  private static let powersOfTen: [Int64] = [
    1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
  ]

  /// Both mantissas on the smaller exponent; nil when the exponents are more than nine apart
  /// (then a product could leave 64 bits).
  @inline(__always)
  private static func aligned(
    _ x: (mantissa: Int64, exponent: Int), _ y: (mantissa: Int64, exponent: Int)
  ) -> (Int64, Int64)? {
    let gap = x.exponent - y.exponent
    guard gap >= -9, gap <= 9 else { return nil }
    if gap > 0 { return (x.mantissa * powersOfTen[gap], y.mantissa) }
    return (x.mantissa, y.mantissa * powersOfTen[-gap])
  }

  @inline(__always)
  private static func add(
    _ x: (mantissa: Int64, exponent: Int), _ y: (mantissa: Int64, exponent: Int), negating: Bool
  ) -> Decimal? {
    guard let (left, right) = aligned(x, y) else { return nil }
    // Each side is below 2³² × 10⁹ < 2⁶²: the sum cannot overflow.
    return make(left + (negating ? -right : right), exponent: min(x.exponent, y.exponent))
  }

  /// The compact value `mantissa × 10^exponent` as Foundation's addition writes it; nil when
  /// it does not fit the short form.
  @inline(__always)
  private static func make(_ mantissa: Int64, exponent: Int) -> Decimal? {
    if mantissa == 0 { return Decimal() }
    var magnitude = mantissa.magnitude
    var exponent = exponent
    while magnitude % 10 == 0, exponent < 127 {
      magnitude /= 10
      exponent += 1
    }
    guard magnitude < 1 << 32, exponent >= -128, exponent <= 127 else { return nil }
    var value = Decimal()
    withUnsafeMutableBytes(of: &value) { raw in
      raw[0] = UInt8(bitPattern: Int8(truncatingIfNeeded: exponent))
      raw[1] = (magnitude >= 1 << 16 ? 0x20 : 0x10) | 0x04 | (mantissa < 0 ? 0x08 : 0)
      raw[4] = UInt8(truncatingIfNeeded: magnitude)
      raw[5] = UInt8(truncatingIfNeeded: magnitude >> 8)
      raw[6] = UInt8(truncatingIfNeeded: magnitude >> 16)
      raw[7] = UInt8(truncatingIfNeeded: magnitude >> 24)
    }
    return value
  }

  /// Whether this Foundation lays a `Decimal` out as `small` and `make` read and write it:
  /// checked on values Foundation itself made, once, before the short path is taken.
  static let layoutKnown: Bool = {
    guard MemoryLayout<Decimal>.size == 20 else { return false }
    let samples: [(Decimal, [UInt8])] = [
      (Decimal(0), [0, 0, 0, 0]),
      (Decimal(string: "-2.5") ?? .nan, [0xFF, 0x1C, 0, 0, 25, 0, 0, 0]),
      (Decimal(65536), [0, 0x24, 0, 0, 0, 0, 1, 0]),
      (Decimal(string: "0.125") ?? .nan, [0xFD, 0x14, 0, 0, 125, 0, 0, 0]),
    ]
    return samples.allSatisfy { value, prefix in
      withUnsafeBytes(of: value) { raw in
        Array(raw.prefix(prefix.count)) == prefix
          && raw.dropFirst(prefix.count).allSatisfy { $0 == 0 }
      }
    }
  }()
}
