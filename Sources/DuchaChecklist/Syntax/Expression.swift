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
  /// validator writes back every rule of a checklist with one `NumberTexts`).
  func written(_ numbers: inout NumberTexts) -> String {
    switch kind {
    case .number(let value): return numbers.text(of: value)
    case .text(let text): return "“\(text)”"
    case .boolean(let value): return value ? "是" : "否"
    case .name(let name): return name
    case .unary(let op, let operand):
      let shown = operand.written(&numbers)
      switch op {
      case "-": return "-\(shown)"
      case "%": return "\(shown)%"
      default: return "\(op) \(shown)"
      }
    case .binary(let op, let left, let right):
      let shown =
        switch op {
        case "*": "×"
        case "/": "÷"
        default: op
        }
      let leftText = left.parenthesized(&numbers)
      return "\(leftText) \(shown) \(right.parenthesized(&numbers))"
    case .call(let name, let arguments):
      // Appended into one string: every rule's source is written back once when a checklist
      // is loaded, and the mapped and joined pieces were most of that.
      var text = name
      // Room for a typical rule at once instead of growing the string four or five times.
      text.reserveCapacity(name.utf8.count + 16 * arguments.count + 2)
      text.append("(")
      for (index, argument) in arguments.enumerated() {
        if index > 0 { text.append(", ") }
        if let label = argument.label {
          text.append(label)
          text.append("=")
        }
        text.append(argument.value.written(&numbers))
      }
      text.append(")")
      return text
    case .list(let elements):
      var shown: [String] = []
      for element in elements { shown.append(element.written(&numbers)) }
      return "[" + shown.joined(separator: ", ") + "]"
    case .pair(let label, let value):
      let labelText = label.written(&numbers)
      return "\(labelText)=\(value.written(&numbers))"
    case .date(let text): return text
    }
  }

  private func parenthesized(_ numbers: inout NumberTexts) -> String {
    if case .binary = kind { return "(\(written(&numbers)))" }
    return written(&numbers)
  }
}
