import Foundation

/// `规则` and `结果` calls, and the one-expression lines they share with `适用：`.
extension ChecklistParser {
  mutating func ruleCall(
    _ keyword: String, _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    let isRule = InertText.equal(keyword, "规则")
    if isRule, !hasOpenItem || sampleOpen {
      misplaced(keyword, range: range, Localized("只能写在条目或小项里", en: "belongs inside a 条目 or 小项"))
      return
    }
    guard let call = parseExpression(rest, line: line, restColumn: restColumn) else { return }
    guard case .call = call.kind else {
      diagnostics.append(
        ParseErrors.ruleNotCall(
          keyword: "\(keyword)",
          keyword2: "\(keyword == "规则" ? "规则 每例扣分(不一致人数, 每例=0.5)" : "结果 一票否决(重大辍学事件, 理由=\"…\")")",
          call.range.start))
      return
    }
    if isRule {
      modifyCurrentItem { $0.rules.append(call) }
    } else {
      tree.outcomes.append(call)
    }
  }

  /// `listHint`: the value of a sample's `设`/`同批`, where `甲、乙` after the sign is a list
  /// written without its brackets.
  mutating func parseExpression(
    _ rest: Substring, line: Line, restColumn: Int, listHint: Bool = false
  ) -> Expression? {
    if let literal = Self.plainLiteral(rest, line: line, restColumn: restColumn) {
      return literal
    }
    var parser = line.parser(rest, column: restColumn)
    defer { diagnostics += parser.diagnostics }
    guard parser.diagnostics.isEmpty else { return nil }
    do {
      let expression = try parser.expression()
      if !parser.atEnd {
        let bracketed =
          listHint && parser.current.isSymbol(",")
          ? Localized(
            "几项一起写在方括号里，例如 设 已建台账 = [花名册, 劝返记录]。",
            en: "write several entries in brackets, e.g. 设 已建台账 = [花名册, 劝返记录].") : nil
        throw parser.fail(
          expected: Localized("运算符或行尾", en: "an operator or end of line"), fix: bracketed)
      }
      return expression
    } catch {
      return nil
    }
  }

  /// The expression of a value that is one plain literal between ASCII spaces — a number such
  /// as `9.5` or the word `是`/`否`, as most `设`/`期望` lines of samples are — built without
  /// the lexer and the parser, which cost about fifty times as much for it. The result is the
  /// one they give (same value, same range); anything else returns nil and is parsed in full.
  static func plainLiteral(_ rest: Substring, line: Line, restColumn: Int) -> Expression? {
    let bytes = rest.utf8
    var start = bytes.startIndex
    var leading = 0
    while start < bytes.endIndex, bytes[start] == 0x20 {
      start = bytes.index(after: start)
      leading += 1
    }
    var end = bytes.endIndex
    while end > start, bytes[bytes.index(before: end)] == 0x20 {
      end = bytes.index(before: end)
    }
    guard start < end else { return nil }
    let word = bytes[start..<end]
    let kind: Expression.Kind
    let length: Int
    if let value = DecimalLiteral.fast(word) {
      kind = .number(value)
      length = word.count
    } else if word.elementsEqual("是".utf8) {
      (kind, length) = (.boolean(true), 1)
    } else if word.elementsEqual("否".utf8) {
      (kind, length) = (.boolean(false), 1)
    } else {
      return nil
    }
    let location = SourceLocation(file: line.file, line: line.number, column: restColumn + leading)
    return Expression(kind, SourceRange(start: location, length: length))
  }
}
