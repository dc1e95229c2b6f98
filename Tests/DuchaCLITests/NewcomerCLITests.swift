import Foundation
import Testing

/// Issue 8 point 11: `--version`, completion of checklist ids, item ids and `--lang`, and
/// scripts that stop (`--strict`, exit 1) or end short (exit 2) are noticed.
@Suite("Newcomer details", .serialized)
struct NewcomerCLITests {
  @Test("ducha --version names the version, the session format and the bundled checklists")
  func version() throws {
    let laptop = try Laptop("version")
    defer { laptop.remove() }
    let run = try laptop.run(["--version"])
    #expect(run.status == 0)
    #expect(
      run.output
        == "ducha 0.3.0（记录格式第 3 版，内置清单 \(CLI.bundledCount) 张 · session format 3, \(CLI.bundledCount) bundled checklists）\n"
    )
  }

  @Test("completion offers checklist ids, item ids of the checklist on the line, --lang values")
  func completion() throws {
    let laptop = try Laptop("completion")
    defer { laptop.remove() }
    let script = try laptop.run(["--generate-completion-script", "bash"])
    #expect(script.status == 0)
    #expect(script.output.contains("'zh'$'\\n''en'"))
    #expect(script.output.contains("---completion show -- positional@1"))
    #expect(script.output.contains("---completion inspect -- --checklist"))

    // What the shell runs for `ducha show lin<Tab>` and `ducha show lingbi-xueji 7.<Tab>`.
    let ids = try laptop.run([
      "---completion", "show", "--", "positional@0", "2", "3", "ducha", "show", "lin",
    ])
    #expect(ids.output == "lingbi-xueji\nlingbi-xueji-2021\nlingyuan-kongchuo\n")
    let items = try laptop.run(
      [
        "---completion", "show", "--", "positional@1", "3", "2", "ducha", "show", "lingbi-xueji",
        "7.",
      ])
    #expect(items.output == "7.1\n7.2\n7.3\n7.4\n7.5\n")
  }

  @Test("ducha show CHECKLIST ITEM shows one item; a wrong item id gets 是不是")
  func showItem() throws {
    let laptop = try Laptop("item")
    defer { laptop.remove() }
    let card = try laptop.run(["show", "lingbi-xueji", "7.2"])
    #expect(card.status == 0)
    #expect(card.output.hasPrefix("── 一 学籍管理工作专项核查 › 7 学生信息维护 › 7.2 关键信息·无照片（5分）\n"))
    let wrong = try laptop.run(["show", "lingbi-xueji", "7.9"])
    #expect(wrong.status == 1)
    #expect(
      wrong.errors
        == "lingbi-xueji-2021 没有条目“7.9”。\n是不是：7.1、7.2、7.3？\n条目：1 2 2.1 2.2 3 4 4.1 4.2 5 6 6.1 6.2 7 7.1 7.2 7.3 7.4 7.5 8 9 10 11 12\n"
    )
  }

  /// A script's lines answer a form's questions: taking them as the choice of checklist began
  /// a walk on whichever form a number in them picked. The command line is refused (status 64,
  /// no session, every id named); typed at the prompt, a misspelling is asked again.
  @Test("inspect with a misspelled checklist: 是不是, the list; a script stops; the prompt asks again")
  func misspelledAtStart() throws {
    let laptop = try Laptop("misspelled")
    defer { laptop.remove() }
    let script = laptop.url("c.txt")
    try CLI.writeScript(["3", "是"], to: script)
    let run = try laptop.run(
      ["inspect", "--checklist", "lingbi-xueij", "--sessions", "S", "--script", script.path])
    // Refused as every command refuses an option value (InspectChecklistRefusalCLITests).
    #expect(run.status == 64)
    #expect(run.output == "")
    #expect(run.errors.hasPrefix("找不到清单“lingbi-xueij”。是不是：lingbi-xueji？可用的清单："))
    #expect(run.errors.contains("、lingbi-xueji-2021、"))
    #expect(!FileManager.default.fileExists(atPath: laptop.url("S").path))

    try CLI.writeScript(["lingbi-xuji"], to: script)
    let typed = try laptop.run(["inspect", "--sessions", "S", "--script", script.path])
    #expect(
      typed.output.contains("✗ 没有“lingbi-xuji”。是不是：lingbi-xueji？请输入上面列出的序号或编号。\n"),
      "\(typed.output)")
  }

  static let start = [
    "inspect", "--checklist", "lingbi-xueji", "--unit", "渔沟小学", "--stage", "小学", "--group", "三组",
    "--inspector", "李辉", "--date", "2021-10-27",
  ]

  @Test("a script that ends before 完成 exits 2 and says the session is saved")
  func unfinishedScript() throws {
    let laptop = try Laptop("unfinished")
    defer { laptop.remove() }
    let half = laptop.url("半个.txt")
    try CLI.writeScript(Array(try CLI.walkLines().prefix(20)), to: half)
    let run = try laptop.run(
      Self.start + ["--sessions", laptop.url("S").path, "--script", half.path])
    #expect(run.status == 2)
    // The sessions are in S/, not Sessions/: the command shown is the one that finds them.
    #expect(
      run.errors == "脚本读完时检查还没完成（退出码 2）；记录已保存，可用 ducha resume \(laptop.url("S").path)/ 继续。\n")
    #expect(SessionFiles.sessionFiles(in: laptop.url("S")).count == 1)

    let whole = try laptop.run(
      Self.start + ["--sessions", laptop.url("T").path, "--script", CLI.walkScript.path])
    #expect(whole.status == 0)
  }

  @Test("a script that ends at the start questions exits 2: no session, and it says so")
  func scriptEndsBeforeTheSession() throws {
    let laptop = try Laptop("nosession")
    defer { laptop.remove() }
    // The unit is answered; the script ends at 组别, before any session exists.
    let script = laptop.url("开头.txt")
    try CLI.writeScript(["渔沟小学"], to: script)
    let run = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--stage", "小学", "--sessions", "S", "--script",
      script.path,
    ])
    #expect(run.status == 2)
    #expect(run.output.hasSuffix("已取消，没有建立检查记录。\n"))
    #expect(
      run.errors
        == "脚本读完时检查还没开始（退出码 2）：没有建立检查记录。请在脚本里或用选项给出清单、单位、组别、检查人员和日期。\n")
    #expect(SessionFiles.sessionFiles(in: laptop.url("S")).isEmpty)
  }

  @Test("--strict stops at the first rejected line with its number, exit 1, answers kept")
  func strictScript() throws {
    let laptop = try Laptop("strict")
    defer { laptop.remove() }
    var lines = try CLI.walkLines()
    #expect(lines[3] == "45")
    lines[3] = "约四十五"  // 学籍系统人数 as a guess: rejected (四十五 alone reads as 45)
    let script = laptop.url("有错.txt")
    try CLI.writeScript(lines, to: script)
    let run = try laptop.run(
      Self.start + ["--sessions", laptop.url("S").path, "--script", script.path, "--strict"])
    #expect(run.status == 1)
    // Rejected as an estimate, with the figure to check (EstimatedFigureTests).
    #expect(run.output.hasSuffix("✗ “约四十五”是约数；这里记的是确切的数，请核实后输入，如 45。\n"))
    #expect(
      run.errors == "\(script.path):4：这一行被拒绝，按 --strict 在此停止（退出码 1）。之前的回答都已保存。\n")
    #expect(SessionFiles.sessionFiles(in: laptop.url("S")).count == 1)

    let lenient = try laptop.run(
      Self.start + ["--sessions", laptop.url("T").path, "--script", script.path])
    #expect(lenient.status != 1)
  }
}
