import DuchaTerminal
import Testing

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0),
    ("ducha", 5),
    ("灵璧县学籍管理", 14),
    ("a中b", 4),
    ("（10分）", 8),  // fullwidth brackets 2+2, digits 1+1, 分 2
    ("学籍号：G34132220100101001X", 8 + 19),
    ("第一，第二。第三、", 18),
    ("ＡＢＣ１２３", 12),  // fullwidth Latin and digits
    ("한국어", 6),
    ("ｶﾀｶﾅ", 4),  // halfwidth katakana stay narrow
    ("─┼│", 3),  // box drawing is ambiguous width, counted narrow
    ("e\u{301}", 1),  // combining acute accent
    ("a\u{200B}b", 2),  // zero-width space
    ("👨‍👩‍👧", 2),  // zero-width-joiner sequence is one picture
    ("❤", 1),
    ("❤️", 2),  // variation selector 16 asks for emoji presentation
    ("✅通过", 6),
    ("🇨🇳", 2),
    ("\u{1B}[31m未通过\u{1B}[39m", 6),
    ("\u{1B}[1;33m警告\u{1B}[0m: 3", 7),
    ("\u{1B}]8;;https://example.cn\u{07}链接\u{1B}]8;;\u{07}", 4),  // OSC 8 hyperlink
    ("\t", 0),
  ])
  func width(text: String, expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
  }

  @Test func stylingDoesNotChangeWidth() {
    let style = TerminalStyle(enabled: true)
    let plain = "灵璧县（10分）"
    #expect(DisplayWidth.of(style.bold(style.red(plain))) == DisplayWidth.of(plain))
  }
}
