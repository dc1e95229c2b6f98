import DuchaChecklist
import Foundation
import Testing

/// A form copied from the county's Word document keeps its outline numbers (`一、`, `1.`), its
/// points in brackets (`（10分）`) and its column headings (`评分办法`): each is reported once,
/// with the line as it should read, and does not make the lines below it wrong as well.
@Suite struct CopiedHeadingTests {
  /// `(message, fix)` in Chinese of every diagnostic of `text`.
  func reported(_ text: String) -> [String] {
    ChecklistLoader.load(source: SourceText(file: "t.ducha", text: text)).1.map {
      "\($0.location.line):\($0.location.column) \($0.message.zh) 改法：\($0.fix?.zh ?? "")"
    }
  }

  let header = "清单 照抄\n标题：照抄\n对象：学校\n总分：10\n"

  @Test func aNumberGluedToItsTitleIsShownSeparatedAndTheItemsBelowAreRead() {
    let text =
      header + "部分 一、控辍保学 10分\n条目 1 劝返 10分\n  录入 人数 计数\n  规则 公式赋分(若(人数 > 0, 10, 0))\n"
    #expect(
      reported(text) == [
        "5:1 “一、控辍保学”：编号和标题之间要空一格。 改法：写成“部分 一 控辍保学 10分”（编号后不写“、”“.”或括号）。"
      ])
  }

  @Test func bracketsAndParenthesesAroundTheNumberAreOutlineNumbersToo() {
    #expect(
      reported(header + "部分 （一）控辍保学\n条目 1 劝返 10分\n  录入 人数 计数\n  规则 公式赋分(人数)\n")
        == [
          "5:1 “（一）控辍保学”：编号和标题之间要空一格。 改法：写成“部分 一 控辍保学 N分”（编号后不写“、”“.”或括号）。",
          // The line has no points either: read as 部分 一, it is told so too.
          "5:1 评分表的“部分 一”缺少分值。 改法：在行末写上分值，如“部分 一 控辍保学 10分”。",
        ])
  }

  @Test func aNumberAndBracketedPointsCopiedTogetherGetOneMessage() {
    let text =
      header + "部分 一、控辍保学（10分）\n条目 1 劝返 10分\n  录入 人数 计数\n  规则 公式赋分(若(人数 > 0, 10, 0))\n"
    #expect(
      reported(text) == [
        "5:1 “一、控辍保学（10分）”：编号和标题之间要空一格。 改法：写成“部分 一 控辍保学 10分”（编号后不写“、”“.”或括号）。"
      ])
  }

  @Test func pointsInBracketsOrWithASpaceAreShownAtTheEndOfTheLine() {
    let text =
      header + "部分 一 控辍保学（10分）\n条目 1 劝返 10 分\n  录入 人数 计数\n  规则 公式赋分(若(人数 > 0, 10, 0))\n"
    #expect(
      reported(text) == [
        "5:1 评分表的“部分 一”缺少分值。 改法：分值写在行末，不加括号、数和“分”之间不空格：“部分 一 控辍保学 10分”。",
        "6:1 评分表的“条目 1”缺少分值。 改法：分值写在行末，不加括号、数和“分”之间不空格：“条目 1 劝返 10分”。",
      ])
  }

  @Test func punctuationAfterThePointsIsNamed() {
    // Copied from a WeChat message: the sentence's comma (or full stop) stayed after 10分, and
    // the fix said to add the points to a line that had them: “条目 1 劝返 10分， 10分”.
    let text =
      header + "部分 一 控辍保学 10分。\n条目 1 劝返 10分，\n  录入 人数 计数\n  规则 公式赋分(若(人数 > 0, 10, 0))\n"
    #expect(
      reported(text) == [
        "5:1 评分表的“部分 一”缺少分值。 改法：分值“10分”后面多了“。”（从微信或 Word 复制时常带上）：删去它，写成“部分 一 控辍保学 10分”。",
        "6:1 评分表的“条目 1”缺少分值。 改法：分值“10分”后面多了“，”（从微信或 Word 复制时常带上）：删去它，写成“条目 1 劝返 10分”。",
      ])
  }

  @Test func aBareNumberAtTheEndIsShownWithItsFen() {
    // The points column copied without its 分: read as the title's last word.
    let text =
      header + "部分 一 控辍保学 10\n条目 1 劝返 10分\n  录入 人数 计数\n  规则 公式赋分(若(人数 > 0, 10, 0))\n"
    #expect(
      reported(text) == ["5:1 评分表的“部分 一”缺少分值。 改法：分值要带“分”字：“部分 一 控辍保学 10分”。"])
  }

  @Test func aHeadingWithoutItsKeywordIsShownWithOneAndItsLinesAreNotPinnedOnTheItemBefore() {
    // Without the skip, 录入 and 规则 of “2.” went to item 1: a second scoring rule there.
    let text =
      header.replacingOccurrences(of: "总分：10", with: "总分：20")
      + "部分 一 控辍保学 20分\n条目 1 劝返 10分\n  录入 人数 计数\n  规则 公式赋分(若(人数 > 0, 10, 0))\n"
      + "2. 台账 10分\n  录入 台账齐全 是否\n  规则 公式赋分(若(台账齐全, 10, 0))\n"
    #expect(
      diagnostics(text) == [
        "9:1: 错误[E201]: 不认识的关键词“2.”。这一行像是照抄原文的标题，前面少了关键词：写成“条目 2 台账 10分”（大项写“部分”）。"
      ])
  }

  @Test func theFormsOwnWordForAKeywordIsNamed() {
    #expect(
      diagnostics(form("  评分办法：少一人扣1分\n  录入 人数 计数\n  规则 公式赋分(人数)")) == [
        "8:3: 错误[E201]: 不认识的关键词“评分办法”。这里应写关键词“赋分”（原文的“评分办法”一栏写成“赋分：…”）。"
      ])
  }

  @Test func anIdWithADotIsNotAnOutlineNumber() throws {
    // `1.2` is an id, `1.2.台账` is not split either: a dot before a digit belongs to the id.
    let text = form("  录入 人数 计数\n  规则 公式赋分(人数)\n  小项 1.2 人数 10分\n    录入 份数 计数\n    规则 公式赋分(份数)")
      .replacingOccurrences(of: "条目 1 测试 10分", with: "条目 1 测试 10分\n")
    #expect(!diagnostics(text).contains { $0.contains("编号和标题") || $0.contains("照抄") })
  }
}
