import DuchaSession
import Foundation
import Testing

/// 李辉 answers one question at 渔沟小学, types 退出, and the next morning presses ↑ for
/// yesterday's `ducha inspect …` instead of `ducha resume`. A second, empty record was started
/// without a word, and yesterday's answer waited in a file nobody resumed. Now the new record
/// says the earlier one is there and how to go on with it; 王雷's own record of the school
/// (another inspector of the team) is not mistaken for it.
@Suite struct StartedAgainCLITests {
  @Test func theEarlierUnfinishedRecordIsNamedWithTheCommandToResumeIt() throws {
    let work = try CLI.temporaryDirectory("started-again")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeScript(["1", "学籍管理员为兼职", "退出"], to: work.appendingPathComponent("第一天.input"))
    try CLI.writeScript(["退出"], to: work.appendingPathComponent("第二天.input"))
    func inspect(_ inspector: String, _ date: String, _ script: String) throws -> Finished {
      try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--unit",
          "渔沟小学", "--stage", "小学", "--group", "三组", "--inspector", inspector, "--date", date,
          "--sessions", "记录", "--script", script,
        ], in: work, workingDirectory: work)
    }
    let first = try inspect("李辉", "2021-10-27", "第一天.input")
    #expect(first.status == 2, "\(first.errors)")
    let earlier = try #require(
      SessionFiles.sessionFiles(in: work.appendingPathComponent("记录")).first)
    let id = try SessionFiles.load(earlier).id

    let again = try inspect("李辉", "2021-10-28", "第二天.input")
    #expect(
      again.output.contains(
        "每个回答都会立即存盘。输入“帮助”查看命令。\n"
          + "注意：这里还有一份未完成的渔沟小学检查（2021-10-27，李辉，已答 1 个问题，编号 \(id)）。"
          + "如果是接着那一次检查，请输入“退出”，再运行 ducha resume \(id)；刚建立的这一份还没有回答。\n"),
      "\(again.output)")

    let colleague = try inspect("王雷", "2021-10-28", "第二天.input")
    #expect(colleague.output.contains("已建立检查记录"), "\(colleague.output)")
    #expect(!colleague.output.contains("未完成的渔沟小学检查"), "\(colleague.output)")
  }
}
