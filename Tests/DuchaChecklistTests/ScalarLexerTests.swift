import Foundation
import Testing

@testable import DuchaChecklist

/// The lexer runs over Unicode scalars when each scalar is a character of its own and over
/// `Character`s otherwise. Both paths must give the same tokens, columns and diagnostics on
/// every line: the bundled checklists, and lines built to tell them apart.
@Suite struct ScalarLexerTests {
  /// Tokens and diagnostics of one line, lexed over scalars (when allowed) or characters.
  static func lex(_ line: String, byCharacters: Bool) -> ([Token], [Diagnostic]) {
    var lexer = Lexer(
      Substring(line), file: "t.ducha", line: 3, column: 5, byCharacters: byCharacters)
    let tokens = lexer.tokenize()
    return (tokens, lexer.diagnostics)
  }

  static func expectSamePaths(
    _ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let scalars = lex(line, byCharacters: false)
    let characters = lex(line, byCharacters: true)
    #expect(scalars.0 == characters.0, "tokens of \(line)", sourceLocation: sourceLocation)
    #expect(
      scalars.1.map { $0.formatted() } == characters.1.map { $0.formatted() },
      "diagnostics of \(line)", sourceLocation: sourceLocation)
  }

  @Test func everyLineOfTheBundledChecklistsLexesTheSameBothWays() throws {
    var lines = 0
    var scalarLines = 0
    for file in BundledChecklists.files {
      let text = try #require(String(data: file.data, encoding: .utf8))
      for line in SourceText(file: file.path, text: text).lines {
        Self.expectSamePaths(String(line))
        lines += 1
        if LexUnits.scalarsAreCharacters(line) { scalarLines += 1 }
      }
    }
    #expect(lines > 1000)
    // Real checklists are ASCII, CJK and full-width punctuation: every line takes the fast path.
    #expect(scalarLines == lines)
  }

  @Test func linesThatLookAlikeButDifferInCharactersLexTheSame() {
    let lines = [
      "规则 每例扣分(次数, 每例=0.5) # 注释", "最大（甲，乙）×２＋３％", "a <= 1 ≥ 2 ≠ 3 .. 4 — 5 ～ 6 ~ 7",
      "“未闭合的文字", "「文字」『文字』\"ascii\"", "(((]", "x＃不是注释 ＃注释", "12.5.3 0..100 7.",
      "e\u{301}值 + 1", "👨‍👩‍👧 + 1", "🇨🇳 = 1", "한국어 = 1", "가\u{11A8} + 1", "名\u{200D}称 = 2",
      "值\u{FE0F} = 1", "\u{AD}x", "x\u{0007}y", "٣ + ١", "²³ + Ⅻ", "\u{3000}全角空格\u{00A0}不换行",
      "$ @ ` ? ! ^ & | \\ ;", String(repeating: "$", count: 30), "ｶﾞ = 1", "x = \u{FFFD}",
      "𠀀𠀁 = 1", "", "   ", "#", "１２３ + 4",
    ]
    for line in lines { Self.expectSamePaths(line) }
  }

  @Test func linesWithJoiningScalarsTakeTheCharacterPath() {
    #expect(LexUnits.scalarsAreCharacters("规则 每例扣分(次数, 每例=1)"))
    for line in ["e\u{301}", "👨‍👩‍👧", "🇨🇳", "한", "名\u{200D}称", "值\u{FE0F}", "\u{AD}x", "ｶﾞ", "a\tb\u{7}"]
    {
      #expect(!LexUnits.scalarsAreCharacters(Substring(line)), "\(line)")
    }
  }

  @Test func sampleDatesMatchTheDateForm() {
    for text in ["2021-10-27", "2021-1-2", "２０２１-1-2", "٢٠٢١-١-٢", "202１-1-2"] {
      #expect(DateLiteral.matches(text), "\(text)")
    }
    for text in [
      "2021-10-270", "21-1-2", "2021-1-2 ", "2021--2", "2021-1", "是", "-", "2021-a-2", "20x1-1-2",
    ] {
      #expect(!DateLiteral.matches(text), "\(text)")
    }
  }

  @Test func linesSplitAtLFCRAndCRLF() {
    let source = SourceText(file: "t", text: "甲\n乙\r\n丙\r丁\n\n戊")
    #expect(source.lines == ["甲", "乙", "丙", "丁", "", "戊"])
    #expect(SourceText(file: "t", text: "a\r\n").lines == ["a"])
    #expect(SourceText(file: "t", text: "").lines.isEmpty)
    #expect(SourceText(file: "t", text: "\r\r\n\n").lines == ["", "", ""])
  }

  @Test func keywordSplitIsTheSameOverScalarsAndCharacters() throws {
    var lines: [Substring] = []
    for file in BundledChecklists.files {
      let text = try #require(String(data: file.data, encoding: .utf8))
      lines += SourceText(file: file.path, text: text).lines
    }
    lines += [
      "要求：文字", "要求 ： 文字", "条目\u{3000}1 甲 1分", "名\u{301}单：a", "条目 \u{301}1", "条目:\u{FE0F}x",
      "规则", "", "  ", "：", "👨‍👩‍👧 x", "标题：ｶﾞ",
    ]
    var fast = 0
    for line in lines {
      let slow = KeywordSplit.splitCharacters(line)
      guard let quick = KeywordSplit.splitScalars(line) else { continue }
      fast += 1
      #expect(quick.word == slow.word, "\(line)")
      #expect(quick.rest == slow.rest, "\(line)")
      #expect(quick.restOffset == slow.restOffset, "\(line)")
      #expect(quick.hasColon == slow.hasColon, "\(line)")
    }
    #expect(fast > 1000)
    #expect(KeywordSplit.splitScalars("名\u{301}单：a") == nil)
    #expect(KeywordSplit.splitScalars("条目 \u{301}1") == nil)
  }
}
