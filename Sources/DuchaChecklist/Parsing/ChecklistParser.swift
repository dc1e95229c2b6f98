import Foundation

/// Reads a checklist file line by line into a `ChecklistSyntax`.
///
/// Every statement lives on one line, so recovery is simple and total: a broken line is
/// reported and skipped, and the next line is parsed as if nothing happened. One run shows
/// every error in the file.
public struct ChecklistParser {
  private let source: SourceText
  var tree: ChecklistSyntax
  var diagnostics: [Diagnostic] = []
  var sampleOpen = false
  /// A `清单` line was read, even one whose id could not be: its own E209 says what is wrong,
  /// and E105 ("no 清单 statement") would contradict it.
  var checklistLineSeen = false
  /// Which text field a `|` continuation line extends.
  var lastText: TextTarget?
  /// Set when a line was read whose meaning depends on lines before it other than through the
  /// open section (`清单`, which may only come once): a second half that read one is parsed
  /// again after the first.
  var readPriorState = false
  /// Set after a line that reads like a heading copied with its outline number but starts
  /// with no keyword (`1. 档次评价 5分`): until the next heading, the lines under it (meant for
  /// that heading) are skipped, and nothing is reported as misplaced for want of it.
  var afterUnreadHeading = false
  /// A statement found broken over lines (`joinsWrappedStatement`): its E104's index, the
  /// first line joined (as shown), the last line joined, and how many brackets are still open
  /// after it; a further line without a keyword is one more piece while one is.
  var wrappedStatement: (index: Int, shown: String, nextLine: Int, lastLine: Int, open: Int)?

  enum TextTarget {
    case header(Int)
    case item(Int)
  }

  /// Parses `source`; the result always comes with every diagnostic found. A large file is
  /// parsed in two halves on two cores when that gives exactly the sequential result (see
  /// `ChecklistParser+Halves.swift`).
  public static func parse(_ source: SourceText) -> (ChecklistSyntax, [Diagnostic]) {
    if let halves = parseInHalves(source) { return halves }
    return parseSequentially(source)
  }

  /// `parse` line after line on the calling thread, the reference the halves are held to.
  static func parseSequentially(_ source: SourceText) -> (ChecklistSyntax, [Diagnostic]) {
    var parser = ChecklistParser(source: source)
    parser.run()
    return (parser.tree, parser.diagnostics)
  }

  /// The syntax of `source` up to the line where its `清单` id and first `标题` are both known
  /// for good: the first statement line after both (a `|` continuation, even after comments or
  /// blank lines, still extends the title, and any other line ends it). The first `清单` and
  /// `标题` win over repeats, so no later line can change them; the lines read are parsed
  /// exactly as `parse` parses them. Diagnostics are not collected.
  static func parseHeader(_ source: SourceText) -> ChecklistSyntax {
    var parser = ChecklistParser(source: source)
    for (offset, raw) in source.lines.enumerated() {
      guard parser.parseHeaderLine(raw, number: offset + 1) else { break }
    }
    return parser.tree
  }

  /// One line of `parseHeader`, given one by one (`ChecklistHeader` reads them off the file's
  /// bytes): false, with the line left unread, once the header is known for good.
  mutating func parseHeaderLine(_ raw: Substring, number: Int) -> Bool {
    if tree.id != nil, tree.header.contains(where: { $0.keyword == "标题" }),
      Self.lineStart(TextScan.droppingLeadingWhitespace(raw).rest) == .other
    {
      return false
    }
    parseLine(raw, number: number)
    return true
  }

  init(source: SourceText) {
    self.source = source
    self.tree = ChecklistSyntax(file: source.file)
  }

  mutating func run() {
    parseLines(source.lines.indices)
    finish()
  }

  /// Parses the lines at `indices` (0-based) of the source.
  mutating func parseLines(_ indices: Range<Int>) {
    // One copy of the array for the loop: `source.lines[offset]` in this mutating loop
    // retained and released the lines for every line read.
    let lines = source.lines
    for offset in indices {
      parseLine(lines[offset], number: offset + 1)
    }
  }

  /// The check made once every line is read.
  mutating func finish() {
    if tree.id == nil, !checklistLineSeen {
      diagnostics.append(
        ParseErrors.noChecklist(source.location(line: 1, column: 1)))
    }
  }

  // MARK: - Line dispatch

