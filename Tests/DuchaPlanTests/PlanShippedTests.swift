import DuchaChecklist
import DuchaPlan
import Foundation
import Testing

/// The two plans shipped in `docs/plans` parse without a diagnostic and say what the
/// source documents say.
@Suite struct PlanShippedTests {
  @Test func lingbiParsesWithSixGroupsAndTheirLeaders() throws {
    let plan = try PlanTesting.shipped("lingbi-2021.plan")
    #expect(plan.id == "lingbi-2021")
    #expect(plan.checklistIDs == ["lingbi-xueji-2021"])
    #expect(plan.dates.map { "\($0.lowerBound)…\($0.upperBound)" } == "2021-10-26…2021-10-29")
    #expect(plan.groups.map(\.id) == ["一", "二", "三", "四", "五", "六"])
    #expect(plan.groups.map { $0.leader?.name } == ["张徽", "马东海", "李辉", "胡崇江", "高海", "康燕"])
    #expect(plan.groups.map(\.headCount) == [9, 8, 10, 8, 9, 12])
    #expect(plan.groups.map(\.checks.count) == [9, 8, 10, 8, 9, 11])
    #expect(plan.groups.allSatisfy { $0.members.isEmpty && $0.subgroups.isEmpty })
  }

  @Test func lingbiHasNoWarnings() throws {
    let plan = try PlanTesting.shipped("lingbi-2021.plan")
    #expect(PlanChecker.check(plan).map(PlanTesting.shortForm) == [])
  }

  @Test func huiliParsesWithFourBigGroupsOfThreeFiveFourThree() throws {
    let plan = try PlanTesting.shipped("huili-2018.plan")
    #expect(plan.groups.count == 4)
    #expect(plan.groups.allSatisfy { $0.level == .major })
    #expect(plan.groups.map(\.subgroups.count) == [3, 5, 4, 3])
    #expect(plan.groups.map { $0.leader?.name } == ["张黎", "李美桦", "黄明金", "张波"])
    #expect(plan.groups[1].leader?.affiliation == "县委常委、宣传部长")
    let subgroups = plan.groups.flatMap(\.subgroups)
    #expect(subgroups.count == 15)
    #expect(subgroups.allSatisfy { $0.members.count == 4 && $0.headCount == 4 })
  }

  @Test func huiliConvenersAreTheFirstListedMembers() throws {
    let plan = try PlanTesting.shipped("huili-2018.plan")
    let third = try #require(plan.group(named: "第一大组第三小组"))
    #expect(third.members.map(\.name) == ["曾华", "王德程", "蒋映忠", "廖荣"])
    #expect(third.convener?.name == "曾华")
    #expect(
      plan.groups.flatMap(\.subgroups).map { $0.convener?.name } == [
        "杨成伟", "金传权", "曾华", "王志荣", "万泳波", "胡麟", "蔡志国", "张晋", "张兴国", "祁开虹", "王卫华",
        "杨庆丰", "蒋兴德", "杨文莉", "程义祥",
      ])
  }

  @Test func huiliHasNoWarnings() throws {
    let plan = try PlanTesting.shipped("huili-2018.plan")
    #expect(PlanChecker.check(plan).map(PlanTesting.shortForm) == [])
  }

  @Test func theExamplesInTheFormatDocumentParse() throws {
    let text = try String(
      contentsOfFile: PlanTesting.path("docs/plan-format.md"), encoding: .utf8)
    let blocks = text.components(separatedBy: "```").enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element.drop { $0 != "\n" }) }
      .filter { $0.hasPrefix("\n计划 ") }
    #expect(blocks.count == 4)  // the header example, 片区 and 幼儿园, 灵璧 and 会理
    for block in blocks {
      let (plan, diagnostics) = PlanLoader.load(text: block, file: "doc.plan")
      #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.formatted() })")
      #expect(plan != nil)
    }
  }
}
