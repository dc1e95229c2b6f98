import DuchaChecklist

/// An ID number a spreadsheet held as a number. Excel keeps 15 significant digits of a number,
/// so an 18-digit ID number typed or pasted into a column of the number format loses its last
/// three and shows as `3.41323E+17` (or ends in 000 once the column is widened). Nothing can
/// bring the digits back but a new export or the numbers pasted again into a text column. The
/// roster check, the comparison and the case import all read ID columns; they say this in the
/// same words, from here.
public enum IDSavedAsNumber {
  /// Whether `number` (cleaned, upper-cased) is such a number: in scientific notation, or 18
  /// digits ending in 000 with a wrong check character.
  public static func isDamaged(_ number: String) -> Bool {
    ResidentIDNumber.isExcelDamaged(number)
  }

  /// What happened to a number that shows as `shown` (`3.41323E+17`).
  public static func scientific(_ shown: String) -> Localized {
    Localized(
      "身份证号这一列被存成了数字（显示为 \(shown)），只剩前 15 位，后几位已经丢失",
      en: "the ID column was saved as numbers (it shows \(shown)): only 15 digits are left, the"
        + " last ones are lost")
  }

  /// What most likely happened to 18 digits ending in 000 with a wrong check character (it may,
  /// rarely, be a typo).
  public static let rounded = Localized(
    "末 3 位是 000 且校验位不对：多半是身份证号这一列被存成了数字，只剩前 15 位，后几位已经丢失",
    en: "it ends in 000 and the check character is wrong: most likely the ID column was saved as"
      + " numbers and only 15 digits are left")

  /// How to fix it, the same for every reader.
  public static let fix = Localized(
    "把身份证号这一列设为“文本”，再从学籍系统（或名单原来的系统）重新导出，或把号码重新粘贴进来",
    en: "set the ID column to Text, then export the list again from the registry system (or"
      + " the system it came from), or paste the numbers in again")
}
