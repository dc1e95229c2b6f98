import DuchaCases
import Testing

/// A child's 出生日期 in a masked output keeps the year (the age group) and hides the day, as
/// the ID number's mask hides the date in it; `--reveal` shows it whole. A date written some
/// other way by hand keeps its leading year, and one with no leading year has no digit left.
@Suite struct CaseBirthDateMaskingTests {
  @Test(arguments: [
    ("2013-01-01", "2013-**-**"),
    ("2013年1月", "2013年*月"),
    ("1/2/2013", "*/*/****"),
    ("", ""),
  ])
  func theMaskedBirthDateKeepsTheYear(date: String, shown: String) {
    #expect(CasePrivacy(reveal: false).birthDate(date) == shown)
    #expect(CasePrivacy(reveal: true).birthDate(date) == date)
  }

  @Test func noBirthDateIsEmpty() {
    #expect(CasePrivacy(reveal: false).birthDate(nil) == "")
  }
}
