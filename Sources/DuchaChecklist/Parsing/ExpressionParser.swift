import Foundation

/// Raised inside a statement's parse once a diagnostic has been recorded; the statement is
/// dropped and parsing resumes at the next line, so one run reports every broken line.
struct StatementAbandoned: Error {}

/// A recursive-descent parser over one line's tokens.
///
/// Precedence, loosest first: `或`, `且`, `非`, comparisons, `+ -`, `× ÷`, unary `-`, `%`.
struct ExpressionParser {
  private(set) var tokens: [Token]
  private(set) var position = 0
  private(set) var diagnostics: [Diagnostic] = []
  /// Set when the lexer already reported this line; parsing it further would only echo.
  var lexicallyBroken = false
  /// Whether a lone operand before `,` or `)` is read without the grammar's levels (see
  /// `parseExpression`); tests turn it off to hold the two ways to each other.
  var readsLoneOperands = true

  /// What each token is to the grammar, as one byte (`Code`): every level of the grammar asks
  /// whether the next token is its operator, and asking the token itself copied it (its name
  /// and file) and compared strings at each of the eight levels, for every operand of a rule.
  private let codes: [Code]

  init(tokens: [Token]) {
    self.tokens = tokens
    var codes: [Code] = []
    codes.reserveCapacity(tokens.count)
    // By index, reading only the kind: a copy of each token retained and released its range's
    // file name.
    for index in tokens.indices { codes.append(Code(tokens[index].kind)) }
    self.codes = codes
  }

  var current: Token { tokens[position] }
  var atEnd: Bool { codes[position] == .end }

  /// `Code` of the next token.
  private var code: Code { codes[position] }

  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  /// Consumes `symbol` if it is next.
  mutating func match(_ symbol: String) -> Bool {
    guard current.isSymbol(symbol) else { return false }
    _ = advance()
    return true
  }

  /// `match` by code.
  private mutating func matchCode(_ wanted: Code) -> Bool {
    guard code == wanted else { return false }
    _ = advance()
    return true
  }

  /// Consumes the keyword `word` if it is the next identifier.
  mutating func matchWord(_ word: String) -> Bool {
    guard current.identifier == word else { return false }
    _ = advance()
    return true
  }

  mutating func expect(_ symbol: String, _ what: Localized) throws {
    guard match(symbol) else { throw fail(expected: what) }
  }

  mutating func expectIdentifier(_ what: Localized) throws -> Token {
    guard current.identifier != nil else { throw fail(expected: what) }
    return advance()
  }

  /// Records "expected …, found …" at the current token and abandons the statement.
  mutating func fail(expected: Localized, fix: Localized? = nil) -> StatementAbandoned {
    if let name = digitLeadingName() { return digitLeading(name) }
    if let first = doubledEquals() {
      diagnostics.append(ParseErrors.doubledEquals(first.range.start))
      return StatementAbandoned()
    }
    if let wording = formWording() {
      diagnostics.append(wording)
      return StatementAbandoned()
    }
    let found =
      current.kind == .end ? Localized("行尾", en: "end of line") : Localized(current.spelling)
    diagnostics.append(
      ParseErrors.unexpectedToken(
        expectedZh: "\(expected.zh)", foundZh: "\(found.zh)", expectedEn: "\(expected.en)",
        foundEn: "\(found.en)",
        fix: fix
          ?? Localized(
            "对照 docs/checklist-language.md 的写法改正这一行。",
            en: "see docs/checklist-language.md for the form of this statement."),
        current.range.start))
    return StatementAbandoned()
  }

