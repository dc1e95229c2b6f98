import Foundation
import Testing

@testable import DuchaChecklist

/// A value that is one plain number or `是`/`否` skips the lexer and the parser
/// (`ChecklistParser.plainLiteral`); it must give exactly the expression they give, and leave
/// everything else to them.
@Suite struct PlainLiteralTests {
  static let line = Line(text: "设 x = 1", number: 7, column: 3, file: "t.ducha")

  /// The full lexer and parser's expression of `text` starting at `column`, or nil when they
  /// report anything.
  static func parsed(_ text: String, column: Int) -> DuchaChecklist.Expression? {
    var parser = line.parser(Substring(text), column: column)
    guard parser.diagnostics.isEmpty, let expression = try? parser.expression(), parser.atEnd
    else { return nil }
    return parser.diagnostics.isEmpty ? expression : nil
  }

  @Test(
    "a plain literal is the expression the parser gives, value and range",
    arguments: ["1", " 9.5", "9.5  ", "  是 ", "否", "007", "0", "12.50", "1234567890123456789"])
  func plainLiteral(text: String) throws {
    let fast = try #require(
      ChecklistParser.plainLiteral(Substring(text), line: Self.line, restColumn: 11))
    let full = try #require(Self.parsed(text, column: 11))
    #expect(fast == full)
    #expect(fast.range == full.range)
  }

  @Test(
    "anything else goes to the parser",
    arguments: [
      "", "  ", "0.0", "1.", ".5", "1.2.3", "是否", "1 # 注释", "12345678901234567890123", "１２",
      "9.5%", "-1", "\t1", "是\u{301}", "x", "\"是\"", "1 2",
    ])
  func notPlain(text: String) {
    #expect(ChecklistParser.plainLiteral(Substring(text), line: Self.line, restColumn: 11) == nil)
  }
}
