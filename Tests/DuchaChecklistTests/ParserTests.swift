import DuchaChecklist
import Testing

/// The parser's treatment of what clerks actually type.
@Suite struct ParserTests {
  @Test func fullWidthPunctuationIsAccepted() throws {
    // Full-width brackets, comma, equals and a Chinese colon are the same as ASCII.
    let text = form("  录入 不一致人数 计数\n  规则 每例扣分（不一致人数，每例＝0.5）")
    let result = try score(text, answers: ["不一致人数": .number(2)])
    #expect(result.state == .scored(9))
  }

  @Test func fullWidthComparisonsAreAccepted() throws {
    // ＞ and ≧ as a Chinese input method types them (≧ is how many documents print ≥), ［］ and
    // ＊ ／ for brackets, times and divide: 85 ≧ 80, so 10 × 0.85 ／ 1 = 8.5.
    let text = form(
      "  录入 比例 百分比\n  规则 公式赋分(若(比例 ≧ 80 且 比例 ＞ 0, 10 ＊ 比例 ／ 100, 0))")
    let result = try score(text, answers: ["比例": .number(85)])
    #expect(result.state == .scored(8.5))
  }

  @Test func doubledEqualsSaysToWriteOne() {
    let found = diagnostics(form("  录入 x 计数\n  录入 y 计数\n  规则 公式赋分(若(x == y, 10, 0))"))
    #expect(found == ["10:15: 错误[E204]: 比较相等只写一个“=”，这里写成了“==”。"])
  }

  @Test func columnsCountChineseCharactersAsOne() {
    // `  规则 每例扣分(x, 每例=0.5` — the unclosed bracket is the 10th character of line 9
    // (the 7 lines of `form` come first, the input is line 8).
    let found = diagnostics(form("  录入 x 计数\n  规则 每例扣分(x, 每例=0.5"))
    #expect(found == ["9:10: 错误[E104]: 括号“(”没有闭合。"])
  }

  @Test func continuationLinesJoinVerbatimText() throws {
    let text = form("  赋分：第一行，\n  | 第二行。\n  录入 x 计数\n  规则 每例扣分(x, 每例=1)")
    let item = try #require(try checklist(text).item("1"))
    #expect(item.scoringText == "第一行，\n第二行。")
  }

  @Test func aliasesFromTheSourceDocumentsAreAccepted() throws {
    let text = form("  考评点及标准：要求\n  评分标准：赋分\n  考核办法：办法\n  录入 x 计数\n  规则 每例扣分(x, 每例=1)")
    let item = try #require(try checklist(text).item("1"))
    #expect(item.requirement == "要求")
    #expect(item.scoringText == "赋分")
    #expect(item.method == "办法")
  }

  @Test func everyBrokenLineIsReportedInOneRun() {
    let found = diagnostics(form("  录入 x 计数\n  规则 每例扣分(x, 每例=1\n  规则 不存在(x)\n  录入 y 颜色"))
    #expect(found.map { String($0.prefix(6)) } == ["9:10: ", "10:6: ", "11:8: "])
  }
}
