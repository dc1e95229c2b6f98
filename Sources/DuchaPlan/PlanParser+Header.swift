import DuchaChecklist
import Foundation

extension PlanParser {
  /// A field written before the first group.
  mutating func headerField(_ field: Field) {
    let keyword = field.keyword
    let repeatable: Set<String> = ["清单", "说明"]
    if !repeatable.contains(keyword) {
      var seen = tree.seen
      guard once(keyword, in: &seen, what: "“\(keyword)”", field) else { return }
      tree.seen = seen
    }
    switch keyword {
    case "标题":
      tree.title = field.text
      tree.titleLocation = field.valueLocation
      textTarget = .title
    case "机关": tree.authority = field.text
    case "文号": tree.documentNumber = field.text
    case "年度": year(field)
    case "日期": dates(field)
    case "清单":
      for entry in field.entries.entries {
        tree.checklists.append(
          PlanSyntax.Located(text: entry.text, location: field.line.location(entry.offset)))
      }
    case "说明":
      tree.notes.append(field.text)
      textTarget = .headerNote
    case "必查":
      tree.rule.mustCheck = targets(field)
      tree.rule.mustCheckLocation = field.valueLocation
    default: tree.rule.draw = draw(field)
    }
  }

  private mutating func year(_ field: Field) {
    // `2021年`, `2021年度`: the notice's own way of writing the year.
    guard let year = WrittenYear.parse(field.text) else {
      diagnostics.append(
        PlanParseErrors.badValue(
          "年度", field.text, expected: "四位数的年份，如 2021", expectedEn: "a four-digit year",
          fix: "写成“年度：2021”。", field.valueLocation))
      return
    }
    tree.year = year
  }

  /// `2021-10-26`, `2021-10-26 至 2021-10-29`, or as the notices write it,
  /// `2021年10月26日—29日` (the end inherits the year and month it leaves out).
  private mutating func dates(_ field: Field) {
    let text = String(field.text.map(PlanText.narrow))
    let separators = ["至", "到", "～", "~", "——", "—", "--", " - "]
    var parts = [text]
    for separator in separators where text.contains(separator) {
      if let range = text.range(of: separator) {
        parts = [String(text[..<range.lowerBound]), String(text[range.upperBound...])]
        break
      }
    }
    let trimmed = parts.map { PlanText.trimmed(Substring($0)) }
    guard let start = PlanDate(trimmed[0]),
      let end = trimmed.count == 1 ? start : PlanDate(trimmed[1], after: start)
    else {
      diagnostics.append(
        PlanParseErrors.badValue(
          "日期", field.text, expected: "“2021-10-26”或“2021-10-26 至 2021-10-29”",
          expectedEn: "'2021-10-26' or '2021-10-26 至 2021-10-29'",
          fix: "年、月、日之间用“-”，起止日期之间写“至”。", field.valueLocation))
      return
    }
    guard start <= end else {
      diagnostics.append(PlanParseErrors.reversedDates(start, end, field.valueLocation))
      return
    }
    tree.dates = start...end
  }
}

extension PlanDate {
  /// The end of a range, which may leave out the year (`11月2日`) or the year and month (`29日`)
  /// of `start`.
  init?(_ text: String, after start: PlanDate) {
    if let date = PlanDate(text) {
      self = date
      return
    }
    let numbers = text.split(whereSeparator: { "-/.年月日".contains($0) }).map(String.init)
    guard numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
    switch numbers.count {
    case 1: self.init("\(start.year)-\(start.month)-\(numbers[0])")
    case 2: self.init("\(start.year)-\(numbers[0])-\(numbers[1])")
    default: return nil
    }
  }
}
