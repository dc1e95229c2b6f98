import Foundation
import Testing

@testable import DuchaChecklist

/// Rule sources are written back with `NumberTexts`, which keeps each number's text by the
/// number's stored bytes; every text must be exactly `Decimal.description`.
@Suite struct NumberTextsTests {
  /// Numbers as literals write them and as arithmetic leaves them: equal values in different
  /// forms (1.5 and 1.25 + 0.25), negatives, zeros, large and tiny ones.
  static let numbers: [Decimal] = [
    d("0"), d("0.5"), d("1.5"), d("1.25") + d("0.25"), d("10"), d("100"), d("1000000"),
    d("0.0001"), d("123456789.123456789"), d("-3"), d("-0.05"), d("1") / d("3"),
    d("2") * d("0.5"), d("1e20"), d("1e-20"), d("99999999999999999999"), Decimal.nan,
    d("0.0"), d("3.0") - d("1.0"),
  ]

  @Test("each text is the number's description, first time and from the table")
  func texts() {
    var texts = NumberTexts()
    for _ in 0..<2 {
      for number in Self.numbers {
        #expect(texts.text(of: number) == number.description)
      }
    }
  }

  @Test("a rule written with the table reads as the expression was written before it")
  func written() throws {
    let sources = [
      "每例扣分(不一致1_1, 每例=0.5)",
      "条件扣分(非 有台账1, 扣=10, 理由=\"无台账\")",
      "分段赋分(比率, 段=[100=分值, 80=分值 * 0.8, 60=分值 × 0.5], 其余=0)",
      "公式赋分(-x + 1.50 / 3 - (2 - y) * 20% + 0.5)",
      "判定(非 甲 且 乙 或 丙 >= 1 且 丁 != 2 且 上年.率 <= 3 或 非 (戊 < 4 且 己 > 5))",
      "公式赋分(若(执行 = “执行好”, 5, 0) + 最大(1, 2) ÷ 3 × 1.5%)",
    ]
    var texts = NumberTexts()
    for source in sources {
      let line = Line(text: Substring(source), number: 1, column: 1, file: "t.ducha")
      var parser = line.parser(Substring(source), column: 1)
      let expression = try parser.expression()
      #expect(parser.diagnostics.isEmpty)
      #expect(expression.written(&texts) == Self.writtenBefore(expression))
      #expect(expression.description == Self.writtenBefore(expression))
    }
  }

  @Test(
    "非 or - before a bracketed operation keeps the brackets when written back",
    arguments: [
      ("非 (小学 且 初中)", "非 (小学 且 初中)"),
      ("非 小学 且 初中", "非 小学 且 初中"),
      ("-(应到 - 实到) × 0.5", "-(应到 - 实到) × 0.5"),
      ("非 (甲 或 乙) 且 丙", "非 (甲 或 乙) 且 丙"),
    ])
  func prefixOperandInBrackets(source: String, expected: String) throws {
    var texts = NumberTexts()
    let line = Line(text: Substring(source), number: 1, column: 1, file: "t.ducha")
    var parser = line.parser(Substring(source), column: 1)
    let expression = try parser.expression()
    #expect(parser.diagnostics.isEmpty)
    #expect(expression.written(&texts) == expected)
    // Written back, the text reads as the same expression again.
    let again = Line(text: Substring(expected), number: 1, column: 1, file: "t.ducha")
    var reparser = again.parser(Substring(expected), column: 1)
    #expect(try reparser.expression().written(&texts) == expected)
  }

  /// `Expression.description` as it was before `NumberTexts`, every number written by
  /// Foundation.
  static func writtenBefore(_ expression: DuchaChecklist.Expression) -> String {
    switch expression.kind {
    case .number(let value): return value.description
    case .text(let text): return "“\(text)”"
    case .boolean(let value): return value ? "是" : "否"
    case .name(let name): return name
    case .unary(let op, let operand):
      switch op {
      case "-": return "-\(parenthesized(operand))"
      case "%": return "\(parenthesized(operand))%"
      default: return "\(op) \(parenthesized(operand))"
      }
    case .binary(let op, let left, let right):
      let shown = op == "*" ? "×" : op == "/" ? "÷" : op
      return "\(parenthesized(left)) \(shown) \(parenthesized(right))"
    case .call(let name, let arguments):
      let shown = arguments.map { argument in
        (argument.label.map { "\($0)=" } ?? "") + writtenBefore(argument.value)
      }
      return "\(name)(\(shown.joined(separator: ", ")))"
    case .list(let elements): return "[" + elements.map(writtenBefore).joined(separator: ", ") + "]"
    case .pair(let label, let value): return "\(writtenBefore(label))=\(writtenBefore(value))"
    case .date(let text): return text
    }
  }

  static func parenthesized(_ expression: DuchaChecklist.Expression) -> String {
    if case .binary = expression.kind { return "(\(writtenBefore(expression)))" }
    return writtenBefore(expression)
  }
}
