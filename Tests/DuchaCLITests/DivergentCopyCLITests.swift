import Foundation
import Testing

/// Two inspectors each took a copy of an unfinished inspection of 尹集小学 on a USB stick and
/// went on with it on their own laptops: both copies reach the same save number with other
/// answers (扣 2 分 on one, 扣 5 分 on the other). They used to be read as one file received
/// twice, and the summary silently took the one saved last, dropping the other's answer. Now
/// neither is chosen without the leader: the summary names both and how to settle it, and
/// `--allow-partial` says which one it takes. End to end with the binary, as on a laptop.
@Suite("two copies of one session at the same save", .serialized)
struct DivergentCopyCLITests {
  /// 尹集小学's session started on the USB stick (`U盘`) and left before item 1, as both laptops
  /// copy it; returns its file and the name WeChat gives a second copy of it (`…(1).json`).
  static func unfinishedOnStick(on laptop: Laptop) throws -> (original: URL, copy: String) {
    let quit = laptop.url("quit.txt")
    try CLI.writeScript(["退出"], to: quit)
    let started = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--unit", "尹集小学", "--stage", "小学", "--group",
      "三组", "--inspector", "李辉", "--date", "2021-10-27", "--sessions", "U盘", "--script",
      quit.path,
    ])
    #expect(started.status == 2, "\(started.errors)")
    let original = try CLI.sessionFile(of: "尹集小学", in: laptop.url("U盘"))
    let name = original.lastPathComponent
    return (original, name.replacingOccurrences(of: ".json", with: "(1).json"))
  }

  /// The leader receives 李辉's file `name` into `第三组`, then 王雷's, which WeChat names `copy`.
  static func leaderReceives(_ name: String, as copy: String, on laptop: Laptop) throws {
    try FileManager.default.createDirectory(
      at: laptop.url("第三组"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: laptop.url("李辉/\(name)"), to: laptop.url("第三组/\(name)"))
    try FileManager.default.copyItem(
      at: laptop.url("王雷/\(name)"), to: laptop.url("第三组/\(copy)"))
  }

  /// 尹集小学's unfinished session (item 1 not yet answered), copied to 李辉's and 王雷's laptops
  /// and answered there apart (扣 2 and 扣 5), both files received by the leader in `第三组`:
  /// 李辉's under its own name, 王雷's as WeChat names it again, `…(1).json`. Returns the two
  /// names and the save both reached.
  static func copiesApart(on laptop: Laptop) throws -> (name: String, copy: String, sequence: Int) {
    let (original, copy) = try unfinishedOnStick(on: laptop)
    let name = original.lastPathComponent

    // Each laptop answers item 1 (人员配备, 酌情 0–10) its own way from its own copy.
    for (folder, deduction, reason) in [("李辉", "2", "学籍员兼职"), ("王雷", "5", "没有专人负责")] {
      try FileManager.default.createDirectory(
        at: laptop.url(folder), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: original, to: laptop.url("\(folder)/\(name)"))
      let script = laptop.url("\(folder).txt")
      try CLI.writeScript([deduction, reason, "退出"], to: script)
      let resumed = try laptop.run([
        "resume", "尹集小学", "--sessions", folder, "--script", script.path,
      ])
      #expect(resumed.output.contains("得分 \(10 - Int(deduction)!) / 10\n"), "\(resumed.output)")
      // The save time has seconds: the second laptop saves in a later second.
      Thread.sleep(forTimeInterval: 1.1)
    }
    // The leader receives 李辉's file, then 王雷's, which WeChat names "…(1).json".
    try leaderReceives(name, as: copy, on: laptop)
    let sequences = try [name, copy].map { file -> Int in
      let json = try JSONSerialization.jsonObject(
        with: Data(contentsOf: laptop.url("第三组/\(file)")))
      return try #require((json as? [String: Any])?["saveSequence"] as? Int)
    }
    #expect(sequences[0] == sequences[1])
    return (name, copy, sequences[0])
  }

  @Test("answered apart on two laptops: said, not silently merged into one")
  func copiesResumedApartAreNotTakenAsOneFile() throws {
    let laptop = try Laptop("divergent-copy")
    defer { laptop.remove() }
    let (name, copy, sequence) = try Self.copiesApart(on: laptop)
    let quit = laptop.url("quit.txt")

    // Both copies record the inspection's first three saves, made before it was copied; the
    // answer each laptop gave is said, this copy's (李辉's) first.
    let described =
      "第三组/\(name)：与 \(copy) 是同一次检查（编号 \(name.suffix(13).prefix(8))）的两份副本，都保存到第 \(sequence) 次，"
      + "回答却不同（多半是第 3 次保存以后把记录拷到两台电脑上分头接着做了）：\n"
      + "  人员配备扣分：这份 2（学籍员兼职），那份 5（没有专人负责）\n"
      + "不知道该用哪一份。"
    let message =
      "✗ " + described
      + "请核对两份：用 ducha resume 要用的那份文件 --settle 以它为准接着做（另一份不同的回答会列出来，还要的补上，此后另一份就算较旧的），或把另一份移出文件夹，再运行；"
      + "加 --allow-partial 时只用 \(copy)。两份都没有改动。\n"
    let summary = try laptop.run(["summary", "第三组"])
    #expect(summary.status == 3)
    #expect(summary.output == "")
    #expect(
      summary.errors
        == message
        + "结果不完整：上面 1 个文件无法使用，所以没有输出任何结果。请处理好这些文件（或移出文件夹），或加 --allow-partial 只汇总其余 1 份检查记录。\n")

    // Resuming either copy there would make the other older, its answers unused: refused.
    let before = try Data(contentsOf: laptop.url("第三组/\(name)"))
    let resumed = try laptop.run(["resume", "尹集小学", "--sessions", "第三组", "--script", quit.path])
    #expect(resumed.status == 1)
    #expect(
      resumed.output.hasSuffix(
        "✗ 不能接着做：第三组/\(name) 是同一次检查（编号 \(name.suffix(13).prefix(8))）的另一份副本，也保存到第 \(sequence) 次，回答不同。"
          + "在 第三组/\(copy) 上接着做，那一份的回答以后就当作旧的、不再使用。请先核对两份；要以这份为准，运行 "
          + "ducha resume 第三组/\(copy) --settle（那一份不同的回答会列出来，接着做时补上）。两份都没有改动。\n"),
      "\(resumed.output)")
    // The folder's problems are said in resume's words: it has no --allow-partial.
    #expect(
      resumed.output.contains(
        "✗ " + described
          + "要接着做这次检查，请核对两份，用 ducha resume 要用的那份文件 --settle 以它为准（另一份不同的回答会列出来，接着做时补上）。两份都没有改动。\n"),
      "\(resumed.output)")
    #expect(!resumed.output.contains("--allow-partial"), "\(resumed.output)")
    #expect(try Data(contentsOf: laptop.url("第三组/\(name)")) == before)

    // Told to go on, the summary takes 王雷's copy (saved last) and says so: item 1 lost 5.
    let partial = try laptop.run(["summary", "第三组", "--allow-partial", "--format", "md"])
    #expect(partial.errors.hasPrefix(message), "\(partial.errors)")
    #expect(partial.output.contains("| 1 | 人员配备 | 10 | 5 | 5 | 1 |\n"), "\(partial.output)")

    // The same file received twice is still one file: said as before, the summary made.
    try FileManager.default.removeItem(at: laptop.url("第三组/\(copy)"))
    try FileManager.default.copyItem(
      at: laptop.url("李辉/\(name)"), to: laptop.url("第三组/\(copy)"))
    let twice = try laptop.run(["summary", "第三组", "--format", "md"])
    #expect(twice.status == 0, "\(twice.errors)")
    #expect(twice.errors.contains("（多半是同一个文件收到了两次），只用那份。"), "\(twice.errors)")
    #expect(twice.output.contains("| 1 | 人员配备 | 10 | 8 | 2 | 1 |\n"), "\(twice.output)")
  }
}
