import Foundation

/// One lexical token of a formula, rule or value.
public struct Token: Equatable, Sendable {
  /// What kind of token this is.
  public enum Kind: Equatable, Sendable {
    /// A decimal number such as `0.5` or `100`.
    case number(Decimal)
    /// A name: Chinese or Latin letters, digits and `_`.
    case identifier(String)
    /// A quoted text: "…", “…” or 「…」.
    case string(String)
    /// Punctuation or an operator, already normalised from full-width forms.
    case symbol(String)
    /// The end of the line.
    case end
  }

  /// The kind and payload.
  public var kind: Kind
  /// Where it stands.
  public var range: SourceRange

  /// The source spelling, for messages.
  public var spelling: String {
    switch kind {
    case .number(let value): "\(value)"
    case .identifier(let name): name
    case .string(let text): "\"\(text)\""
    case .symbol(let symbol): symbol
    case .end: "行尾"
    }
  }

  /// Whether this token is the symbol `symbol`.
  public func isSymbol(_ symbol: String) -> Bool {
    // Matched, not compared with `.symbol(symbol)`: building that value and comparing two
    // enums was a visible share of parsing, asked several times per token at every level of
    // the grammar.
    if case .symbol(let own) = kind { return own == symbol }
    return false
  }

  /// The name, when the token is an identifier.
  public var identifier: String? {
    if case .identifier(let name) = kind { return name }
    return nil
  }
}
