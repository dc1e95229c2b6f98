import DuchaSession
import Foundation
import Testing

/// A session received over WeChat and saved by a phone or a file manager as `….json.txt` (or
/// `….JSON`) used to be skipped without a word: the summary counted one school fewer and said
/// nothing. Now the file is named with the name to give it, and the summary stops (exit 3)
/// unless `--allow-partial`, as for any session it cannot use.
@Suite struct RenamedSessionFileTests {
  @Test func aSessionRenamedByAMessengerIsNamedNotSilentlyLeftOut() throws {
    let directory = try CLI.temporaryDirectory("renamed")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let received = try CLI.sessionFile(of: "渔沟小学", in: folder)
    let renamed = folder.appendingPathComponent(received.lastPathComponent + ".txt")
    try FileManager.default.moveItem(at: received, to: renamed)
    // A photo and the leader's own files beside the sessions are not sessions: nothing is said.
    try Data([0xFF, 0xD8]).write(to: folder.appendingPathComponent("照片1.jpg"))

    let base = ["--checklists", CLI.checklists]
    let stopped = try runDucha(["summary", folder.path] + base, in: directory)
    #expect(stopped.status == 3)
    #expect(stopped.output == "")
    #expect(
      stopped.errors.hasPrefix(
        "✗ \(renamed.path)：文件名不以 .json 结尾（多半是微信或电脑改了扩展名），没有读入。"
          + "如果它是检查记录，请改名为 \(received.lastPathComponent) 后再运行；文件没有改动。\n"),
      Comment(rawValue: stopped.errors))
    #expect(!stopped.errors.contains("照片1.jpg"))

    let partial = try runDucha(["summary", folder.path, "--allow-partial"] + base, in: directory)
    #expect(partial.status == 0, Comment(rawValue: partial.errors))
    #expect(partial.output.contains("韦集小学"))
    #expect(!partial.output.contains("渔沟小学"))
    #expect(partial.errors.contains("请改名为 \(received.lastPathComponent) 后再运行"))

    let english = try runDucha(
      ["summary", folder.path, "--allow-partial", "--lang", "en"] + base, in: directory)
    #expect(
      english.errors.contains(
        "\(renamed.path): the name does not end in .json (a messenger or the computer changed it),"
          + " so it was not read. If it is a session, rename it to \(received.lastPathComponent)"
          + " and run again; the file was left untouched."))

    // Renamed back as told, the folder is whole again.
    try FileManager.default.moveItem(at: renamed, to: received)
    let whole = try runDucha(["summary", folder.path] + base, in: directory)
    #expect(whole.status == 0, Comment(rawValue: whole.errors))
    #expect(whole.output.contains("渔沟小学"))
  }

  @Test(arguments: [
    ("2021-10-27_渔沟小学_lingbi-xueji_ab12.json.txt", "2021-10-27_渔沟小学_lingbi-xueji_ab12.json"),
    ("渔沟小学.JSON", "渔沟小学.json"), ("渔沟小学.Json(1).txt", "渔沟小学.json"),
  ])
  func theNameToGiveBack(_ received: String, _ original: String) {
    #expect(SessionStore.sessionNameRenamed(received) == original)
  }

  @Test(arguments: ["渔沟小学.json", "照片1.jpg", "_问题清单.json.bak", ".渔沟小学.json.tmp", "检查总结.docx"])
  func namesThatAreNotRenamedSessions(_ name: String) {
    #expect(SessionStore.sessionNameRenamed(name) == nil)
  }
}
