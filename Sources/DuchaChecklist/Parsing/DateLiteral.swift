/// Whether a sample value is written as a date, `YYYY-M-D` (the regex `\d{4}-\d{1,2}-\d{1,2}`
/// matched against the whole value).
///
/// For the sample parser, where building that regex literal on every 设/期望 line took over half
/// of the time to load a checklist: values of ASCII digits are checked by hand, values without a
/// hyphen can never match, and the rare rest (full-width or other scripts' digits, which `\d`
/// accepts too) still goes through the regex, so the answer is the same for every input.
enum DateLiteral {
  static func matches(_ text: String) -> Bool {
    guard text.utf8.contains(0x2D) else { return false }
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.wholeMatch(of: /\d{4}-\d{1,2}-\d{1,2}/) != nil
    }
    let parts = text.utf8.split(separator: 0x2D, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
      (1...2).contains(parts[2].count)
    else { return false }
    return parts.allSatisfy { part in part.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
  }
}
