import Foundation

/// Splits the formula part of one line into tokens.
///
/// Clerks type on Chinese keyboards, so full-width punctuation (`（）【】，：＝＜＞×÷−≤≥≦≧≠％`) is
/// accepted and normalised here once, and nothing later needs to know about it.
///
/// A line is lexed over its Unicode scalars when each scalar is a character of its own (see
/// `LexUnits.scalarsAreCharacters`), else over its `Character`s; both give the same tokens and
/// columns, the first without the grapheme breaking that made lexing the slowest part of loading.
struct Lexer {
  private let text: Substring
  private let file: String
  private let line: Int
  /// Column of the text's first character in the source line.
  private let firstColumn: Int
  /// Lex over `Character`s even when scalars would do (tests compare the two paths).
  private let byCharacters: Bool
  private(set) var diagnostics: [Diagnostic] = []

  init(_ text: Substring, file: String, line: Int, column: Int, byCharacters: Bool = false) {
    self.text = text
    self.file = file
    self.line = line
    self.firstColumn = column
    self.byCharacters = byCharacters
  }

  /// Returns every token up to the end of the line, ending with `.end`.
  mutating func tokenize() -> [Token] {
    let (file, line, firstColumn) = (self.file, self.line, self.firstColumn)
    if !byCharacters,
      let (tokens, diagnostics) = LexUnits.withScalarUnits(
        text,
        { units -> ([Token], [Diagnostic]) in
          var core = LexerCore(units: units, file: file, line: line, firstColumn: firstColumn)
          return (core.tokenize(), core.diagnostics)
        })
    {
      self.diagnostics = diagnostics
      return tokens
    }
    let (tokens, diagnostics) = Array(text).withUnsafeBufferPointer { units in
      var core = LexerCore(units: units, file: file, line: line, firstColumn: firstColumn)
      return (core.tokenize(), core.diagnostics)
    }
    self.diagnostics = diagnostics
    return tokens
  }

  /// The most diagnostics one line reports: a pasted line of 300,000 stray characters or
  /// brackets is one problem, not 300,000 screens of messages.
  static let diagnosticsPerLine = 10

  static let posix = Locale(identifier: "en_US_POSIX")

  static func isIdentifierStart(_ character: Character) -> Bool {
    character.isLetter || character == "_"
  }

  static func isIdentifierPart(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}

/// The lexer proper, over scalars or characters (`LexUnit`); one column per unit.
private struct LexerCore<Unit: LexUnit> {
  /// The line's units, valid while the lexer runs (a buffer on the stack for scalars: an
  /// array of them was an allocation for every line lexed).
  private let units: UnsafeBufferPointer<Unit>
  private let file: String
  private let line: Int
  private let firstColumn: Int
  private var index = 0
  private(set) var diagnostics: [Diagnostic] = []
  /// Diagnostics beyond `diagnosticsPerLine`: how many, and the first (where the summary points).
  private var omitted = 0
  private var firstOmitted: Diagnostic?

  init(units: UnsafeBufferPointer<Unit>, file: String, line: Int, firstColumn: Int) {
    self.units = units
    self.file = file
    self.line = line
    self.firstColumn = firstColumn
  }

  private func value(_ offset: Int) -> UInt32? {
    offset < units.count ? units[offset].scalarValue : nil
  }

  private func isDigit(_ offset: Int) -> Bool {
    guard let value = value(offset) else { return false }
    return value >= 0x30 && value <= 0x39
  }

  mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    // A token takes at least one unit; growing the array from empty was three reallocations
    // a line.
    tokens.reserveCapacity(min(units.count, 32) + 1)
    while index < units.count {
      let unit = units[index]
      if unit.isSpace {
        index += 1
        continue
      }
      if let value = unit.scalarValue, value == 0x23 || value == 0xFF03 {  // # ＃
        if index == 0 || units[index - 1].isSpace { break }
      }
      let start = index
      if let token = scanToken(unit) {
        tokens.append(Token(kind: token, range: range(from: start)))
      }
    }
    tokens.append(Token(kind: .end, range: SourceRange(start: location(index))))
    checkBrackets(tokens)
    limitDiagnostics()
    return tokens
  }

  /// Records a diagnostic, or only counts it once the line has `diagnosticsPerLine`.
  private mutating func report(_ diagnostic: Diagnostic) {
    if diagnostics.count < Lexer.diagnosticsPerLine {
      diagnostics.append(diagnostic)
    } else {
      if omitted == 0 { firstOmitted = diagnostic }
      omitted += 1
    }
  }

  private mutating func limitDiagnostics() {
    guard let first = firstOmitted else { return }
    diagnostics.append(ParseErrors.moreOfTheSame(first.code, omitted: omitted, first.location))
  }

  private func isIdentifierStart(_ unit: Unit) -> Bool {
    unit.isLetterUnit || unit.scalarValue == 0x5F
  }

  private func isIdentifierPart(_ unit: Unit) -> Bool {
    unit.isLetterUnit || unit.isNumberUnit || unit.scalarValue == 0x5F
  }

  private mutating func scanToken(_ unit: Unit) -> Token.Kind? {
    if isDigit(index) { return scanNumber() }
    if isIdentifierStart(unit) { return scanIdentifier() }
    if let value = unit.scalarValue, let closing = Self.closingQuote(value) {
      return scanString(closing: closing)
    }
    if let symbol = scanSymbol() { return .symbol(symbol) }
    var shown = ""
    Unit.append(unit, to: &shown)
    report(
      ParseErrors.unexpectedCharacter(shown: "\(shown)", location(index)))
    index += 1
    return nil
  }

