import DuchaChecklist
import DuchaSession
import Foundation

/// What is typed where student names are asked (籍在人不在, 人在籍不在, the students behind a
/// registry figure): names, a word for none, or a number of students. `没有` and `2` were kept as
/// the names of students called 没有 and 2, each counted as one child.
enum StudentNamesAnswer: Equatable {
  /// `无`, `没有`, `0`: no students.
  case none
  /// `2`, `２人`, `3个`, `两人`: that many students, no names given.
  case count(Int)
  /// Names (or ID numbers), as `names` splits them.
  case names([String])

  /// The words that say there are none: the REPL's own `无`, and what people say instead.
  static let noneWords: Set<String> = ["无", "没有", "没", "都没有", "none", "no", "-", "0", "零"]

  /// Reads `text` (normalized), splitting names with `split`. A number is read as one only when
  /// it has an Arabic digit or a counting word (`人`, `个`, `名`), so that a name is never taken
  /// for one; an ID number stays a name.
  static func read(_ text: String, split: (String) -> [String]) -> StudentNamesAnswer {
    if noneWords.contains(text.lowercased()) { return .none }
    let counted = text.last.map { "人个名位".contains($0) } ?? false
    if text.contains(where: { $0.isASCII && $0.isNumber }) || counted,
      !IDNumber.looksLikeIdentifier(text),
      case .success(let value) = TypedNumber.parse(text, as: .count),
      value >= 0, value <= Decimal(Limits.classSize), value == ScoreFormat.round(value, places: 0)
    {
      let count = NSDecimalNumber(decimal: value).intValue
      return count == 0 ? .none : .count(count)
    }
    return .names(split(text))
  }
}
