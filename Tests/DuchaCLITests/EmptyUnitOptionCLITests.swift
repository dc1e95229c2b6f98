import Foundation
import Testing

/// `--unit "$学校"` with the variable unset: sheet said 没有“”的检查记录, notice 问题清单里没有“”的
/// 问题, followup the same with the units after it, and inspect asked for the unit as if no
/// option had been given. Each now says that --unit is empty, with an example and the units
/// there are; inspect says it, then asks on a terminal (a script stops: its lines were not
/// written to answer a question about the unit).
struct EmptyUnitOptionCLITests {
  @Test func anEmptyUnitIsSaidToBeEmpty() throws {
    let directory = try CLI.temporaryDirectory("empty-unit")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try NameMaskingEverywhereTests.walkBoth(in: directory)
    let checklists = ["--checklists", CLI.checklists]
    let build = try runDucha(["problems", "build", folder] + checklists, in: directory)
    #expect(build.status == 0, "\(build.errors)")
    let said = "--unit 后面是空的（多半是变量没有设好）：请写上单位名称，如 --unit 渔沟小学。这里有：渔沟小学。"
    for command in [
      ["sheet", folder, "--unit", "", "-o", "记录表.html"],
      ["notice", folder, "--unit", " ", "-o", "通知书.html"],
    ] {
      let run = try runDucha(command + checklists, in: directory, workingDirectory: directory)
      #expect(run.status != 0)
      #expect(run.errors.hasPrefix(said + "\n"), "\(command): \(run.errors)")
      #expect(
        !FileManager.default.fileExists(atPath: directory.appendingPathComponent(command[5]).path))
    }
    let followup = try runDucha(
      ["followup", folder, "--unit", ""] + checklists, in: directory, workingDirectory: directory)
    // Refused as the command line's mistake, with followup's usage (`FollowUpRefusalCLITests`).
    #expect(followup.status == 64)
    #expect(followup.errors.hasPrefix(said + "\n用法："), "\(followup.output)\(followup.errors)")

    let script = directory.appendingPathComponent("unit.input")
    try CLI.writeScript(["退出"], to: script)
    let inspect = try runDucha(
      [
        "inspect", "--checklist", "lingbi-xueji", "--unit", "", "--sessions",
        directory.appendingPathComponent("新").path, "--script", script.path,
      ] + checklists, in: directory, workingDirectory: directory)
    #expect(inspect.status == 1)
    #expect(
      inspect.output
        == "✗ --unit 后面是空的（多半是变量没有设好）：请写上单位名称，如 --unit 渔沟小学。\n"
        + "不在终端上运行，不再提问：请改正命令行里的 --unit 后重新运行。没有建立检查记录。\n",
      "\(inspect.output)")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("新").path))
  }
}
