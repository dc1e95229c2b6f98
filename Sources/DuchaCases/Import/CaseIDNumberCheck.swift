import DuchaChecklist
import DuchaRoster

/// A child's number on an imported list that was miscopied (a digit too many or too few, a
/// letter, a date that does not exist: what `ducha compare` cannot compare, B106). The ledger
/// knows a child by the number: a case under a wrong one would never meet the child's case
/// from a corrected list, so one child would have two cases. Refused like a masked or
/// Excel-cut number, with the way to import the child now. A wrong check character alone is
/// let through, as compare compares it as written (B107).
enum CaseIDNumberCheck {
  /// The error for the row whose child's number is `number`, or nil when it can be used
  /// (an empty cell, a valid or old 15-digit number, a wrong check character; Excel's damage
  /// is C106's).
  static func refusal(_ number: String, file: String, line: Int, column: Int) -> Diagnostic? {
    guard !number.isEmpty else { return nil }
    // A far-off today: a birth date after the clock's today is the roster check's concern.
    let problems = ResidentIDNumber.problems(of: number, today: CivilDate(daysSinceEpoch: 100_000))
    guard let wrong = problems.first(where: miscopied) else { return nil }
    let shown = RosterPrivacy(reveal: false).number(number)
    return Diagnostic(
      .error, "C109", at: SourceLocation(file: file, line: line, column: column),
      Localized(
        "身份证号“\(shown)”有误（\(wrong.message.zh)）：台账按号码认人，错号码建的案例和改正后的号码对不上，这一行未导入。",
        en:
          "the ID number \"\(shown)\" is wrong (\(wrong.message.en)): the ledger knows a child by the number, so no case was made from it."
      ),
      fix: Localized(
        "对照户口簿或身份证改正名单里的号码，再导入一次（已导入的不会重复）；一时查不到正确号码的，把这一格清空再导入，按姓名和出生日期建案例。",
        en:
          "correct the number from the household register or ID card and import again; if it cannot be found now, empty the cell and import: the case is then kept by name and birth date."
      ))
  }

  static func miscopied(_ problem: ResidentIDNumber.Problem) -> Bool {
    switch problem {
    case .length, .notDigit, .impossibleDate: true
    default: false
    }
  }
}
