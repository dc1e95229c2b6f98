import DuchaChecklist
import Testing

/// `学段：` takes 高中 besides the compulsory stages (中小学 forms such as 电白's set a class-size
/// limit for 高中 too), and `高中` in a formula asks whether the unit has that stage.
@Suite struct StageTests {
  static let bigClass = form(
    header: "学段：小学 初中 高中",
    """
      录入 小学最大班额 计数
      录入 高中最大班额 计数
      规则 不得分((小学 且 小学最大班额 > 45) 或 (高中 且 高中最大班额 > 56), 理由="存在大班额现象")
    """)

  @Test func theHeaderTakesThreeStagesInOrder() throws {
    #expect(try checklist(Self.bigClass).stages == [.primary, .junior, .senior])
    let reordered = form(header: "学段：高中、小学", "  规则 不得分(1 > 2)")
    #expect(try checklist(reordered).stages == [.primary, .senior])
  }

  @Test func aFormWithoutStagesCoversCompulsoryEducation() throws {
    #expect(try checklist(form("  规则 不得分(1 > 2)")).stages == [.primary, .junior])
    #expect(Stage.compulsory == [.primary, .junior])
  }

  @Test func aSeniorSchoolIsJudgedByItsOwnLimitAndNeedsNoPrimaryFigure() throws {
    let big = try score(Self.bigClass, answers: ["高中最大班额": .number(57)], stages: [.senior])
    #expect(big.state == .scored(0))
    let fine = try score(Self.bigClass, answers: ["高中最大班额": .number(56)], stages: [.senior])
    #expect(fine.state == .scored(10))
    let primary = try score(
      Self.bigClass, answers: ["小学最大班额": .number(45), "高中最大班额": .number(80)],
      stages: [.primary])
    #expect(primary.state == .scored(10))
  }

  @Test func anUnknownStageNamesTheThreeThereAre() {
    #expect(
      diagnostics(form(header: "学段：大学", "  规则 不得分(1 > 2)")) == [
        "5:4: 错误[E209]: “学段”的值“大学”不对，应当是“小学”“初中”“高中”中的一个或几个，如“小学 初中”。"
      ])
  }
}
