import Foundation
import Testing

/// 尹集小学's unfinished inspection (saved 3 times) went to a second laptop on a USB stick. On
/// 李辉's laptop it was answered on: item 1 (扣 2 分) and item 2.1 — save 8. On 王雷's laptop a
/// colleague answered item 1 once his own way (扣 5 分) — save 6. The leader received both.
/// The higher save number used to win: the summary took 李辉's file, said 王雷's was "older"
/// and 王雷's 扣 5 分 was gone. Now the files' save histories show that neither holds the
/// other: both are named with each side's answer, neither file is touched, and nothing is
/// summed until the leader settles it. End to end with the binary, as on a laptop.
@Suite("two copies of one session continued apart to other saves", .serialized)
struct CopiesApartAtOtherSavesCLITests {
  /// The two laptops' files: 李辉's (save 8) under its own name in `第三组`, 王雷's (save 6)
  /// beside it as WeChat names it, `…(1).json`; the original (save 3) kept on the USB stick.
  static func copiesApart(on laptop: Laptop) throws -> (name: String, copy: String, id: String) {
    let (original, copy) = try DivergentCopyCLITests.unfinishedOnStick(on: laptop)
    let name = original.lastPathComponent
    let id = String(name.suffix(13).prefix(8))
    for (folder, lines) in [
      ("李辉", ["2", "学籍员兼职", "", "是", "退出"]), ("王雷", ["5", "没有专人负责", "退出"]),
    ] {
      try FileManager.default.createDirectory(
        at: laptop.url(folder), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: original, to: laptop.url("\(folder)/\(name)"))
      let script = laptop.url("\(folder).txt")
      try CLI.writeScript(lines, to: script)
      let resumed = try laptop.run([
        "resume", "尹集小学", "--sessions", folder, "--script", script.path,
      ])
      #expect(resumed.status == 2, "\(resumed.errors)")
      // The save time has seconds: the second laptop's first save is its own, not the same.
      Thread.sleep(forTimeInterval: 1.1)
    }
    try DivergentCopyCLITests.leaderReceives(name, as: copy, on: laptop)
    return (name, copy, id)
  }

  @Test("the copy with the higher save number is not taken over the other")
  func theHigherSaveDoesNotWinOverACopyContinuedApart() throws {
    let laptop = try Laptop("copies-apart-saves")
    defer { laptop.remove() }
    let (name, copy, id) = try Self.copiesApart(on: laptop)
    let quit = laptop.url("quit.txt")
    let original = try CLI.sessionFile(of: "尹集小学", in: laptop.url("U盘"))
    let files = [name, copy].map { laptop.url("第三组/\($0)") }
    let before = try files.map { try Data(contentsOf: $0) }

    let message =
      "✗ 第三组/\(copy)：与 \(name) 是同一次检查（编号 \(id)）的两份副本，这份保存到第 6 次，那份到第 8 次，"
      + "回答却不同（多半是第 3 次保存以后把记录拷到两台电脑上分头接着做了）：\n"
      + "  专用电脑能上网：这份 没有回答，那份 是\n"
      + "  人员配备扣分：这份 5（没有专人负责），那份 2（学籍员兼职）\n"
      + "第 8 次不包含这份的回答，并不较新，不知道该用哪一份。请核对两份：用 ducha resume 要用的那份文件 --settle 以它为准接着做"
      + "（另一份不同的回答会列出来，还要的补上，此后另一份就算较旧的），或把另一份移出文件夹，再运行；加 --allow-partial 时只用 \(name)。两份都没有改动。\n"
    let summary = try laptop.run(["summary", "第三组"])
    #expect(summary.status == 3)
    #expect(summary.output == "")
    #expect(
      summary.errors
        == message
        + "结果不完整：上面 1 个文件无法使用，所以没有输出任何结果。请处理好这些文件（或移出文件夹），或加 --allow-partial 只汇总其余 1 份检查记录。\n")
    #expect(try files.map { try Data(contentsOf: $0) } == before)

    // The problem list is not built over one of them either.
    let problems = try laptop.run(["problems", "build", "第三组"])
    #expect(problems.status != 0)
    #expect(problems.errors.hasPrefix(message), "\(problems.errors)")

