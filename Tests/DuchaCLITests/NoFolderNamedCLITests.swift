import Foundation
import Testing

/// `ducha summary` typed with no folder on the inspector's own laptop: the sessions are in
/// `Sessions/` (where `ducha inspect` keeps them), and the message says to add that word, in
/// Chinese alone (no English `Error:` and usage after it).
@Suite struct NoFolderNamedCLITests {
  @Test func theMessageNamesTheLocalSessionsFolder() throws {
    let directory = try CLI.temporaryDirectory("nofolder")
    defer { try? FileManager.default.removeItem(at: directory) }
    let bare = try runDucha(["summary"], in: directory, workingDirectory: directory)
    #expect(bare.status == 64)
    #expect(
      bare.errors
        == "请写检查记录所在的文件夹，或用 --server 从县服务器取\n用法：ducha summary [<options>] [<folders> ...]\n  全部选项：ducha summary --help\n",
      "\(bare.errors)")

    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("Sessions"), withIntermediateDirectories: false)
    let local = try runDucha(["problems", "build"], in: directory, workingDirectory: directory)
    #expect(local.status == 64)
    #expect(
      local.errors.hasPrefix(
        "请写检查记录所在的文件夹（本机检查的记录在 Sessions 里：在命令后面加 Sessions），或用 --server 从县服务器取\n用法：ducha problems build "
      ),
      "\(local.errors)")
    // In English, the English half alone (it printed both halves under --lang en).
    let english = try runDucha(
      ["summary", "--lang", "en"], in: directory, workingDirectory: directory)
    #expect(english.status == 64)
    #expect(
      english.errors.hasPrefix(
        "name a folder (this computer's own sessions are in Sessions), or --server\n"))
  }
}
