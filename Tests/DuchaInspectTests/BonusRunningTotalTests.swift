import DuchaChecklist
import DuchaInspect
import Foundation
import Testing

/// 金华 A2.2 “4 +1”: the +1 is a 加分项 outside the 23 points of 总分. Answered first, the running
/// total reads 得分 1 / 23 and names the bonus, so 24 of 23 at the end is not taken for a mistake.
@Suite struct BonusRunningTotalTests {
  typealias T = TranscriptTests

  static let options = InspectOptions(
    checklist: "jinhua-yuyan-wenzi", unit: "兰溪市", stages: [.primary, .junior], group: "一组",
    inspectors: ["王静"], date: "2021-11-03", year: 2021)

  @Test func theRunningTotalNamesTheBonusItIncludes() throws {
    let walk = try T.run(input: "到 A2.2⑴加\n是\n退出\n", options: Self.options)
    #expect(walk.output.contains("得分 1 / 1"), "\(walk.output)")
    #expect(walk.output.contains("累计：已评 1/"), "\(walk.output)")
    #expect(walk.output.contains("得分 1 / 23（含加分 1）"), "\(walk.output)")
  }

  @Test func noBonusEarnedSaysNothingOfIt() throws {
    let walk = try T.run(input: "到 A2.2⑴加\n否\n退出\n", options: Self.options)
    #expect(walk.output.contains("得分 0 / 23"), "\(walk.output)")
    #expect(!walk.output.contains("含加分"), "\(walk.output)")
  }
}
