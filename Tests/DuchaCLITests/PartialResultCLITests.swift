import DuchaSession
import Foundation
import Testing

/// Issue 8 point 3: a leader's command never prints or writes a result made from part of the
/// folder without saying so, and never writes an empty file.
@Suite("No silent empty or partial result", .serialized)
struct PartialResultCLITests {
  /// A laptop with `第三组/` holding the scripted walk's session (渔沟小学, 84.5).
  static func laptopWithGroup(_ label: String) throws -> Laptop {
    let laptop = try Laptop(label)
    var session = try WalkReference.get().session
    try SessionStore(directory: laptop.url("第三组").path).save(&session)
    return laptop
  }

  /// Adds a half-copied file and a session of a checklist nobody has.
  static func spoil(_ laptop: Laptop) throws {
    var other = try WalkReference.get().session
    other.id = "abcdef12"
    other.checklistID = "lingbi-xueji-2019"
    other.inspectedChecklist = nil  // as in files of format 2, which do not carry it
    other.unit.name = "大路小学"
    try Data(try SessionStore.encode(other)).write(to: laptop.url("第三组/大路小学.json"))
    try Data("{\"formatVersion\": 2, \"id\": \"12".utf8).write(to: laptop.url("第三组/半截.json"))
  }

  static let brokenLine =
    "✗ 第三组/半截.json:1:31：不是 ducha 的检查记录，或文件已损坏：文件不完整，在第 1 行就结束了，可能只收到了一部分。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
  static let unknownLine =
    "✗ 第三组/大路小学.json：找不到清单“lingbi-xueji-2019”（灵璧县学籍管理工作专项核查记录表），无法计分。请把这张清单放进 Checklists/ 或用 --checklists 指定所在文件夹。"

  @Test("from a folder that has never seen the repository, the leader gets the inspector's totals")
  func leaderOutsideRepository() throws {
    let laptop = try Self.laptopWithGroup("leader")
    defer { laptop.remove() }
    let summary = try laptop.run(["summary", "第三组"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.errors.isEmpty)
    #expect(summary.output.contains("渔沟小学"))
    #expect(summary.output.contains("84.5"))
    let report = try laptop.run(["report", "第三组", "--format", "html", "-o", "r.html"])
    #expect(report.status == 0, "\(report.errors)")
    let html = try String(contentsOf: laptop.url("r.html"), encoding: .utf8)
    #expect(html.contains("渔沟小学") && html.contains("84.5"))
  }

  @Test("unreadable and unscorable files are named; nothing is printed or written; exit 3")
  func partialRefused() throws {
    let laptop = try Self.laptopWithGroup("partial")
    defer { laptop.remove() }
    try Self.spoil(laptop)
    let tail =
      "结果不完整：上面 2 个文件无法使用，所以没有输出任何结果。请处理好这些文件（或移出文件夹），或加 --allow-partial 只汇总其余 1 份检查记录。\n"
    let expected = [Self.brokenLine, Self.unknownLine].joined(separator: "\n") + "\n" + tail

    let summary = try laptop.run(["summary", "第三组"])
    #expect(summary.status == 3)
    #expect(summary.output.isEmpty)
    #expect(summary.errors == expected)

    let report = try laptop.run(["report", "第三组", "-o", "r.html"])
    #expect(report.status == 3)
    #expect(!FileManager.default.fileExists(atPath: laptop.url("r.html").path))

    let build = try laptop.run(["problems", "build", "第三组"])
    #expect(build.status == 3)
    #expect(build.errors == expected)
    #expect(!FileManager.default.fileExists(atPath: laptop.url("第三组/_问题清单.json").path))

    let merge = try laptop.run(["merge", "第三组"])
    #expect(merge.status == 3)
    #expect(merge.errors.hasSuffix(tail))
  }

  @Test("--allow-partial goes on with the rest, still naming what was left out")
  func partialAllowed() throws {
    let laptop = try Self.laptopWithGroup("allowed")
    defer { laptop.remove() }
    try Self.spoil(laptop)
    let summary = try laptop.run(["summary", "第三组", "--allow-partial"])
    #expect(summary.status == 0)
    #expect(summary.output.contains("渔沟小学"))
    #expect(!summary.output.contains("大路小学"))
    #expect(
      summary.errors
        == [
          Self.brokenLine, Self.unknownLine, "注意：按 --allow-partial，2 个文件未计入，结果只包括其余 1 份检查记录。", "",
        ].joined(separator: "\n"))
    let build = try laptop.run(["problems", "build", "第三组", "--allow-partial"])
    #expect(build.status == 0, "\(build.errors)")
    #expect(FileManager.default.fileExists(atPath: laptop.url("第三组/_问题清单.json").path))
  }

