import Testing

@testable import DuchaTerminal

@Suite struct TextTableTests {
  let table = TextTable(
    columns: [
      .init("学校"),
      .init("学段"),
      .init("在籍人数", alignment: .right, wraps: false),
      .init("备注"),
    ],
    rows: [
      ["灵璧县第一中学", "高中", "2315", "OK"],
      ["Lingbi No.2 Primary", "小学", "987", "学籍号缺失（3人）"],
    ])

  @Test func rendersAlignedColumns() {
    let expected = """
      学校                 学段  在籍人数  备注
      ───────────────────  ────  ────────  ─────────────────
      灵璧县第一中学       高中      2315  OK
      Lingbi No.2 Primary  小学       987  学籍号缺失（3人）
      """
    #expect(table.render() == expected)
  }

  @Test func shrinksWidestWrappableColumnsToFit() {
    // Natural width is 54; 学校 (19) and 备注 (17) give up columns in turn until 40 fit,
    // while the non-wrapping count column keeps its 8.
    let expected = """
      学校         学段  在籍人数  备注
      ───────────  ────  ────────  ───────────
      灵璧县第一   高中      2315  OK
      中学
      Lingbi No.2  小学       987  学籍号缺失
      Primary                      （3人）
      """
    let rendered = table.render(maxWidth: 40)
    #expect(rendered == expected)
    #expect(rendered.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 })
  }

  @Test func noLineEndsWithASpace() {
    let rendered = TextTable(
      columns: [.init("姓名"), .init("问题")],
      rows: [["张三", ""], ["", "学籍照片缺失"], ["李四"]]
    ).render()
    #expect(!rendered.split(separator: "\n").contains { $0.hasSuffix(" ") })
    #expect(
      rendered == """
        姓名  问题
        ────  ────────────
        张三
              学籍照片缺失
        李四
        """)
  }

  @Test func honoursMinimumAndMaximumWidths() {
    let rendered = TextTable(
      columns: [
        .init("序号", alignment: .right, minimumWidth: 6),
        .init("说明", maximumWidth: 8),
        .init("学籍号", maximumWidth: 10, wraps: false),
      ],
      rows: [["1", "学籍信息不完整", "G34132220100101001X"]]
    ).render()
    #expect(
      rendered == """
          序号  说明      学籍号
        ──────  ────────  ──────────
             1  学籍信息  G34132220…
                不完整
        """)
  }

  @Test func styledCellsLineUp() {
    let style = TerminalStyle(enabled: true)
    let rendered = TextTable(
      columns: [.init("结果"), .init("项目")],
      rows: [[style.red("未通过"), "控辍保学"], [style.green("通过"), "课后服务"]]
    ).render()
    let red = "\u{1B}[31m未通过\u{1B}[39m"
    let green = "\u{1B}[32m通过\u{1B}[39m"
    #expect(
      rendered == """
        结果    项目
        ──────  ────────
        \(red)  控辍保学
        \(green)    课后服务
        """)
  }

  @Test func emptyTable() {
    #expect(TextTable(columns: []).render() == "")
    #expect(TextTable(columns: [.init("学校")]).render() == "学校\n────")
  }

  /// Trailing spaces are dropped exactly as dropping every last `Character` equal to " " drops
  /// them, including after a mark that prepends itself to the next character.
  @Test func trailingSpacesAreTrimmedAsCharactersAre() {
    for line in [
      "", " ", "   ", "甲", "甲  ", "a b  ", "（2021）   ", "“引号”  ", "e\u{301}  ", "\u{600} ",
      "\u{600}  ", "a\u{600} ", "\u{1B}[0m  ", "x\t ", "一\u{3000} ", "🇨🇳  ", "a\u{200D} ",
    ] {
      var expected = line
      while expected.last == " " { expected.removeLast() }
      let trimmed = TextTable.trimmingTrailingSpaces(line)
      #expect(
        Array(trimmed.unicodeScalars) == Array(expected.unicodeScalars), "\(line.debugDescription)")
    }
  }
}
