import Foundation
import Testing

/// An inspector with two unfinished inspections of one school (the registry check and the
/// ledger list) runs `ducha resume 渔沟小学` and, at “继续哪一个（序号或单位名）”, types 退出.
@Suite("Leaving the choice of an inspection to resume")
struct ResumeChoiceCLITests {
  @Test("退出 at the number question leaves both untouched and says how to choose next time")
  func quitAtTheChoice() throws {
    let work = try CLI.temporaryDirectory("resume-choice")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("退出.input"))
    for checklist in ["lingbi-xueji", "huili-taizhang"] {
      let start = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", checklist, "--unit", "渔沟小学",
          "--stage", "小学", "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27",
          "--sessions", "记录", "--script", "退出.input",
        ], in: work, workingDirectory: work)
      #expect(start.output.contains("已建立检查记录"), "\(start.output)\(start.errors)")
    }
    let folder = work.appendingPathComponent("记录")
    let before = try SessionFiles.sessionFiles(in: folder).map { try Data(contentsOf: $0) }

    let resume = try runDucha(
      [
        "resume", "渔沟小学", "--checklists", CLI.checklists, "--sessions", "记录", "--script",
        "退出.input",
      ],
      in: work, workingDirectory: work)
    #expect(resume.output.contains("继续哪一个（序号或单位名）（回车=1）> 退出"))
    #expect(!resume.output.contains("是命令，不是要填的内容"))
    #expect(resume.status == 2)
    #expect(
      resume.errors.contains(
        "脚本读完时还没选定要继续的检查（退出码 2）：没有打开、也没有改动任何记录。请在脚本里写上序号，或直接指定：ducha resume <编号或单位>。"))
    #expect(!resume.errors.contains("没有建立检查记录"))
    let after = try SessionFiles.sessionFiles(in: folder).map { try Data(contentsOf: $0) }
    #expect(before == after)
  }

  @Test("Named by the school, a finished inspection is listed as finished, not as unfinished")
  func finishedAndUnfinishedOfOneSchool() throws {
    let work = try CLI.temporaryDirectory("resume-both")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoUnits(in: work)  // both walks end with 完成
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("退出.input"))
    let start = try runDucha(
      [
        "inspect", "--checklists", CLI.checklists, "--checklist", "huili-taizhang", "--unit",
        "渔沟小学", "--stage", "小学", "--group", "三组", "--inspector", "李辉", "--date", "2021-10-28",
        "--sessions", folder.path, "--script", "退出.input",
      ], in: work, workingDirectory: work)
    #expect(start.output.contains("已建立检查记录"), "\(start.output)\(start.errors)")

    let resume = try runDucha(
      ["resume", "渔沟小学", "--checklists", CLI.checklists, "--sessions", folder.path], in: work,
      workingDirectory: work)
    // Listed most recently saved first; both may be saved within one second, so the order
    // of the two rows is not asserted.
    let listed = resume.output.components(separatedBy: "\n").prefix(3).map {
      $0.replacingOccurrences(of: #"  [0-9a-f]{8}$"#, with: "  <编号>", options: .regularExpression)
        .replacingOccurrences(of: #"^  [12]  "#, with: "  n  ", options: .regularExpression)
    }
    #expect(listed.first == "“渔沟小学”的检查：", "\(resume.output)")
    #expect(
      listed.dropFirst().sorted() == [
        "  n  2021-10-27  渔沟小学  lingbi-xueji-2021  李辉、王雷  已完成（打开作更正）  <编号>",
        "  n  2021-10-28  渔沟小学  huili-taizhang  李辉  到 1.1  <编号>",
      ], "\(resume.output)")
  }

  /// The README says an inspection is chosen by its number; `ducha resume 2` as the argument
  /// was looked up as an id and answered “找不到检查记录“2””.
  @Test("ducha resume N continues the inspection listed as N")
  func resumeByTheListedNumber() throws {
    let work = try CLI.temporaryDirectory("resume-number")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("退出.input"))
    for unit in ["渔沟小学", "大路小学"] {
      let start = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--unit", unit,
          "--stage", "小学", "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27",
          "--sessions", "记录", "--script", "退出.input",
        ], in: work, workingDirectory: work)
      #expect(start.output.contains("已建立检查记录"), "\(start.output)\(start.errors)")
    }
    let list = try runDucha(
      ["resume", "--checklists", CLI.checklists, "--sessions", "记录", "--script", "退出.input"],
      in: work, workingDirectory: work)
    let second = try #require(
      list.output.components(separatedBy: "\n").first { $0.hasPrefix("  2  ") }, "\(list.output)")
    let unit = try #require(["渔沟小学", "大路小学"].first { second.contains($0) })

    let resume = try runDucha(
      ["resume", "2", "--checklists", CLI.checklists, "--sessions", "记录", "--script", "退出.input"],
      in: work, workingDirectory: work)
    #expect(resume.output.contains("继续：\(unit)"), "\(resume.output)\(resume.errors)")
    #expect(!resume.output.contains("继续哪一个"))

    let beyond = try runDucha(
      ["resume", "3", "--checklists", CLI.checklists, "--sessions", "记录", "--script", "退出.input"],
      in: work, workingDirectory: work)
    #expect(beyond.status == 1)
    #expect(
      (beyond.output + beyond.errors).contains(
        "没有第 3 个未完成的检查（共 2 个）。不带参数运行 ducha resume 可列出它们。"))
  }

  @Test("退出 at 选择清单 cancels the new inspection at once")
  func quitAtTheChecklistChoice() throws {
    let work = try CLI.temporaryDirectory("choice-quit")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("退出.input"))
    let run = try runDucha(
      ["inspect", "--checklists", CLI.checklists, "--sessions", "记录", "--script", "退出.input"],
      in: work, workingDirectory: work)
    #expect(run.output.contains("选择清单（序号或编号）> 退出\n已取消，没有建立检查记录。"), "\(run.output)")
    #expect(!run.output.contains("是命令，不是要填的内容"))
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("记录").path))
  }

  @Test("two inspectors' unfinished inspections of one school on one laptop say whose each is")
  func twoInspectorsOnOneLaptop() throws {
    let work = try CLI.temporaryDirectory("resume-whose")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("退出.input"))
    for inspector in ["李辉", "王雷"] {
      let start = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--unit",
          "渔沟小学", "--stage", "小学", "--group", "三组", "--inspector", inspector, "--date",
          "2021-10-27", "--sessions", "记录", "--script", "退出.input",
        ], in: work, workingDirectory: work)
      #expect(start.status == 2, "\(start.output)\(start.errors)")
    }
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("选择.input"))
    let resume = try runDucha(
      ["resume", "--checklists", CLI.checklists, "--sessions", "记录", "--script", "选择.input"],
      in: work, workingDirectory: work)
    let listed = resume.output.components(separatedBy: "\n").prefix(3).map {
      $0.replacingOccurrences(of: #"  [0-9a-f]{8}$"#, with: "  <编号>", options: .regularExpression)
        .replacingOccurrences(of: #"^  [12]  "#, with: "  n  ", options: .regularExpression)
    }
    #expect(listed.first == "未完成的检查：", "\(resume.output)")
    #expect(
      listed.dropFirst().sorted() == [
        "  n  2021-10-27  渔沟小学  lingbi-xueji-2021  李辉  到 1  <编号>",
        "  n  2021-10-27  渔沟小学  lingbi-xueji-2021  王雷  到 1  <编号>",
      ], "\(resume.output)")
  }

  /// Two schools' inspections listed by `ducha resume`: 城关镇 typed at the choice (the name on
  /// its row) was refused with 请输入 1 到 2 的序号; the unit's name, or the id at the end of
  /// the row, now chooses it.
  @Test("the unit's name typed at the choice opens that inspection")
  func chosenByUnitName() throws {
    let work = try CLI.temporaryDirectory("resume-by-name")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("退出.input"))
    for (checklist, unit) in [("lingbi-xueji", "渔沟小学"), ("lingyuan-kongchuo", "城关镇")] {
      let start = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", checklist, "--unit", unit,
          "--stage", "小学", "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27",
          "--sessions", "记录", "--script", "退出.input",
        ], in: work, workingDirectory: work)
      #expect(start.output.contains("已建立检查记录"), "\(start.output)\(start.errors)")
    }
    try CLI.writeScript(["城关镇", "退出"], to: work.appendingPathComponent("选.input"))
    let resume = try runDucha(
      ["resume", "--checklists", CLI.checklists, "--sessions", "记录", "--script", "选.input"],
      in: work, workingDirectory: work)
    #expect(resume.output.contains("继续哪一个（序号或单位名）（回车=1）> 城关镇\n继续：城关镇"), "\(resume.output)")
    #expect(!resume.output.contains("请输入 1 到 2 的序号"), "\(resume.output)")
  }
}
