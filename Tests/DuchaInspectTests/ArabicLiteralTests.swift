import Foundation
import Testing

@testable import DuchaInspect

/// `TypedNumber.isArabicLiteral` replaced a regex literal that was parsed again for every number
/// typed in the walk; it must accept exactly what the regex accepted.
@Suite struct ArabicLiteralTests {
  @Test func sameAnswersAsTheRegexOnEveryShortString() {
    // Every string of up to 7 characters over digits, comma and point: 21,844 strings.
    let alphabet: [Character] = ["1", "0", ",", "."]
    var strings = [""]
    var level = [""]
    for _ in 1...7 {
      level = level.flatMap { prefix in alphabet.map { prefix + String($0) } }
      strings += level
    }
    let reference = /[0-9]+(\.[0-9]+)?|[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|\.[0-9]+/
    var accepted = 0
    for text in strings {
      let expected = text.wholeMatch(of: reference) != nil
      #expect(TypedNumber.isArabicLiteral(text) == expected, "\(text)")
      if expected { accepted += 1 }
    }
    #expect(accepted > 100)
  }

  @Test func typicalFiguresOfAForm() {
    for text in ["15000", "15,000", "1,234.5", "1.5", ".5", "0", "1,234,567"] {
      #expect(TypedNumber.isArabicLiteral(text), "\(text)")
    }
    for text in [
      "1,23", "12,3456", "1.", ".", ",", "1..2", "1.2.3", "1,234.", "1,,234", "12a", "١٢",
    ] {
      #expect(!TypedNumber.isArabicLiteral(text), "\(text)")
    }
  }

  @Test func numbersReadAsBefore() throws {
    #expect(try TypedNumber.parse("15,000", as: .amount).get() == 15_000)
    #expect(try TypedNumber.parse("1,234.5", as: .amount).get() == 1_234.5)
    #expect(try TypedNumber.parse(".5", as: .points).get() == 0.5)
    #expect(try TypedNumber.parse("3万2千", as: .count).get() == 32_000)
    #expect(throws: (any Error).self) { try TypedNumber.parse("1,23", as: .count).get() }
  }

  /// Whole numbers are read without Foundation's parser: the same value, exponent, significand
  /// and spelling as `Decimal(string:locale:)` gave, for every number up to 20,000, with leading
  /// zeros, and at the 18-digit limit; longer or other spellings still go to Foundation.
  @Test func wholeNumbersReadWithoutFoundationAsFoundationReadsThem() throws {
    var texts = (0...20_000).map(String.init)
    texts += ["00", "007", "000000000000000001", "999999999999999999", "100000000000000000"]
    texts += ["123456789012345678", "500", "1000000", "20210000"]
    for text in texts {
      let foundation = try #require(TypedNumber.foundationDecimal(text))
      let fast = try #require(TypedNumber.plainWholeNumber(text), "\(text)")
      #expect(fast == foundation, "\(text)")
      #expect(fast.exponent == foundation.exponent, "\(text)")
      #expect(fast.significand == foundation.significand, "\(text)")
      #expect(fast.description == foundation.description, "\(text)")
      #expect(fast.isCanonical == foundation.isCanonical, "\(text)")
    }
    for text in ["", "1234567890123456789", "1.5", "1,000", "-1", "１２", "1e3"] {
      #expect(TypedNumber.plainWholeNumber(text) == nil, "\(text)")
    }
    #expect(try TypedNumber.parse("1234567890123456789", as: .amount).get() > 0)
  }
}
