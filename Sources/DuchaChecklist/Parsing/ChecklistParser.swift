import Foundation

/// Reads a checklist file line by line into a `ChecklistSyntax`.
///
/// Every statement lives on one line, so recovery is simple and total: a broken line is
/// reported and skipped, and the next line is parsed as if nothing happened. One run shows
/// every error in the file.
public struct ChecklistParser {
  private let source: SourceText
  private var tree: ChecklistSyntax
  private var diagnostics: [Diagnostic] = []
  private var sampleOpen = false
  /// Which text field a `|` continuation line extends.
  private var lastText: TextTarget?

  private enum TextTarget {
    case header(Int)
    case item(Int)
  }

  /// Parses `source`; the result always comes with every diagnostic found.
  public static func parse(_ source: SourceText) -> (ChecklistSyntax, [Diagnostic]) {
    var parser = ChecklistParser(source: source)
    parser.run()
    return (parser.tree, parser.diagnostics)
  }

  private init(source: SourceText) {
    self.source = source
    self.tree = ChecklistSyntax(file: source.file)
  }

  private mutating func run() {
    for (offset, raw) in source.lines.enumerated() {
      parseLine(raw, number: offset + 1)
    }
    if tree.id == nil {
      diagnostics.append(
        Diagnostic(
          .error, "E105", at: source.location(line: 1, column: 1),
          Localized(
            "没有“清单”语句：这不是一份清单，或文件是空的。", en: "no 清单 statement: the file is empty or not a checklist."
          ),
          fix: Localized(
            "在第一行写“清单 <编号>”，例如“清单 lingbi-xueji-2021”。",
            en: "start the file with '清单 <id>', e.g. '清单 lingbi-xueji-2021'.")))
    }
  }

  // MARK: - Line dispatch

  private mutating func parseLine(_ raw: Substring, number: Int) {
    let trimmed = raw.drop { $0.isWhitespace }
    guard let first = trimmed.first, first != "#", first != "＃" else { return }
    let column = raw.count - trimmed.count + 1
    let line = Line(text: trimmed, number: number, column: column, file: source.file)
    if first == "|" || first == "｜" {
      continueText(line)
      return
    }
    let (word, rest, restColumn, hasColon) = line.splitKeyword()
    let keyword = Keywords.aliases[word] ?? word
    let range = line.range(at: 0, length: word.count)
    if !(Keywords.header.contains(keyword) || Keywords.item.contains(keyword)) { lastText = nil }
    if hasColon || Keywords.header.contains(keyword) || Keywords.item.contains(keyword) {
      if Keywords.header.contains(keyword) || Keywords.item.contains(keyword) {
        textField(
          keyword, rest, line: line, range: range, restColumn: restColumn, hasColon: hasColon)
        return
      }
    }
    switch keyword {
    case "清单": identity(rest, line: line, range: range, restColumn: restColumn)
    case "名单": listStatement(rest, line: line, range: range, restColumn: restColumn)
    case "年度目标": yearTargets(rest, line: line, range: range, restColumn: restColumn)
    case "指标": indicator(rest, line: line, range: range, restColumn: restColumn)
    case "部分", "条目", "小项": header(keyword, rest, line: line, range: range)
    case "录入": input(rest, line: line, range: range, restColumn: restColumn)
    case "规则", "结果": ruleCall(keyword, rest, line: line, range: range, restColumn: restColumn)
    case "样例": sample(rest, range: range)
    case "设", "期望", "同批":
      sampleLine(keyword, rest, line: line, range: range, restColumn: restColumn)
    default: unknownKeyword(word, range: range)
    }
  }

