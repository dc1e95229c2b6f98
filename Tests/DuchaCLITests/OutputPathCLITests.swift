import DuchaSession
import Foundation
import Testing

/// A leader writes the report into a folder not made yet (`-o 报告/第三组.html`), or names a
/// folder instead of a file (`-o 报告`). The message was the system's own, in English
/// (`Error Domain=NSCocoaErrorDomain Code=4 "The file doesn’t exist." UserInfo={…}`); now it
/// says which folder is missing or that the path is a folder, what to do, and that nothing was
/// written. End to end with the binary, from a folder outside the repository.
@Suite("-o into a folder that is not there", .serialized)
struct OutputPathCLITests {
  @Test("a missing folder, or a folder for a file, is said in words to act on")
  func missingFolderOrFolderIsSaid() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("output-path")
    defer { laptop.remove() }

    let missing = try laptop.run(["report", "第三组", "-o", "报告/第三组.html"])
    #expect(missing.status == 1)
    #expect(
      missing.errors
        == "无法写入 报告/第三组.html：没有“报告”这个文件夹（路径写错了，或还没有建）。请先建好这个文件夹，或写到已有的文件夹里。没有写入任何文件。\n")
    #expect(!FileManager.default.fileExists(atPath: laptop.url("报告").path))

    try FileManager.default.createDirectory(
      at: laptop.url("报告"), withIntermediateDirectories: true)
    let folder = try laptop.run(["report", "第三组", "--format", "xlsx", "-o", "报告"])
    #expect(folder.status == 1)
    #expect(
      folder.errors == "无法写入 报告：这是一个文件夹。请在后面写上文件名，如 报告/结果.xlsx。没有写入任何文件。\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: laptop.url("报告").path).isEmpty)

    // The registry check says it the same way.
    try FileManager.default.copyItem(
      at: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv"),
      to: laptop.url("名单.csv"))
    let roster = try laptop.run(["roster", "check", "名单.csv", "-o", "学籍/核查.json"])
    #expect(roster.status == 1)
    #expect(
      roster.errors.hasSuffix(
        "无法写入 学籍/核查.json：没有“学籍”这个文件夹（路径写错了，或还没有建）。请先建好这个文件夹，或写到已有的文件夹里。没有写入任何文件。\n"),
      "\(roster.errors)")

    // Once the folder is there, the same command writes the report.
    let written = try laptop.run(["report", "第三组", "-o", "报告/第三组.html"])
    #expect(written.status == 0, "\(written.errors)")
    #expect(written.output == "已写入：报告/第三组.html\n")
  }
}
