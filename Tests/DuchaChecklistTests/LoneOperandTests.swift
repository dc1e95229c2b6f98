import Foundation
import Testing

@testable import DuchaChecklist

/// A lone number, text or name before `,` or `)` is read without the grammar's eight levels
/// (`ExpressionParser.readsLoneOperands`). Every line must give the expression, the position
/// and the diagnostics the full descent gives, up to the nesting limit.
@Suite struct LoneOperandTests {
  /// What parsing `text` gives, with or without the shortcut: the expression (nil when the
  /// statement is abandoned), where the parser stopped, and every message.
  static func outcome(_ text: String, shortcut: Bool) -> (DuchaChecklist.Expression?, Int, [String])
  {
    let line = Line(text: Substring(text), number: 4, column: 3, file: "t.ducha")
    var parser = line.parser(Substring(text), column: 3)
    parser.readsLoneOperands = shortcut
    let expression = try? parser.expression()
    return (expression, parser.position, parser.diagnostics.map { $0.formatted() })
  }

  static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
  {
    let fast = outcome(text, shortcut: true)
    let full = outcome(text, shortcut: false)
    #expect(fast.0 == full.0, "\(text)", sourceLocation: sourceLocation)
    #expect(fast.0?.range == full.0?.range, "\(text)", sourceLocation: sourceLocation)
    #expect(fast.1 == full.1, "\(text)", sourceLocation: sourceLocation)
    #expect(fast.2 == full.2, "\(text)", sourceLocation: sourceLocation)
  }

  @Test func everyBundledLineReadsTheSame() throws {
    var count = 0
    for file in BundledChecklists.files {
      let text = try #require(String(data: file.data, encoding: .utf8))
      for line in SourceText(file: file.path, text: text).lines {
        // The line after its keyword, as the statements hand it to the parser.
        let rest = line.drop { !$0.isWhitespace }.drop { $0.isWhitespace }
        Self.expectSame(String(rest))
        count += 1
      }
    }
    #expect(count > 1000)
  }

  @Test func aNameIsYesOrNoExactlyWhenItEqualsThem() {
    // Words of every length and spelling as the only operand of a line (`primary` tells `是`
    // and `否` from names by their length first).
    for word in InertTextTests.samples + ["是否", "是1", "否_", "a是", "是\u{301}", "\u{F900}否"] {
      guard let expression = Self.outcome(word, shortcut: true).0 else { continue }
      switch expression.kind {
      case .boolean(let value): #expect(word == (value ? "是" : "否"), "\(word)")
      case .name(let name): #expect(name != "是" && name != "否", "\(word)")
      default: break
      }
    }
    #expect(Self.outcome("是", shortcut: true).0?.kind == .boolean(true))
    #expect(Self.outcome("否", shortcut: true).0?.kind == .boolean(false))
  }

  @Test func argumentsOfEveryShapeReadTheSame() {
    let lines = [
      "每例扣分(不一致人数, 每例=0.5)", "条件扣分(非 有台账, 扣=10, 理由=\"无台账\")", "f(1, \"x\", 是, 否)",
      "f((a), [a, b=1], -1, a.b, g(h), 3%, a + b, a 或 b, c 且 d)", "f(a,)", "f(,a)", "f(a b)",
      "f(a", "f(a, 1", "(a)", "((1))", "[1, 2=3, 4..5]", "f(是)", "f(或)", "f(非)", "f(a.)",
      "f(a=b, c)", "若(执行 = \"执行好\", 5, 0)", "f(3年巩固率, 1)", "f(1 年, 2)", "f(“文字”, 「字」)",
      "f(a)(b)", "f(a) + 1", "f(a == b, c)", "f(a, == b)", "x", "1", "",
    ]
    for line in lines { Self.expectSame(line) }
    // Around the nesting limit: the shortcut must not move the point where E210 is reported.
    for depth in [97, 98, 99, 100, 101, 102] {
      Self.expectSame(
        String(repeating: "f(", count: depth) + "x" + String(repeating: ")", count: depth))
      Self.expectSame(
        String(repeating: "f(1, ", count: depth) + "x" + String(repeating: ")", count: depth))
      Self.expectSame(
        String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth))
    }
  }
}