  private mutating func scanNumber() -> Token.Kind {
    let start = index
    while isDigit(index) { index += 1 }
    // A dot belongs to the number only when a digit follows, so `0..100` is 0 .. 100.
    if value(index) == 0x2E, isDigit(index + 1) {
      index += 1
      while isDigit(index) { index += 1 }
    }
    return .number(DecimalLiteral.value(Unit.text(of: units[start..<index])) ?? 0)
  }

  private mutating func scanIdentifier() -> Token.Kind {
    let start = index
    while index < units.count, isIdentifierPart(units[index]) { index += 1 }
    return .identifier(Unit.text(of: units[start..<index]))
  }

  private mutating func scanString(closing: UInt32) -> Token.Kind? {
    let start = index
    index += 1
    var text = ""
    while index < units.count, units[index].scalarValue != closing {
      Unit.append(units[index], to: &text)
      index += 1
    }
    guard index < units.count else {
      let shown = Unicode.Scalar(closing).map(String.init) ?? ""
      report(
        ParseErrors.unterminatedQuotedText(shown: "\(shown)", location(start)))
      return nil
    }
    index += 1
    return .string(text)
  }

  private mutating func scanSymbol() -> String? {
    guard let first = value(index) else { return nil }
    if let second = value(index + 1), let symbol = Self.twoCharacterSymbol(first, second) {
      index += 2
      return symbol
    }
    guard let symbol = Self.singleSymbol(first) else { return nil }
    index += 1
    return symbol
  }

  /// Reports brackets that do not pair up, at the bracket that has no partner.
  /// The open brackets are kept as token indices in a buffer on the stack: an array of them
  /// was an allocation for every line with a bracket.
  private mutating func checkBrackets(_ tokens: [Token]) {
    withUnsafeTemporaryAllocation(of: Int.self, capacity: tokens.count) { open in
      var count = 0
      // By index, reading only the kind: a copy of each token retained and released its
      // range's file name.
      for index in tokens.indices {
        guard case .symbol(let symbol) = tokens[index].kind else { continue }
        if symbol == "(" || symbol == "[" {
          open[count] = index
          count += 1
        } else if symbol == ")" || symbol == "]" {
          let expected = symbol == ")" ? "(" : "["
          if count > 0, tokens[open[count - 1]].isSymbol(expected) {
            count -= 1
          } else {
            report(
              ParseErrors.unmatchedClosing(
                symbol: "\(symbol)", expected: "\(expected)", tokens[index].range.start))
          }
        }
      }
      for index in open[..<count] {
        let token = tokens[index]
        let closing = token.isSymbol("(") ? ")" : "]"
        report(
          ParseErrors.unclosedBracket(
            spelling: "\(token.spelling)", closing: "\(closing)", token.range.start))
      }
    }
  }

  /// `<=`, `>=`, `!=`, `..` (ASCII pairs only, as typed).
  private static func twoCharacterSymbol(_ first: UInt32, _ second: UInt32) -> String? {
    switch (first, second) {
    case (0x3C, 0x3D): "<="
    case (0x3E, 0x3D): ">="
    case (0x21, 0x3D): "!="
    case (0x2E, 0x2E): ".."
    default: nil
    }
  }

  /// One character's symbol, full-width forms normalised to ASCII.
  private static func singleSymbol(_ value: UInt32) -> String? {
    switch value {
    case 0x28, 0xFF08: "("  // ( （
    case 0x29, 0xFF09: ")"  // ) ）
    case 0x5B, 0x3010, 0xFF3B: "["  // [ 【 ［
    case 0x5D, 0x3011, 0xFF3D: "]"  // ] 】 ］
    case 0x2C, 0xFF0C, 0x3001: ","  // , ， 、
    case 0x3D, 0xFF1D: "="  // = ＝
    case 0x3A, 0xFF1A: ":"  // : ：
    case 0x2B, 0xFF0B: "+"  // + ＋
    case 0x2D, 0x2212, 0xFF0D: "-"  // - − －
    case 0x2014, 0xFF5E, 0x7E: ".."  // — ～ ~
    case 0x2A, 0xD7, 0xFF0A: "*"  // * × ＊
    case 0x2F, 0xF7, 0xFF0F: "/"  // / ÷ ／
    case 0x3C, 0xFF1C: "<"  // < ＜
    case 0x3E, 0xFF1E: ">"  // > ＞
    case 0x2264, 0x2266: "<="  // ≤ ≦ (the second is how many Chinese documents print it)
    case 0x2265, 0x2267: ">="  // ≥ ≧
    case 0x2260: "!="  // ≠
    case 0x25, 0xFF05: "%"  // % ％
    case 0x2E: "."
    default: nil
    }
  }

  /// The closing quote of an opening one: "…", “…”, 「…」, 『…』.
  private static func closingQuote(_ value: UInt32) -> UInt32? {
    switch value {
    case 0x22: 0x22
    case 0x201C: 0x201D
    case 0x300C: 0x300D
    case 0x300E: 0x300F
    default: nil
    }
  }

  private func location(_ offset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: firstColumn + offset)
  }

  private func range(from start: Int) -> SourceRange {
    SourceRange(start: location(start), length: index - start)
  }
}