  /// The list was built while the folder was whole; then a half-copied file and a session of an
  /// unknown checklist arrived over WeChat. The notice is refused as summary is, and
  /// `--allow-partial` writes it from the rest, naming what it left out.
  @Test("ducha notice: exit 3 and no file; --allow-partial writes it and names the files")
  func noticePartial() throws {
    let laptop = try Self.laptopWithGroup("notice")
    defer { laptop.remove() }
    let build = try laptop.run(["problems", "build", "第三组"])
    #expect(build.status == 0, "\(build.errors)")
    try Self.spoil(laptop)

    let refused = try laptop.run(["notice", "第三组", "-o", "通知书.html"])
    #expect(refused.status == 3)
    #expect(refused.output.isEmpty)
    #expect(
      refused.errors
        == [
          Self.brokenLine, Self.unknownLine,
          "结果不完整：上面 2 个文件无法使用，所以没有输出任何结果。请处理好这些文件（或移出文件夹），或加 --allow-partial 只汇总其余 1 份检查记录。",
          "",
        ].joined(separator: "\n"))
    #expect(!FileManager.default.fileExists(atPath: laptop.url("通知书.html").path))

    let allowed = try laptop.run(["notice", "第三组", "-o", "通知书.html", "--allow-partial"])
    #expect(allowed.status == 0, "\(allowed.errors)")
    #expect(
      allowed.errors
        == [
          Self.brokenLine, Self.unknownLine, "注意：按 --allow-partial，2 个文件未计入，结果只包括其余 1 份检查记录。",
          "注意：问题清单尚未签字，通知书标为“草稿”。", "",
        ].joined(separator: "\n"))
    let html = try String(contentsOf: laptop.url("通知书.html"), encoding: .utf8)
    #expect(html.contains("渔沟小学"))
    #expect(!html.contains("大路小学"))
  }

  @Test("nothing usable: exit 1 and no file, never an empty one")
  func nothingUsable() throws {
    let laptop = try Laptop("empty")
    defer { laptop.remove() }
    try FileManager.default.createDirectory(
      at: laptop.url("空组"), withIntermediateDirectories: true)
    let empty = try laptop.run(["report", "空组", "-o", "r.html"])
    #expect(empty.status == 1)
    #expect(empty.errors == "空组 里没有检查记录文件（*.json），没有可汇总的内容。\n")
    #expect(!FileManager.default.fileExists(atPath: laptop.url("r.html").path))

    try Data("{}".utf8).write(to: laptop.url("空组/坏.json"))
    let broken = try laptop.run(["report", "空组", "-o", "r.html", "--allow-partial"])
    #expect(broken.status == 1)
    #expect(broken.errors.hasSuffix("这个检查记录文件无法使用，没有输出任何结果。\n"))
    #expect(!FileManager.default.fileExists(atPath: laptop.url("r.html").path))

    let missing = try laptop.run(["summary", "没有这个组"])
    #expect(missing.status == 1)
    #expect(missing.errors.hasPrefix("没有这个组：没有这个文件夹。"))
  }

  @Test("--help lists the exit codes")
  func exitCodesInHelp() throws {
    let laptop = try Laptop("help")
    defer { laptop.remove() }
    for command in [["--help"], ["summary", "--help"], ["problems", "build", "--help"]] {
      let help = try laptop.run(command)
      #expect(help.status == 0)
      #expect(help.output.contains("退出码 exit codes:"), "\(command)")
      #expect(help.output.contains("3  结果不完整"), "\(command)")
    }
  }
}
