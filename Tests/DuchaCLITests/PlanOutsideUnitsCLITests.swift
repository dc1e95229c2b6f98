import Foundation
import Testing

/// The plan names 渔沟 (the short name) and 冯庙小学; the folder holds 渔沟小学's and 韦集小学's
/// records. `summary --plan` summarised neither and listed 渔沟 under 尚未检查 without a word of
/// the two records it left out. It now names them and says how to match a name (又名).
@Suite struct PlanOutsideUnitsCLITests {
  static let plan = """
    计划 field-2021
    标题：灵璧县2021年学籍管理工作检查
    年度：2021
    清单：lingbi-xueji-2021
    必查：小学

    单位 渔沟 小学
    单位 冯庙小学 小学

    组 三
      组长：张徽
      检查：渔沟、冯庙小学

    """

  @Test func recordsOfUnitsOutsideThePlanAreNamed() throws {
    let work = try CLI.temporaryDirectory("plan-outside")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoUnits(in: work)
    let planFile = work.appendingPathComponent("检查计划.plan")
    try Data(Self.plan.utf8).write(to: planFile)
    let note =
      "注意：文件夹里有 2 个单位不在计划里，它们的记录没有汇总：渔沟小学、韦集小学。计划里的单位名称不同的，请在计划里给它加“又名”。\n"
    for group in [[], ["--group", "三"]] {
      let run = try runDucha(
        ["summary", folder.path, "--plan", planFile.path] + group + [
          "--checklists", CLI.checklists,
        ], in: work)
      #expect(run.errors.contains(note), "\(group): \(run.errors)")
    }
  }
}
