import DuchaChecklist
import DuchaPlan
import Testing

/// `PlanChecker`'s warnings, each with its exact text, location and fix.
@Suite struct PlanCheckerTests {
  static let header = """
    计划 检查
    标题：检查
    清单：lingbi-xueji-2021
    单位 下中 中学
    单位 尤中 中学
    单位 朱中 中学

    """

  @Test func inspectorCheckingTheirOwnUnitIsWarnedAtTheirName() throws {
    let plan = try PlanTesting.plan(
      Self.header + """
        组 一
          组长：张徽
          组员：王某（尤中）、李某（下中）
          检查：下中、尤中
        组 二
          检查：朱中
        """, file: "own.plan")
    let warnings = PlanChecker.check(plan)
    #expect(warnings.count == 2)
    let first = try #require(warnings.first)
    #expect(first.severity == .warning)
    #expect(first.code == "P401")
    #expect(first.location == SourceLocation(file: "own.plan", line: 9, column: 6))
    #expect(
      first.formatted() == """
        own.plan:9:6: 警告[P401]: 组员“王某”来自“尤中”，第一组又检查“尤中”：被检查单位的抽调人员，不参与对本单位的检查。
          改法：把王某调到不检查“尤中”的组或小组；调不开时，检查“尤中”时请其回避，可做好迎查工作。
        """)
    #expect(
      first.formatted(.english) == """
        own.plan:9:6: warning[P401]: 王某 comes from '尤中' but 第一组 checks '尤中': staff seconded from a unit do not inspect it.
          fix: move 王某 to a group that does not check '尤中', or have them stand aside for those visits.
        """)
    #expect(warnings[1].location == SourceLocation(file: "own.plan", line: 9, column: 13))
    #expect(warnings[1].message.zh.hasPrefix("组员“李某”来自“下中”"))
  }

  @Test func splittingIntoSubgroupsThatSwapUnitsSilencesTheWarning() throws {
    let warnings = try PlanTesting.warnings(
      Self.header + """
        组 一
          组员：王某（尤中）、李某（下中）
          检查：下中、尤中
          小组 一
            组员：王某（尤中）
            检查：下中
          小组 二
            组员：李某（下中）
            检查：尤中
        组 二
          检查：朱中
        """)
    #expect(warnings == [])
  }

  @Test func aUnitInTwoGroupsIsWarnedWhereTheSecondGroupNamesIt() throws {
    let warnings = try PlanTesting.warnings(
      Self.header + """
        组 一
          检查：下中、尤中
        组 二
          检查：朱中、尤中
        """)
    #expect(warnings == ["10:9: 警告[P402]: 单位“尤中”分给了两个组：第一组（第 8 行）和第二组。"])
  }

  @Test func aUnitInNoGroupIsWarnedAtItsDeclaration() throws {
    let plan = try PlanTesting.plan(
      Self.header + """
        组 一
          检查：下中、尤中
        """)
    let warnings = PlanChecker.check(plan)
    #expect(warnings.map(PlanTesting.shortForm) == ["6:4: 警告[P403]: 单位“朱中”没有分给任何组。"])
    #expect(
      warnings.first?.fix?.zh
        == "在某个组的“检查：”里写上“朱中”，或用“属于”把它归到某组检查的乡镇、中心学校；这次本来不查它的话，可以不管这条提醒。")
  }

  @Test func aUnitUnderACheckedTownshipCountsAsChecked() throws {
    let warnings = try PlanTesting.warnings(
      """
      计划 属于
      标题：属于
      清单：huili-hecha
      单位 通安镇 乡镇
      单位 通安小学 完小 属于 通安镇
      组 一
        检查：通安镇
      """)
    #expect(warnings == [])
  }

  @Test func headCountAgainstTheNamesListed() throws {
    let warnings = try PlanTesting.warnings(
      Self.header + """
        组 一
          人数：3
          组员：甲、乙
          检查：下中、尤中、朱中
        """)
    #expect(warnings == ["8:6: 警告[P405]: 第一组写的人数是 3，列出的组员是 2 人。"])
  }

  @Test func checkingANameNoUnitDeclaresIsWarnedWithASuggestion() throws {
    let warnings = try PlanTesting.warnings(
      Self.header + """
        组 一
          检查：下中、尤中、朱忠、朱中
        """)
    #expect(warnings == ["8:12: 警告[P404]: 第一组检查的“朱忠”没有用“单位”声明。是不是“朱中”？"])
  }
}
