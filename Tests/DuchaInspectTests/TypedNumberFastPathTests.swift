import Foundation
import Testing

@testable import DuchaInspect

/// `TypedNumber.parse` reads plain digits at once; every other spelling goes through
/// `parseSpelled`. For plain digits the two must give the same Decimal for every kind: value,
/// exponent, significand and spelling.
@Suite struct TypedNumberFastPathTests {
  @Test func plainDigitsReadAsTheFullParserReadsThem() throws {
    var texts = (0...20_000).map(String.init)
    texts += ["00", "007", "000000000000000001", "999999999999999999", "100000000000000000"]
    texts += ["123456789012345678", "1000000", "20210000"]
    for kind in [TypedNumber.Kind.count, .amount, .percent, .points] {
      for text in texts {
        let fast = try TypedNumber.parse(text, as: kind).get()
        let full = try TypedNumber.parseSpelled(text, as: kind).get()
        #expect(fast == full, "\(text)")
        #expect(fast.exponent == full.exponent, "\(text)")
        #expect(fast.significand == full.significand, "\(text)")
        #expect(fast.description == full.description, "\(text)")
        #expect(fast.isCanonical == full.isCanonical, "\(text)")
      }
    }
  }

  /// Anything but plain digits is still read, or refused, by the full parser.
  @Test func otherSpellingsStillGoThroughTheFullParser() throws {
    #expect(try TypedNumber.parse(" 12 ", as: .count).get() == 12)
    #expect(try TypedNumber.parse("12人", as: .count).get() == 12)
    #expect(try TypedNumber.parse("95%", as: .percent).get() == 95)
    #expect(try TypedNumber.parse("1234567890123456789", as: .amount).get() > 0)
    #expect(TypedNumber.parse("12%", as: .count) == .failure(.wrongUnit("%")))
    #expect(TypedNumber.parse("12元", as: .count) == .failure(.wrongUnit("元")))
    #expect(TypedNumber.parse("", as: .count) == .failure(.notANumber))
  }
}
