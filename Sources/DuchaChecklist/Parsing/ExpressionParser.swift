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

  init(tokens: [Token]) {
    self.tokens = tokens
  }

  var current: Token { tokens[position] }
  var atEnd: Bool { current.kind == .end }

  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  /// Whether the next token is the identifier `word` (`current.identifier == word`, without
  /// normalizing Chinese text: see `InertText`).
  func isWord(_ word: String) -> Bool {
    guard case .identifier(let name) = current.kind else { return false }
    return InertText.equal(name, word)
  }

  /// The comparison operators, listed once (an array literal per comparison allocated).
  private static let comparisons = ["=", "!=", "<", "<=", ">", ">="]

  /// Consumes `symbol` if it is next.
  mutating func match(_ symbol: String) -> Bool {
    guard current.isSymbol(symbol) else { return false }
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
    while isWord("或") {
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
    while isWord("且") {
      _ = advance()
      let right = try negation()
      left = try node(
        .binary("且", left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  private mutating func negation() throws -> Node {
    if isWord("非") {
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
    for op in Self.comparisons where current.isSymbol(op) {
      _ = advance()
      let right = try additiveNode()
      return try node(
        .binary(op, left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  /// Parses `a + b - c` (the level of list elements and pair values).
  mutating func additive() throws -> Expression {
    try additiveNode().expression
  }

  private mutating func additiveNode() throws -> Node {
    var left = try multiplicative()
    while current.isSymbol("+") || current.isSymbol("-") {
      let op = advance().spelling
      let right = try multiplicative()
      left = try node(
        .binary(op, left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  private mutating func multiplicative() throws -> Node {
    var left = try unary()
    while current.isSymbol("*") || current.isSymbol("/") {
      let op = advance().spelling
      let right = try unary()
      left = try node(
        .binary(op, left.expression, right.expression), left.range,
        height: max(left.height, right.height))
    }
    return left
  }

  private mutating func unary() throws -> Node {
    if current.isSymbol("-") {
      try descend()
      defer { depth -= 1 }
      let start = advance()
      let operand = try unary()
      return try node(.unary("-", operand.expression), start.range, height: operand.height)
    }
    let operand = try primary()
    while match("%") {}
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
      let yes = InertText.equal(word, "是")
      if yes || InertText.equal(word, "否") {
        return try node(.boolean(yes), token.range, height: 0)
      }
      var name = word
      while current.isSymbol("."), position + 1 < tokens.count,
        let part = tokens[position + 1].identifier
      {
        position += 2
        name += "." + part
      }
      if current.isSymbol("(") { return try call(name, token.range) }
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
    if !match(")") {
      repeat {
        let start = current.range
        var label: String?
        if takesLabels, let word = current.identifier,
          position + 1 < tokens.count, tokens[position + 1].isSymbol("=")
        {
          label = word
          position += 2
        }
        let value = try parseExpression()
        childHeight = max(childHeight, value.height)
        arguments.append(CallArgument(label: label, value: value.expression, range: start))
      } while match(",")
      try expect(")", Localized("“,”或右括号“)”", en: "',' or ')'"))
    }
    return try node(.call(name, arguments), range, height: childHeight)
  }

  /// `[a, b=5, 20%=16]`: elements stop before `=`, which pairs a label with a value.
  private mutating func list() throws -> Node {
    try descend()
    defer { depth -= 1 }
    let start = advance()
    var elements: [Node] = []
    if !match("]") {
      repeat {
        var element = try additiveNode()
        // `20%=20`: the `%` says the label is a share; bands need to know it was written.
        if case .number = element.expression.kind, position > 0, tokens[position - 1].isSymbol("%")
        {
          element = try node(.unary("%", element.expression), element.range, height: element.height)
        }
        if match("=") {
          // A full expression: `B=不足比例 < 40 且 非 有C级问题` in 判定's levels.
          var value = try parseExpression()
          // `执行好=8..10`: a band of scores (档内评分).
          if match("..") {
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
      } while match(",")
      try expect("]", Localized("“,”或右方括号“]”", en: "',' or ']'"))
    }
    return try node(
      .list(elements.map(\.expression)), start.range,
      height: elements.map(\.height).max() ?? 0)
  }
}
