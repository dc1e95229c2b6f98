import Foundation

/// `录入` statements: an input's name, type and attributes.
extension ChecklistParser {
  mutating func input(_ rest: Substring, line: Line, range: SourceRange, restColumn: Int) {
    guard hasOpenItem, !sampleOpen else {
      misplaced("录入", range: range, Localized("只能写在条目或小项里", en: "belongs inside a 条目 or 小项"))
      return
    }
    var parser = line.parser(rest, column: restColumn)
    guard !parser.lexicallyBroken else { return diagnostics += parser.diagnostics }
    do {
      let name = try parser.expectIdentifier(Localized("录入项名称", en: "the input's name"))
      let type = try parser.expectIdentifier(
        Localized("录入类型（计数、数值、百分比、是否、单选、多选、日期、文本、酌情、核验）", en: "an input type"))
      var syntax = InputSyntax(
        name: name.identifier ?? "", type: type.identifier ?? "", typeRange: type.range,
        range: range)
      while !parser.atEnd {
        let attribute = try parser.expectIdentifier(
          Localized("属性（范围、步长、选项、名单、默认、提示、越界提示）", en: "an attribute (范围, 选项, 名单, 默认, 提示, 越界提示)"))
        switch attribute.identifier {
        case "范围":
          let low = try signedNumber(&parser)
          try parser.expect("..", Localized("“..”（如 0..100）", en: "'..' (as in 0..100)"))
          syntax.bounds = (low, try signedNumber(&parser))
        case "最小": syntax.bounds = (try signedNumber(&parser), syntax.bounds?.1)
        case "最大": syntax.bounds = (syntax.bounds?.0, try signedNumber(&parser))
        case "选项": syntax.options = try parser.expression()
        case "步长": syntax.step = try signedNumber(&parser)
        case "名单":
          let list = try parser.expectIdentifier(Localized("名单名称", en: "a list name"))
          syntax.listName = (list.identifier ?? "", list.range)
        case "默认": syntax.defaultValue = try parser.expression()
        case "提示", "越界提示":
          guard case .string(let text) = parser.current.kind else {
            throw parser.fail(expected: Localized("引号里的文字", en: "quoted text"))
          }
          _ = parser.advance()
          if attribute.identifier == "提示" {
            syntax.prompt = text
          } else {
            syntax.rangeMessage = text
          }
        default:
          parser.report(
            ParseErrors.unknownInputAttribute(
              spelling: "\(attribute.spelling)", attribute.range.start))
          throw StatementAbandoned()
        }
      }
      modifyCurrentItem { $0.inputs.append(syntax) }
    } catch {}
    diagnostics += parser.diagnostics
  }

  func signedNumber(_ parser: inout ExpressionParser) throws -> Decimal {
    let negative = parser.match("-")
    guard case .number(let value) = parser.current.kind else {
      throw parser.fail(expected: Localized("一个数", en: "a number"))
    }
    _ = parser.advance()
    _ = parser.match("%")
    return negative ? -value : value
  }
}
