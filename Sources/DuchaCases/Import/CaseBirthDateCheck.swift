import DuchaChecklist
import DuchaSession

/// An imported list's 出生日期 that is no real day (`2014-02-30`) or cannot be read. Without
/// an ID number the ledger knows the child by name and birth date: a case under a wrong date
/// would never meet the child's case from a corrected list, so the row is refused (as a
/// miscopied number is, C109). With a number the case is kept by the number: the row is
/// imported with the number's birth date, and the cell is said.
enum CaseBirthDateCheck {
  /// C110 for the cell `text` on a row whose child's number is `number` (empty: none).
  static func unreadable(_ text: String, _ number: String, at place: SourceLocation)
    -> Diagnostic
  {
    // The year only, as every masked output shows a birth date; the place names the cell.
    let shown = BirthDateMask.year(text)
    guard number.isEmpty else {
      return Diagnostic(
        .warning, "C110", at: place,
        Localized(
          "出生日期“\(shown)”不是存在的日子（或读不出），已按身份证号里的出生日期记下。",
          en:
            "the birth date \"\(shown)\" is no real day (or cannot be read); the ID number's is recorded."
        ),
        fix: Localized(
          "核对名单里的出生日期（写成 2014-02-28 这样）。",
          en: "check the birth date in the list (written as 2014-02-28)."))
    }
    return Diagnostic(
      .error, "C110", at: place,
      Localized(
        "出生日期“\(shown)”不是存在的日子（或读不出）：没有身份证号时台账按姓名和出生日期认人，错的日期建的案例和改正后的名单对不上，这一行未导入。",
        en:
          "the birth date \"\(shown)\" is no real day (or cannot be read): without an ID number the ledger knows a child by name and birth date, so no case was made from it."
      ),
      fix: Localized(
        "改正名单里的出生日期（写成 2014-02-28 这样），再导入一次（已导入的不会重复）；一时查不到的，把这一格清空再导入，按姓名和学校建案例。",
        en:
          "correct the birth date (written as 2014-02-28) and import again; if it cannot be found now, empty the cell and import: the case is then kept by name and school."
      ))
  }
}
