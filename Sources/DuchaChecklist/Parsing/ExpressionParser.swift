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
    let found =
      current.kind == .end ? Localized("行尾", en: "end of line") : Localized(current.spelling)
    diagnostics.append(
      Diagnostic(
        .error, "E204", at: current.range.start,
        Localized(
          "这里应当是\(expected.zh)，却是“\(found.zh)”。",
          en: "expected \(expected.en), found '\(found.en)'."),
        fix: fix
          ?? Localized(
            "对照 docs/checklist-language.md 的写法改正这一行。",
            en: "see docs/checklist-language.md for the form of this statement.")))
    return StatementAbandoned()
  }

  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Parses a full expression.
  mutating func expression() throws -> Expression {
    try disjunction()
  }

  private mutating func disjunction() throws -> Expression {
    var left = try conjunction()
    while current.identifier == "或" {
      _ = advance()
      let right = try conjunction()
      left = Expression(.binary("或", left, right), left.range)
    }
    return left
  }

  private mutating func conjunction() throws -> Expression {
    var left = try negation()
    while current.identifier == "且" {
      _ = advance()
      let right = try negation()
      left = Expression(.binary("且", left, right), left.range)
    }
    return left
  }

  private mutating func negation() throws -> Expression {
    if current.identifier == "非" {
      let start = advance()
      let operand = try negation()
      return Expression(.unary("非", operand), start.range)
    }
    return try comparison()
  }

  private mutating func comparison() throws -> Expression {
    let left = try additive()
    for op in ["=", "!=", "<", "<=", ">", ">="] where current.isSymbol(op) {
      _ = advance()
      let right = try additive()
      return Expression(.binary(op, left, right), left.range)
    }
    return left
  }

  mutating func additive() throws -> Expression {
    var left = try multiplicative()
    while current.isSymbol("+") || current.isSymbol("-") {
      let op = advance().spelling
      let right = try multiplicative()
      left = Expression(.binary(op, left, right), left.range)
    }
    return left
  }

  private mutating func multiplicative() throws -> Expression {
    var left = try unary()
    while current.isSymbol("*") || current.isSymbol("/") {
      let op = advance().spelling
      let right = try unary()
      left = Expression(.binary(op, left, right), left.range)
    }
    return left
  }

  private mutating func unary() throws -> Expression {
    if current.isSymbol("-") {
      let start = advance()
      let operand = try unary()
      return Expression(.unary("-", operand), start.range)
    }
    var operand = try primary()
    while match("%") { operand = Expression(operand.kind, operand.range) }
    return operand
  }

  private mutating func primary() throws -> Expression {
    let token = current
    switch token.kind {
    case .number(let value):
      _ = advance()
      return Expression(.number(value), token.range)
    case .string(let text):
      _ = advance()
      return Expression(.text(text), token.range)
    case .identifier(let word):
      _ = advance()
      if word == "是" || word == "否" { return Expression(.boolean(word == "是"), token.range) }
      var name = word
      while current.isSymbol("."), position + 1 < tokens.count,
        let part = tokens[position + 1].identifier
      {
        position += 2
        name += "." + part
      }
      if current.isSymbol("(") { return try call(name, token.range) }
      return Expression(.name(name), token.range)
    case .symbol("("):
      _ = advance()
      let inner = try expression()
      try expect(")", Localized("右括号“)”", en: "')'"))
      return inner
    case .symbol("["):
      return try list()
    default:
      throw fail(expected: Localized("一个数、名称或括号", en: "a number, a name or a bracket"))
    }
  }

  private mutating func call(_ name: String, _ range: SourceRange) throws -> Expression {
    _ = advance()
    var arguments: [CallArgument] = []
    if !match(")") {
      repeat {
        let start = current.range
        var label: String?
        if let word = current.identifier, position + 1 < tokens.count,
          tokens[position + 1].isSymbol("=")
        {
          label = word
          position += 2
        }
        let value = try expression()
        arguments.append(CallArgument(label: label, value: value, range: start))
      } while match(",")
      try expect(")", Localized("“,”或右括号“)”", en: "',' or ')'"))
    }
    return Expression(.call(name, arguments), range)
  }

  /// `[a, b=5, 20%=16]`: elements stop before `=`, which pairs a label with a value.
  private mutating func list() throws -> Expression {
    let start = advance()
    var elements: [Expression] = []
    if !match("]") {
      repeat {
        let element = try additive()
        if match("=") {
          let value = try additive()
          elements.append(Expression(.pair(element, value), element.range))
        } else {
          elements.append(element)
        }
      } while match(",")
      try expect("]", Localized("“,”或右方括号“]”", en: "',' or ']'"))
    }
    return Expression(.list(elements), start.range)
  }
}