  mutating func parseLine(_ raw: Substring, number: Int) {
    if let match = KeywordMatch.match(raw) {
      let utf8 = raw.utf8
      let text = raw[utf8.index(utf8.startIndex, offsetBy: match.indent)...]
      let line = Line(text: text, number: number, column: match.indent + 1, file: source.file)
      let rest = raw[utf8.index(utf8.startIndex, offsetBy: match.restByte)...]
      parseStatement(
        keyword: match.keyword, reading: match.reading, rest: rest, line: line,
        range: line.range(at: 0, length: match.wordLength),
        restColumn: line.column + match.restOffset, hasColon: match.hasColon)
      return
    }
    let (trimmed, indent) = TextScan.droppingLeadingWhitespace(raw)
    guard let first = Self.lineStart(trimmed) else { return }
    if first == .comment { return }
    let column = indent + 1
    let line = Line(text: trimmed, number: number, column: column, file: source.file)
    if first == .continuation {
      if !afterUnreadHeading { continueText(line) }
      return
    }
    let (word, rest, restColumn, hasColon) = line.splitKeyword()
    let known = Keywords.reading(of: word)
    let keyword = known?.keyword ?? word
    let range = line.range(at: 0, length: TextScan.characterCount(word[...]))
    guard let reading = known?.reading else {
      lastText = nil
      unknownKeyword(word, rest: rest, range: range)
      return
    }
    parseStatement(
      keyword: keyword, reading: reading, rest: rest, line: line, range: range,
      restColumn: restColumn, hasColon: hasColon)
  }

  /// A line that starts with a known keyword, read as `reading`.
  mutating func parseStatement(
    keyword: String, reading: Keywords.Reading, rest: Substring, line: Line, range: SourceRange,
    restColumn: Int, hasColon: Bool
  ) {
    if afterUnreadHeading, reading == .input || reading == .rule || reading == .textField {
      // Meant for the heading that could not be read: attached to the item before it they
      // would be reported again as that item's (a second scoring rule, a duplicate input).
      return
    }
    if reading == .textField {
      textField(
        keyword, rest, line: line, range: range, restColumn: restColumn, hasColon: hasColon)
      return
    }
    lastText = nil
    switch reading {
    case .identity: identity(rest, line: line, range: range, restColumn: restColumn)
    case .list: listStatement(rest, line: line, range: range, restColumn: restColumn)
    case .yearTargets: yearTargets(rest, line: line, range: range, restColumn: restColumn)
    case .indicator: indicator(rest, line: line, range: range, restColumn: restColumn)
    case .section: header(keyword, rest, line: line, range: range)
    case .input: input(rest, line: line, range: range, restColumn: restColumn)
    case .rule: ruleCall(keyword, rest, line: line, range: range, restColumn: restColumn)
    case .sample: sample(rest, range: range)
    case .sampleLine:
      sampleLine(keyword, rest, line: line, range: range, restColumn: restColumn)
    case .textField: break
    }
  }

  /// How a line starts: a comment (`#`, `＃`), a continuation (`|`, `｜`) or anything else; nil
  /// for an empty line.
  enum LineStart {
    case comment, continuation, other
  }

  /// `LineStart` of `text` from its first scalar: comparing the first `Character` with "＃"
  /// went through Unicode normalization on every line. No other scalar can start a character
  /// equal to these four, and when the next scalar is a character of its own the first
  /// character is that scalar alone; otherwise (a mark after `#`) the `Character` decides.
  static func lineStart(_ text: Substring) -> LineStart? {
    let scalars = text.unicodeScalars
    guard let head = scalars.first else { return nil }
    let isComment = head.value == 0x23 || head.value == 0xFF03
    guard isComment || head.value == 0x7C || head.value == 0xFF5C else { return .other }
    let next = scalars.index(after: scalars.startIndex)
    if next < scalars.endIndex, !LexUnits.isStandalone(scalars[next]), let first = text.first {
      if first == "#" || first == "＃" { return .comment }
      return first == "|" || first == "｜" ? .continuation : .other
    }
    return isComment ? .comment : .continuation
  }

  mutating func unknownKeyword(_ word: String, rest: Substring, range: SourceRange) {
    if joinsWrappedStatement(word, rest: rest, line: range.start.line) { return }
    if sampleOpen, let head = rest.first, head == "=" || head == "＝" {
      var line = "\(word) \(rest)"
      if line.count > 30 { line = line.prefix(30) + "…" }
      diagnostics.append(ParseErrors.sampleValueWithoutSet(line: line, range.start))
      return
    }
    // Only words of about a keyword's length can be one edit away; skipping the others keeps
    // a line of a million characters from costing a million-column distance table.
    let length = word.count
    let suggestion = Keywords.all.filter { abs($0.count - length) <= 1 }
      .min { editDistance($0, word) < editDistance($1, word) }
    var hint =
      suggestion.map { editDistance($0, word) <= 1 ? "是不是“\($0)”？" : "" } ?? ""
    if let meant = KeywordSynonyms.simplifiedKeyword(for: word) {
      // 清單, 規則, 錄入: a keyword typed in traditional characters.
      hint = "关键词用简体字：写成“\(meant)”。"
    } else if hint.isEmpty, let meant = KeywordSynonyms.keyword(for: word) {
      // The column heading of the printed form (`评分标准`, `单位`) for our keyword.
      hint = "这里应写关键词“\(meant)”（原文的“\(word)”一栏写成“\(meant)：…”）。"
    } else if hint.isEmpty, let (number, glued) = HeadingNumbering.split(word[...]) {
      // A heading copied with its outline number (`一、组织领导 10分`, `1. 档次评价 5分`):
      // shown as it should read, with 条目 (a 部分 is the rarer guess for a numbered line).
      var title = [glued, rest].filter { !$0.isEmpty }.joined(separator: " ")
      if title.count > 24 { title = title.prefix(24) + "…" }
      let line = title.isEmpty ? "条目 \(number) 标题 N分" : "条目 \(number) \(title)"
      hint = "这一行像是照抄原文的标题，前面少了关键词：写成“\(line)”（大项写“部分”）。"
      afterUnreadHeading = true
    } else if hint.isEmpty, let (keyword, reading) = Self.keywordPrefix(of: word) {
      // `条目1.2`, `录入宣传`, `说明这是…`: the keyword typed without the space (or colon)
      // after it.
      let after = String(word.dropFirst(keyword.count))
      var line = reading == .textField ? "\(keyword)：\(after)" : "\(keyword) \(after)"
      if !rest.isEmpty { line += " " + rest }
      if line.count > 30 { line = line.prefix(30) + "…" }
      hint =
        reading == .textField
        ? "关键词“\(keyword)”后面要加冒号：写成“\(line)”。"
        : "关键词“\(keyword)”后面要空一格：写成“\(line)”。"
      // Like a numbered heading: the lines under an unread heading are meant for it.
      if reading == .section { afterUnreadHeading = true }
    }
    let shown = length > 24 ? word.prefix(24) + "…" : word
    diagnostics.append(
      ParseErrors.unknownKeyword(shown: "\(shown)", hint: "\(hint)", range.start))
  }

