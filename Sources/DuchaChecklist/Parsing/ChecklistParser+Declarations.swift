import Foundation

/// Header statements: `清单`, `名单`, `年度目标`, `指标`.
extension ChecklistParser {
  mutating func identity(_ rest: Substring, line: Line, range: SourceRange, restColumn: Int) {
    let id = rest.trimmingSpaces()
    checklistLineSeen = true
    // Any 清单 line, readable or not, decides E105 for the whole file.
    readPriorState = true
    guard !id.isEmpty, !id.contains(where: \.isWhitespace) else {
      // `清单 xx-kongchuo 某县控辍保学考核表`: the id and the form's title on one line, the way
      // a clerk copies the heading; the title goes on a 标题 line of its own.
      let words = id.split(whereSeparator: \.isWhitespace)
      let titled =
        words.count > 1 ? (id: "\(words[0])", title: words.dropFirst().joined(separator: " ")) : nil
      diagnostics.append(
        ParseErrors.badChecklistID(titled: titled, range.start))
      return
    }
    if tree.id != nil {
      diagnostics.append(
        ParseErrors.checklistTwice(range.start))
      return
    }
    tree.id = (id, line.range(at: restColumn - line.column, length: id.count))
  }

  mutating func listStatement(
    _ rest: Substring, line: Line, range: SourceRange, restColumn: Int
  ) {
    guard
      let (name, body, bodyColumn) = namedBody(
        rest, line: line, range: range, restColumn: restColumn, statement: "名单")
    else { return }
    // Separators inside brackets do not split: `音乐教室 若 最大(小学班级数, 初中班级数) >= 12`.
    // An unbalanced bracket falls back to splitting everywhere, so one typo loses no entries.
    var entries = Self.listEntries(body, line: line, column: bodyColumn - line.column, nested: true)
    if entries.contains(where: { !Self.bracketsBalance($0.0) }) {
      entries = Self.listEntries(body, line: line, column: bodyColumn - line.column, nested: false)
    }
    if entries.isEmpty {
      diagnostics.append(
        ParseErrors.emptyList(name: "\(name)", range.start))
      return
    }
    tree.lists.append(ListSyntax(name: name, entries: entries, range: range))
  }

  /// The entries of a 名单 body with their ranges, split at 、 , ， ; ；, in one pass over the
  /// characters with a running column (indexing a Substring by offset costs a walk from its
  /// start, which made a 16,000-entry list quadratic). With `nested`, separators inside
  /// brackets stay in the entry.
  static func listEntries(_ body: Substring, line: Line, column bodyOffset: Int, nested: Bool)
    -> [(String, SourceRange)]
  {
    var entries: [(String, SourceRange)] = []
    var entryStart = body.startIndex
    var entryOffset = 0
    var offset = 0
    var depth = 0
    var index = body.startIndex
    while true {
      let atEnd = index == body.endIndex
      if !atEnd, nested {
        if "(（[【".contains(body[index]) { depth += 1 }
        if ")）]】".contains(body[index]) { depth = max(0, depth - 1) }
      }
      if atEnd || (depth == 0 && "、,，;；".contains(body[index])) {
        let raw = body[entryStart..<index]
        let leading = raw.prefix { $0.isWhitespace }.count
        let text = raw.trimmingSpaces()
        if !text.isEmpty {
          entries.append(
            (text, line.range(at: bodyOffset + entryOffset + leading, length: text.count)))
        }
        if atEnd { break }
        entryStart = body.index(after: index)
        entryOffset = offset + 1
      }
      index = body.index(after: index)
      offset += 1
    }
    return entries
  }

  /// Whether every opening bracket in `text` is closed, in order.
  static func bracketsBalance(_ text: String) -> Bool {
    var depth = 0
    for character in text {
      if "(（[【".contains(character) { depth += 1 }
      if ")）]】".contains(character) {
        depth -= 1
        if depth < 0 { return false }
      }
    }
    return depth == 0
  }

  mutating func yearTargets(
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
  mutating func namedBody(
    _ rest: Substring, line: Line, range: SourceRange, restColumn: Int, statement: String
  ) -> (String, Substring, Int)? {
    guard let (colon, colonOffset) = TextScan.firstIndex(of: ":", or: "：", in: rest) else {
      diagnostics.append(
        ParseErrors.namedBodyWithoutColon(statement: "\(statement)", range.start))
      return nil
    }
    let name = rest[..<colon].trimmingSpaces()
    guard !name.isEmpty else {
      diagnostics.append(
        ParseErrors.missingName(statement: "\(statement)", range.start))
      return nil
    }
    let bodyStart = rest.index(after: colon)
    return (
      name, rest[bodyStart...], restColumn + colonOffset + 1
    )
  }

  mutating func indicator(
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
      let shown = TextScan.beforeComment(source).map(String.init) ?? String(source)
      tree.indicators.append(
        IndicatorSyntax(
          name: name.identifier ?? "", formula: formula,
          source: shown.trimmingSpaces(), range: range))
    } catch {}
    diagnostics += parser.diagnostics
  }
}
