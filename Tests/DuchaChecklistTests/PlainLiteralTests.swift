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

/// A `设`/`期望` value that is one plain literal is built before the date and comment checks a
/// sample line otherwise goes through; the tree must be the one the full path gives.
@Suite struct SamplePlainValueTests {
  /// The value of the one `设` line of a sample whose line reads `设 x =` + `value`.
  static func sampleValue(_ value: String) throws -> DuchaChecklist.Expression {
    let text = "清单 t\n样例 甲\n设 x =\(value)\n"
    let (tree, _) = ChecklistParser.parse(SourceText(file: "t.ducha", text: text))
    let sample = try #require(tree.samples.first)
    return try #require(sample.assignments.first).value
  }

  @Test(
    "a plain value is the expression the lexer and parser give, value and range",
    arguments: [" 9.5", "9.5", " 10  ", "  是", " 否 ", " 007", " 0"])
  func plainValue(value: String) throws {
    let line = Line(text: Substring("设 x =\(value)"), number: 3, column: 1, file: "t.ducha")
    var parser = line.parser(Substring(value), column: 6)
    let full = try parser.expression()
    #expect(parser.atEnd && parser.diagnostics.isEmpty)
    let built = try Self.sampleValue(value)
    #expect(built == full)
    #expect(built.range == full.range)
  }

  @Test("dates, comments and formulas still take the full path")
  func otherValues() throws {
    let date = try Self.sampleValue(" 2021-10-26  # 开学")
    #expect(date.kind == .date("2021-10-26"))
    #expect(date.range.start.column == 6)  // the column after `=`, as before
    #expect(date.range.length == 10)
    let commented = try Self.sampleValue(" 9.5 # 注释")
    #expect(commented.kind == .number(d("9.5")))
    #expect(commented.range.start.column == 7)
    let list = try Self.sampleValue(" [1, 2]")
    guard case .list(let elements) = list.kind else {
      Issue.record("expected a list, got \(list)")
      return
    }
    #expect(elements.count == 2)
  }
}