  private mutating func unknownKeyword(_ word: String, range: SourceRange) {
    // Only words of about a keyword's length can be one edit away; skipping the others keeps
    // a line of a million characters from costing a million-column distance table.
    let length = word.count
    let suggestion = Keywords.all.filter { abs($0.count - length) <= 1 }
      .min { editDistance($0, word) < editDistance($1, word) }
    let hint =
      suggestion.map { editDistance($0, word) <= 1 ? "是不是“\($0)”？" : "" } ?? ""
    let shown = length > 24 ? word.prefix(24) + "…" : word
    diagnostics.append(
      Diagnostic(
        .error, "E201", at: range.start,
        Localized("不认识的关键词“\(shown)”。\(hint)", en: "unknown keyword '\(shown)'."),
        fix: Localized(
          "每行以关键词开头：\(Keywords.all.joined(separator: "、"))；文字说明写成“要求：…”这样带冒号的形式。",
          en:
            "each line starts with a keyword (see docs/checklist-language.md); text fields take a colon, like '要求：…'."
        )))
  }

  // MARK: - Text fields

  private mutating func textField(
    _ keyword: String, _ rest: Substring, line: Line, range: SourceRange, restColumn: Int,
    hasColon: Bool
  ) {
    guard hasColon else {
      diagnostics.append(
        Diagnostic(
          .error, "E202", at: range.start,
          Localized("“\(keyword)”后面缺少冒号。", en: "missing colon after '\(keyword)'."),
          fix: Localized("写成“\(keyword)：内容”。", en: "write '\(keyword)：text'.")))
      return
    }
    let text = String(rest).trimmingCharacters(in: .whitespaces)
    let valueRange = line.range(at: restColumn - line.column, length: max(1, rest.count))
    let field = TextField(keyword: keyword, text: text, range: range, valueRange: valueRange)
    if sampleOpen {
      sampleContext(field)
      return
    }
    if tree.sections.isEmpty {
      guard Keywords.header.contains(keyword) else {
        misplaced(
          keyword, range: range, Localized("只能写在部分、条目或小项里", en: "belongs inside a 部分, 条目 or 小项"))
        return
      }
      if keyword != "说明", tree.header.contains(where: { $0.keyword == keyword }) {
        diagnostics.append(
          Diagnostic(
            .error, "E207", at: range.start,
            Localized("表头“\(keyword)”写了两次。", en: "header field '\(keyword)' appears twice."),
            fix: Localized("删去多余的一行。", en: "delete the extra line.")))
        return
      }
      tree.header.append(field)
      lastText = .header(tree.header.count - 1)
      return
    }
    guard Keywords.item.contains(keyword) else {
      misplaced(
        keyword, range: range,
        Localized("是表头语句，应写在第一个“部分”之前", en: "is a header field and goes before the first 部分"))
      return
    }
    if keyword == "适用" {
      guard let expression = parseExpression(rest, line: line, restColumn: restColumn) else {
        return
      }
      modifyCurrentItem { $0.applicability = expression }
      return
    }
    modifyCurrentItem { $0.texts.append(field) }
    lastText = .item(0)
  }

  private mutating func continueText(_ line: Line) {
    let text = String(line.text.dropFirst()).trimmingCharacters(in: .whitespaces)
    switch lastText {
    case .header(let index):
      tree.header[index].text += "\n" + text
    case .item:
      modifyCurrentItem { item in
        if !item.texts.isEmpty { item.texts[item.texts.count - 1].text += "\n" + text }
      }
    case nil:
      diagnostics.append(
        Diagnostic(
          .error, "E205", at: line.range(at: 0, length: 1).start,
          Localized("接续行“|”前面没有可以接续的文字说明。", en: "continuation line '|' follows no text field."),
          fix: Localized(
            "把它接在“要求：”“赋分：”等文字行之后，或删去行首的“|”。",
            en: "put it after a text field such as '要求：', or remove the '|'.")))
    }
  }

  private mutating func misplaced(_ keyword: String, range: SourceRange, _ rule: Localized) {
    diagnostics.append(
      Diagnostic(
        .error, "E205", at: range.start,
        Localized("“\(keyword)”\(rule.zh)。", en: "'\(keyword)' \(rule.en)."),
        fix: Localized("把这一行移到正确的位置。", en: "move this line to where it belongs.")))
  }

