import DuchaSession
import Testing

@Suite struct IDNumberTests {
  /// The worked examples of GB 11643-1999.
  static let examples = ["11010519491231002X", "440524188001010014"]

  @Test(arguments: examples) func standardExamplesAreValid(_ number: String) {
    #expect(IDNumber.isValid(number))
    #expect(IDNumber.looksLikeIdentifier(number))
  }

  @Test func lowercaseCheckCharacterIsValid() {
    #expect(IDNumber.isValid("11010519491231002x"))
  }

  @Test(arguments: examples) func everyOneDigitChangeIsInvalid(_ number: String) {
    // The weights are all non-zero modulo the prime 11, so any single-digit change moves the
    // checksum: each of 17 positions × 9 other digits must fail.
    let characters = Array(number)
    var tried = 0
    for position in 0..<17 {
      for digit in "0123456789" where digit != characters[position] {
        var changed = characters
        changed[position] = digit
        #expect(!IDNumber.isValid(String(changed)), "\(String(changed))")
        tried += 1
      }
    }
    #expect(tried == 17 * 9)
    #expect(!IDNumber.isValid("110105194912310021"))  // check character changed
  }

  @Test func malformedNumbersAreInvalid() {
    #expect(!IDNumber.isValid(""))
    #expect(!IDNumber.isValid("11010519491231002"))  // 17 characters
    #expect(!IDNumber.isValid("11010519491231002XX"))  // 19
    #expect(!IDNumber.isValid("1101051949123100AX"))  // letter in the body
    #expect(!IDNumber.isValid("G11010519491231002X"))  // 学籍号, not an ID number
  }

  @Test func maskKeepsRegionAndCheckCharacter() {
    #expect(IDNumber.mask("11010519491231002X") == "110105***********X")
    #expect(IDNumber.mask("440524188001010014") == "440524***********4")
  }

  @Test func maskOfStudentNumberKeepsItsLetter() {
    #expect(IDNumber.mask("G11010519491231002X") == "G110105***********X")
    #expect(IDNumber.mask("J440524188001010014") == "J440524***********4")
    #expect(IDNumber.looksLikeIdentifier("L440524188001010014"))
  }

  @Test func maskLeavesOtherTextAlone() {
    #expect(IDNumber.mask("张三") == "张三")
    #expect(IDNumber.mask("13812345678") == "13812345678")  // a phone number
    #expect(IDNumber.mask("A11010519491231002X") == "A11010519491231002X")
  }

  @Test func maskAllMasksIDsInFreeTextButKeepsNames() {
    #expect(
      IDNumber.maskAll(in: "张三 11010519491231002X、李四") == "张三 110105***********X、李四")
    #expect(
      IDNumber.maskAll(in: "重复学籍：王五G440524188001010014，电话13812345678")
        == "重复学籍：王五G440524***********4，电话13812345678")
    #expect(
      IDNumber.maskAll(in: "11010519491231002X,440524188001010014")
        == "110105***********X,440524***********4")
    #expect(IDNumber.maskAll(in: "三年级2班 45人") == "三年级2班 45人")
  }

  @Test func maskAllMasksFullWidthDigits() {
    // Typed with a Chinese input method in full-width mode: still an ID number, still masked.
    #expect(
      IDNumber.maskAll(in: "张三１１０１０５１９４９１２３１００２Ｘ。") == "张三１１０１０５***********Ｘ。")
    #expect(IDNumber.looksLikeIdentifier("１１０１０５１９４９１２３１００２Ｘ"))
    #expect(IDNumber.isValid("１１０１０５１９４９１２３１００２Ｘ"))
  }
}