  /// What the clerk meant when the line stumbles on the form's own way of writing: a
  /// comparison in words (`入学率 低于 99`, `入学率达到 99`), 若 without its brackets
  /// (`若 入学率 < 99`), a space inside a figure (`0. 5`, `1 0`). Only on this failure path.
  private func formWording() -> Diagnostic? {
    let previous = position > 0 ? tokens[position - 1] : nil
    let next = position + 1 < tokens.count ? tokens[position + 1] : nil
    func shown(_ token: Token?, _ fallback: String) -> String {
      guard let token, token.identifier != nil || Self.isNumber(token) else { return fallback }
      return token.spelling
    }
    if let word = current.identifier, let symbol = ComparisonWords.symbol(for: word) {
      let example = "\(shown(previous, "入学率")) \(symbol) \(shown(next, "99"))"
      return ParseErrors.comparisonInWords(
        word: "\(word)", symbol: "\(symbol)", example: "\(example)", current.range.start)
    }
    if let previous, let name = previous.identifier {
      if name == "若", !current.isSymbol("(") {
        return ParseErrors.ifWithoutBrackets(previous.range.start)
      }
      // `入学率达到 99`: the word glued to the name before it.
      if let (left, symbol, right) = ComparisonWords.split(name), right.isEmpty,
        let word = ComparisonWords.pairs.first(where: { name.hasSuffix($0.word) })?.word
      {
        return ParseErrors.comparisonInWords(
          word: "\(word)", symbol: "\(symbol)",
          example: "\(left) \(symbol) \(shown(current, "99"))",
          previous.range.start)
      }
    }
    guard let previous, Self.isNumber(previous), Self.adjacentAfterSpace(previous, current) else {
      return nil
    }
    if Self.isNumber(current) {
      return ParseErrors.spaceInNumber(
        typed: "\(previous.spelling) \(current.spelling)",
        meant: "\(previous.spelling)\(current.spelling)",
        previous.range.start)
    }
    if current.isSymbol("."), let next, Self.isNumber(next) {
      let typed = source(from: previous, to: next)
      return ParseErrors.spaceInNumber(
        typed: "\(typed)", meant: "\(previous.spelling).\(next.spelling)", previous.range.start)
    }
    return nil
  }

  private static func isNumber(_ token: Token) -> Bool {
    if case .number = token.kind { return true }
    return false
  }

  /// Whether `second` follows `first` on the same line after at most a few spaces.
  private static func adjacentAfterSpace(_ first: Token, _ second: Token) -> Bool {
    let end = first.range.start.column + first.range.length
    return first.range.start.line == second.range.start.line
      && (end...end + 3).contains(second.range.start.column)
  }

  /// `previous`, `.` and `next` as typed, spaces kept (`0. 5`, `0 .5`).
  private func source(from previous: Token, to next: Token) -> String {
    let afterPrevious =
      current.range.start.column - previous.range.start.column - previous.range.length
    let afterDot = next.range.start.column - current.range.start.column - 1
    return previous.spelling + String(repeating: " ", count: max(0, afterPrevious)) + "."
      + String(repeating: " ", count: max(0, afterDot)) + next.spelling
  }

  /// `系统人数 == 实际人数`, as in most programming languages and some spreadsheets: the first
  /// `=` of the pair when the parser stumbles on the second one right after it.
  private func doubledEquals() -> Token? {
    guard current.isSymbol("="), position > 0 else { return nil }
    let first = tokens[position - 1]
    guard first.isSymbol("="),
      current.range.start.column == first.range.start.column + first.range.length
    else { return nil }
    return first
  }

  /// `3年巩固率` reads as the number 3 followed by the name 年巩固率; when the parser stumbles
  /// on either half, the clerk should hear that names cannot start with a digit.
  private func digitLeadingName() -> String? {
    var first = position
    if current.identifier != nil, position > 0, case .number = tokens[position - 1].kind {
      first = position - 1
    }
    guard case .number = tokens[first].kind, first + 1 < tokens.count,
      let word = tokens[first + 1].identifier,
      tokens[first + 1].range.start.column == tokens[first].range.start.column
        + tokens[first].range.length
    else { return nil }
    return tokens[first].spelling + word
  }

  private mutating func digitLeading(_ name: String) -> StatementAbandoned {
    let start = current.identifier != nil ? tokens[position - 1] : current
    let number = String(name.prefix { $0.isNumber || $0 == "." })
    let word = String(name.dropFirst(number.count))
    // `扣=5分`, `最低=4次`: the form's own words put a unit after the number, where ducha's
    // figures are bare numbers.
    // `2024年=99.5` in a 年度目标.
    if word == "年", number.count == 4 {
      diagnostics.append(
        ParseErrors.yearWithSuffix(typed: "\(name)", year: "\(number)", start.range.start))
      return StatementAbandoned()
    }
    if ParseErrors.figureUnits.contains(word) {
      diagnostics.append(
        ParseErrors.unitAfterNumber(
          "\(name)", unit: "\(word)", number: "\(number)", start.range.start))
      return StatementAbandoned()
    }
    diagnostics.append(
      ParseErrors.nameStartsWithDigit(
        name: "\(name)", isNumber: "\(name.prefix { $0.isNumber })",
        isNumber2: "\(name.drop { $0.isNumber })", start.range.start))
    return StatementAbandoned()
  }

  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// How deep a formula may nest: brackets, `若(…)`, unary `-` and `非`, and chains of
  /// operators all count. Real checklists stay below 20; the limit keeps the recursive
  /// parser, type checker and evaluator far from the end of the stack (a thread's stack can be
  /// as small as 512 KB) and turns a hostile line into an E210 diagnostic.
  public static let maximumDepth = 100

