import Testing

@testable import DuchaChecklist

/// The lexer answers "space?" and "letter?" for a scalar from listed ranges where it can; these
/// tests hold every scalar to the Unicode properties `Character` uses.
@Suite("Scalar properties the lexer lists")
struct ScalarPropertyTests {
  @Test("isSpace and isLetterUnit agree with White_Space and Alphabetic on every scalar")
  func everyScalar() {
    var differences: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let space = value < 0x80 ? value == 0x20 || value == 0x09 : scalar.properties.isWhitespace
      let letter =
        value < 0x80
        ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        : scalar.properties.isAlphabetic
      if scalar.isSpace != space || scalar.isLetterUnit != letter {
        differences.append(String(value, radix: 16))
      }
    }
    #expect(differences.isEmpty)
  }
}
