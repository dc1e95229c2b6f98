import Foundation

/// Splits the formula part of one line into tokens.
///
/// Clerks type on Chinese keyboards, so full-width punctuation (`（）【】，：＝×÷−≤≥≠％`) is
/// accepted and normalised here once, and nothing later needs to know about it.
struct Lexer {
  private let characters: [Character]
  private let file: String
  private let line: Int
  /// Column of `characters[0]` in the source line.
  private let firstColumn: Int
  private var index = 0
  private(set) var diagnostics: [Diagnostic] = []
  /// Diagnostics beyond `diagnosticsPerLine`: how many, and the first (where the summary points).
  private var omitted = 0
  private var firstOmitted: Diagnostic?

  init(_ text: Substring, file: String, line: Int, column: Int) {
    self.characters = Array(text)
    self.file = file
    self.line = line
    self.firstColumn = column
  }

  /// Returns every token up to the end of the line, ending with `.end`.
  mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        index += 1
        continue
      }
      if character == "#" || character == "＃" {
        if index == 0 || characters[index - 1].isWhitespace { break }
      }
      let start = index
      if let token = scanToken(character) {
        tokens.append(Token(kind: token, range: range(from: start)))
      }
    }
    tokens.append(Token(kind: .end, range: SourceRange(start: location(index))))
    checkBrackets(tokens)
    limitDiagnostics()
    return tokens
  }

  /// The most diagnostics one line reports: a pasted line of 300,000 stray characters or
  /// brackets is one problem, not 300,000 screens of messages.
  static let diagnosticsPerLine = 10

  /// Records a diagnostic, or only counts it once the line has `diagnosticsPerLine`.
  private mutating func report(_ diagnostic: Diagnostic) {
    if diagnostics.count < Self.diagnosticsPerLine {
      diagnostics.append(diagnostic)
    } else {
      if omitted == 0 { firstOmitted = diagnostic }
      omitted += 1
    }
  }

  private mutating func limitDiagnostics() {
    guard let first = firstOmitted else { return }
    diagnostics.append(
      Diagnostic(
        .error, first.code, at: first.location,
        Localized(
          "这一行从这里起还有 \(omitted) 处同样的问题，没有逐一列出。",
          en: "\(omitted) more problems of this kind on this line from here are not listed."),
        fix: Localized(
          "先按上面的提示改正，再重新检查；这一行很可能是误粘贴的，可以整行删去。",
          en: "fix the ones above and check again; the line was probably pasted by mistake.")))
  }

  private mutating func scanToken(_ character: Character) -> Token.Kind? {
    if character.isASCII && character.isNumber { return scanNumber() }
    if Self.isIdentifierStart(character) { return scanIdentifier() }
    if let closing = Self.quotePairs[character] { return scanString(closing: closing) }
    if let symbol = scanSymbol(character) { return .symbol(symbol) }
    report(
      Diagnostic(
        .error, "E103", at: location(index),
        Localized("不认识的字符“\(character)”。", en: "unexpected character '\(character)'."),
        fix: Localized(
          "公式里只能用数字、名称、引号里的文字和 + - × ÷ ( ) [ ] , = < > 等符号。",
          en: "formulas use numbers, names, quoted text and + - × ÷ ( ) [ ] , = < >.")))
    index += 1
    return nil
  }

  private mutating func scanNumber() -> Token.Kind {
    let start = index
    while index < characters.count, characters[index].isASCII, characters[index].isNumber {
      index += 1
    }
    // A dot belongs to the number only when a digit follows, so `0..100` is 0 .. 100.
    if index + 1 < characters.count, characters[index] == ".",
      characters[index + 1].isASCII, characters[index + 1].isNumber
    {
      index += 1
      while index < characters.count, characters[index].isASCII, characters[index].isNumber {
        index += 1
      }
    }
    let text = String(characters[start..<index])
    return .number(Decimal(string: text, locale: Self.posix) ?? 0)
  }

  private mutating func scanIdentifier() -> Token.Kind {
    let start = index
    while index < characters.count, Self.isIdentifierPart(characters[index]) { index += 1 }
    return .identifier(String(characters[start..<index]))
  }

  private mutating func scanString(closing: Character) -> Token.Kind? {
    let start = index
    index += 1
    var text = ""
    while index < characters.count, characters[index] != closing {
      text.append(characters[index])
      index += 1
    }
    guard index < characters.count else {
      report(
        Diagnostic(
          .error, "E102", at: location(start),
          Localized("文字缺少右引号。", en: "unterminated quoted text."),
          fix: Localized("在文字结尾加上 \(closing)。", en: "add \(closing) at the end of the text.")))
      return nil
    }
    index += 1
    return .string(text)
  }

  private mutating func scanSymbol(_ character: Character) -> String? {
    let next = index + 1 < characters.count ? characters[index + 1] : nil
    if let next, let symbol = Self.twoCharacterSymbols[String([character, next])] {
      index += 2
      return symbol
    }
    guard let symbol = Self.singleSymbols[character] else { return nil }
    index += 1
    return symbol
  }

  /// Reports brackets that do not pair up, at the bracket that has no partner.
  private mutating func checkBrackets(_ tokens: [Token]) {
    var open: [Token] = []
    let partner = [")": "(", "]": "["]
    for token in tokens {
      guard case .symbol(let symbol) = token.kind else { continue }
      if symbol == "(" || symbol == "[" {
        open.append(token)
      } else if let expected = partner[symbol] {
        if let last = open.last, last.isSymbol(expected) {
          open.removeLast()
        } else {
          report(
            Diagnostic(
              .error, "E104", at: token.range.start,
              Localized(
                "多了一个“\(symbol)”，前面没有对应的“\(expected)”。",
                en: "'\(symbol)' has no matching '\(expected)'."),
              fix: Localized(
                "删去它，或在前面补上“\(expected)”。", en: "remove it or add the opening '\(expected)'.")))
        }
      }
    }
    for token in open {
      let closing = token.isSymbol("(") ? ")" : "]"
      report(
        Diagnostic(
          .error, "E104", at: token.range.start,
          Localized(
            "括号“\(token.spelling)”没有闭合。", en: "bracket '\(token.spelling)' is never closed."),
          fix: Localized("在这一行里补上“\(closing)”。", en: "add '\(closing)' on the same line.")))
    }
  }

  // Built once: a dictionary literal inside `scanSymbol` was rebuilt for every symbol and
  // dominated the time of long formulas.
  private static let twoCharacterSymbols: [String: String] = [
    "<=": "<=", ">=": ">=", "!=": "!=", "..": "..",
  ]

  private static let singleSymbols: [Character: String] = [
    "(": "(", "（": "(", ")": ")", "）": ")", "[": "[", "【": "[", "]": "]", "】": "]",
    ",": ",", "，": ",", "、": ",", "=": "=", "＝": "=", ":": ":", "：": ":",
    "+": "+", "＋": "+", "-": "-", "−": "-", "－": "-", "—": "..", "*": "*", "×": "*",
    "/": "/", "÷": "/", "<": "<", ">": ">", "≤": "<=", "≥": ">=", "≠": "!=",
    "%": "%", "％": "%", ".": ".", "～": "..", "~": "..",
  ]

  private static let posix = Locale(identifier: "en_US_POSIX")

  private static let quotePairs: [Character: Character] = [
    "\"": "\"", "“": "”", "「": "」", "『": "』",
  ]

  static func isIdentifierStart(_ character: Character) -> Bool {
    character.isLetter || character == "_"
  }

  static func isIdentifierPart(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }

  private func location(_ offset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: firstColumn + offset)
  }

  private func range(from start: Int) -> SourceRange {
    SourceRange(start: location(start), length: index - start)
  }
}
