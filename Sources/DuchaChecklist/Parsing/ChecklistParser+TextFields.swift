import Foundation

/// Text fields (`要求：`, `赋分：`, header fields …) and their `|` continuation lines.
extension ChecklistParser {
  mutating func textField(
    _ keyword: String, _ rest: Substring, line: Line, range: SourceRange, restColumn: Int,
    hasColon: Bool
  ) {
    guard hasColon else {
      diagnostics.append(
        ParseErrors.missingColon(keyword: "\(keyword)", range.start))
      return
    }
    let text = rest.trimmingSpaces()
    let valueRange = line.range(
      at: restColumn - line.column, length: max(1, TextScan.characterCount(rest)))
    let field = TextField(keyword: keyword, text: text, range: range, valueRange: valueRange)
    if sampleOpen {
      sampleContext(field)
      return
    }
    if tree.sections.isEmpty {
      guard Keywords.headerNames.contains(keyword) else {
        misplaced(
          keyword, range: range, Localized("只能写在部分、条目或小项里", en: "belongs inside a 部分, 条目 or 小项"))
        return
      }
      if keyword != "说明", tree.header.contains(where: { $0.keyword == keyword }) {
        diagnostics.append(
          ParseErrors.headerFieldTwice(keyword: "\(keyword)", range.start))
        return
      }
      tree.header.append(field)
      lastText = .header(tree.header.count - 1)
      return
    }
    guard Keywords.itemNames.contains(keyword) else {
      misplaced(
        keyword, range: range,
        Localized("是表头语句，应写在第一个“部分”之前", en: "is a header field and goes before the first 部分"))
      return
    }
    if InertText.equal(keyword, "适用") {
      guard let expression = parseExpression(rest, line: line, restColumn: restColumn) else {
        return
      }
      modifyCurrentItem { $0.applicability = expression }
      return
    }
    modifyCurrentItem { $0.texts.append(field) }
    lastText = .item(0)
  }

  mutating func continueText(_ line: Line) {
    let text = String(line.text.dropFirst()).trimmingSpaces()
    switch lastText {
    case .header(let index):
      tree.header[index].text += "\n" + text
    case .item:
      modifyCurrentItem { item in
        if !item.texts.isEmpty { item.texts[item.texts.count - 1].text += "\n" + text }
      }
    case nil:
      diagnostics.append(
        ParseErrors.danglingContinuation(line.range(at: 0, length: 1).start))
    }
  }
}
