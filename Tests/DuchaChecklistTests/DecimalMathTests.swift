import Foundation
import Testing

@testable import DuchaChecklist

/// `DecimalMath` gives exactly Foundation's results — the same bytes, so the same printed
/// score and the same later sums — on every value it takes its short path for, and hands the
/// rest to Foundation.
@Suite struct DecimalMathTests {
  /// The raw bytes of a value: equal bytes, equal everything (value, text, later sums).
  static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

  /// Scores, halves, quarters, hundredths, both signs, the edges of the 16- and 32-bit
  /// mantissas, long and uncompacted values, extreme exponents and NaN.
  static let values: [Decimal] = {
    var values: [Decimal] = [
      0, 1, 2, 3, 5, 10, 100, 0.5, 2.5, 1.25, 0.1, 0.01, 99.99, 65535, 65536, 131071, 1_000_000,
      -1, -2.5, -0.5, 12.345, 7.75, 20, 30, 15.5, 4_294_967_295, 4_294_967_296, 1 / Decimal(3),
      2 / Decimal(3) * 3, .nan,
    ]
    for text in ["100.00", "0.00", "-0", "0.000000001", "1e100", "1e-100", "1e127", "1e-128"] {
      values.append(Decimal(string: text) ?? .nan)
    }
    for step in 0..<12 {
      values.append(Decimal(step) / 4)
      values.append(Decimal(-step) / 8)
      values.append(Decimal(step * 37))
      values.append(Decimal(step) / 100)
    }
    return values
  }()

  @Test func theLayoutIsTheOneReadAndWritten() {
    #expect(DecimalMath.layoutKnown)
  }

  @Test func everyPairGivesFoundationsBytes() {
    for a in Self.values {
      for b in Self.values {
        #expect(Self.bytes(DecimalMath.sum(a, b)) == Self.bytes(a + b), "\(a) + \(b)")
        #expect(Self.bytes(DecimalMath.difference(a, b)) == Self.bytes(a - b), "\(a) - \(b)")
        #expect(DecimalMath.less(a, b) == (a < b), "\(a) < \(b)")
        if let order = DecimalMath.order(a, b) {
          #expect(order == (a < b ? -1 : a == b ? 0 : 1), "\(a) <=> \(b)")
        }
        #expect(Self.bytes(DecimalMath.minimum(a, b)) == Self.bytes(min(a, b)), "min \(a) \(b)")
        #expect(Self.bytes(DecimalMath.maximum(a, b)) == Self.bytes(max(a, b)), "max \(a) \(b)")
      }
    }
  }

  @Test func randomValuesOfEveryExponentGiveFoundationsBytes() {
    var random = RandomDecimals(seed: 0x9E37_79B9_7F4A_7C15, exponents: -12...12)
    var mismatches = 0
    for _ in 0..<20_000 {
      let (a, b) = (random.value(), random.value())
      if Self.bytes(DecimalMath.sum(a, b)) != Self.bytes(a + b)
        || Self.bytes(DecimalMath.difference(a, b)) != Self.bytes(a - b)
        || DecimalMath.less(a, b) != (a < b)
      {
        mismatches += 1
      }
    }
    #expect(mismatches == 0)
  }

  /// Products and quotients of every pair whose exponents Foundation's own operators handle
  /// (they trap near the ends of the exponent range): the same bytes, whether the quotient is
  /// exact (`90 / 100`, the short path) or rounded by Foundation (`1 / 3`).
  @Test func productsAndQuotientsGiveFoundationsBytes() {
    let moderate = Self.values.filter { !$0.isNaN && abs($0.exponent) <= 30 }
    for a in moderate {
      for b in moderate {
        #expect(Self.bytes(DecimalMath.product(a, b)) == Self.bytes(a * b), "\(a) * \(b)")
        if !b.isZero {
          #expect(Self.bytes(DecimalMath.quotient(a, b)) == Self.bytes(a / b), "\(a) / \(b)")
        }
      }
    }
    let ninetyPercent = DecimalMath.quotient(90, 100)
    #expect(
      Self.bytes(ninetyPercent) == Self.bytes(Decimal(sign: .plus, exponent: -1, significand: 9)))
    #expect(Self.bytes(DecimalMath.quotient(7, -8)) == Self.bytes(Decimal(7) / Decimal(-8)))
  }

  @Test func randomProductsAndQuotientsGiveFoundationsBytes() {
    var random = RandomDecimals(seed: 0x2545_F491_4F6C_DD1D, exponents: -13...13)
    var mismatches = 0
    for _ in 0..<20_000 {
      let (a, b) = (random.value(), random.value())
      if Self.bytes(DecimalMath.product(a, b)) != Self.bytes(a * b)
        || !b.isZero && Self.bytes(DecimalMath.quotient(a, b)) != Self.bytes(a / b)
      {
        mismatches += 1
      }
    }
    #expect(mismatches == 0)
  }

  /// What `ScoreFormat.string` wrote before its short path: Foundation's rounding, then
  /// `NSDecimalNumber`'s text.
  static func foundationText(_ value: Decimal, places: Int) -> String {
    var input = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &input, places, .plain)
    let text = NSDecimalNumber(decimal: rounded).stringValue
    return text == "-0" ? "0" : text
  }

  @Test func scoresAreWrittenAsFoundationWritesThem() {
    var extremes = Self.values
    for exponent in -8...22 {
      for significand: UInt64 in [1, 7, 25, 100, 65_535, 123_456, 4_294_967_295, 4_294_967_296] {
        extremes.append(
          Decimal(sign: .minus, exponent: exponent, significand: Decimal(significand)))
        extremes.append(Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand)))
      }
    }
    var short = 0
    for value in extremes {
      for places in [0, 1, 2, 3, 6, 10] {
        if DecimalMath.plainText(value, places: places) != nil { short += 1 }
        #expect(
          ScoreFormat.string(value, places: places) == Self.foundationText(value, places: places),
          "\(value) to \(places) places")
      }
    }
    #expect(short > extremes.count)
    #expect(ScoreFormat.string(2.5) == "2.5")
    #expect(ScoreFormat.string(Decimal(string: "-0.05") ?? 0) == "-0.05")
    #expect(ScoreFormat.string(Decimal(string: "0.125") ?? 0) == "0.13")
  }

  @Test func aTotalIsTheSumFromZeroInOrder() {
    let scores: [Decimal] = [2.5, 3, 0.25, 10, -1.75, 100]
    #expect(Self.bytes(DecimalMath.total(scores)) == Self.bytes(scores.reduce(0, +)))
    #expect(Self.bytes(DecimalMath.total([Decimal]())) == Self.bytes(Decimal(0)))
    #expect(Self.bytes(DecimalMath.total(Self.values)) == Self.bytes(Self.values.reduce(0, +)))
  }
}

/// Short decimals from a fixed sequence (SplitMix64), so a failure is repeated by the next run:
/// significands up to 10, 1000, 70,000 or 5·10⁹, either sign, exponents in `exponents`.
struct RandomDecimals {
  private var state: UInt64
  let exponents: ClosedRange<Int>

  init(seed: UInt64, exponents: ClosedRange<Int>) {
    self.state = seed
    self.exponents = exponents
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func value() -> Decimal {
    let limits: [UInt64] = [10, 1000, 70_000, 5_000_000_000]
    let significand = next() % (limits[Int(next() % 4)] + 1)
    return Decimal(
      sign: next() % 2 == 0 ? .plus : .minus,
      exponent: Int(next() % UInt64(exponents.count)) + exponents.lowerBound,
      significand: Decimal(significand))
  }
}
