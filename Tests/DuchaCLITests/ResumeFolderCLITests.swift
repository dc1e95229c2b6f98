import Foundation
import Testing

/// An inspector who keeps the sessions in a folder of their own (`--sessions 记录`) types
/// `ducha resume 记录`, or drags the session file into the terminal from another folder; both
/// were answered “找不到检查记录” (only a session of `Sessions/` was looked for). The folder is
/// the sessions folder; a file is continued from its own folder.
struct ResumeFolderCLITests {
  @Test func aFolderOrAFileNamedIsContinued() throws {
    let lines = try CLI.walkLines()
    let directory = try CLI.temporaryDirectory("resume-folder")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("记录")
    // The first 42 lines, then end of input: ducha saves and leaves inside item 3.
    let first = directory.appendingPathComponent("first.input")
    try CLI.writeScript(Array(lines[..<42]), to: first)
    let started = try runDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", "记录", "--script", first.path],
      in: directory, workingDirectory: directory)
    #expect(started.status == 2)
    let file = try #require(SessionFiles.sessionFiles(in: sessions).first)
    let empty = directory.appendingPathComponent("empty.input")
    try CLI.writeScript([], to: empty)

    let byFolder = try runDucha(
      ["resume", "记录", "--checklists", CLI.checklists, "--script", empty.path],
      in: directory, workingDirectory: directory)
    #expect(byFolder.status == 2, "\(byFolder.output)\(byFolder.errors)")
    #expect(byFolder.output.hasPrefix("继续：渔沟小学 · "), "\(byFolder.output.prefix(300))")
    #expect(!byFolder.output.contains("找不到检查记录"))

    // From another folder, the file's whole path.
    let elsewhere = directory.appendingPathComponent("别处")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
    let byFile = try runDucha(
      ["resume", file.path, "--checklists", CLI.checklists, "--script", empty.path],
      in: directory, workingDirectory: elsewhere)
    #expect(byFile.status == 2, "\(byFile.output)\(byFile.errors)")
    #expect(byFile.output.hasPrefix("继续：渔沟小学 · "), "\(byFile.output.prefix(300))")
    #expect(byFile.output.contains("已保存：\(file.path)。"), "\(byFile.output.suffix(300))")
    // Nothing was made in the folder it was run from.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)

    // A name that is neither a folder nor a file is still looked for in the sessions folder.
    let unknown = try runDucha(
      ["resume", "大庙中学", "--sessions", "记录", "--checklists", CLI.checklists],
      in: directory, workingDirectory: directory)
    #expect(unknown.status == 1)
    #expect(
      unknown.output + unknown.errors
        == "✗ 找不到检查记录“大庙中学”。不带参数运行 ducha resume 可列出未完成的检查。\n")
  }
}
