/// How inspectors write a class at the door of a classroom: `三年级2班`, `三（2）班`, `初一3班`,
/// `七年级 二班`, or the grade and the class apart (`三年级` then `2`). The roll call keeps the
/// grade and the class in two fields and names the class by both (`三年级2班`), so a whole name
/// typed at the grade question is split, and a bare number typed at the class question gets its
/// `班` — otherwise `三年级2班` + `45` would become a class called `三年级2班45`.
public enum ClassName {
  /// The grade and the class of `text` when it names both and ends in `班` (`三年级2班` →
  /// `三年级`, `2班`; `三（2）班` → `三`, `（2）班`); nil for a grade alone (`三年级`).
  public static func split(_ text: String) -> (grade: String, className: String)? {
    // `3 年级 2 班`, typed word by word with the input method's spaces, is 3年级2班: left whole,
    // it became the grade, and the class's 学籍 count typed next became a class called 45班.
    let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
    guard scalars.last == "班" else { return nil }
    var start = scalars.count - 1
    // An optional closing bracket right before 班: 三（2）班, 七(2)班.
    var bracketed = false
    if start > 0, closing.contains(scalars[start - 1]) {
      bracketed = true
      start -= 1
    }
    let numberEnd = start
    // One kind of numeral only, so 初一3班 is 初一 and 3班, not 初 and 一3班.
    guard numberEnd > 0, isNumeral(scalars[numberEnd - 1]) else { return nil }
    let digits = isDigit(scalars[numberEnd - 1])
    while start > 0, isNumeral(scalars[start - 1]), isDigit(scalars[start - 1]) == digits {
      start -= 1
    }
    // 初三十班, 高二三班: the grade is 初三 / 高二, whose numeral the run swallowed.
    if !bracketed, start + 1 < numberEnd, start == 1, gradePrefixes.contains(scalars[0]) {
      start += 1
    }
    if bracketed {
      guard start > 0, opening.contains(scalars[start - 1]) else { return nil }
      start -= 1
    }
    let gradeEnd = start
    // A bracket left over (三年级（2班) is a typo to ask about, not a grade.
    guard gradeEnd > 0, !opening.contains(scalars[gradeEnd - 1]) else { return nil }
    let grade = String(String.UnicodeScalarView(scalars[..<gradeEnd]))
    let className = String(String.UnicodeScalarView(scalars[start...]))
    return (grade, className)
  }

  /// `三年纪` → `三年级`: 年级 (grade) and 年纪 (age) are both *nianji* on a pinyin keyboard, and
  /// the wrong one is often picked; a class is never named by an age. Nil when `text` has no
  /// 年纪.
  public static func gradeSlip(_ text: String) -> String? {
    guard text.contains("年纪") else { return nil }
    return text.replacingOccurrences(of: "年纪", with: "年级")
  }

  /// The class as typed at the class question, with `班` added to a bare number (`2` → `2班`,
  /// `二` → `二班`); anything else is kept as typed (`2班`, `（2）班`, `火箭班`).
  public static func normalizedClass(_ text: String) -> String {
    guard !text.isEmpty, text.unicodeScalars.allSatisfy(isNumeral) else { return text }
    return text + "班"
  }

  /// The class's identity when two inspectors' roll calls are matched: `三年级2班`, `三（2）班`,
  /// `3年级２班` and `三年级 二班` are class 3-2, `初一3班` and `七年级3班` class 7-3, `高一1班` 10-1.
  /// A name that is not a grade numeral and a class numeral (`火箭班`) matches only as typed.
  public static func matchKey(grade: String, className: String) -> String {
    // Spaces are not part of a class's name: `三 年级` `2 班` is 三年级2班.
    var gradeText = Substring(grade.filter { !$0.isWhitespace })
    // 年纪 as the input method's slip for 年级 (`gradeSlip`), in a file written before it was
    // corrected at the door.
    if gradeText.hasSuffix("年级") || gradeText.hasSuffix("年纪") { gradeText = gradeText.dropLast(2) }
    var offset = 0
    if gradeText.first == "初" || gradeText.first == "高" {
      offset = gradeText.first == "初" ? 6 : 9
      gradeText = gradeText.dropFirst()
    }
    var classText = Substring(className.filter { !$0.isWhitespace })
    if classText.hasSuffix("班") { classText = classText.dropLast() }
    if let first = classText.unicodeScalars.first, opening.contains(first),
      let last = classText.unicodeScalars.last, closing.contains(last)
    {
      classText = classText.dropFirst().dropLast()
    }
    guard let gradeNumber = numeralValue(gradeText), let classNumber = numeralValue(classText)
    else { return grade + className }
    return "\(gradeNumber + offset)-\(classNumber)"
  }

  /// 12, １２, 十二, 二十, 九: the value of a numeral of one kind, up to 99; nil otherwise.
  static func numeralValue(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.count <= 3 else { return nil }
    let scalars = Array(text.unicodeScalars)
    if scalars.allSatisfy(isDigit) {
      return scalars.reduce(0) { $0 * 10 + Int($1.properties.numericValue ?? 0) }
    }
    let digits = Array("一二三四五六七八九".unicodeScalars)
    func digit(_ scalar: Unicode.Scalar) -> Int? { digits.firstIndex(of: scalar).map { $0 + 1 } }
    switch scalars.count {
    case 1: return scalars[0] == "十" ? 10 : digit(scalars[0])
    case 2 where scalars[0] == "十": return digit(scalars[1]).map { 10 + $0 }
    case 2 where scalars[1] == "十": return digit(scalars[0]).map { $0 * 10 }
    case 3 where scalars[1] == "十":
      guard let tens = digit(scalars[0]), let ones = digit(scalars[2]) else { return nil }
      return tens * 10 + ones
    default: return nil
    }
  }

  private static let opening: Set<Unicode.Scalar> = ["(", "（"]
  private static let closing: Set<Unicode.Scalar> = [")", "）"]

  /// A one-character grade prefix followed by its numeral: 初一, 高二.
  private static let gradePrefixes: Set<Unicode.Scalar> = ["初", "高"]

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
  }

  private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    isDigit(scalar) || "一二三四五六七八九十".unicodeScalars.contains(scalar)
  }
}
