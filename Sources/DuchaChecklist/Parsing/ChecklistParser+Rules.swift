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

  mutating func parseExpression(_ rest: Substring, line: Line, restColumn: Int)
    -> Expression?
  {
    var parser = line.parser(rest, column: restColumn)
    defer { diagnostics += parser.diagnostics }
    guard parser.diagnostics.isEmpty else { return nil }
    do {
      let expression = try parser.expression()
      if !parser.atEnd {
        throw parser.fail(expected: Localized("运算符或行尾", en: "an operator or end of line"))
      }
      return expression
    } catch {
      return nil
    }
  }
}
