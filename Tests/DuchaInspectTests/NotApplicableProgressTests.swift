import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 凌源 at a 初中: 3.1 入学率 and 3.2 毕业率 are `适用：小学`, so of the 14 items 12 apply
/// (1.1–2.6, 3.3–3.6: 10 + 45 + 20 + 15 + 5 + 5 = 100 points). The walk's progress line, the
/// list and `ducha resume` all count 12 and leave 3.1 and 3.2 out.
@Suite struct NotApplicableProgressTests {
  typealias T = TranscriptTests

  static let juniorOptions = InspectOptions(
    checklist: "lingyuan-kongchuo", unit: "凌源市第二初级中学", stages: [.junior], group: "一组",
    inspectors: ["王静"], date: "2021-11-03", year: 2021)

  @Test func progressAndResumeLeaveNotApplicableItemsOut() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    // 1.2 责任落实: three 是 → 5 of 5. Then to 3.1 (not applicable), the list, leave.
    let walk = try T.run(
      input: "到 1.2\n是\n是\n是\n到 3.1\n列表\n退出\n", options: Self.juniorOptions,
      sessions: directory)
    let resumed = try T.run(input: "退出\n", resume: "", sessions: directory)
    try T.compare(walk.output + "────\n" + resumed.output, with: "not-applicable-progress.expected")
    #expect(walk.output.contains("累计：已评 1/12 项，得分 5 / 100；待定 11 项"))
    #expect(walk.output.contains("本单位（初中）不适用此项（适用：小学）。"))
    #expect(resumed.output.contains("已评 1/12 项，从 3.1 继续。"))
  }

  /// 贵州 1.2 生均占地面积 is `适用：新建于2011年后`. At a 小学 built earlier the walk said
  /// “本单位（小学）不适用此项”, as if the item were for 初中 only; it now names the condition
  /// and leaves 学段 out of it.
  @Test func anItemOutByItsConditionSaysWhichCondition() throws {
    let options = InspectOptions(
      checklist: "guizhou-banxue-tiaojian", unit: "城关一小", stages: [.primary], group: "一组",
      inspectors: ["刘芳"], date: "2026-12-06", year: 2026)
    let walk = try T.run(
      input: "2\n东片区服务半径超过3公里\n否\n1200\n\n退出\n", options: options,
      sessions: ResumeAndCorrectionTests.temporaryStore())
    #expect(walk.output.contains("\n本单位不适用此项（适用：新建于2011年后）。\n"), "\(walk.output)")
    #expect(!walk.output.contains("本单位（小学）不适用此项"))
  }
}
