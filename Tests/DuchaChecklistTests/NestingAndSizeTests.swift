import DuchaChecklist
import Foundation
import Testing

/// Hostile shapes from issue 7: nesting deep enough to overflow a recursive parser, chains of
/// indicators deep enough to overflow the evaluator, and lists and lines big enough to expose
/// quadratic parsing. Each gets a located diagnostic with a fix, or simply works.
@Suite struct NestingAndSizeTests {
  /// A one-item form whose input `x` has the default `formula`, on line 8.
  func withDefault(_ formula: String) -> String {
    "清单 深\n标题：深\n对象：学校\n总分：1\n部分 一 甲 1分\n条目 1 乙 1分\n  录入 次数 计数\n  录入 x 计数 默认 \(formula)\n"
      + "  规则 每例扣分(次数, 每例=1)\n  规则 每例扣分(x, 每例=0)\n"
  }

  /// The only diagnostic of `text`, which must be an error with a fix.
  func onlyError(_ text: String) throws -> Diagnostic {
    let (checklist, found) = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text))
    #expect(checklist == nil)
    #expect(found.count == 1, "\(found.map { $0.formatted() })")
    let diagnostic = try #require(found.first)
    #expect(diagnostic.fix != nil)
    return diagnostic
  }

  @Test func twentyThousandNestedBracketsAreE210NotACrash() throws {
    let depth = 20_000
    let text = withDefault(
      String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth))
    let diagnostic = try onlyError(text)
    #expect(shortForm(diagnostic) == "8:114: 错误[E210]: 公式嵌套太深：括号、“若(…)”、负号、“非”和连续的运算合起来超过 100 层。")
  }

  @Test func nestedIfCallsAreE210() throws {
    let depth = 20_000
    let text = withDefault(
      String(repeating: "若(是, ", count: depth) + "1" + String(repeating: ", 2)", count: depth))
    #expect(try onlyError(text).code == "E210")
  }

  @Test func aLineOfMinusSignsIsE210() throws {
    let text = withDefault(String(repeating: "-", count: 20_000) + "1")
    let diagnostic = try onlyError(text)
    #expect(diagnostic.code == "E210")
    #expect(diagnostic.location.line == 8)
  }

  @Test func aChainOfNegationsIsE210() throws {
    let text = withDefault("若(" + String(repeating: "非 ", count: 20_000) + "是, 1, 0)")
    #expect(try onlyError(text).code == "E210")
  }

  @Test func aHundredThousandTermSumIsE210() throws {
    // No bracket at all: a left-deep tree as high as the sum is long would overflow the
    // type checker and the evaluator even though the parser loops.
    let text = withDefault("1" + String(repeating: " + 1", count: 100_000))
    #expect(try onlyError(text).code == "E210")
  }

  @Test func nestedListsAreE210() throws {
    let depth = 20_000
    let text = withDefault(
      String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
    #expect(try onlyError(text).code == "E210")
  }

  @Test func nestingWithinTheLimitIsScoredExactly() throws {
    // 40 brackets, 20 minus signs and a 30-term sum: deep, but real, and within the limit.
    let inner = "(" + Array(repeating: "1", count: 30).joined(separator: " + ") + ")"
    let negated = String(repeating: "-", count: 20) + inner  // an even count: +30
    let formula = String(repeating: "(", count: 40) + negated + String(repeating: ")", count: 40)
    let form = form(
      """
        录入 人数 计数 默认 \(formula)
        规则 每例扣分(人数, 每例=0.1)
      """)
    let result = try score(form)
    #expect(result.state == .scored(d("7")))  // 10 − 0.1 × 30
  }

  @Test func aLongChainOfIndicatorsIsE309NotAStackOverflow() throws {
    // 20,000 indicators, each one more than the previous: the evaluator would recurse through
    // all of them when scoring.
    var lines = ["指标 a0 = 1"]
    for index in 1..<20_000 { lines.append("指标 a\(index) = a\(index - 1) + 1") }
    let text = form(
      header: lines.joined(separator: "\n"),
      """
        录入 人数 计数 默认 a19999
        规则 每例扣分(人数, 每例=0)
      """)
    let (checklist, found) = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text))
    #expect(checklist == nil)
    #expect(found.map(shortForm) == ["105:1: 错误[E309]: “a100”层层引用其他指标和默认值，展开后超过 200 层。"])
  }

  @Test func indicatorsWrittenBeforeTheirDependenciesAreCheckedWithoutRecursion() throws {
    // The old cycle check recursed once per indicator in the chain.
    var lines: [String] = []
    for index in 0..<20_000 { lines.append("指标 a\(index) = a\(index + 1) + 1") }
    lines.append("指标 a20000 = 1")
    let text = form(
      header: lines.joined(separator: "\n"),
      """
        录入 人数 计数 默认 a0
        规则 每例扣分(人数, 每例=0)
      """)
    let found = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1
    #expect(found.map(\.code) == ["E309"])
  }

  @Test func defaultsThatReferToEachOtherAreACycle() throws {
    let text = form(
      """
        录入 甲 计数 默认 乙 + 1
        录入 乙 计数 默认 甲
        规则 每例扣分(甲, 每例=1)
      """)
    #expect(
      diagnostics(text) == [
        "8:3: 错误[E303]: 录入项“甲”的默认值直接或间接用到了它自己。"
      ])
  }

  @Test func aListOfSixteenThousandEntriesKeepsEveryEntryAndItsColumn() throws {
    let names = (1...16_000).map { "学生\($0)" }
    let text = form(
      header: "名单 学生名单：" + names.joined(separator: "、"),
      """
        录入 到校 多选 名单 学生名单
        规则 缺项扣分(到校, 每缺=0.001)
      """)
    let (tree, parsing) = ChecklistParser.parse(SourceText(file: "t.ducha", text: text))
    #expect(parsing.isEmpty)
    let list = try #require(tree.lists.first)
    #expect(list.entries.map(\.0) == names)
    // The last entry starts after 8 + 15,999 × 1 separators and the 15,999 names before it.
    let before = names.dropLast().reduce(0) { $0 + $1.count + 1 }
    #expect(list.entries.last?.1.start.column == 9 + before)
    let (checklist, found) = ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text))
    #expect(found.isEmpty)
    #expect(checklist?.lists["学生名单"]?.count == 16_000)
    // Scoring reads the whole list too: two students missing cost 0.002 of 10 points.
    let present = names.filter { $0 != "学生7" && $0 != "学生15999" }
    let result = try score(text, answers: ["到校": .multiple(present)])
    #expect(result.state == .scored(d("9.998")))
  }

  @Test func aThreeMegabyteLineIsOneDiagnosticWithAShortMessage() throws {
    let word = String(repeating: "字", count: 1_000_000)
    let text = form("  录入 次数 计数\n  规则 每例扣分(次数, 每例=1)") + "\n" + word + "\n"
    #expect(
      diagnostics(text) == [
        "10:1: 错误[E201]: 不认识的关键词“\(String(repeating: "字", count: 24))…”。"
      ])
  }

  @Test func aLineOfThreeHundredThousandStrayCharactersGivesElevenMessages() throws {
    let found = diagnostics(withDefault(String(repeating: "@", count: 300_000)))
    #expect(found.count == 11)
    #expect(found.prefix(10).allSatisfy { $0.contains("错误[E103]: 不认识的字符“@”。") })
    #expect(found.last == "8:24: 错误[E103]: 这一行从这里起还有 299990 处同样的问题，没有逐一列出。")
  }
}
