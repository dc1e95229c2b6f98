import Foundation

/// A formula, condition or value as written in a checklist, with its place in the file.
public struct Expression: Sendable, Equatable {
  /// The shape of the expression.
  public indirect enum Kind: Sendable, Equatable {
    /// A number; `%` after it is only a unit mark (percentage points).
    case number(Decimal)
    /// Quoted text.
    case text(String)
    /// `是` or `否`.
    case boolean(Bool)
    /// A name, possibly dotted: `入学率`, `点名.人籍不一致`, `上年.小学入学率`.
    case name(String)
    /// `-x`, `非 x`, or `20%` as the label of a list pair (a band's share).
    case unary(String, Expression)
    /// `a + b`, `a 且 b`, `a >= b` …
    case binary(String, Expression, Expression)
    /// `每例扣分(不一致人数, 每例=0.5)`.
    case call(String, [CallArgument])
    /// `[a, b, c]`.
    case list([Expression])
    /// `label=value` inside a list, as in options and bands.
    case pair(Expression, Expression)
    /// A date written `2021-10-26`.
    case date(String)
  }

  /// The shape.
  public var kind: Kind
  /// Where it starts in the file, for messages.
  public var range: SourceRange
  /// A number written with `%` after it (`0.6%`). The mark changes nothing in evaluation
  /// (percentage points: `0.6%` is 0.6); the validator uses it to catch a ratio compared with
  /// percentage points (`辍学人数 ÷ 在校生 > 0.6%`, off by a factor of 100).
  public var percentMarked = false

  /// Creates an expression.
  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The name, when this is a plain name.
  public var name: String? {
    if case .name(let name) = kind { return name }
    return nil
  }

  /// Calls `body` with every name the expression reads, in the order of `referencedNames`,
  /// without building its arrays (one per node, joined at every level): the unused-input check
  /// asks this of every rule of a form.
  func forEachName(_ body: (String) -> Void) {
    switch kind {
    case .name(let name): body(name)
    case .unary(_, let operand): operand.forEachName(body)
    case .binary(_, let left, let right):
      left.forEachName(body)
      right.forEachName(body)
    case .call(_, let arguments):
      for argument in arguments { argument.value.forEachName(body) }
    case .list(let elements):
      for element in elements { element.forEachName(body) }
    case .pair(_, let value): value.forEachName(body)
    case .number, .text, .boolean, .date: break
    }
  }

  /// Every name the expression reads, for resolution and pending reasons.
  public var referencedNames: [(String, SourceRange)] {
    switch kind {
    case .name(let name): return [(name, range)]
    case .unary(_, let operand): return operand.referencedNames
    case .binary(_, let left, let right): return left.referencedNames + right.referencedNames
    case .call(_, let arguments): return arguments.flatMap(\.value.referencedNames)
    case .list(let elements): return elements.flatMap(\.referencedNames)
    case .pair(_, let value): return value.referencedNames
    case .number, .text, .boolean, .date: return []
    }
  }
}

/// One argument of a rule call: positional, or named with `名称=值`.
public struct CallArgument: Sendable, Equatable {
  /// The parameter name for a named argument.
  public var label: String?
  /// The value.
  public var value: Expression
  /// Where the argument starts.
  public var range: SourceRange
  /// For a labelled argument whose value is joined by `且`/`或`, the whole argument read as one
  /// expression (`宣传 = 一般 且 入学率 < 99` as `(宣传 = 一般) 且 (入学率 < 99)`): the reading a
  /// rule takes when the label names none of its parameters.
  public var wholeReading: Expression?

  /// Creates an argument.
  public init(label: String?, value: Expression, range: SourceRange) {
    self.label = label
    self.value = value
    self.range = range
  }
}

extension Expression: CustomStringConvertible {
  /// The expression written back in the language's own notation, for explanations.
  public var description: String {
    var numbers = NumberTexts()
    return written(&numbers)
  }

  /// `description`, each number's text taken from `numbers` when it was written before (a
  /// validator writes back every rule of a checklist with one `NumberTexts`). The pieces are
  /// gathered as UTF-8 bytes and made a string once: appending them string by string (about
  /// 300 instructions an append) was half of writing a rule back.
  func written(_ numbers: inout NumberTexts) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64)
    write(to: &bytes, &numbers)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of `written(_:)` to `out`.
  private func write(to out: inout [UInt8], _ numbers: inout NumberTexts) {
    switch kind {
    case .number(let value): out.append(contentsOf: numbers.text(of: value).utf8)
    case .text(let text):
      out.append(contentsOf: "“".utf8)
      out.append(contentsOf: text.utf8)
      out.append(contentsOf: "”".utf8)
    case .boolean(let value): out.append(contentsOf: (value ? "是" : "否").utf8)
    case .name(let name): out.append(contentsOf: name.utf8)
    case .unary(let op, let operand):
      // The operand of a prefix or suffix operator is bracketed when it is a binary operation:
      // `非 (小学 且 初中)` written as `非 小学 且 初中` reads as `(非 小学) 且 初中`.
      switch op {
      case "-":
        out.append(UInt8(ascii: "-"))
        operand.writeParenthesized(to: &out, &numbers)
      case "%":
        operand.writeParenthesized(to: &out, &numbers)
        out.append(UInt8(ascii: "%"))
      default:
        out.append(contentsOf: op.utf8)
        out.append(UInt8(ascii: " "))
        operand.writeParenthesized(to: &out, &numbers)
      }
    case .binary(let op, let left, let right):
      let shown =
        switch op {
        case "*": "×"
        case "/": "÷"
        default: op
        }
      left.writeParenthesized(to: &out, &numbers)
      out.append(UInt8(ascii: " "))
      out.append(contentsOf: shown.utf8)
      out.append(UInt8(ascii: " "))
      right.writeParenthesized(to: &out, &numbers)
    case .call(let name, let arguments):
      out.append(contentsOf: name.utf8)
      out.append(UInt8(ascii: "("))
      for (index, argument) in arguments.enumerated() {
        if index > 0 { out.append(contentsOf: ", ".utf8) }
        if let label = argument.label {
          out.append(contentsOf: label.utf8)
          out.append(UInt8(ascii: "="))
        }
        argument.value.write(to: &out, &numbers)
      }
      out.append(UInt8(ascii: ")"))
    case .list(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(contentsOf: ", ".utf8) }
        element.write(to: &out, &numbers)
      }
      out.append(UInt8(ascii: "]"))
    case .pair(let label, let value):
      label.write(to: &out, &numbers)
      out.append(UInt8(ascii: "="))
      value.write(to: &out, &numbers)
    case .date(let text): out.append(contentsOf: text.utf8)
    }
  }

  /// `write`, in brackets when the expression is a binary operation.
  private func writeParenthesized(to out: inout [UInt8], _ numbers: inout NumberTexts) {
    guard case .binary = kind else { return write(to: &out, &numbers) }
    out.append(UInt8(ascii: "("))
    write(to: &out, &numbers)
    out.append(UInt8(ascii: ")"))
  }
}
