import Foundation
import Testing

/// The leader copied each inspector's folder into the team's: `第三组/李辉/…json`,
/// `第三组/王雷/…json`. `summary 第三组` said only that 第三组 holds no session files; with one
/// record in 第三组 itself, the others were left out without a word. Both now name the
/// subfolders and say to move the files into 第三组.
@Suite struct SubfolderRecordsCLITests {
  @Test func recordsInSubfoldersAreNamed() throws {
    let work = try CLI.temporaryDirectory("subfolders")
    defer { try? FileManager.default.removeItem(at: work) }
    let walked = try CLI.walkTwoUnits(in: work)
    let team = work.appendingPathComponent("组")
    let manager = FileManager.default
    for (inspector, unit) in [("李辉", "渔沟小学"), ("王雷", "韦集小学")] {
      let folder = team.appendingPathComponent(inspector)
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
      let file = try CLI.sessionFile(of: unit, in: walked)
      try manager.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
    }
    let checklists = ["--checklists", CLI.checklists]
    let empty = try runDucha(["summary", "组"] + checklists, in: work, workingDirectory: work)
    #expect(empty.status == 1)
    #expect(
      empty.errors
        == "组 里没有检查记录文件（*.json），没有可汇总的内容。\n"
        + "组 的子文件夹 李辉、王雷 里有检查记录文件；ducha 只读所写的文件夹，不读子文件夹。请把这些记录文件都移到 组 里，再运行这条命令。\n",
      "\(empty.errors)")

    let file = try CLI.sessionFile(of: "渔沟小学", in: team.appendingPathComponent("李辉"))
    try manager.moveItem(at: file, to: team.appendingPathComponent(file.lastPathComponent))
    let part = try runDucha(["summary", "组"] + checklists, in: work, workingDirectory: work)
    #expect(part.status == 0, "\(part.errors)")
    #expect(
      part.errors.contains(
        "注意：组 的子文件夹 王雷 里还有检查记录文件，没有读入（ducha 只读所写的文件夹，不读子文件夹）。它们也要汇总的话，请移到 组 里。\n"),
      "\(part.errors)")
  }
}
