import Foundation
import Testing

/// 渔沟小学 was inspected with the 灵璧 form by 李辉 and with the 会理 school form by 张敏; the
/// problem list has both. `followup --unit 渔沟小学` took the 会理 form (the first in the list),
/// asked all 11 open problems under a 会理 follow-up, then re-inspected the 会理 form only,
/// without a word of the other. It now says which checklists hold how many open problems and
/// asks for `--checklist`; with it, only that checklist's problems are asked.
@Suite struct FollowUpTwoChecklistsCLITests {
  /// The folder 第三组 in `work`: 渔沟小学 inspected with both forms, and its problem list.
  static func inspectedTwice(in work: URL) throws -> URL {
    let folder = work.appendingPathComponent("第三组")
    let walk = try CLI.walkAlone(as: "李辉", script: CLI.walkScript, sessions: folder, in: work)
    #expect(walk.status == 0, "\(walk.errors)")
    let answers = ["是", "1", "99.5", "0", "98", "0", "99", "0.5", "98.5", "是", "否"]
    let script = work.appendingPathComponent("会理.input")
    try CLI.writeScript(
      Array(Array(repeating: answers, count: 12).joined()) + ["完成", "是"], to: script)
    let huili = try runDucha(
      [
        "inspect", "--checklists", CLI.checklists, "--checklist", "huili-kaohe-xuexiao", "--unit",
        "渔沟小学", "--stage", "小学", "--group", "三组", "--inspector", "张敏", "--date",
        "2020-11-05", "--year", "2020", "--sessions", folder.path, "--script", script.path,
      ], in: work)
    #expect(huili.status == 0, "\(huili.errors)")
    let checklists = ["--checklists", CLI.checklists]
    let build = try runDucha(["problems", "build", folder.path] + checklists, in: work)
    #expect(build.status == 0, "\(build.errors)")
    return folder
  }

  @Test func aUnitWithProblemsUnderTwoChecklistsIsAskedWhichOne() throws {
    let work = try CLI.temporaryDirectory("followup-two-checklists")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try Self.inspectedTwice(in: work)
    let checklists = ["--checklists", CLI.checklists]

    let followUp = ["followup", folder.path, "--unit", "渔沟小学", "--inspector", "李辉"]
    let refused = try runDucha(
      followUp + ["--date", "2021-12-20"] + checklists, in: work, workingDirectory: work)
    #expect(refused.status == 64)
    #expect(
      refused.errors.hasPrefix(
        "渔沟小学的问题分属 2 张清单：huili-kaohe-xuexiao（未整改 1 条）、lingbi-xueji-2021（未整改 10 条）。"
          + "回头看一次按一张清单复查：请加 --checklist 清单编号（如 --checklist huili-kaohe-xuexiao），每张清单各做一次。\n"),
      "\(refused.output)\(refused.errors)")
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("回头看").path))

    let quit = work.appendingPathComponent("退出.input")
    try CLI.writeScript(["退出"], to: quit)
    let chosen = try runDucha(
      followUp + [
        "--checklist", "lingbi-xueji", "--date", "2021-12-20", "--script", quit.path,
      ] + checklists, in: work, workingDirectory: work)
    #expect(
      chosen.output.contains("回头看：渔沟小学，上次检查 2021-10-27，总分 84.5；未整改的问题 10 条。"),
      "\(chosen.output)\(chosen.errors)")
  }

  /// `ducha show 灵璧` and the inspect prompt take the beginning of a checklist's id, file name
  /// or title; `followup --checklist 灵璧` answered 问题清单里没有“渔沟小学”在清单“灵璧”下的问题,
  /// and `--checklist lingbi-xu` the same. Now the same beginnings choose the checklist, said back.
  @Test func theChecklistIsChosenByTheBeginningOfItsIdFileNameOrTitleAsShowTakesIt() throws {
    let work = try CLI.temporaryDirectory("followup-checklist-beginning")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try Self.inspectedTwice(in: work)
    let quit = work.appendingPathComponent("退出.input")
    try CLI.writeScript(["退出"], to: quit)
    let followUp = [
      "followup", folder.path, "--unit", "渔沟小学", "--inspector", "李辉", "--date", "2021-12-20",
      "--script", quit.path, "--checklists", CLI.checklists,
    ]
    for typed in ["灵璧", "LINGBI-XU", "lingbi-xueji", "灵璧县学籍管理工作专项核查记录表"] {
      let chosen = try runDucha(
        followUp + ["--checklist", typed, "--sessions", work.appendingPathComponent(typed).path],
        in: work, workingDirectory: work)
      #expect(
        chosen.output.contains("回头看：渔沟小学，上次检查 2021-10-27，总分 84.5；未整改的问题 10 条。"),
        "\(typed): \(chosen.output)\(chosen.errors)")
      let saidBack = "→ lingbi-xueji-2021（灵璧县学籍管理工作专项核查记录表）\n"
      // A full id, file name or title names its checklist outright, as `ducha show` takes it:
      // nothing to say back.
      #expect(chosen.output.contains(saidBack) == ["灵璧", "LINGBI-XU"].contains(typed), "\(typed)")
    }
    // The 会理 form by the beginning of its title: only the unit's checklists are candidates.
    let huili = try runDucha(
      followUp + ["--checklist", "会理", "--sessions", work.appendingPathComponent("会理").path],
      in: work, workingDirectory: work)
    #expect(
      huili.output.contains("→ huili-kaohe-xuexiao（会理县义务教育控辍保学工作考核细则(试行)(学校)）\n"),
      "\(huili.output)\(huili.errors)")
    #expect(huili.output.contains("未整改的问题 1 条"), "\(huili.output)")
    // A beginning of neither is refused as before, naming the unit's checklists.
    let neither = try runDucha(
      followUp + ["--checklist", "sichuan"], in: work, workingDirectory: work)
    #expect(neither.status == 64)
    #expect(
      neither.errors.hasPrefix(
        "问题清单里没有“渔沟小学”在清单“sichuan”下的问题；有问题的清单：huili-kaohe-xuexiao、lingbi-xueji-2021。"),
      "\(neither.output)\(neither.errors)")
  }
}
