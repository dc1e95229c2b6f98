import DuchaChecklist
import DuchaRender
import Foundation
import Testing

/// `ducha show 清单 <条目>` prints the item's own lines of the checklist file, numbered, after its
/// card: what is recorded and how it is scored, where a clerk would edit it.
@Suite struct ItemSourceTextTests {
  static func checklist(_ text: String) throws -> Checklist {
    try #require(ChecklistLoader.load(source: SourceText(file: "县表.ducha", text: text)).0)
  }

  static let form = """
    清单 xian
    标题：县表
    对象：学校
    总分：20

    部分 一 控辍保学 20分

    条目 1 辍学 20分
      赋分：辍学率按从低到高分别得10、8、6、4分。
      小项 1.1 辍学率 10分
        录入 辍学率 百分比
        # 由低到高：越低越好。
        规则 分段赋分(辍学率, 顺序=由低到高, 段=[1=10, 2=6])

      小项 1.2 台账 10分
        录入 台账齐全 是否
        规则 不得分(非 台账齐全, 理由="台账不全")

    # ───── 样例 ─────
    样例 甲
      设 辍学率 = 1
      设 台账齐全 = 是
      期望 总分 = 20
    """

  @Test func aPartRunsToTheNextPartWithoutTheBlankLineBefore() throws {
    let checklist = try Self.checklist(Self.form)
    let text = ItemSourceText.format(try #require(checklist.item("1.1")), in: checklist)
    #expect(
      text == """
        县表.ducha:10
        10 │   小项 1.1 辍学率 10分
        11 │     录入 辍学率 百分比
        12 │     # 由低到高：越低越好。
        13 │     规则 分段赋分(辍学率, 顺序=由低到高, 段=[1=10, 2=6])
        """)
  }

  @Test func anItemRunsThroughItsPartsAndStopsBeforeTheSamples() throws {
    let checklist = try Self.checklist(Self.form)
    let item = try #require(checklist.item("1"))
    let text = try #require(ItemSourceText.format(item, in: checklist))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "县表.ducha:8")
    #expect(lines[1] == " 8 │ 条目 1 辍学 20分")
    // Through 1.2's rule; the comment and the samples after it belong to no item.
    #expect(lines.last == "17 │     规则 不得分(非 台账齐全, 理由=\"台账不全\")")
    #expect(lines.count == 11)
  }

  @Test func anUnindentedFileStillEndsAtTheNextItem() throws {
    let flat = Self.form.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.drop { $0 == " " } }.joined(separator: "\n")
    let checklist = try Self.checklist(flat)
    let text = ItemSourceText.format(try #require(checklist.item("1.1")), in: checklist)
    #expect(text?.split(separator: "\n").last == "13 │ 规则 分段赋分(辍学率, 顺序=由低到高, 段=[1=10, 2=6])")
  }
}
