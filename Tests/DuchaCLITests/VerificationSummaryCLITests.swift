import Foundation
import Testing

/// A leader's summary of a verification list (河北 优质均衡 核验表) from two schools' walks.
/// It used to be a scoring summary of a form without points: 总分 不适用, 平均得分0分（满分0分）
/// and 各单位在本表各项均未失分, of a school judged 不达标.
///
/// Hand-computed from the form's thresholds (小学 4.2 / 初中 5.3 per hundred pupils; 骨干 1):
///   城关九年一贯制学校  1.1 27 ÷ 600 × 100 = 4.5 达标   1.2 23 ÷ 450 × 100 = 5.11 不达标
///                       2.1 10 ÷ 600 × 100 = 1.67 达标  2.2  6 ÷ 450 × 100 = 1.33 达标 → 3 / 1
///   西街小学（小学）    1.1 15 ÷ 300 × 100 = 5 达标     2.1  2 ÷ 300 × 100 = 0.67 不达标 → 1 / 1
///                       1.2 and 2.2 不适用 (no 初中)
@Suite struct VerificationSummaryCLITests {
  @Test func verdictsPerUnitAndTheLinesNotMet() throws {
    let work = try CLI.temporaryDirectory("verdict-summary")
    defer { try? FileManager.default.removeItem(at: work) }
    try Self.walkTwoSchools(in: work)
    let summary = try runDucha(
      ["summary", "核验", "--checklists", CLI.checklists], in: work, workingDirectory: work)
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(
      summary.output == """
        河北省县域义务教育优质均衡发展督导评估具体办法·资源配置指标（存储副本所见第1、2项）

        单位                达标  不达标  待定
        ──────────────────  ────  ──────  ────
        城关九年一贯制学校     3       1     0
        西街小学               1       1     0

        未达到要求的项目                              结论    单位
        ────────────────────────────────────────────  ──────  ──────────────────
        1.2 初中（每百名学生拥有高于规定学历教师数）  不达标  城关九年一贯制学校
        2.1 小学（每百名学生拥有县级以上骨干教师数）  不达标  西街小学

        ────────────────────────────────────────

        河北省县域义务教育优质均衡发展督导评估具体办法·资源配置指标（存储副本所见第1、2
        项）检查情况总结（草稿）

        一、基本情况

        本次核验于2021-10-27至2021-10-28共核验2个单位：城关九年一贯制学校、西街小学。
        城关九年一贯制学校：达标3项，不达标1项。
        西街小学：达标1项，不达标1项。

        二、存在问题

        1、1.2 初中（每百名学生拥有高于规定学历教师数）。不达标1个单位：城关九年一贯制学
        校。
        建议：相关单位对照“1.每百名学生拥有高于规定学历教师数:小学、初中分别达到4.2人以
        上、5.3人以上;”的要求逐项整改，明确专人负责，整改情况纳入“回头看”。

        2、2.1 小学（每百名学生拥有县级以上骨干教师数）。不达标1个单位：西街小学。
        建议：相关单位对照“2.每百名学生拥有县级以上骨干教师数:小学、初中均达到1人以上;”
        的要求逐项整改，明确专人负责，整改情况纳入“回头看”。

        三、下一步

        对未达到要求的单位建立问题清单，明确整改要求、责任人和期限，由召集人签字后上报；
        适时开展“回头看”，逐项核实整改情况。

        """)

    // The problem list holds the two lines not met; a verification line has no points to lose.
    let problems = try runDucha(
      ["problems", "build", "核验", "--checklists", CLI.checklists], in: work, workingDirectory: work)
    #expect(problems.status == 0, "\(problems.errors)")
    let list = try JSONSerialization.jsonObject(
      with: Data(contentsOf: work.appendingPathComponent("核验/_问题清单.json")))
    let entries = try #require((list as? [String: Any])?["entries"] as? [[String: Any]])
    #expect(
      entries.map { "\($0["unit"] ?? "") \($0["itemID"] ?? "") \($0["finding"] ?? "")" } == [
        "城关九年一贯制学校 1.2 初中每百名高学历教师数 >= 5.3（初中每百名高学历教师数 = 5.11）不成立：不达标",
        "西街小学 2.1 小学每百名骨干教师数 >= 1（小学每百名骨干教师数 = 0.67）不成立：不达标",
      ])

    // Each school's printed sheet gives every line its verdict and counts them.
    let sheet = try runDucha(
      ["sheet", "核验", "--checklists", CLI.checklists, "-o", "核查记录表.html"], in: work,
      workingDirectory: work)
    #expect(sheet.status == 0, "\(sheet.errors)")
    let page = try String(
      contentsOf: work.appendingPathComponent("核查记录表.html"), encoding: .utf8)
    let text = page.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
      .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    #expect(text.contains("1.2 初中 不达标 初中每百名高学历教师数"), "\(text)")
    #expect(text.contains("核验结果：达标 3 项，不达标 1 项"), "\(text)")
    #expect(text.contains("核验结果：达标 1 项，不达标 1 项"), "\(text)")
    #expect(!text.contains("齐全 0 项"), "\(text)")

    // 回头看 of the school with the line not met: last time's words, the problem re-checked,
    // and the line judged again from new figures: 25 ÷ 450 × 100 = 5.56 ≥ 5.3 达标.
    try CLI.writeScript(
      ["是", "", "否", "600", "27", "", "450", "25", "", "10", "", "6", "", "完成"],
      to: work.appendingPathComponent("回头看.input"))
    let followUp = try runDucha(
      [
        "followup", "核验", "--checklists", CLI.checklists, "--unit", "城关九年一贯制学校", "--inspector",
        "王五", "--date", "2021-12-10", "--sessions", "回头看", "--script", "回头看.input",
      ], in: work, workingDirectory: work)
    #expect(followUp.status == 0, "\(followUp.output)\(followUp.errors)")
    #expect(
      followUp.output.hasPrefix(
        "回头看：城关九年一贯制学校，上次检查 2021-10-27，达标 3，不达标 1；未整改的问题 1 条。"),
      "\(followUp.output)")
    #expect(
      followUp.output.contains(
        "判定：达标\n  = 初中每百名高学历教师数 >= 5.3（初中每百名高学历教师数 = 5.56）：达标"),
      "\(followUp.output)")
    #expect(followUp.output.contains("达标 4，不达标 0\n检查已完成"), "\(followUp.output)")
  }

  /// 城关九年一贯制学校 and 西街小学 walked through the 河北 核验表 into `work/核验` (the
  /// figures above).
  static func walkTwoSchools(in work: URL) throws {
    let walks: [(unit: String, stages: [String], date: String, answers: [String])] = [
      (
        "城关九年一贯制学校", ["小学", "初中"], "2021-10-27",
        ["否", "600", "27", "", "450", "23", "", "10", "", "6", "", "完成"]
      ),
      ("西街小学", ["小学"], "2021-10-28", ["否", "300", "15", "", "", "2", "", "完成"]),
    ]
    for walk in walks {
      let script = work.appendingPathComponent("\(walk.unit).input")
      try CLI.writeScript(walk.answers, to: script)
      let run = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", "hebei-youzhi-junheng",
          "--unit", walk.unit,
        ]
          + walk.stages.flatMap { ["--stage", $0] }
          + [
            "--group", "一组", "--inspector", "王五", "--date", walk.date, "--sessions", "核验",
            "--script", script.path,
          ],
        in: work, workingDirectory: work)
      try #require(run.status == 0, "\(run.output)\(run.errors)")
      try #require(run.output.contains("检查已完成"), "\(run.output)")
    }
  }
}
