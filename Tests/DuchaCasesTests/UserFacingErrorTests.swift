import DuchaChecklist
import Testing

@testable import DuchaCases

/// Code review L23: the ledger's errors and a case's refusals are `UserFacingError`s, which
/// `ducha` prints one way (their text, status 1) instead of each command catching, printing
/// and exiting by itself.
struct UserFacingErrorTests {
  @Test func theLedgersErrorsAndRefusalsSayWhatAndHow() {
    let missing: any UserFacingError = CaseStoreError.notFound(caseID: 9)
    #expect(
      missing.said(in: .english)
        == "there is no case 9 in the ledger; ducha cases list shows every number.")
    #expect(missing.said(in: .chinese) == "台账里没有编号为 9 的案例。用 ducha cases list 查看全部编号。")
    let refusal = CaseRefusal(
      Localized("没有写是谁做的这次修改。", en: "the change does not say who made it."),
      fix: Localized("加上 --by 姓名。", en: "add --by NAME."))
    let said: any UserFacingError = refusal
    #expect(
      said.said(in: .english) == "the change does not say who made it.\n  fix: add --by NAME.")
    #expect(said.said(in: .chinese) == "没有写是谁做的这次修改。\n  改法：加上 --by 姓名。")
    let diagnostic: any UserFacingError = Diagnostic(
      .error, "C101", at: SourceLocation(file: "名单.csv", line: 1, column: 1),
      Localized("读不了这个文件。", en: "cannot read the file."))
    #expect(diagnostic.said(in: .english) == "名单.csv:1:1: error[C101]: cannot read the file.")
  }
}
