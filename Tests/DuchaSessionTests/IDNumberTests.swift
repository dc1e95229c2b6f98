import Testing

@testable import DuchaSession

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
  }

  @Test func maskAllFindsEverySpelling() {
    // Each spelling reached a summary unmasked before the masker scanned runs of digit groups.
    let cases = [
      ("341323 20100512 0011", "341323 ******** ***1"),
      ("341323-20130615-002X", "341323-********-***X"),
      ("学生ID341323201203010059", "学生ID341323***********9"),
      ("A11010519491231002X", "A110105***********X"),
      ("旧号341323100709001。", "旧号341323********1。"),
      ("G341323201408120033", "G341323***********3"),
      ("L341323 20150101 0021", "L341323 ******** ***1"),
      ("原籍 341323  20100512  0011 号", "原籍 341323  ********  ***1 号"),
    ]
    for (text, masked) in cases {
      #expect(IDNumber.maskAll(in: text) == masked, "\(text)")
      #expect(IDNumber.containsUnmasked(text))
      #expect(!IDNumber.containsUnmasked(masked))
    }
  }

  @Test func maskAllLeavesFiguresDatesAndPhonesAlone() {
    for text in [
      "学籍 45 实到 42 请假 1", "各班 45 42 40 41 39 38 44 43 人", "2021-11-05 10:02", "入学率 99.3%",
      "电话 13812345678", "IMG_20211105123045.jpg", "110105***********X", "341323 ******** ***1",
    ] {
      #expect(IDNumber.maskAll(in: text) == text, "\(text)")
    }
  }

  @Test func groupedNumbersJoinIntoOneWord() {
    #expect(IDNumber.joiningGroups(in: "张三341323 20100512 0011、李四") == "张三341323201005120011、李四")
    #expect(IDNumber.joiningGroups(in: "45 42 1") == "45 42 1")
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

  /// `mask` passes over texts without enough digits on their bytes: it must never pass over
  /// a text whose scan finds a run to hide, in any spelling.
  @Test func thePreCheckNeverSkipsARun() {
    let digits = ["1", "１"]
    let checks = ["X", "x", "Ｘ", "ｘ", "9", "９"]
    for digit in digits {
      for check in checks {
        for length in 13...18 {
          for separator in ["", " ", "-", "\u{3000}"] {
            let body = String(repeating: digit, count: length - 1)
            let text = "张三" + String(body.prefix(6)) + separator + body.dropFirst(6) + check + "。"
            let scanned = IDNumberScanner.runs(in: Array(text)).contains { $0.hides }
            #expect(IDNumberScanner.mayHoldRun(text) || !scanned, "\(text)")
            #expect(IDNumber.containsUnmasked(text) == scanned)
            if scanned { #expect(IDNumber.maskAll(in: text) != text, "\(text)") }
          }
        }
      }
    }
    #expect(!IDNumberScanner.mayHoldRun("渔沟中学三年级2班 45人，电话13812345678"))
    // Many figures, none in a stretch of 15: a table of checklists with their years.
    #expect(!IDNumberScanner.mayHoldRun("2017年 2021 第1、2项 c20—c29 1.1、1.2 2015 2023年 2007"))
    // Two separators join groups, three do not (for the scan as for the pre-check).
    #expect(IDNumberScanner.mayHoldRun("341323 -20100512 0011"))
    #expect(IDNumber.containsUnmasked("341323 -20100512 0011"))
    #expect(!IDNumberScanner.mayHoldRun("341323 - 20100512 0011"))
    #expect(!IDNumber.containsUnmasked("341323 - 20100512 0011"))
  }

  /// The pre-check over texts built from every kind of scalar the scan tells apart — digits,
  /// check letters, separators, marks that join a character, letters — in both widths: it
  /// never passes over a text in which the scan finds a run to hide.
  @Test func thePreCheckNeverSkipsARunInMixedText() {
    let pieces = [
      "1", "１", "7", "X", "x", "Ｘ", "ｘ", " ", "-", "－", "\u{A0}", "\u{3000}", "\u{2014}",
      "\u{2212}", "\u{301}", "\u{FE0F}", "\u{200D}", "甲", "a", "\r\n", "12345", "678901",
      "2345", "1234567890", " - ", "  ",
    ]
    var generator = SeededGenerator(state: 13)
    var tried = 0
    var found = 0
    while tried < 4000 {
      tried += 1
      let count = Int.random(in: 1...24, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
      let scanned = IDNumberScanner.runs(in: Array(text)).contains { $0.hides }
      if scanned { found += 1 }
      #expect(IDNumberScanner.mayHoldRun(text) || !scanned, "\(text.debugDescription)")
    }
    #expect(found > 0)
  }

  @Test func maskAllMasksFullWidthDigits() {
    // Typed with a Chinese input method in full-width mode: still an ID number, still masked.
    #expect(
      IDNumber.maskAll(in: "张三１１０１０５１９４９１２３１００２Ｘ。") == "张三１１０１０５***********Ｘ。")
    #expect(IDNumber.looksLikeIdentifier("１１０１０５１９４９１２３１００２Ｘ"))
    #expect(IDNumber.isValid("１１０１０５１９４９１２３１００２Ｘ"))
  }
}

/// SplitMix64, so the mixed texts are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
