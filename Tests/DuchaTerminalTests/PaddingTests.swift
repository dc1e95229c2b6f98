import DuchaTerminal
import Testing

@Suite struct PaddingTests {
  @Test func padsByColumnsNotCharacters() {
    #expect(DisplayWidth.pad("学籍", to: 6) == "学籍  ")
    #expect(DisplayWidth.pad("学籍", to: 6, alignment: .right) == "  学籍")
    #expect(DisplayWidth.pad("ab", to: 6, alignment: .right) == "    ab")
  }

  @Test func padLeavesWideTextAlone() {
    #expect(DisplayWidth.pad("灵璧县", to: 4) == "灵璧县")
    #expect(DisplayWidth.pad("灵璧县", to: 6) == "灵璧县")
  }

  @Test func padIgnoresEscapeCodes() {
    let red = "\u{1B}[31m未通过\u{1B}[39m"
    #expect(DisplayWidth.pad(red, to: 8) == red + "  ")
  }

  @Test func truncateAddsEllipsis() {
    #expect(DisplayWidth.truncate("灵璧县学籍管理", to: 14) == "灵璧县学籍管理")
    #expect(DisplayWidth.truncate("灵璧县学籍管理", to: 9) == "灵璧县学…")
    // 学籍 would straddle column 10, so the result is one column short.
    #expect(DisplayWidth.truncate("灵璧县学籍管理", to: 10) == "灵璧县学…")
    #expect(DisplayWidth.truncate("inspection", to: 6) == "inspe…")
    #expect(DisplayWidth.truncate("a中b", to: 3) == "a…")
    #expect(DisplayWidth.truncate("中文", to: 1) == "…")
    #expect(DisplayWidth.truncate("中文", to: 0) == "")
  }

  @Test func truncateKeepsColourReset() {
    let text = "\u{1B}[31m学籍信息不完整\u{1B}[39m"
    #expect(DisplayWidth.truncate(text, to: 7) == "\u{1B}[31m学籍信…\u{1B}[39m")
  }
}
