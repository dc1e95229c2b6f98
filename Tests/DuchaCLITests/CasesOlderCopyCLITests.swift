import Foundation
import Testing

/// The county office's clerk sent the ledger to the WeChat group after the import, went on
/// recording, and today saved the WeChat copy back over the ledger. ducha remembers what this
/// machine last saw of the file: it refuses to write to the older copy and says which copy to
/// keep; the lists still show it, with a warning. Putting the newer copy back, or
/// `cases keep-copy`, lets the clerk go on.
struct CasesOlderCopyCLITests {
  /// Runs `ducha cases …` on `machine`'s state folder (each machine remembers its own).
  func run(_ arguments: [String], in folder: URL, machine: String = "本机") throws -> Finished {
    var environment = CLI.environment
    environment["XDG_STATE_HOME"] = folder.appendingPathComponent("状态-\(machine)").path
    return try runDucha(
      ["cases"] + arguments, in: folder, workingDirectory: folder, environment: environment)
  }

  /// The clock's minutes (`2026-12-05 10:55`) as `<时间>`; everything else compared exactly.
  func timeless(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, with: "<时间>", options: .regularExpression)
  }

  func copy(_ from: URL, over to: URL) throws {
    try? FileManager.default.removeItem(at: to)
    try FileManager.default.createDirectory(
      at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: from, to: to)
  }

  @Test func anOlderCopyPutBackIsNotWrittenToAndSaysWhichCopyToKeep() throws {
    let (folder, options) = try CasesCLITests.folder("older-copy")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ledger = folder.appendingPathComponent("县台账/cases.sqlite")
    let path = ledger.path
    let wechat = folder.appendingPathComponent("微信/cases.sqlite")
    let usb = folder.appendingPathComponent("U盘/cases.sqlite")

    // 3 cases imported (3 history entries); the copy goes to the WeChat group.
    _ = try run(["import", "名单.csv", "--by", "李辉"] + options, in: folder)
    try copy(ledger, over: wechat)
    // Two more entries on this machine: case 1 checked, then visited; a backup on the stick.
    #expect(
      try run(
        ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + options, in: folder
      ).status == 0)
    #expect(
      try run(
        [
          "update", "1", "--visit", "--date", "2021-10-12", "--visitors", "王老师", "--outcome",
          "监护人同意返校", "--by", "李辉",
        ] + options, in: folder
      ).status == 0)
    try copy(ledger, over: usb)

    // Yesterday's WeChat copy saved over the ledger.
    try copy(wechat, over: ledger)
    let finding =
      "台账 \(path) 比这台电脑上次见到的旧：上次见到 5 条历史记录，最新一条是 <时间> 李辉 记的案例 1“走访”；"
      + "这个文件里没有这一条，它有 3 条历史记录，最新一条是 <时间> 李辉 记的案例 3“导入”。"
      + "多半是把较早的一份（微信、U 盘里的副本）拷回来盖住了较新的台账。"
    let fix =
      "  改法：找到较新的那一份（有 <时间> 李辉 记的案例 1“走访” 的那份，可能在别的文件夹、U 盘或微信里），放回 \(path) 再做；"
      + "确定要以现在这一份为准（后来的记录不要了），运行 ducha cases keep-copy --ledger \(path) --by 姓名，以后就在这一份上记。\n"
    let refused = try run(
      ["update", "2", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + options, in: folder)
    #expect(refused.status == 1)
    #expect(refused.output == "")
    #expect(
      timeless(refused.errors) == finding + "为了不在旧副本上接着记、让后来的记录丢掉，这次没有写入。\n" + fix)
    let imported = try run(["import", "名单.csv", "--by", "李辉"] + options, in: folder)
    #expect(imported.status == 1)
    #expect(timeless(imported.errors).hasSuffix("这次没有写入。\n" + fix))

    // Reading still works, after the warning: case 2 is as the old copy has it.
    let shown = try run(["show", "2"] + options, in: folder)
    #expect(shown.status == 0)
    #expect(shown.output.hasPrefix("案例 2：李**　疑似\n"))
    #expect(
      timeless(shown.errors)
        == "注意：" + finding + "下面显示的是这个文件的内容，可能少了后来的记录；在它上面改的命令会被拒绝。\n" + fix)

    // The newer copy from the USB stick put back: the change goes in.
    try copy(usb, over: ledger)
    let changed = try run(
      ["update", "2", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + options, in: folder)
    #expect(changed.errors == "")
    #expect(changed.output == "案例 2（李**）：确认辍学\n")
    #expect(try run(["show", "1"] + options, in: folder).output.contains("  劝返走访 1 次：\n"))
  }

  /// A colleague went on recording on the WeChat copy on another computer: as many entries as
  /// this machine's ledger, but not the same ones. It is named as such; `keep-copy` takes it.
  @Test func aCopyWrittenApartIsNamedAndKeepCopyTakesIt() throws {
    let (folder, options) = try CasesCLITests.folder("apart-copy")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ledger = folder.appendingPathComponent("县台账/cases.sqlite")
    let path = ledger.path
    let wechat = folder.appendingPathComponent("微信/cases.sqlite")
    _ = try run(["import", "名单.csv", "--by", "李辉"] + options, in: folder)
    try copy(ledger, over: wechat)
    // This machine: entries 4 and 5 on case 1. The other computer: entries 4 and 5 on case 3.
    for arguments in [
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"],
      ["update", "1", "--confirm", "--reason", "村委会证实", "--by", "李辉"],
    ] {
      #expect(try run(arguments + options, in: folder).status == 0)
    }
    let other = ["--ledger", wechat.path]
    for arguments in [
      ["update", "3", "--result", "确认辍学", "--reason", "电话核实", "--by", "王雷"],
      ["update", "3", "--confirm", "--reason", "入户核实", "--by", "王雷"],
    ] {
      #expect(try run(arguments + other, in: folder, machine: "另一台").status == 0)
    }
    try copy(wechat, over: ledger)

    let refused = try run(
      ["update", "2", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + options, in: folder)
    #expect(refused.status == 1)
    #expect(
      timeless(refused.errors)
        == "台账 \(path) 不是这台电脑上次见到的那一份的延续：上次见到 5 条历史记录，最新一条是 <时间> 李辉 记的案例 1“核实”；"
        + "这个文件里没有这一条，它有 5 条历史记录，最新一条是 <时间> 王雷 记的案例 3“核实”。"
        + "多半是另一台电脑上分头记过的副本拷了过来。为了不在旧副本上接着记、让后来的记录丢掉，这次没有写入。\n"
        + "  改法：找到较新的那一份（有 <时间> 李辉 记的案例 1“核实” 的那份，可能在别的文件夹、U 盘或微信里），放回 \(path) 再做；"
        + "确定要以现在这一份为准（后来的记录不要了），运行 ducha cases keep-copy --ledger \(path) --by 姓名，以后就在这一份上记。\n")

    let kept = try run(["keep-copy", "--by", "李辉"] + options, in: folder)
    #expect(kept.status == 0)
    #expect(
      timeless(kept.output)
        == "已记下：<时间> 李辉 定下以 \(path) 现在的内容为准（5 条历史记录，最新一条是 <时间> 王雷 记的案例 3“核实”），"
        + "这台电脑上次见到的最新一条（<时间> 李辉 记的案例 1“核实”）不在这份文件里，不要了；可以在它上面接着记了。\n")
    let changed = try run(
      ["update", "2", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + options, in: folder)
    #expect(changed.output == "案例 2（李**）：确认辍学\n")
    #expect(changed.errors == "")
  }

  /// Who kept a copy is remembered, as every change's author is: the clerk keeps the WeChat
  /// copy, records on it, and a week later a colleague puts back the copy that was given up.
  /// The refusal says who chose the other copy and when, so the colleague asks them rather
  /// than keeping their own copy back blindly. `keep-copy` without `--by` is refused.
  @Test func keepCopyRecordsWhoKeptAndTheWarningsSayIt() throws {
    let (folder, options) = try CasesCLITests.folder("kept-by")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ledger = folder.appendingPathComponent("县台账/cases.sqlite")
    let path = ledger.path
    let wechat = folder.appendingPathComponent("微信/cases.sqlite")
    let given = folder.appendingPathComponent("放弃的/cases.sqlite")
    _ = try run(["import", "名单.csv", "--by", "李辉"] + options, in: folder)
    try copy(ledger, over: wechat)
    #expect(
      try run(
        ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + options, in: folder
      ).status == 0)
    try copy(ledger, over: given)
    try copy(wechat, over: ledger)

    let unnamed = try run(["keep-copy"] + options, in: folder)
    #expect(unnamed.status == 64)
    #expect(
      unnamed.errors.hasPrefix("缺少必填的选项 --by：请在命令里加上 --by <by>（用法见下面）。\n"), "\(unnamed.errors)")
    let blank = try run(["keep-copy", "--by", " "] + options, in: folder)
    #expect(blank.status == 64)
    #expect(
      blank.errors.hasPrefix("没有写是谁定下以这一份为准：加上 --by 姓名，例如 --by 李辉。/ --by NAME is required\n"),
      "\(blank.errors)")

    let kept = try run(["keep-copy", "--by", "王雷"] + options, in: folder)
    #expect(
      timeless(kept.output)
        == "已记下：<时间> 王雷 定下以 \(path) 现在的内容为准（3 条历史记录，最新一条是 <时间> 李辉 记的案例 3“导入”），"
        + "这台电脑上次见到的最新一条（<时间> 李辉 记的案例 1“核查”）不在这份文件里，不要了；可以在它上面接着记了。\n")
    // A change on the kept copy: the mark moves on and still says who kept the copy.
    #expect(
      try run(
        ["update", "2", "--result", "确认辍学", "--reason", "电话核实", "--by", "王雷"] + options, in: folder
      ).output == "案例 2（李**）：确认辍学\n")

    try copy(given, over: ledger)
    let refused = try run(
      ["update", "3", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + options, in: folder)
    #expect(refused.status == 1)
    #expect(
      timeless(refused.errors).hasPrefix(
        "台账 \(path) 不是这台电脑上次见到的那一份的延续：上次见到 4 条历史记录，最新一条是 <时间> 王雷 记的案例 2“核查”"
          + "（<时间> 王雷 用 keep-copy 定下以当时的文件为准）；"
          + "这个文件里没有这一条，它有 4 条历史记录，最新一条是 <时间> 李辉 记的案例 1“核查”。"), "\(refused.errors)")
  }
}
