import DuchaChecklist
import Testing

@testable import DuchaCases

/// The line a change prints was formatted twice: by `ducha cases …` (masked name, the due day
/// of a notice) and by the inspection REPL (full name, no due day, no name at all in English).
/// `CaseDetailText.changeLine` is now the one line; each front end brings its privacy.
@Suite struct CaseChangeLineTests {
  @Test func theCommandLinesLineMasksTheName() {
    let record = CaseFixtures.record(.persuading)
    #expect(
      CaseDetailText.changeLine(record, privacy: CasePrivacy(reveal: false), language: .chinese)
        == "案例 7（张**）：劝返中")
    #expect(
      CaseDetailText.changeLine(record, privacy: CasePrivacy(reveal: false), language: .english)
        == "case 7 (张**): persuading")
    #expect(
      CaseDetailText.changeLine(record, privacy: CasePrivacy(reveal: true), language: .chinese)
        == "案例 7（张小明）：劝返中")
  }

  @Test func aNoticeSaysItsDueDay() {
    let record = CaseFixtures.record(.noticeIssued)
    #expect(
      CaseDetailText.changeLine(record, privacy: CasePrivacy(reveal: false), language: .chinese)
        == "案例 7（张**）：限期复学，复学期限 2021-11-04")
    #expect(
      CaseDetailText.changeLine(record, privacy: CasePrivacy(reveal: false), language: .english)
        == "case 7 (张**): notice-issued, due 2021-11-04")
  }

  /// The REPL's privacy: the name in full (the inspector is finding the child at the school).
  @Test func theInspectionsPrivacyShowsTheName() {
    let privacy = CasePrivacy(reveal: false, showsNames: true)
    #expect(
      CaseDetailText.changeLine(CaseFixtures.record(.dropout), privacy: privacy, language: .english)
        == "case 7 (张小明): dropout")
  }
}
