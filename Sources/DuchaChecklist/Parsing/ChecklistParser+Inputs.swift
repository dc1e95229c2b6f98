import Foundation

/// `录入` statements: an input's name, type and attributes.
extension ChecklistParser {
  mutating func input(_ rest: Substring, line: Line, range: SourceRange, restColumn: Int) {
    guard hasOpenItem, !sampleOpen else {
      misplaced("录入", range: range, Localized("只能写在条目或小项里", en: "belongs inside a 条目 or 小项"))
      return
    }
    if let (attribute, text, offset) = UnquotedPrompt.find(in: rest) {
      diagnostics.append(
        ParseErrors.unquotedPrompt(
          attribute: attribute, text: text,
          SourceLocation(file: line.file, line: line.number, column: restColumn + offset)))
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
        // `酌情 1-10`, `计数 0..500`: a range written without 范围.
        if case .number = parser.current.kind {
          let found = parser.current
          parser.report(
            ParseErrors.unexpectedToken(
              expectedZh: "属性（范围、步长、选项、名单、默认、提示、越界提示）", foundZh: found.spelling,
              expectedEn: "an attribute (范围, 选项, 名单, 默认, 提示, 越界提示)", foundEn: found.spelling,
              fix: Self.rangeFix(&parser), found.range.start))
          throw StatementAbandoned()
        }
        let attribute = try parser.expectIdentifier(
          Localized("属性（范围、步长、选项、名单、默认、提示、越界提示）", en: "an attribute (范围, 选项, 名单, 默认, 提示, 越界提示)"))
        switch attribute.identifier {
        case "范围":
          let low = try signedNumber(&parser)
          guard parser.match("..") else {
            // `范围 1-10`, `范围 1到10`: the form's own way of writing a range.
            let expected = Localized("“..”（如 0..100）", en: "'..' (as in 0..100)")
            let fix = Self.rangeFix(&parser, low: low)
            if let word = parser.current.identifier, Self.rangeWordNumber(word) != nil {
              // `到10` after the number: not a name starting with a digit, but a range.
              parser.report(
                ParseErrors.unexpectedToken(
                  expectedZh: expected.zh, foundZh: word, expectedEn: expected.en, foundEn: word,
                  fix: fix, parser.current.range.start))
              throw StatementAbandoned()
            }
            throw parser.fail(expected: expected, fix: fix)
          }
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
          // `范围1..10`: the attribute run into its number.
          let spelling = "\(attribute.spelling)"
          let joined = ["范围", "最小", "最大", "步长"].first {
            spelling.hasPrefix($0) && spelling.dropFirst($0.count).first?.isNumber == true
          }
          var rest = ""
          if joined == "范围", parser.current.isSymbol(".."), !parser.atEnd {
            var ahead = parser
            _ = ahead.advance()
            if case .number = ahead.current.kind { rest = ".." + ahead.current.spelling }
          }
          parser.report(
            ParseErrors.unknownInputAttribute(
              spelling: spelling, joined: joined.map { ($0, rest) }, attribute.range.start))
          throw StatementAbandoned()
        }
      }
      modifyCurrentItem { $0.inputs.append(syntax) }
    } catch {}
    diagnostics += parser.diagnostics
  }

  /// “写成“范围 1..10”” for a range written the form's way (`1-10`, `1到10`) or without 范围:
  /// the numbers are read from the tokens ahead (the statement is abandoned anyway).
  static func rangeFix(_ parser: inout ExpressionParser, low: Decimal? = nil) -> Localized {
    var ahead = parser
    var numbers: [Decimal] = low.map { [$0] } ?? []
    while numbers.count < 2, !ahead.atEnd {
      if case .number(let value) = ahead.current.kind { numbers.append(value) }
      if let word = ahead.current.identifier {
        if let high = rangeWordNumber(word) {
          numbers.append(high)
        } else if word != "到" && word != "至" {
          break
        }
      }
      _ = ahead.advance()
    }
    let f = { (value: Decimal) in ScoreFormat.string(value, places: 6) }
    guard numbers.count == 2 else {
      return Localized(
        "范围写成“范围 最小..最大”，如“范围 0..100”：先写“范围”，两个数之间用“..”。",
        en: "write the range as '范围 <least>..<most>', e.g. '范围 0..100'.")
    }
    let range = "\(f(numbers[0]))..\(f(numbers[1]))"
    return Localized(
      "范围写成“范围 \(range)”：先写“范围”，两个数之间用“..”。", en: "write the range as '范围 \(range)'.")
  }

  /// 10 in `到10` or `至10`, the second half of a range the form's way (`1到10`).
  static func rangeWordNumber(_ word: String) -> Decimal? {
    guard let first = word.first, first == "到" || first == "至" else { return nil }
    let rest = word.dropFirst()
    guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
      return nil
    }
    return Decimal(string: String(rest))
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