  /// How many recursive calls of the grammar are open; bounded by `maximumDepth`.
  private var depth = 0

  /// A parsed expression with its height (the longest path from it to a leaf), carried along
  /// so the limit is checked in constant time per node.
  private struct Node {
    var expression: Expression
    var height: Int
    var range: SourceRange { expression.range }
  }

  /// Parses a full expression.
  mutating func expression() throws -> Expression {
    try parseExpression().expression
  }

  private mutating func parseExpression() throws -> Node {
    try descend()
    defer { depth -= 1 }
    // A lone number, text or name before `,` or `)`, as most arguments of a rule are: the
    // node `primary` gives, which every level from `disjunction` down would pass up unchanged
    // (none sees its operator, none descends), without the seven calls that copied it.
    let first = code
    if readsLoneOperands, first == .number || first == .string || first == .identifier,
      position + 1 < codes.count, codes[position + 1] == .comma || codes[position + 1] == .close
    {
      return try primary()
    }
    return try disjunction()
  }

  /// Enters one level of recursion, abandoning the statement beyond `maximumDepth`.
  private mutating func descend() throws {
    depth += 1
    if depth > Self.maximumDepth {
      depth -= 1
      throw tooDeep()
    }
  }

  /// A node whose highest child is `height` high (0 for a leaf), abandoning the statement
  /// when it would be too high. Given the height, not an array of the children: that cost an
  /// allocation and a copy of each child per node.
  private mutating func node(
    _ kind: Expression.Kind, _ range: SourceRange, height childHeight: Int
  ) throws -> Node {
    let height = 1 + childHeight
    guard height <= Self.maximumDepth else { throw tooDeep() }
    return Node(expression: Expression(kind, range), height: height)
  }

  private mutating func tooDeep() -> StatementAbandoned {
    diagnostics.append(
      ParseErrors.nestedTooDeeply(current.range.start))
    return StatementAbandoned()
  }