  // MARK: - Header statements

  private mutating func identity(_ rest: Substring, line: Line, range: SourceRange, restColumn: Int)
  {
    let id = rest.trimmingCharacters(in: .whitespaces)
    guard !id.isEmpty, !id.contains(where: \.isWhitespace) else {
      diagnostics.append(
        Diagnostic(
          .error, "E209", at: range.start,
          Localized("“清单”后面应当是一个不含空格的编号。", en: "清单 takes one id without spaces."),
          fix: Localized("例如“清单 lingbi-xueji-2021”。", en: "for example '清单 lingbi-xueji-2021'.")))
      return
    }
    if tree.id != nil {
      diagnostics.append(
        Diagnostic(
          .error, "E207", at: range.start, Localized("“清单”写了两次。", en: "清单 appears twice."),
          fix: Localized(
            "一个文件只写一份清单；删去多余的“清单”行。", en: "one checklist per file; delete the extra line.")))
      return
    }
    tree.id = (id, line.range(at: restColumn - line.column, length: id.count))
  }

  private mutating func listStatement(
    _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    guard
      let (name, body, bodyColumn) = namedBody(
        rest, line: line, range: range, restColumn: restColumn, statement: "名单")
    else { return }
    // One pass over the characters with a running column: indexing a Substring by offset
    // costs a walk from its start, which made a 16,000-entry list quadratic.
    var entries: [(String, SourceRange)] = []
    var entryStart = body.startIndex
    var entryOffset = 0
    var offset = 0
    var index = body.startIndex
    while true {
      let atEnd = index == body.endIndex
      if atEnd || "、,，;；".contains(body[index]) {
        let raw = body[entryStart..<index]
        let leading = raw.prefix { $0.isWhitespace }.count
        let text = raw.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
          let column = bodyColumn - line.column + entryOffset + leading
          entries.append((text, line.range(at: column, length: text.count)))
        }
        if atEnd { break }
        entryStart = body.index(after: index)
        entryOffset = offset + 1
      }
      index = body.index(after: index)
      offset += 1
    }
    if entries.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, "E209", at: range.start,
          Localized("名单“\(name)”是空的。", en: "list '\(name)' is empty."),
          fix: Localized(
            "在冒号后写出名单各项，用“、”分隔。", en: "list the entries after the colon, separated by 、.")))
      return
    }
    tree.lists.append(ListSyntax(name: name, entries: entries, range: range))
  }

  private mutating func yearTargets(
    _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    guard
      let (name, body, bodyColumn) = namedBody(
        rest, line: line, range: range, restColumn: restColumn, statement: "年度目标")
    else { return }
    var parser = line.parser(body, column: bodyColumn)
    guard !parser.lexicallyBroken else { return diagnostics += parser.diagnostics }
    var values: [(year: Int, value: Decimal)] = []
    do {
      repeat {
        guard case .number(let year) = parser.current.kind else {
          throw parser.fail(
            expected: Localized("年份", en: "a year"),
            fix: Localized("写成“2018=99.3，2019=99.6”。", en: "write '2018=99.3, 2019=99.6'."))
        }
        _ = parser.advance()
        try parser.expect("=", Localized("“=”", en: "'='"))
        let negative = parser.match("-")
        guard case .number(let value) = parser.current.kind else {
          throw parser.fail(expected: Localized("目标值（数字）", en: "a target value"))
        }
        _ = parser.advance()
        _ = parser.match("%")
        values.append((NSDecimalNumber(decimal: year).intValue, negative ? -value : value))
      } while parser.match(",")
      if !parser.atEnd {
        throw parser.fail(expected: Localized("“,”或行尾", en: "',' or end of line"))
      }
    } catch {}
    diagnostics += parser.diagnostics
    guard parser.diagnostics.isEmpty else { return }
    tree.yearTargets.append(YearTargetSyntax(name: name, values: values, range: range))
  }

  /// Splits `<名>：<body>` shared by 名单 and 年度目标.
  private mutating func namedBody(
    _ rest: Substring, line: Line, range: SourceRange, restColumn: Int, statement: String
  ) -> (String, Substring, Int)? {
    guard let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
      diagnostics.append(
        Diagnostic(
          .error, "E202", at: range.start,
          Localized("“\(statement)”缺少冒号。", en: "'\(statement)' needs a colon."),
          fix: Localized("写成“\(statement) 名称：内容”。", en: "write '\(statement) name：entries'.")))
      return nil
    }
    let name = rest[..<colon].trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      diagnostics.append(
        Diagnostic(
          .error, "E209", at: range.start,
          Localized("“\(statement)”缺少名称。", en: "'\(statement)' needs a name."),
          fix: Localized("写成“\(statement) 名称：内容”。", en: "write '\(statement) name：entries'.")))
      return nil
    }
    let bodyStart = rest.index(after: colon)
    return (
      name, rest[bodyStart...], restColumn + rest.distance(from: rest.startIndex, to: bodyStart)
    )
  }

  private mutating func indicator(
    _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    var parser = line.parser(rest, column: restColumn)
    guard !parser.lexicallyBroken else { return diagnostics += parser.diagnostics }
    do {
      let name = try parser.expectIdentifier(Localized("指标名称", en: "the indicator's name"))
      try parser.expect("=", Localized("“=”", en: "'='"))
      let formula = try parser.expression()
      if !parser.atEnd {
        throw parser.fail(expected: Localized("运算符或行尾", en: "an operator or end of line"))
      }
      let source = rest.drop { $0 != "=" && $0 != "＝" }.dropFirst()
      let shown = source.split(separator: " #").first.map(String.init) ?? String(source)
      tree.indicators.append(
        IndicatorSyntax(
          name: name.identifier ?? "", formula: formula,
          source: shown.trimmingCharacters(in: .whitespaces), range: range))
    } catch {}
    diagnostics += parser.diagnostics
  }

  // MARK: - Sections, items, parts

  private mutating func header(_ keyword: String, _ rest: Substring, line: Line, range: SourceRange)
  {
    if sampleOpen {
      misplaced(
        keyword, range: range,
        Localized("不能写在样例之后；样例放在文件末尾", en: "cannot follow a 样例; samples go at the end of the file"))
      return
    }
    var words = rest.split(whereSeparator: \.isWhitespace).map(String.init)
    var points: Decimal?
    if let last = words.last, last.hasSuffix("分"), words.count >= 2,
      let value = Decimal(
        string: String(last.dropLast()), locale: Locale(identifier: "en_US_POSIX")),
      String(last.dropLast()).allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
    {
      points = value
      words.removeLast()
    }
    guard words.count >= 2 else {
      diagnostics.append(
        Diagnostic(
          .error, "E203", at: range.start,
          Localized(
            "“\(keyword)”应写成“\(keyword) 编号 标题 分值分”。", en: "write '\(keyword) <id> <title> <n>分'."),
          fix: Localized("例如“\(keyword) 1 人员配备 10分”。", en: "for example '\(keyword) 1 人员配备 10分'.")))
      return
    }
    let item = ItemSyntax(
      keyword: keyword, id: words[0], title: words.dropFirst().joined(separator: " "),
      points: points,
      range: range)
    lastText = nil
    switch keyword {
    case "部分":
      tree.sections.append(item)
    case "条目":
      guard !tree.sections.isEmpty else {
        misplaced(keyword, range: range, Localized("前面需要一个“部分”", en: "needs a 部分 before it"))
        return
      }
      tree.sections[tree.sections.count - 1].children.append(item)
    default:
      guard let section = tree.sections.indices.last, !tree.sections[section].children.isEmpty
      else {
        misplaced(keyword, range: range, Localized("前面需要一个“条目”", en: "needs a 条目 before it"))
        return
      }
      let itemIndex = tree.sections[section].children.count - 1
      tree.sections[section].children[itemIndex].children.append(item)
    }
  }

  /// Applies `change` to the innermost open section, item or part.
  private mutating func modifyCurrentItem(_ change: (inout ItemSyntax) -> Void) {
    guard let section = tree.sections.indices.last else { return }
    guard let item = tree.sections[section].children.indices.last else {
      change(&tree.sections[section])
      return
    }
    if let part = tree.sections[section].children[item].children.indices.last {
      change(&tree.sections[section].children[item].children[part])
    } else {
      change(&tree.sections[section].children[item])
    }
  }

  private var hasOpenItem: Bool {
    guard let section = tree.sections.last else { return false }
    return !section.children.isEmpty
  }

  // MARK: - Inputs and rules

  private mutating func input(_ rest: Substring, line: Line, range: SourceRange, restColumn: Int) {
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
          Localized("属性（范围、选项、名单、默认、提示、越界提示）", en: "an attribute (范围, 选项, 名单, 默认, 提示, 越界提示)"))
        switch attribute.identifier {
        case "范围":
          let low = try signedNumber(&parser)
          try parser.expect("..", Localized("“..”（如 0..100）", en: "'..' (as in 0..100)"))
          syntax.bounds = (low, try signedNumber(&parser))
        case "最小": syntax.bounds = (try signedNumber(&parser), syntax.bounds?.1)
        case "最大": syntax.bounds = (syntax.bounds?.0, try signedNumber(&parser))
        case "选项": syntax.options = try parser.expression()
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
            Diagnostic(
              .error, "E206", at: attribute.range.start,
              Localized(
                "录入项没有“\(attribute.spelling)”这个属性。",
                en: "inputs have no attribute '\(attribute.spelling)'."),
              fix: Localized(
                "可用的属性：范围、最小、最大、选项、名单、默认、提示、越界提示。",
                en: "attributes: 范围, 最小, 最大, 选项, 名单, 默认, 提示, 越界提示.")))
          throw StatementAbandoned()
        }
      }
      modifyCurrentItem { $0.inputs.append(syntax) }
    } catch {}
    diagnostics += parser.diagnostics
  }

  private func signedNumber(_ parser: inout ExpressionParser) throws -> Decimal {
    let negative = parser.match("-")
    guard case .number(let value) = parser.current.kind else {
      throw parser.fail(expected: Localized("一个数", en: "a number"))
    }
    _ = parser.advance()
    _ = parser.match("%")
    return negative ? -value : value
  }

  private mutating func ruleCall(
    _ keyword: String, _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    if keyword == "规则", !hasOpenItem || sampleOpen {
      misplaced(keyword, range: range, Localized("只能写在条目或小项里", en: "belongs inside a 条目 or 小项"))
      return
    }
    guard let call = parseExpression(rest, line: line, restColumn: restColumn) else { return }
    guard case .call = call.kind else {
      diagnostics.append(
        Diagnostic(
          .error, "E204", at: call.range.start,
          Localized(
            "“\(keyword)”后面应当是“规则名(参数…)”。", en: "'\(keyword)' takes a call such as 每例扣分(…)."),
          fix: Localized(
            "例如“\(keyword == "规则" ? "规则 每例扣分(不一致人数, 每例=0.5)" : "结果 一票否决(重大辍学事件, 理由=\"…\")")”。",
            en: "see the rule table in docs/checklist-language.md.")))
      return
    }
    if keyword == "规则" {
      modifyCurrentItem { $0.rules.append(call) }
    } else {
      tree.outcomes.append(call)
    }
  }

  private mutating func parseExpression(_ rest: Substring, line: Line, restColumn: Int)
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

  // MARK: - Samples

  private mutating func sample(_ rest: Substring, range: SourceRange) {
    let name = rest.trimmingCharacters(in: .whitespaces)
    sampleOpen = true
    lastText = nil
    tree.samples.append(
      SampleSyntax(name: name.isEmpty ? "样例\(tree.samples.count + 1)" : name, range: range))
  }

  private mutating func sampleContext(_ field: TextField) {
    let index = tree.samples.count - 1
    switch field.keyword {
    case "学段": tree.samples[index].stages = (field.text, field.valueRange)
    case "年度":
      guard let year = Int(field.text) else {
        diagnostics.append(
          Diagnostic(
            .error, "E209", at: field.valueRange.start,
            Localized("年度“\(field.text)”不是一个年份。", en: "year '\(field.text)' is not a year."),
            fix: Localized("写成四位数字，如“年度：2021”。", en: "write four digits, e.g. '年度：2021'.")))
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

  private mutating func sampleLine(
    _ keyword: String, _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    guard sampleOpen else {
      misplaced(keyword, range: range, Localized("只能写在“样例”里", en: "belongs inside a 样例"))
      return
    }
    guard let equals = rest.firstIndex(where: { $0 == "=" || $0 == "＝" }) else {
      diagnostics.append(
        Diagnostic(
          .error, "E202", at: range.start,
          Localized("“\(keyword)”缺少“=”。", en: "'\(keyword)' needs '='."),
          fix: Localized("写成“\(keyword) 名称 = 值”。", en: "write '\(keyword) name = value'.")))
      return
    }
    let target = rest[..<equals].trimmingCharacters(in: .whitespaces)
    let valueText = rest[rest.index(after: equals)...]
    let valueColumn = restColumn + rest.distance(from: rest.startIndex, to: equals) + 1
    let value: Expression
    let trimmedValue =
      valueText.trimmingCharacters(in: .whitespaces).split(separator: " #").first.map {
        $0.trimmingCharacters(in: .whitespaces)
      } ?? ""
    if trimmedValue.wholeMatch(of: /\d{4}-\d{1,2}-\d{1,2}/) != nil {
      value = Expression(
        .date(trimmedValue), line.range(at: valueColumn - line.column, length: trimmedValue.count))
    } else {
      guard let parsed = parseExpression(valueText, line: line, restColumn: valueColumn) else {
        return
      }
      value = parsed
    }
    let entry = SampleSyntax.Line(target: target, value: value, range: range)
    let index = tree.samples.count - 1
    switch keyword {
    case "设": tree.samples[index].assignments.append(entry)
    case "同批": tree.samples[index].cohort.append(entry)
    default: tree.samples[index].expectations.append(entry)
    }
  }
}

/// One non-blank line with its position, and helpers to cut it up.
struct Line {
  var text: Substring
  var number: Int
  /// Column of `text`'s first character.
  var column: Int
  var file: String

  func range(at offset: Int, length: Int) -> SourceRange {
    SourceRange(
      start: SourceLocation(file: file, line: number, column: column + offset), length: length)
  }

  /// The first word (up to white space or a colon), the rest after it, the rest's column,
  /// and whether a colon separated them.
  func splitKeyword() -> (String, Substring, Int, Bool) {
    let (word, rest, offset, hasColon) = KeywordSplit.split(text)
    return (word, rest, column + offset, hasColon)
  }

  func parser(_ text: Substring, column: Int) -> ExpressionParser {
    var lexer = Lexer(text, file: file, line: number, column: column)
    let tokens = lexer.tokenize()
    var parser = ExpressionParser(tokens: tokens)
    for diagnostic in lexer.diagnostics { parser.report(diagnostic) }
    parser.lexicallyBroken = !lexer.diagnostics.isEmpty
    return parser
  }
}

/// Levenshtein distance, for "did you mean" on keywords.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  var previous = Array(0...b.count)
  for i in 1...max(1, a.count) where !a.isEmpty {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...max(1, b.count) where !b.isEmpty {
      current[j] = min(
        previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return a.isEmpty ? b.count : previous[b.count]
}