    // Going on with either would leave the other's answers behind: refused, both untouched.
    let resumed = try laptop.run(["resume", "尹集小学", "--sessions", "第三组", "--script", quit.path])
    #expect(resumed.status == 1)
    #expect(
      resumed.output.hasSuffix(
        "✗ 不能接着做：第三组/\(copy) 是同一次检查（编号 \(id)）的另一份副本，保存到第 6 次（这份到第 8 次），"
          + "两份分头做过，哪份都不包含另一份的回答。在 第三组/\(name) 上接着做，那一份的回答以后就当作旧的、不再使用。"
          + "请先核对两份；要以这份为准，运行 ducha resume 第三组/\(name) --settle（那一份不同的回答会列出来，接着做时补上）。两份都没有改动。\n"),
      "\(resumed.output)")
    #expect(try files.map { try Data(contentsOf: $0) } == before)

    // Told to go on, the summary takes 李辉's copy and says which.
    let partial = try laptop.run(["summary", "第三组", "--allow-partial", "--format", "md"])
    #expect(partial.errors.hasPrefix(message), "\(partial.errors)")
    #expect(partial.output.contains("| 1 | 人员配备 | 10 | 8 | 2 | 1 |\n"), "\(partial.output)")

    // Settled onto 李辉's copy: 王雷's differing answers are said to re-enter, and from that
    // save on 王雷's file is an older copy (untouched), so the summary is made.
    let settled = try laptop.run([
      "resume", "第三组/\(name)", "--settle", "--script", quit.path,
    ])
    #expect(settled.status == 2, "\(settled.errors)")
    #expect(
      settled.output.contains(
        "以 第三组/\(name) 为准接着做；第三组/\(copy)（第 6 次保存）里不同的回答如下，还要的请接着做时补上：\n"
          + "  专用电脑能上网：那份 没有回答，这份 是\n"
          + "  人员配备扣分：那份 5（没有专人负责），这份 2（学籍员兼职）\n"
          + "从这次保存起，第三组/\(copy) 算作较旧的副本（文件没有改动，可以移出文件夹）。\n"),
      "\(settled.output)")
    #expect(try Data(contentsOf: files[1]) == before[1])
    let after = try laptop.run(["summary", "第三组", "--format", "md"])
    #expect(after.status == 0, "\(after.errors)")
    #expect(
      after.errors.contains(
        "第三组/\(copy)：与 \(name) 是同一次检查（编号 \(id)）；这份是第 6 次保存，那份是第 11 次，用较新的那份。"),
      "\(after.errors)")
    try FileManager.default.removeItem(at: files[0])
    try before[0].write(to: files[0])

    // 李辉's own older file (save 3, before either went on) is his copy's ancestor: older, as
    // before, and not called a copy gone apart.
    try FileManager.default.removeItem(at: files[1])
    try FileManager.default.copyItem(at: original, to: files[1])
    let older = try laptop.run(["summary", "第三组", "--format", "md"])
    #expect(older.status == 0, "\(older.errors)")
    #expect(
      older.errors.contains(
        "第三组/\(copy)：与 \(name) 是同一次检查（编号 \(id)）；这份是第 3 次保存，那份是第 8 次，用较新的那份。"),
      "\(older.errors)")
  }
}

/// The problem list was built while only 王雷's copy (save 6, 人员配备 扣 5) was in the folder;
/// then it was set aside and 李辉's (save 8, 扣 2) put in. A rebuild took save 8 as newer than
/// the list's save 6 and changed the entry to 李辉's figures as if 王雷's had been corrected.
/// The list records the fingerprint of each save it was built from: the rebuild is refused,
/// naming both saves, and the summary says which copy it uses.
@Suite("a problem list built from one of two copies continued apart", .serialized)
struct ProblemListCopiesApartCLITests {
  @Test("the rebuild from the other copy is refused, the summary says so")
  func theOtherCopyDoesNotRebuildTheList() throws {
    let laptop = try Laptop("problems-copies-apart")
    defer { laptop.remove() }
    let (name, copy, _) = try CopiesApartAtOtherSavesCLITests.copiesApart(on: laptop)
    let folder = laptop.url("第三组")
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent(name), to: laptop.url("李辉的.json"))
    let built = try laptop.run(["problems", "build", "第三组"])
    #expect(built.status == 0, "\(built.errors)")
    let list = folder.appendingPathComponent("_问题清单.json")
    let listed = try Data(contentsOf: list)
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent(copy), to: laptop.url("王雷的.json"))
    try FileManager.default.moveItem(
      at: laptop.url("李辉的.json"), to: folder.appendingPathComponent(name))

    let said =
      "尹集小学，李辉，2021-10-27 的检查记录与上次生成问题清单时用的那份是分头做过的两份（文件夹里的是第 8 次保存，"
    let rebuilt = try laptop.run(["problems", "build", "第三组"])
    #expect(rebuilt.status == 1)
    #expect(rebuilt.errors.hasPrefix("✗ " + said), "\(rebuilt.errors)")
    #expect(rebuilt.errors.contains("问题清单用的是另一份的第 6 次保存，"), "\(rebuilt.errors)")
    #expect(
      rebuilt.errors.hasSuffix(
        "文件夹里的这份不包含那份的回答\n问题清单没有重建：这样重建，清单里取自另一份的问题和数字会被这一份的改掉，像是已经更正过。"
          + "请核对两份，在要用的一份里用 ducha resume 补上另一份的回答（或把生成清单时用的那份放回文件夹），再运行。\n"),
      "\(rebuilt.errors)")
    #expect(try Data(contentsOf: list) == listed)

    let summary = try laptop.run(["summary", "第三组", "--format", "md"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.errors.contains("注意：" + said), "\(summary.errors)")
    #expect(
      summary.errors.contains(
        "；汇总用的是文件夹里这份，问题清单里来自另一份的内容它没有。请核对两份，在要用的一份里用 ducha resume 补上另一份的回答，再重建问题清单。"),
      "\(summary.errors)")
  }
}
