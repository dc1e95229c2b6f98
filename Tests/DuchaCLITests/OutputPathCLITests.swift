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

  /// `-o r.html/` (a slash typed after the name, or left by completing a folder's name) was
  /// written as `r.html`, replacing the leader's file of that name without a word; `-o 新建/`
  /// made a file called `新建`. Both are refused, the file left as it was.
  @Test("a file name written the way a folder is refused, the file of that name untouched")
  func folderSpellingIsRefused() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("output-slash")
    defer { laptop.remove() }
    try Data("上周的报告\n".utf8).write(to: laptop.url("r.html"))

    let slash = try laptop.run(["report", "第三组", "-o", "r.html/"])
    #expect(slash.status == 1)
    #expect(
      slash.errors
        == "无法写入 r.html/：末尾的“/”是文件夹的写法，但 r.html 是一个文件，没有改动它。要换掉这个文件，请去掉末尾的“/”；要写到文件夹里，请换一个文件夹名。没有写入任何文件。\n"
    )
    #expect(try String(contentsOf: laptop.url("r.html"), encoding: .utf8) == "上周的报告\n")

    let missing = try laptop.run(["summary", "第三组", "--format", "md", "-o", "新建/"])
    #expect(missing.status == 1)
    #expect(
      missing.errors
        == "无法写入 新建/：末尾的“/”是文件夹的写法，但没有“新建”这个文件夹。请写文件名，如 新建.md；或先建好这个文件夹，再写 新建/结果.md。没有写入任何文件。\n"
    )
    #expect(!FileManager.default.fileExists(atPath: laptop.url("新建").path))

    // A folder that exists, with the slash, is the folder message as before.
    try FileManager.default.createDirectory(
      at: laptop.url("报告"), withIntermediateDirectories: true)
    let folder = try laptop.run(["report", "第三组", "--format", "xlsx", "-o", "报告/"])
    #expect(folder.status == 1)
    #expect(
      folder.errors == "无法写入 报告/：这是一个文件夹。请在后面写上文件名，如 报告/结果.xlsx。没有写入任何文件。\n")
  }
}
