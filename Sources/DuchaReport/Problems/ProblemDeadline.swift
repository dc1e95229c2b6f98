import DuchaChecklist
import DuchaPlan
import Foundation

/// 整改期限 as leaders type them: `2021-12-15`, `2021/12/15`, `2021.12.15`, `2021年12月15日`
/// (full-width digits too), stored as `2021-12-15`; days that do not exist are refused.
public enum ProblemDeadline {
  /// The deadline in the form `YYYY-MM-DD`, or an error saying what is wrong and how to write it.
  public static func normalize(_ text: String) throws(ProblemListEditError) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    // Full-width digits and separators (０–９, ／, －, ．) become their ASCII forms.
    let ascii = FullWidth.narrowed(trimmed)
    let hasSeparatorsOnly =
      ascii.allSatisfy { $0.isASCII && ($0.isNumber || "-/.".contains($0)) }
      || ascii.wholeMatch(of: /\d{4}年\d{1,2}月\d{1,2}日?/) != nil
    guard hasSeparatorsOnly, let day = PlanDate(ascii) else {
      throw ProblemListEditError(
        message: Localized(
          "整改期限“\(text)”不是有效的日期。请写成 2021-12-15（也可以 2021/12/15、2021.12.15、2021年12月15日），并确认该月有这一天。",
          en:
            "deadline \"\(text)\" is not a valid date. Write it as 2021-12-15 (or 2021/12/15, 2021.12.15, 2021年12月15日), a day that exists."
        ))
    }
    return day.description
  }
}