  private mutating func disjunction() throws -> Node {
    var left = try conjunction()
    while code == .or {
      _ = advance()
      let right = try conjunction()
      left = try node(
        .binary("或", left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  private mutating func conjunction() throws -> Node {
    var left = try negation()
    while code == .and {
      _ = advance()
      let right = try negation()
      left = try node(
        .binary("且", left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  private mutating func negation() throws -> Node {
    if code == .not {
      try descend()
      defer { depth -= 1 }
      let start = advance()
      let operand = try negation()
      return try node(.unary("非", operand.expression), start.range, height: operand.height)
    }
    return try comparison()
  }

  private mutating func comparison() throws -> Node {
    let left = try additiveNode()
    guard let op = code.comparison else { return left }
    _ = advance()
    let right = try additiveNode()
    return try node(
      .binary(op, left.expression, right.expression), left.range,
      height: max(left.height, right.height))
  }

  /// Parses `a + b - c` (the level of list elements and pair values).
  mutating func additive() throws -> Expression {
    try additiveNode().expression
  }

  private mutating func additiveNode() throws -> Node {
    var left = try multiplicative()
    while code == .plus || code == .minus {
      let op = code == .plus ? "+" : "-"
      position += 1
      let right = try multiplicative()
      left = try node(
        .binary(op, left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  private mutating func multiplicative() throws -> Node {
    var left = try unary()
    while code == .times || code == .divide {
      let op = code == .times ? "*" : "/"
      position += 1
      let right = try unary()
      left = try node(
        .binary(op, left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  private mutating func unary() throws -> Node {
    if code == .minus {
      try descend()
      defer { depth -= 1 }
      let start = advance()
      let operand = try unary()
      return try node(.unary("-", operand.expression), start.range, height: operand.height)
    }
    var operand = try primary()
    if code == .percent { operand.expression.percentMarked = true }
    while code == .percent { position += 1 }
    return operand
  }

  private mutating func primary() throws -> Node {
    let token = current
    switch token.kind {
    case .number(let value):
      _ = advance()
      return try node(.number(value), token.range, height: 0)
    case .string(let text):
      _ = advance()
      return try node(.text(text), token.range, height: 0)
    case .identifier(let word):
      _ = advance()
      // `是` and `否` are three inert bytes each: an inert word of any other length is neither,
      // told without the two comparisons (every name of a formula asks).
      let mayBeWord = word.utf8.count == 3 || !InertText.isInert(word)
      let yes = mayBeWord && InertText.equal(word, "是")
      if yes || mayBeWord && InertText.equal(word, "否") {
        return try node(.boolean(yes), token.range, height: 0)
      }
      var name = word
      while code == .dot, position + 1 < tokens.count,
        let part = tokens[position + 1].identifier
      {
        position += 2
        name += "." + part
      }
      if code == .open { return try call(name, token.range) }
      return try node(.name(name), token.range, height: 0)
    case .symbol("("):
      _ = advance()
      let inner = try parseExpression()
      try expect(")", Localized("右括号“)”", en: "')'"))
      return inner
    case .symbol("["):
      return try list()
    default:
      throw fail(expected: Localized("一个数、名称或括号", en: "a number, a name or a bracket"))
    }
  }

  private mutating func call(_ name: String, _ range: SourceRange) throws -> Node {
    _ = advance()
    var arguments: [CallArgument] = []
    var childHeight = 0
    // In a formula function `x = y` is a comparison (`若(执行 = "执行好", 5, 0)`); only
    // rules and results have named parameters. Asked once per call, not per argument (a
    // `Set<String>` lookup of a Chinese name normalizes it; `NameSet` compares bytes).
    let takesLabels = !FormulaFunctions.nameSet.contains(name)
    if !matchCode(.close) {
      repeat {
        let start = current.range
        var label: String?
        let labelPosition = position
        if takesLabels, position + 1 < tokens.count, codes[position + 1] == .equals,
          let word = current.identifier
        {
          label = word
          position += 2
        }
        let value = try parseExpression()
        childHeight = max(childHeight, value.height)
        var argument = CallArgument(label: label, value: value.expression, range: start)
        if label != nil, value.expression.isJunction {
          argument.wholeReading = try wholeReading(from: labelPosition)
        }
        arguments.append(argument)
      } while matchCode(.comma)
      try expect(")", Localized("“,”或右括号“)”", en: "',' or ')'"))
    }
    return try node(.call(name, arguments), range, height: childHeight)
  }

  /// `条件扣分(宣传 = 一般 且 入学率 < 99, 扣=1)`: the argument from its first word read as one
  /// expression, `(宣传 = 一般) 且 (入学率 < 99)`, for the validator to use when `宣传` names no
  /// parameter. Read only when the value after `=` is joined by `且`/`或`: otherwise the two
  /// readings agree and the validator builds the comparison itself. Nil when this reading
  /// stops anywhere else than the labelled one did.
  private mutating func wholeReading(from labelPosition: Int) throws -> Expression? {
    let end = position
    position = labelPosition
    defer { position = end }
    let whole = try parseExpression()
    return position == end ? whole.expression : nil
  }

  /// `[a, b=5, 20%=16]`: elements stop before `=`, which pairs a label with a value.
  private mutating func list() throws -> Node {
    try descend()
    defer { depth -= 1 }
    let start = advance()
    var elements: [Node] = []
    if !matchCode(.closeBracket) {
      repeat {
        var element = try additiveNode()
        // `20%=20`: the `%` says the label is a share; bands need to know it was written.
        if case .number = element.expression.kind, position > 0, codes[position - 1] == .percent {
          element = try node(.unary("%", element.expression), element.range, height: element.height)
        }
        if matchCode(.equals) {
          // A full expression: `B=不足比例 < 40 且 非 有C级问题` in 判定's levels.
          var value = try parseExpression()
          // `执行好=8..10`: a band of scores (档内评分).
          if matchCode(.range) {
            let high = try additiveNode()
            value = try node(
              .binary("..", value.expression, high.expression), value.range,
              height: max(value.height, high.height))
          }
          elements.append(
            try node(
              .pair(element.expression, value.expression), element.expression.range,
              height: max(element.height, value.height)))
        } else {
          elements.append(element)
        }
      } while matchCode(.comma)
      // `段=[100=10, 99%—99.9%=8]`: the form's range copied as a threshold.
      if current.isSymbol("..") {
        throw fail(
          expected: Localized("“,”或右方括号“]”", en: "',' or ']'"),
          fix: Localized(
            "“=”前面只写一个数（门槛），不写区间：由高到低的写下限（“99%—99.9%”写成“99”，达到 99 就得这一档，上一档的门槛就是它的上限），由低到高的写上限。",
            en:
              "write one number (the threshold) before '=', not a range: its lower end when higher is better (99—99.9 is 99; the step above caps it), its upper end when lower is better."
          ))
      }
      try expect("]", Localized("“,”或右方括号“]”", en: "',' or ']'"))
    }
    return try node(
      .list(elements.map(\.expression)), start.range,
      height: elements.map(\.height).max() ?? 0)
  }
}

extension ExpressionParser {
  /// A token as the grammar sees it: the symbols it branches on, the three logical words, and
  /// everything else by kind.
  fileprivate enum Code: UInt8 {
    case end, number, string, identifier, or, and, not
    case open, close, openBracket, closeBracket, comma, equals, notEquals, less, lessEqual
    case greater, greaterEqual, plus, minus, times, divide, percent, dot, range, otherSymbol

    init(_ kind: Token.Kind) {
      switch kind {
      case .end: self = .end
      case .number: self = .number
      case .string: self = .string
      case .identifier(let name):
        // `isWord`, compared without normalizing (see `InertText`): an inert name equals one
        // of the three only with their three bytes.
        if name.utf8.count != 3, InertText.isInert(name) {
          self = .identifier
        } else if InertText.equal(name, "或") {
          self = .or
        } else if InertText.equal(name, "且") {
          self = .and
        } else if InertText.equal(name, "非") {
          self = .not
        } else {
          self = .identifier
        }
      case .symbol(let symbol):
        // The lexer's symbols are one or two ASCII bytes (`singleSymbol`,
        // `twoCharacterSymbol`), told apart by their bytes: a `switch` over the strings hashed
        // each one through its normalized form.
        var bytes = symbol.utf8.makeIterator()
        let first = bytes.next() ?? 0
        let second = bytes.next() ?? 0
        guard bytes.next() == nil else {
          self = .otherSymbol
          return
        }
        switch (first, second) {
        case (0x28, 0): self = .open  // (
        case (0x29, 0): self = .close  // )
        case (0x5B, 0): self = .openBracket  // [
        case (0x5D, 0): self = .closeBracket  // ]
        case (0x2C, 0): self = .comma  // ,
        case (0x3D, 0): self = .equals  // =
        case (0x21, 0x3D): self = .notEquals  // !=
        case (0x3C, 0): self = .less  // <
        case (0x3C, 0x3D): self = .lessEqual  // <=
        case (0x3E, 0): self = .greater  // >
        case (0x3E, 0x3D): self = .greaterEqual  // >=
        case (0x2B, 0): self = .plus  // +
        case (0x2D, 0): self = .minus  // -
        case (0x2A, 0): self = .times  // *
        case (0x2F, 0): self = .divide  // /
        case (0x25, 0): self = .percent  // %
        case (0x2E, 0): self = .dot  // .
        case (0x2E, 0x2E): self = .range  // ..
        default: self = .otherSymbol
        }
      }
    }

    /// The operator of a comparison code.
    var comparison: String? {
      switch self {
      case .equals: "="
      case .notEquals: "!="
      case .less: "<"
      case .lessEqual: "<="
      case .greater: ">"
      case .greaterEqual: ">="
      default: nil
      }
    }
  }
}

extension Expression {
  /// Whether the expression's top is `且` or `或`, the two operators weaker than a comparison.
  fileprivate var isJunction: Bool {
    guard case .binary(let op, _, _) = kind else { return false }
    return InertText.equal(op, "且") || InertText.equal(op, "或")
  }
}
