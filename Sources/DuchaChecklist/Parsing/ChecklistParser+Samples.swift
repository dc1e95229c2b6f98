import Foundation

/// `样例` blocks: their context fields and `设`, `同批`, `期望` lines.
extension ChecklistParser {
  mutating func sample(_ rest: Substring, range: SourceRange) {
    let name = rest.trimmingSpaces()
    sampleOpen = true
    lastText = nil
    tree.samples.append(
      SampleSyntax(name: name.isEmpty ? "样例\(tree.samples.count + 1)" : name, range: range))
  }

  mutating func sampleContext(_ field: TextField) {
    let index = tree.samples.count - 1
    switch field.keyword {
    case "学段": tree.samples[index].stages = (field.text, field.valueRange)
    case "年度":
      guard let year = WrittenYear.parse(field.text) else {
        diagnostics.append(
          ParseErrors.badYear(text: "\(field.text)", field.valueRange.start))
        return
      }
      tree.samples[index].year = (year, field.valueRange)
    case "说明": break
    default:
      misplaced(
        field.keyword, range: field.range,
        Localized(
          "不能写在样例里（样例里可写 学段、年度、设、同批、期望）", en: "cannot stand in a 样例 (use 学段, 年度, 设, 同批, 期望)"))
    }
  }

  mutating func sampleLine(
    _ keyword: String, _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    guard sampleOpen else {
      misplaced(keyword, range: range, Localized("只能写在“样例”里", en: "belongs inside a 样例"))
      return
    }
    guard let (equals, equalsOffset) = TextScan.firstIndex(of: "=", or: "＝", in: rest) else {
      diagnostics.append(
        ParseErrors.missingEquals(keyword: "\(keyword)", range.start))
      return
    }
    let target = rest[..<equals].trimmingSpaces()
    // The sign found is a one-scalar character, so the next scalar starts the next character
    // (`index(after:)` on the characters ran grapheme breaking for it).
    let valueText = rest[rest.unicodeScalars.index(after: equals)...]
    let valueColumn = restColumn + equalsOffset + 1
    let value: Expression
    // Most values are one plain number or 是/否 between ASCII spaces (`设 x = 9.5`): that is
    // `parseExpression`'s own first step, and such a word holds no `-`, so it is never a date
    // and the trims and the comment search below would give the same expression (about a third
    // of a sample line's cost on a large checklist).
    if let literal = Self.plainLiteral(valueText, line: line, restColumn: valueColumn) {
      value = literal
    } else if let date = Self.dateValue(valueText, line: line, valueColumn: valueColumn) {
      value = date
    } else {
      let listHint = !InertText.equal(keyword, "期望")
      guard
        let parsed = parseExpression(
          valueText, line: line, restColumn: valueColumn, listHint: listHint)
      else { return }
      value = parsed
    }
    let entry = SampleSyntax.Line(target: target, value: value, range: range)
    let index = tree.samples.count - 1
    if InertText.equal(keyword, "设") {
      tree.samples[index].assignments.append(entry)
    } else if InertText.equal(keyword, "同批") {
      tree.samples[index].cohort.append(entry)
    } else {
      tree.samples[index].expectations.append(entry)
    }
  }

  /// A sample value written as a date (`2021-10-26`, a comment after ` #` left out), with the
  /// range of the date; nil for any other value.
  private static func dateValue(_ valueText: Substring, line: Line, valueColumn: Int)
    -> Expression?
  {
    let trimmed =
      TextScan.beforeComment(valueText.trimmingSpaces()[...]).map {
        $0.trimmingSpaces()
      } ?? ""
    guard DateLiteral.matches(trimmed) else { return nil }
    return Expression(
      .date(trimmed),
      line.range(at: valueColumn - line.column, length: TextScan.characterCount(trimmed[...])))
  }
}
