import Foundation
import Testing

/// `ducha inspect` lists the checklists from their headers and parses only the one chosen: a
/// checklist with a mistake after its header is listed, and choosing it prints exactly what
/// `ducha validate` prints for it before asking again.
@Suite("Choosing a checklist listed from its header")
struct ChecklistChoiceCLITests {
  @Test("a local checklist with an error later in the file is listed; choosing it reports it")
  func brokenLocalChecklist() throws {
    let work = try CLI.temporaryDirectory("choice")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("清单")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let original = try String(
      contentsOf: CLI.repoRoot.appendingPathComponent("Checklists/jiudian-zhidu.ducha"),
      encoding: .utf8)
    // A mistyped keyword under the first 部分, after the header.
    var source = original.components(separatedBy: "\n")
    let section = try #require(source.firstIndex { $0.hasPrefix("部分") })
    source.insert("条木 0 多出来的条目", at: section + 1)
    let broken = source.joined(separator: "\n")
    let path = folder.appendingPathComponent("jiudian-zhidu.ducha").path
    try Data(broken.utf8).write(to: URL(fileURLWithPath: path))
    let script = work.appendingPathComponent("choose.input")
    try CLI.writeScript(["jiudian-zhidu", "jiudian-dangan"], to: script)

    let run = try runDucha(
      [
        "inspect", "--checklists", folder.path, "--sessions", work.appendingPathComponent("s").path,
        "--script", script.path,
      ], in: work)
    let validate = try runDucha(["validate", path], in: work)
    #expect(validate.status == 1)
    let report = validate.errors.trimmingCharacters(in: .newlines)
    #expect(report.hasPrefix("\(path):\(section + 2):1: 错误[E201]: 不认识的关键词“条木”。是不是“条目”？"))

    // The local file replaces the bundled one of the same name, with its note, and is listed.
    #expect(
      run.errors.hasPrefix(
        "注意：使用本地的 \(path)，它与内置的同名清单（jiudian-zhidu）内容不同。\n"))
    let lines = run.output.components(separatedBy: "\n")
    #expect(lines.contains { $0.contains("jiudian-zhidu") && $0.contains("酒店乡控辍保学工作实施方案") })
    let rows = lines.filter { line in
      line.range(of: #"^ *[0-9]+  [a-z]"#, options: .regularExpression) != nil
    }
    #expect(rows.count == CLI.bundledCount)
    // Choosing it: the complaint, validate's report verbatim, the advice, the question again.
    let chose = try #require(lines.firstIndex { $0.hasSuffix("选择清单（序号或编号）> jiudian-zhidu") })
    #expect(lines[chose + 1] == "✗ 清单 \(path) 有错误，不能使用：")
    let reportLines = report.components(separatedBy: "\n")
    let shown = Array(lines[(chose + 2)..<(chose + 2 + reportLines.count)])
    #expect(shown == reportLines)
    #expect(
      lines[chose + 2 + reportLines.count]
        == "请改正后再选（ducha validate \(path) 可再次检查），或选择别的清单。")
    #expect(lines[chose + 3 + reportLines.count].hasSuffix("选择清单（序号或编号）> jiudian-dangan"))
    // The other checklist is usable: the walk goes on to the next question.
    #expect(run.output.contains("被检查单位名称"))
  }

  @Test("the beginning of one checklist's id or title chooses it and says which; of several, not")
  func beginningOfOneChecklist() throws {
    let work = try CLI.temporaryDirectory("choice-prefix")
    defer { try? FileManager.default.removeItem(at: work) }
    let script = work.appendingPathComponent("choose.input")
    // huili begins six checklists; sichuan one id; 灵璧 one title.
    try CLI.writeScript(["huili", "sichuan", "退出"], to: script)
    let run = try runDucha(
      [
        "inspect", "--sessions", work.appendingPathComponent("s").path, "--script", script.path,
      ], in: work)
    let lines = run.output.components(separatedBy: "\n")
    let huili = try #require(lines.firstIndex { $0.hasSuffix("选择清单（序号或编号）> huili") })
    #expect(lines[huili + 1] == "✗ " + Self.sixHuili + "，或输入上面列出的序号。")
    let sichuan = try #require(lines.firstIndex { $0.hasSuffix("选择清单（序号或编号）> sichuan") })
    #expect(lines[sichuan + 1] == "→ sichuan-shifanxian（四川省义务教育示范县评估验收细则（存储副本所见 c20—c29））")
    #expect(!run.output.contains("没有“sichuan”"))

    try CLI.writeScript(["灵璧", "退出"], to: script)
    let titled = try runDucha(
      [
        "inspect", "--sessions", work.appendingPathComponent("s").path, "--script", script.path,
      ], in: work)
    #expect(titled.output.contains("→ lingbi-xueji-2021（灵璧县学籍管理工作专项核查记录表）"))
  }

  /// The six checklists `huili` begins, said whole (the prompt named three guesses).
  static let sixHuili =
    "“huili”开头的清单有 6 张：huili-hecha、huili-kaohe-bumen、huili-kaohe-jiaoyuju、huili-kaohe-xiangzhen、huili-kaohe-xuexiao、huili-taizhang。请写到能分出是哪一张"

  /// `ducha inspect --checklist sichuan` was refused with 是不是：sichuan-shifanxian？ while the
  /// prompt took sichuan since 960462c. The option is now read by the prompt's resolver: one
  /// checklist beginning so is chosen and said back; several are named, then the list is shown
  /// and the question asked.
  @Test("--checklist takes the beginning of one checklist's id, and names the several it may be")
  func checklistOptionTakesABeginning() throws {
    let work = try CLI.temporaryDirectory("choice-prefix-option")
    defer { try? FileManager.default.removeItem(at: work) }
    let script = work.appendingPathComponent("quit.input")
    try CLI.writeScript(["退出"], to: script)
    func inspect(_ reference: String) throws -> [String] {
      let run = try runDucha(
        [
          "inspect", "--checklist", reference, "--sessions", work.appendingPathComponent("s").path,
          "--script", script.path,
        ], in: work, workingDirectory: work)
      // Refused, without a terminal, as a command line is (status 64, on standard error).
      return (run.status == 64 ? run.errors : run.output).components(separatedBy: "\n")
    }
    let sichuan = try inspect("sichuan")
    #expect(sichuan.first == "→ sichuan-shifanxian（四川省义务教育示范县评估验收细则（存储副本所见 c20—c29））")
    #expect(sichuan.dropFirst().first?.hasSuffix("被检查单位名称> 退出") == true, "\(sichuan)")
    let huili = try inspect("huili")
    #expect(huili.first?.hasPrefix(Self.sixHuili + "。可用的清单：dianbai-ducha-2017、") == true)
    #expect(huili.dropFirst().first == "用法：ducha inspect <options>")
  }
}