  /// The longest keyword `word` starts with and goes on after (`条目1.2` → 条目), with how its
  /// line is read; nil when it starts with none.
  static func keywordPrefix(of word: String) -> (String, Keywords.Reading)? {
    var found: (String, Keywords.Reading)?
    for keyword in Keywords.all
    where keyword.count < word.count && word.hasPrefix(keyword)
      && keyword.count > (found?.0.count ?? 0)
    {
      if let reading = Keywords.reading(of: keyword)?.reading { found = (keyword, reading) }
    }
    return found
  }

  /// A line without a keyword right after a line whose bracket was left open is that
  /// statement's second half (`规则 条件扣分(非 有联动机制, 扣=1,` then `理由="…")`): the open
  /// bracket's E104 is replaced by one that says to join the lines, and this line adds none of
  /// its own. Looked at only on this error path; the parse halves cut at a `部分` line, so the
  /// previous line's diagnostics are always this parser's.
  private mutating func joinsWrappedStatement(_ word: String, rest: Substring, line: Int) -> Bool {
    guard line > 1 else { return false }
    let text = rest.isEmpty ? word : word + " " + rest
    // A third (fourth …) piece: the line before was a piece and left a bracket open. It used to
    // be reported on its own as an unknown keyword (E201), as if it were a new statement.
    if var wrapped = wrappedStatement, wrapped.lastLine == line - 1, wrapped.open > 0,
      diagnostics.indices.contains(wrapped.index)
    {
      wrapped.lastLine = line
      wrapped.open += Self.bracketBalance(text)
      wrappedStatement = wrapped
      diagnostics[wrapped.index] = ParseErrors.wrappedStatement(
        shown: wrapped.shown, nextLine: wrapped.nextLine, lastLine: line,
        diagnostics[wrapped.index].location)
      return true
    }
    for index in diagnostics.indices.reversed() {
      let diagnostic = diagnostics[index]
      guard diagnostic.location.line == line - 1 else {
        if diagnostic.location.line < line - 1 { return false }
        continue
      }
      guard ParseErrors.isUnclosedBracket(diagnostic) else { continue }
      let shown = String(text.count > 24 ? text.prefix(24) + "…" : text[...])
      diagnostics[index] = ParseErrors.wrappedStatement(
        shown: shown, nextLine: line, lastLine: line, diagnostic.location)
      wrappedStatement = (index, shown, line, line, 1 + Self.bracketBalance(text))
      return true
    }
    return false
  }

  /// Brackets a piece of a wrapped statement opens minus those it closes, outside quotes.
  static func bracketBalance(_ text: String) -> Int {
    var balance = 0
    var quoted = false
    for character in text {
      switch character {
      case "\"": quoted.toggle()
      case "(",
        "（" where !quoted:
        balance += 1
      case ")",
        "）" where !quoted:
        balance -= 1
      default: break
      }
    }
    return balance
  }

  mutating func misplaced(_ keyword: String, range: SourceRange, _ rule: Localized) {
    if afterUnreadHeading { return }
    diagnostics.append(
      ParseErrors.misplacedStatement(
        keyword: "\(keyword)", ruleZh: "\(rule.zh)", ruleEn: "\(rule.en)", range.start))
  }

  /// Applies `change` to the innermost open section, item or part.
  mutating func modifyCurrentItem(_ change: (inout ItemSyntax) -> Void) {
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

  var hasOpenItem: Bool {
    guard let section = tree.sections.last else { return false }
    return !section.children.isEmpty
  }

}
