import DuchaTerminal
import Testing

@Suite struct WrapTests {
  @Test func chineseBreaksBetweenAnyCharacters() {
    #expect(DisplayWidth.wrap("灵璧县教育局督导组", width: 8) == ["灵璧县教", "育局督导", "组"])
    #expect(DisplayWidth.wrap("灵璧县教育局督导组", width: 7) == ["灵璧县", "教育局", "督导组"])
  }

  @Test func latinBreaksAtSpaces() {
    #expect(
      DisplayWidth.wrap("check the student registry", width: 12) == [
        "check the", "student", "registry",
      ])
  }

  @Test func mixedTextBreaksAtCJKBoundaries() {
    #expect(
      DisplayWidth.wrap("使用Swift语言编写", width: 9) == ["使用Swift", "语言编写"])
  }

  @Test func punctuationStaysWithItsCharacter() {
    // "，" may not start a line, "（" may not end one.
    #expect(DisplayWidth.wrap("学籍号缺失，请补录", width: 10) == ["学籍号缺", "失，请补录"])
    #expect(DisplayWidth.wrap("扣分项目（10分）", width: 10) == ["扣分项目", "（10分）"])
  }

  @Test func longWordIsCutAtCharacterBoundaries() {
    #expect(DisplayWidth.wrap("G34132220100101001X", width: 8) == ["G3413222", "01001010", "01X"])
  }

  @Test func wideCharacterIsNeverSplit() {
    #expect(DisplayWidth.wrap("a中b", width: 2) == ["a", "中", "b"])
    #expect(DisplayWidth.wrap("中文", width: 1) == ["中", "文"])
  }

  @Test func lineBreaksAndIndentationAreKept() {
    #expect(DisplayWidth.wrap("第一条\n\n  第二条", width: 20) == ["第一条", "", "  第二条"])
    #expect(DisplayWidth.wrap("", width: 20) == [""])
    #expect(DisplayWidth.wrap("word   ", width: 20) == ["word"])
  }

  @Test func wordsSpacesAndChineseMixed() {
    // The spaces at a break are dropped, spaces inside a line kept.
    #expect(DisplayWidth.wrap("学籍 management 系统", width: 10) == ["学籍", "management", "系统"])
    #expect(DisplayWidth.wrap("甲乙  丙丁", width: 4) == ["甲乙", "丙丁"])
    #expect(DisplayWidth.wrap("甲乙  丙丁", width: 8) == ["甲乙  丙", "丁"])
    // Indentation stays with the first word when they fit together.
    #expect(DisplayWidth.wrap("    灵璧县", width: 6) == ["    灵", "璧县"])
    // Digits are a word; the comma stays with the character before it.
    #expect(DisplayWidth.wrap("共42所，其中", width: 6) == ["共42", "所，其", "中"])
    // The ideographic space is a wide character, not a break.
    #expect(DisplayWidth.wrap("　　第一条", width: 4) == ["　　", "第一", "条"])
  }

  @Test func zeroWidthCharactersTakeNoColumns() {
    // A zero-width space stays at the end of the line before the break after it.
    #expect(DisplayWidth.wrap("督\u{200B}导", width: 2) == ["督\u{200B}", "导"])
    #expect(DisplayWidth.wrap("督\u{200B}导", width: 4) == ["督\u{200B}导"])
    // A combining accent belongs to its letter: café is one word of four columns.
    #expect(DisplayWidth.wrap("cafe\u{301} 中文", width: 4) == ["cafe\u{301}", "中文"])
    // U+037E is canonically a semicolon, kept off the start of a line like one.
    #expect(DisplayWidth.wrap("中文\u{37E}", width: 4) == ["中", "文\u{37E}"])
  }

  @Test func chineseParagraphAtEightyColumns() {
    // 40 characters fill exactly 80 columns, but the comma after the 40th may not start the
    // next line, so it takes the 40th character along.
    let text = String(repeating: "督导", count: 20) + "，检查结束。"
    let lines = DisplayWidth.wrap(text, width: 80)
    #expect(
      lines == [
        String(repeating: "督导", count: 19) + "督",
        "导，检查结束。",
      ])
    #expect(lines.map(DisplayWidth.of) == [78, 14])
  }

  @Test func englishParagraphAtEightyColumns() {
    let text =
      "Inspectors from the county education bureau visited every primary and middle school "
      + "in Lingbi to check the student registry, after-school services and dropout prevention "
      + "records against the provincial standard."
    #expect(
      DisplayWidth.wrap(text, width: 80) == [
        "Inspectors from the county education bureau visited every primary and middle",
        "school in Lingbi to check the student registry, after-school services and",
        "dropout prevention records against the provincial standard.",
      ])
  }

  @Test func mixedParagraphAtEightyColumnsStaysWithinWidth() {
    let text =
      "根据《义务教育学校管理标准》，县教育局督导组于2024年5月对灵璧县各中小学的学籍管理、"
      + "控辍保学和课后服务情况进行了专项督导检查（共检查 42 所学校），发现部分学校存在 "
      + "student registry 信息更新不及时的问题。"
    let lines = DisplayWidth.wrap(text, width: 80)
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") && !$0.hasPrefix(" ") })
    #expect(lines.allSatisfy { !"，。、）》".contains($0.first!) })
    #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
  }
}
