import Foundation
import Testing

/// A leader's laptop that has never seen the repository: a temporary folder with a copy of the
/// `ducha` binary alone (no bundle folder, no `Checklists/`), used as the working directory.
struct Laptop {
  let root: URL
  let binary: URL

  init(_ label: String) throws {
    root = try CLI.temporaryDirectory(label)
    let bin = root.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    binary = bin.appendingPathComponent("ducha")
    try Self.copy(try CLI.binary(), to: binary)
  }

  /// Copies the binary with `cp`, in a process of its own. Copied in the test runner, the
  /// copy's write descriptor was inherited by any `ducha` another test started meanwhile, and
  /// running the copy failed with “Text file busy” (ETXTBSY) for as long as that run lasted
  /// (ChecklistTitleTypoCLITests, once, under the full suite on 2 cores).
  static func copy(_ source: URL, to destination: URL) throws {
    let copy = Process()
    copy.executableURL = URL(fileURLWithPath: "/bin/cp")
    copy.arguments = [source.path, destination.path]
    try copy.run()
    copy.waitUntilExit()
    guard copy.terminationStatus == 0 else {
      throw TestFailure("cp \(source.path) \(destination.path) failed: \(copy.terminationStatus)")
    }
  }

  /// The environment of the run: Chinese messages, no DUCHA_CHECKLISTS unless given.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["DUCHA_CHECKLISTS"] = nil
    environment["DUCHA_LANG"] = "zh"
    environment["NO_COLOR"] = "1"
    return environment.merging(extra) { _, new in new }
  }

  /// Runs the copied binary in the laptop's folder.
  func run(_ arguments: [String], stdin: URL? = nil, environment: [String: String] = [:]) throws
    -> Finished
  {
    try runDucha(
      arguments, stdin: stdin, in: root, workingDirectory: root, executable: binary,
      environment: Self.environment(environment))
  }

  func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  /// The scripted 灵璧 walk for `unit`, saved into `folder` (relative to the laptop).
  func walk(unit: String, into folder: String, inspector: String = "李辉") throws -> Finished {
    try run(
      [
        "inspect", "--checklist", "lingbi-xueji", "--unit", unit, "--stage", "小学", "--group", "三组",
        "--inspector", inspector, "--date", "2021-10-27", "--sessions", url(folder).path,
        "--script", CLI.walkScript.path,
      ])
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Issue 8 point 2: ducha works from any folder, with the checklists compiled into the binary.
@Suite("ducha from any folder", .serialized)
struct PortableCLITests {
  @Test("show, test and a whole inspection work from a folder without Checklists/")
  func bundledChecklistsEverywhere() throws {
    let laptop = try Laptop("bundled")
    defer { laptop.remove() }
    let show = try laptop.run(["show", "lingbi-xueji"])
    #expect(show.status == 0, "\(show.errors)")
    #expect(show.output.hasPrefix("灵璧县学籍管理工作专项核查记录表\n"))
    #expect(show.errors.isEmpty)

    let test = try laptop.run(["test"])
    #expect(test.status == 0, "\(test.errors)")
    #expect(test.output.contains("会理县义务教育控辍保学工作台账清单"))
    #expect(test.output.contains(" 个相符，0 个不符"))

    let walk = try laptop.walk(unit: "渔沟小学", into: "Sessions")
    #expect(walk.status == 0, "\(walk.errors)")
    #expect(walk.output.contains("总分：84.5"))
    #expect(SessionFiles.sessionFiles(in: laptop.url("Sessions")).count == 1)
  }

  @Test("show of one item prints its card, then its own lines of the bundled file")
  func oneItemWithItsLines() throws {
    let laptop = try Laptop("show-item")
    defer { laptop.remove() }
    let show = try laptop.run(["show", "zhoushan-2007", "1.2"])
    #expect(show.status == 0, "\(show.errors)")
    #expect(
      show.output == """
        ── 一 县(区)政府教育发展目标责任制考核重点项目 › 1 15年教育普及 › 1.2 初中生辍学率（10分）
        赋分：初中生辍学率按从低到高分别得10、8、6、4分。

        清单原文 (内置)/zhoushan-2007.ducha:36
        36 │   小项 1.2 初中生辍学率 10分
        37 │     赋分：初中生辍学率按从低到高分别得10、8、6、4分。
        38 │     录入 初中生辍学率 百分比 提示 "本县(区)初中生辍学率（%）"
        39 │     规则 名次分(初中生辍学率, 顺序=由低到高, 分=[10, 8, 6, 4])

        """)
  }

  @Test("a misspelled checklist names every place searched, suggests and lists")
  func unknownChecklist() throws {
    let laptop = try Laptop("unknown")
    defer { laptop.remove() }
    let run = try laptop.run(["show", "lingbi-xuji"])
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    let lines = run.errors.components(separatedBy: "\n")
    #expect(
      lines[0]
        == "找不到清单“lingbi-xuji”。找过：./Checklists（\(laptop.root.path)/Checklists，不存在）、内置清单（\(CLI.bundledCount) 张）。"
    )
    #expect(lines[1] == "是不是：lingbi-xueji？")
    #expect(lines[2] == "可用的清单：")
    #expect(lines.contains("  lingbi-xueji-2021  灵璧县学籍管理工作专项核查记录表"))
    #expect(run.errors.contains("别的文件夹用 --checklists 目录 指定"))

    // The title cut short is its beginning: that checklist, said back (as the inspect prompt).
    let title = try laptop.run(["show", "灵璧县学籍管理工作专项核查记录"])
    #expect(title.status == 0, "\(title.errors)")
    #expect(title.errors == "→ lingbi-xueji-2021（灵璧县学籍管理工作专项核查记录表）\n")
    let exact = try laptop.run(["show", "灵璧县学籍管理工作专项核查记录表"])
    #expect(exact.status == 0, "\(exact.errors)")
  }

  @Test("lookup order: --checklists, DUCHA_CHECKLISTS, ./Checklists, then the bundled set")
  func lookupOrder() throws {
    let laptop = try Laptop("order")
    defer { laptop.remove() }
    let original = try String(
      contentsOf: CLI.repoRoot.appendingPathComponent("Checklists/lingbi-xueji.ducha"),
      encoding: .utf8)
    func place(_ folder: String, title: String) throws {
      let url = laptop.url(folder)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      let text = original.replacingOccurrences(
        of: "\n标题：灵璧县学籍管理工作专项核查记录表", with: "\n标题：\(title)")
      #expect(text != original, "the title line moved; fix the test's replacement")
      try Data(text.utf8).write(to: url.appendingPathComponent("lingbi-xueji.ducha"))
    }
    try place("Checklists", title: "本地版本")
    try place("env", title: "环境变量版本")
    try place("option", title: "选项版本")

    let local = try laptop.run(["show", "lingbi-xueji-2021"])
    #expect(local.output.hasPrefix("本地版本\n"))
    #expect(
      local.errors
        == "注意：使用本地的 Checklists/lingbi-xueji.ducha，它与内置的同名清单（lingbi-xueji-2021）内容不同。\n")
    let env = try laptop.run(
      ["show", "lingbi-xueji-2021"], environment: ["DUCHA_CHECKLISTS": laptop.url("env").path])
    #expect(env.output.hasPrefix("环境变量版本\n"))
    let option = try laptop.run(
      ["show", "lingbi-xueji-2021", "--checklists", laptop.url("option").path],
      environment: ["DUCHA_CHECKLISTS": laptop.url("env").path])
    #expect(option.output.hasPrefix("选项版本\n"))

    let missing = try laptop.run(["show", "lingbi-xueji", "--checklists", "没有这个目录"])
    #expect(missing.status == 1)
    #expect(missing.errors.hasPrefix("--checklists 没有这个目录：没有这个文件夹。"))
  }
}
