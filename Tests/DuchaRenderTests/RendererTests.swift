import DuchaChecklist
import DuchaRender
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// Renderers produce exact, width-aligned text; these pin it down.
@Suite struct RendererTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  static func lingbi() throws -> Checklist {
    try #require(
      ChecklistLoader.load(path: root.appendingPathComponent("Checklists/lingbi-xueji.ducha").path)
        .0)
  }

  @Test func rollCallTableAlignsChineseAndTotals() {
    let classes = [
      ClassRollCall(
        grade: "三年级", className: "2班", registered: 45, present: 42, onLeave: 1,
        absentNames: ["张三", "李四"]),
      ClassRollCall(
        grade: "四年级", className: "1班", registered: 40, present: 41, onLeave: 0,
        unregisteredNames: ["王五"]),
    ]
    let expected = """
      班级         学籍  实到  请假  实有  差额  籍在人不在  人在籍不在
      ───────────  ────  ────  ────  ────  ────  ──────────  ──────────
      三年级2班      45    42     1    43    -2           2           0
      四年级1班      40    41     0    41    +1           0           1
      合计 2 个班    85    83     1    84    -1           2           1
      三年级2班 籍在人不在：张三、李四
      四年级1班 人在籍不在：王五
      """
    #expect(RollCallTable.format(classes) == expected)
  }

  @Test func rollCallNamesThatAreIDNumbersAreMasked() {
    let entry = ClassRollCall(
      grade: "一年级", className: "1班", registered: 30, present: 29, onLeave: 0,
      absentNames: ["11010519491231002X"])
    #expect(RollCallTable.format([entry]).contains("籍在人不在：110105***********X"))
    #expect(!RollCallTable.format([entry]).contains("11010519491231002X"))
  }

  @Test func itemScoreShowsEveryReason() throws {
    let checklist = try Self.lingbi()
    let answers = Answers(values: ["人籍不一致人数": Answer(.number(3))])
    let result = Evaluator.evaluate(
      checklist, answers: answers, context: EvaluationContext(stages: [.primary]))
    let item = try #require(result.allItems.first { $0.id == "5" })
    #expect(
      ItemScore.format(item) == """
        得分 8.5 / 10
          − 1.5  人籍不一致人数 3 例 × 0.5 分 = 1.5 分
        """)
  }

  @Test func pendingItemSaysWhatIsMissing() throws {
    let checklist = try Self.lingbi()
    let result = Evaluator.evaluate(
      checklist, answers: Answers(), context: EvaluationContext(stages: [.primary]))
    let item = try #require(result.allItems.first { $0.id == "5" })
    #expect(ItemScore.format(item) == "待定：缺少“人籍不一致人数”")
  }

  @Test func outlineFitsEightyColumnsAndTotalsOneHundred() throws {
    let outline = ChecklistOutline.format(try Self.lingbi())
    for line in outline.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "too wide: \(line)")
    }
    #expect(outline.contains("合计     19 个评分项                 100"))
  }

  /// 金华 A2.2's “4 +1”: the +1 is a 加分项 on top of 总分 23, up to 24. `ducha show` listed it
  /// as a plain section and left the cap out, so its point read as part of the 23.
  @Test func aBonusSectionAndTheCapAreSaid() throws {
    let jinhua = try #require(
      ChecklistLoader.load(
        path: Self.root.appendingPathComponent("Checklists/jinhua-yuyan-wenzi.ducha").path
      ).0)
    let outline = ChecklistOutline.format(jinhua, width: 120)
    #expect(outline.contains("总分：23  总分上限：24"))
    #expect(outline.contains("A2.2 有公务员编制（分值“4 +1”的 +1）（加分项，最多1分）"))
    #expect(
      ChecklistOutline.format(jinhua, language: .english, width: 120).contains(
        "total: 23  total with bonus at most: 24"))
  }

  @Test func itemCardWrapsLongTextUnderItsLabel() throws {
    let checklist = try Self.lingbi()
    let card = ItemCard.format(try #require(checklist.item("1")), in: checklist, width: 60)
    let lines = card.split(separator: "\n").map(String.init)
    #expect(lines.first == "── 一 学籍管理工作专项核查 › 1 人员配备（10分）")
    #expect(
      lines.dropFirst().allSatisfy {
        $0.hasPrefix("要求：") || $0.hasPrefix("说明：") || $0.hasPrefix("      ")
      })
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
  }
}
