import Foundation
import Testing

/// 整改通知书 as a leader prints them after a real walk: the opening names the inspection once,
/// and a school whose name has characters a file name cannot hold still gets its own file.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct NoticeFieldCLITests {
  /// `第三组/` with the scripted walk of each unit (2021-10-27) and its problem list built.
  static func folder(_ label: String, units: [String]) throws -> (directory: URL, folder: String) {
    let directory = try CLI.temporaryDirectory(label)
    let folder = directory.appendingPathComponent("第三组").path
    for unit in units {
      let options = CLI.walkOptions.map { $0 == "渔沟小学" ? unit : $0 }
      let walk = try runDucha(
        ["inspect"] + options + ["--sessions", folder], stdin: CLI.walkScript, in: directory)
      try #require(walk.status == 0, "\(walk.errors)")
    }
    let build = try runDucha(
      ["problems", "build", folder, "--checklists", CLI.checklists], in: directory)
    try #require(build.status == 0, "\(build.errors)")
    return (directory, folder)
  }

  @Test func openingNamesTheInspectionOnce() throws {
    let (directory, folder) = try Self.folder("notice-opening", units: ["渔沟小学"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("渔沟小学.docx").path
    let run = try runDucha(
      ["notice", folder, "--format", "docx", "-o", output, "--checklists", CLI.checklists],
      in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let text = try PythonClient.dumpDocument(output)
    #expect(
      text.contains(
        "P 根据工作安排，检查组于2021年10月27日对你校进行了“灵璧县学籍管理工作专项核查记录表”检查。经检查，发现你校存在以下问题，现通知如下，请认真对照整改。\n"
      ), "\(text)")
  }

  /// A kindergarten typed as `槐荫区<小太阳>&"星星"/东校区`: with `-o 通知书/` its notice is
  /// `整改通知书-槐荫区小太阳&星星东校区.docx` in that folder (no sub-folder from the `/`, no
  /// `<>"` a Windows computer or a USB stick refuses), and the notice inside keeps the name.
  @Test func eachSchoolsFileNameHoldsNoPathOrWindowsForbiddenCharacters() throws {
    let unit = "槐荫区<小太阳>&\"星星\"/东校区"
    let (directory, folder) = try Self.folder("notice-file-name", units: [unit, "韦集小学"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let perSchool = directory.appendingPathComponent("通知书").path + "/"
    let run = try runDucha(
      ["notice", folder, "--format", "docx", "-o", perSchool, "--checklists", CLI.checklists],
      in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let written = try FileManager.default.contentsOfDirectory(atPath: perSchool).sorted()
    #expect(written == ["整改通知书-槐荫区小太阳&星星东校区.docx", "整改通知书-韦集小学.docx"])
    let text = try PythonClient.dumpDocument(perSchool + "整改通知书-槐荫区小太阳&星星东校区.docx")
    #expect(text.contains("P 槐荫区<小太阳>&\"星星\"/东校区：\n"), "\(text)")
  }

  /// `-o 通知书.docx` without `--format`: the leader names the file Word opens. It got the HTML
  /// page under that name (已写入, exit 0) and Word refused it; `.pdf` is refused before anything
  /// is written, saying which names work.
  @Test func theFileNameChoosesTheFormat() throws {
    let (directory, folder) = try Self.folder("notice-by-name", units: ["渔沟小学"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("渔沟小学.docx").path
    let run = try runDucha(
      ["notice", folder, "-o", output, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let text = try PythonClient.dumpDocument(output)
    #expect(text.contains("P 渔沟小学：\n"), "\(text)")

    let pdf = directory.appendingPathComponent("渔沟小学.pdf").path
    let refused = try runDucha(
      ["notice", folder, "-o", pdf, "--checklists", CLI.checklists], in: directory)
    #expect(refused.status == 64)
    #expect(
      refused.errors.contains("-o \(pdf)：不能写成 .pdf 文件。可以用 .html、.docx；也可以用 --format 指定格式。"),
      "\(refused.errors)")
    #expect(!FileManager.default.fileExists(atPath: pdf))
  }

  /// `-o 通知书` (no extension, no such folder): the page went into a file called `通知书` that
  /// no program opened by itself, after 已写入. Now it is `通知书.html` (`通知书.docx` with
  /// `--format docx`), and the leader is told, with the spelling for one file per school.
  @Test func aNameWithoutExtensionGetsTheFormatsExtension() throws {
    let (directory, folder) = try Self.folder("notice-bare-name", units: ["渔沟小学"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try runDucha(
      ["notice", folder, "-o", "通知书", "--checklists", CLI.checklists], in: directory,
      workingDirectory: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors.contains("注意：-o 通知书 没有扩展名，写为 通知书.html；要每个单位一个文件，请写 -o 通知书/。\n"),
      "\(run.errors)")
    #expect(run.output.contains("已写入：通知书.html\n"), "\(run.output)")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("通知书").path))
    let page = try String(
      contentsOf: directory.appendingPathComponent("通知书.html"), encoding: .utf8)
    #expect(page.contains("<p class=\"to\">渔沟小学：</p>"))

    let word = try runDucha(
      ["notice", folder, "--format", "docx", "-o", "渔沟", "--checklists", CLI.checklists],
      in: directory, workingDirectory: directory)
    #expect(word.status == 0, "\(word.errors)")
    #expect(word.output.contains("已写入：渔沟.docx\n"), "\(word.output)")
    let text = try PythonClient.dumpDocument(directory.appendingPathComponent("渔沟.docx").path)
    #expect(text.contains("P 渔沟小学：\n"), "\(text)")
  }
}
