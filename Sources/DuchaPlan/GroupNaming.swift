import Foundation

/// Names of groups: 第三组, 第一大组第二小组; and the loose matching the command line uses so
/// that `--group 3`, `--group 三`, `--group 第三组` and `--group 1.2` all find their group.
enum GroupNaming {
  private static let digits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]

  /// The value of a number written in ASCII digits or Chinese numerals up to 九十九.
  static func number(_ text: String) -> Int? {
    let text = String(text.map(PlanText.narrow))
    if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text) }
    let characters = Array(text)
    switch characters.count {
    case 1:
      if characters[0] == "十" { return 10 }
      return digits[characters[0]]
    case 2:
      if characters[0] == "十", let unit = digits[characters[1]] { return 10 + unit }
      if characters[1] == "十", let tens = digits[characters[0]] { return tens * 10 }
      return nil
    case 3:
      guard characters[1] == "十", let tens = digits[characters[0]],
        let unit = digits[characters[2]]
      else { return nil }
      return tens * 10 + unit
    default:
      return nil
    }
  }

  /// 第三组 for `组 三`, 第一大组 for `大组 一`, 城区组 for `组 城区`; a written title wins.
  static func shortName(level: PlanGroup.Level, id: String, title: String?) -> String {
    if let title, !title.isEmpty { return title }
    if number(id) != nil { return "第\(id)\(level.rawValue)" }
    return id.hasSuffix("组") ? id : id + level.rawValue
  }

  /// The form `--group` text and qualified ids are compared in: numbers as digits, parts
  /// joined by `.`, so 第一大组第二小组, 一.二 and 1-2 are all `1.2`.
  static func key(_ text: String) -> String {
    var text = PlanText.key(text)
    for word in ["大组", "小组", "组"] {
      text = text.replacingOccurrences(of: word, with: ".")
    }
    text = text.replacingOccurrences(of: "第", with: "")
    let parts = text.split(whereSeparator: { ".-·/、".contains($0) }).map(String.init)
    return parts.map { number($0).map(String.init) ?? $0 }.joined(separator: ".")
  }
}
