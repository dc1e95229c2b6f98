import Foundation
import Testing

/// `summary --plan` listed under 尚未检查 every unit the group covers: the 中心学校 渔沟 (visited
/// at its 本部 渔沟小学), 冯庙小学 (a 完小 the draw left out this round) and 实验学校 (which no rule
/// reaches: `plan check` warns P406 that it will never be checked). The leader chased visits
/// nobody was meant to make, and a form with cohort-ranked items waited for them for ever. It now
/// lists the units the rules always visit (必查) and says drawn units count once they have records.
@Suite struct PlanNotInspectedCLITests {
  static let plan = """
    计划 xinhua-2024
    标题：新华县2024年学籍管理工作检查
    年度：2024
    清单：lingbi-xueji-2021
    必查：中学、中心学校本部
    抽查：完小 1所

    单位 渔沟 中心学校
    单位 渔沟小学 完小 属于 渔沟 本部
    单位 韦集小学 完小 属于 渔沟
    单位 冯庙小学 完小 属于 渔沟
    单位 渔沟中学 中学
    单位 实验学校 九年一贯制

    组 三
      组长：张徽
      检查：渔沟、渔沟中学、实验学校

    """

  @Test func onlyUnitsTheRulesAlwaysVisitAreNotInspectedYet() throws {
    let work = try CLI.temporaryDirectory("plan-not-inspected")
    defer { try? FileManager.default.removeItem(at: work) }
    // 渔沟小学 (the 本部) and 韦集小学 (drawn) were inspected; 渔沟中学 (必查) not yet.
    let folder = try CLI.walkTwoUnits(in: work)
    let planFile = work.appendingPathComponent("检查计划.plan")
    try Data(Self.plan.utf8).write(to: planFile)
    for group in [[], ["--group", "三"]] {
      let run = try runDucha(
        ["summary", folder.path, "--plan", planFile.path] + group + [
          "--checklists", CLI.checklists,
        ], in: work)
      #expect(run.status == 0, "\(group): \(run.errors)")
      let lines = run.output.components(separatedBy: "\n")
      #expect(lines.contains("尚未检查：渔沟中学"), "\(group): \(run.output)")
      #expect(lines.contains { $0.contains("渔沟小学") && $0.contains("84.5") })
      #expect(lines.contains { $0.contains("韦集小学") && $0.contains("84.5") })
      #expect(run.output.contains("计划中尚未检查的单位：渔沟中学。"))
      #expect(
        run.errors
          == "注意：第三组按计划另外抽查单位（ducha plan sample）：抽中的单位有记录的照常汇总；抽中而尚未检查的，不列在“尚未检查”里。\n"
      )
    }
  }
}
