import DuchaChecklist
import Testing

@testable import DuchaRoster

@Suite("GB 11643 resident ID numbers")
struct ResidentIDNumberTests {
  let today = CivilDate(year: 2026, month: 12, day: 2)!

  @Test("the standard's own examples are valid")
  func standardExamples() {
    #expect(ResidentIDNumber.problems(of: "11010519491231002X", today: today).isEmpty)
    #expect(ResidentIDNumber.problems(of: "440524188001010014", today: today).isEmpty)
    #expect(ResidentIDNumber.sex(of: "11010519491231002X") == "女")
    #expect(ResidentIDNumber.sex(of: "440524188001010014") == "男")
    #expect(ResidentIDNumber.birthDate(of: "440524188001010014")?.description == "1880-01-01")
  }

  @Test("a wrong check character is invalid and the message gives the right one")
  func wrongCheckCharacter() {
    let problems = ResidentIDNumber.problems(of: "110105194912310025", today: today)
    #expect(problems == [.checkCharacter(expected: "X", found: "5")])
    #expect(problems[0].message.zh == "校验位应为 X，不是 5")
    #expect(problems[0].message.en == "the check character should be X, not 5")
  }

  @Test("length, characters, impossible and future dates, old 15-digit numbers")
  func otherProblems() {
    #expect(ResidentIDNumber.problems(of: "11010519491231002", today: today) == [.length(17)])
    #expect(
      ResidentIDNumber.problems(of: "1101051949123100AX", today: today) == [
        .notDigit(position: 17, character: "A")
      ])
    // 2015-02-29 does not exist (2015 is not a leap year); the check character is right.
    #expect(
      ResidentIDNumber.problems(of: "341323201502290011", today: today) == [
        .impossibleDate("20150229")
      ])
    #expect(
      ResidentIDNumber.problems(of: "341323203001010826", today: today) == [
        .futureDate(CivilDate(year: 2030, month: 1, day: 1)!)
      ])
    #expect(ResidentIDNumber.problems(of: "341323150202001", today: today) == [.oldFifteenDigit])
    #expect(
      ResidentIDNumber.Problem.oldFifteenDigit.message.zh == "15 位旧身份证号，应换成 18 位号码")
  }

  @Test("birth dates as exports write them")
  func birthDates() {
    for text in [
      "2015-07-21", "2015/7/21", "20150721", "2015年7月21日", "2015.07.21", "2015-07-21 00:00:00",
      "42206",
      // Typed in the input method's full-width mode.
      "２０１５－０７－２１", "２０１５／７／２１", "２０１５．０７．２１", "２０１５年７月２１日", "２０１５０７２１",
    ] {
      #expect(CivilDate(parsing: text)?.description == "2015-07-21", "\(text)")
    }
    #expect(CivilDate(parsing: "2015-02-29") == nil)
    #expect(CivilDate(parsing: "") == nil)
    #expect(CivilDate(parsing: "不详") == nil)
  }

  /// ASCII cells are read from their bytes and the rest from their characters: both readings
  /// must agree on the odd cells real exports hold.
  @Test("odd birth-date cells read alike as ASCII and as other text")
  func oddBirthDates() {
    let cases: [(String, String?)] = [
      ("2015-07-21T08:00:00", "2015-07-21"), ("T2015-07-21", "2015-07-21"),
      ("2015-07-21 00:00:00.000", "2015-07-21"), ("2015/7/21 星期二", "2015-07-21"),
      // Excel's day 61 is 1900-03-01 (day 60 is its phantom 1900-02-29, refused).
      ("61", "1900-03-01"), ("60", nil), ("73051", nil), ("123456", nil),
      ("2015-7", nil), ("2015-7-21-3", nil), ("20150229", nil), ("2015\r\n07\r\n21", "2015-07-21"),
      ("２０１５-０７-２１", "2015-07-21"), ("2015年07月21日 00:00:00", "2015-07-21"),
      // A run of digits too long for a number is passed over, as it always was.
      ("99999999999999999999/2015/7/21", "2015-07-21"),
      ("2015/7/21/99999999999999999999", "2015-07-21"),
    ]
    for (text, expected) in cases {
      #expect(CivilDate(parsing: text)?.description == expected, "\(text)")
    }
    // Character 17 and the birth date, from an all-ASCII number and from one a clerk typed a
    // Chinese character into (still 18 characters).
    #expect(ResidentIDNumber.sex(of: "34132320150721001号") == "男")
    #expect(ResidentIDNumber.birthDate(of: "34132320150721001号")?.description == "2015-07-21")
    #expect(ResidentIDNumber.sex(of: "341323201507210026") == "女")
    #expect(ResidentIDNumber.sex(of: "3413232015072100A6") == nil)
    #expect(ResidentIDNumber.birthDate(of: "34132320150721002") == nil)
    #expect(ResidentIDNumber.hasEighteenCharacters("34132320150721002号"))
    #expect(!ResidentIDNumber.hasEighteenCharacters("3413232015072100\r\n26"))
  }
}

/// A teacher opens the registry export in Excel to tidy it and saves it again: the 身份证件号
/// column, held as numbers, comes back as `9.90158E+17` or with its last three digits 000.
/// The finding must say Excel did it and that only a new export helps, not "应为 18 位".
@Suite("ID numbers an Excel re-save damaged")
struct ExcelDamagedIDNumberTests {
  let today = CivilDate(year: 2026, month: 12, day: 2)!

  @Test("scientific notation is named, with the way to get the digits back")
  func scientificNotation() {
    for text in ["3.41323E+17", "3.41323201E+17", "3.4E17", "3E+17"] {
      #expect(ResidentIDNumber.problems(of: text, today: today) == [.scientificNotation(text)])
    }
    #expect(
      ResidentIDNumber.Problem.scientificNotation("3.41323E+17").message.zh
        == "身份证号这一列被存成了数字（显示为 3.41323E+17），只剩前 15 位，后几位已经丢失")
    #expect(
      ResidentIDNumber.Problem.scientificNotation("3.41323E+17").savedAsNumberFix?.zh
        == "把身份证号这一列设为“文本”，再从学籍系统（或名单原来的系统）重新导出，或把号码重新粘贴进来")
    // Not scientific notation: a plain wrong length, a mistyped letter.
    #expect(ResidentIDNumber.problems(of: "3.41323", today: today) == [.length(7)])
    #expect(ResidentIDNumber.problems(of: "E+17", today: today) == [.length(4)])
  }

  @Test("an 18-digit number ending in 000 with a wrong check character was rounded")
  func roundedToFifteenDigits() {
    // 341323201203010059 kept to 15 significant digits.
    #expect(
      ResidentIDNumber.problems(of: "341323201203010000", today: today) == [.roundedByExcel])
    // A valid number whose last digit is 0 is not touched.
    #expect(ResidentIDNumber.problems(of: "341323201203010040", today: today).isEmpty)
    // Ending in 00 with a wrong check character other than 0 is an ordinary typo.
    #expect(
      ResidentIDNumber.problems(of: "341323201203010001", today: today) == [
        .checkCharacter(expected: "8", found: "1")
      ])
  }
}
