import DuchaChecklist
import DuchaPlan
import Foundation
import Testing

/// The plan language line by line: full-width tolerance, dates, people, lookups, rules.
@Suite struct PlanParserTests {
  @Test func fullWidthPunctuationAndDigitsAreAccepted() throws {
    let plan = try PlanTesting.plan(
      """
      计划 全角
      标题：全角标点
      清单：huili-hecha，huili-taizhang
      单位　下中　中学
      单位 尤中 中学
      组 一
        组长：张黎（县政府副县长）
        组员：王某 （下中）；李某(尤中)
        人数：（２人）
        检查：下中，尤中
        抽查：中学１－２所
      """)
    #expect(plan.checklistIDs == ["huili-hecha", "huili-taizhang"])
    let group = try #require(plan.groups.first)
    #expect(
      group.leader
        == PlanPerson(
          name: "张黎", affiliation: "县政府副县长",
          location: SourceLocation(file: "t.plan", line: 7, column: 6)))
    #expect(group.members.map(\.display) == ["王某（下中）", "李某（尤中）"])
    #expect(group.members.map(\.homeUnit) == ["下中", "尤中"])
    #expect(group.members[1].location.column == 14)
    #expect(group.headCount == 2)
    #expect(group.checks.map(\.unit) == ["下中", "尤中"])
    #expect(group.rule.draw?.kinds == [.secondary])
    #expect(group.rule.draw.map { ($0.minimum, $0.maximum) } ?? (0, 0) == (1, 2))
  }

  /// The notice writes 年度：2026年 (or 2026年度); it was refused as not a four-digit year.
  @Test(arguments: ["2026", "2026年", "2026年度", "２０２６年"])
  func theYearAsTheNoticeWritesIt(_ written: String) throws {
    let plan = try PlanTesting.plan(
      """
      计划 年度
      标题：年度
      年度：\(written)
      清单：lingbi-xueji-2021
      单位 下中 中学
      组 一
        检查：下中
      """)
    #expect(plan.year == 2026)
  }

  /// The fixes of notice-words.plan: the id joined with “-”, the unit line without its space.
  @Test func theFixesGiveTheLineAsItShouldBe() {
    let (_, found) = PlanLoader.load(
      source: SourceText(
        file: "t.plan",
        text: "计划 mx 2026\n标题：某县\n清单：lingbi-xueji-2021\n单位 西山 小学 完小\n组 一\n  检查：西山小学\n"))
    #expect(
      found.map { $0.fix?.zh } == ["写成“计划 mx-2026”（用“-”连接，不空格）。", "写成“单位 西山小学 完小”。"])
  }

  @Test(arguments: [
    ("2021-10-26 至 2021-10-29", "2021-10-26", "2021-10-29"),
    ("2021年10月26日—29日", "2021-10-26", "2021-10-29"),
    ("2018年12月26日至2019年1月2日", "2018-12-26", "2019-01-02"),
    ("2021/10/26", "2021-10-26", "2021-10-26"),
    ("2020-02-29 ~ 3-1", "2020-02-29", "2020-03-01"),
  ])
  func datesAreReadAsTheNoticesWriteThem(_ text: String, _ start: String, _ end: String) throws {
    let plan = try PlanTesting.plan("计划 d\n标题：d\n清单：x\n日期：\(text)\n")
    #expect(plan.dates.map { "\($0.lowerBound)" } == start)
    #expect(plan.dates.map { "\($0.upperBound)" } == end)
  }

  @Test func aNonExistentDayIsAnError() {
    #expect(
      PlanTesting.diagnostics("计划 d\n标题：d\n清单：x\n日期：2021-02-29\n") == [
        "4:4: 错误[P206]: “日期”的值“2021-02-29”不对，应当是“2021-10-26”或“2021-10-26 至 2021-10-29”。"
      ])
  }

  @Test func continuationLinesAndTrailingCommentsAreHandled() throws {
    let plan = try PlanTesting.plan(
      """
      计划 接续   # 编号后面的注释
      标题：标题里的 # 不是注释
      清单：x
      说明：第一行
      ｜第二行
      单位 下中 中学     # 注释
      组 一 城区组        # 组名
        说明：组的说明
        | 接着写
        检查：下中   # 注释
      """)
    #expect(plan.id == "接续")
    #expect(plan.title == "标题里的 # 不是注释")
    #expect(plan.notes == ["第一行\n第二行"])
    #expect(plan.groups[0].name == "城区组")
    #expect(plan.groups[0].notes == ["组的说明\n接着写"])
    #expect(plan.groups[0].checks.map(\.name) == ["下中"])
  }

  @Test func unitsCarryKindStagesParentAndAliases() throws {
    let plan = try PlanTesting.plan(
      """
      计划 单位
      标题：单位
      清单：x
      单位 下楼 中心校 又名 下楼中心学校、下楼中心校
      单位 下楼中心小学 完全小学 属于 下楼 本部
      单位 实验 学校 学段 初中 小学
      单位 通安镇 镇
      组 一
        检查：下楼、实验、通安镇
      """)
    #expect(plan.units.map(\.kind) == [.centralSchool, .completePrimary, .school, .township])
    #expect(plan.units.map(\.stages) == [[.primary], [.primary], [.primary, .junior], []])
    #expect(plan.units[1].parent == "下楼")
    #expect(plan.units[1].isMainCampus)
    #expect(plan.unit(named: "下楼中心学校")?.name == "下楼")
    #expect(plan.unit(named: " 下楼 中心校 ")?.name == "下楼")
    #expect(plan.units[3].sessionUnit.kind == .township)
    #expect(plan.units[0].sessionUnit == .init(name: "下楼", kind: .school, stages: [.primary]))
  }

  @Test func groupsAreFoundByNumberNameOrQualifiedNumber() throws {
    let plan = try PlanTesting.shipped("huili-2018.plan")
    for name in ["三", "3", "第三大组", "三大组"] {
      #expect(plan.group(named: name)?.qualifiedID == "三", "\(name)")
    }
    for name in ["一.二", "1.2", "1-2", "第一大组第二小组", "一大组二小组"] {
      #expect(plan.group(named: name)?.qualifiedID == "一.二", "\(name)")
    }
    #expect(plan.group(named: "五") == nil)
    #expect(plan.group(named: "") == nil)
  }

  @Test func unitsOfAGroupAndTheGroupOfAUnit() throws {
    let plan = try PlanTesting.plan(
      """
      计划 查找
      标题：查找
      清单：x
      单位 通安镇 乡镇
      单位 通安小学 完小 属于 通安镇
      单位 一中 中学 又名 会理一中
      大组 一
        小组 一
          检查：一中
        小组 二
          检查：通安镇
      """)
    #expect(plan.units(checkedByGroupNamed: "一")?.map(\.name) == ["一中", "通安镇", "通安小学"])
    #expect(plan.units(checkedByGroupNamed: "1.2")?.map(\.name) == ["通安镇", "通安小学"])
    #expect(plan.units(checkedByGroupNamed: "二") == nil)
    #expect(plan.group(checking: "通安小学")?.qualifiedID == "一.二")
    #expect(plan.group(checking: "会理一中")?.name == "第一大组第一小组")
    #expect(plan.group(checking: "二中") == nil)
  }

  @Test func rulesAreInheritedFieldByField() throws {
    let plan = try PlanTesting.plan(
      """
      计划 规则
      标题：规则
      清单：x
      必查：中学
      抽查：完小 1-2所
      单位 下中 中学
      组 一
        检查：下中
      组 二
        必查：全部
        抽查：不抽
        检查：下中
      组 三
        抽查：2所
        检查：下中
      """)
    let rules = plan.groups.map(\.rule)
    #expect(rules[0].mustCheck == [.kind(.secondary)])
    #expect(rules[0].draw?.kinds == [.completePrimary])
    #expect(
      rules[1]
        == SamplingRule(
          mustCheck: [.everything], draw: nil,
          mustCheckLocation: SourceLocation(file: "t.plan", line: 10, column: 6)))
    #expect(rules[2].mustCheck == [.kind(.secondary)])
    #expect(rules[2].draw.map { [$0.minimum, $0.maximum] } == [2, 2])
    #expect(rules[2].draw?.kinds == [])
  }

  @Test func withoutAnyRuleEveryUnitIsChecked() throws {
    let plan = try PlanTesting.plan("计划 全\n标题：全\n清单：x\n单位 下中 中学\n组 一\n  检查：下中\n")
    #expect(plan.groups[0].rule == .checkEverything)
  }

  @Test func gb18030PlansAreConvertedWithAWarning() throws {
    let text = "计划 编码\n标题：编码\n清单：x\n单位 下中 中学\n组 一\n  检查：下中\n"
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    let data = try #require(text.data(using: gb18030))
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plan-gb18030-\(UUID().uuidString).plan"
    ).path
    try data.write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (plan, diagnostics) = PlanLoader.load(path: path)
    #expect(diagnostics.map(PlanTesting.shortForm) == ["1:1: 警告[P102]: 文件是 GB18030/GBK 编码，已自动转换。"])
    #expect(plan?.groups.first?.checks.first?.unit == "下中")
  }

  @Test func binaryAndMissingFilesAreP101() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plan-binary-\(UUID().uuidString).plan"
    ).path
    try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(PlanLoader.load(path: path).1.map(\.code) == ["P101"])
    #expect(PlanLoader.load(path: path + ".missing").1.map(\.code) == ["P101"])
  }

  @Test func everyPrefixOfAShippedPlanLoadsWithoutCrashing() throws {
    let text = try String(
      contentsOfFile: PlanTesting.path("docs/plans/huili-2018.plan"), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for count in 0...lines.count {
      let prefix = lines.prefix(count).joined(separator: "\n")
      let (plan, diagnostics) = PlanLoader.load(text: prefix, file: "p.plan")
      #expect((plan == nil) == diagnostics.hasErrors)
      #expect(diagnostics.allSatisfy { $0.fix != nil })
    }
  }
}
