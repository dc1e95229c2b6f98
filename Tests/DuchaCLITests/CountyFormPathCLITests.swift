import Foundation
import Testing

/// A county clerk writes the bureau's new form from `docs/checklist-language.md`, saves it in a
/// folder of her own (not `Checklists/`) and starts the inspection with the path, as
/// `ducha inspect --help` says `--checklist` takes: "路径、文件名或编号".
@Suite("Inspecting with a checklist given by its path")
struct CountyFormPathCLITests {
  /// The complete small example of the language doc (section 8), under a Chinese file name.
  static let form = """
    清单 示例-人籍核查
    标题：人籍一致核查（示例）
    对象：学校
    总分：15

    部分 一 学籍管理 15分
    条目 1 人籍一致情况 10分
      赋分：入班核查,出现一例扣0.5分,扣完为止。
      录入 不一致人数 计数 提示 "入班核查发现的人籍不一致人数"
      规则 每例扣分(不一致人数, 每例=0.5)
    条目 2 宣传 5分
      赋分：有资料且师生知晓度较高、效果较好的得满分,仅有资料的得2分,没有进行宣传的得0分。
      录入 宣传 单选 选项 [有资料且知晓度较高=5, 仅有资料=2, 没有=0]
      规则 档次(宣传)
    """

  @Test("--checklist 新细则/县里的表.ducha from a folder outside the repository walks that form")
  func relativePathOutsideEveryChecklistFolder() throws {
    let work = try CLI.temporaryDirectory("form-path")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("新细则")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Self.form.utf8).write(to: folder.appendingPathComponent("县里的表.ducha"))
    let script = work.appendingPathComponent("walk.input")
    // Three children missing (typed "3人"), then the second option by name, then 完成.
    try CLI.writeScript(["3人", "", "仅有资料", "完成"], to: script)

    let run = try runDucha(
      [
        "inspect", "--checklist", "新细则/县里的表.ducha", "--unit", "城关一小", "--stage", "小学",
        "--group", "一组",
        "--inspector", "张三", "--date", "2022-10-12", "--sessions", "记录", "--script", "walk.input",
      ], in: work, workingDirectory: work)

    #expect(run.status == 0, "\(run.output)\(run.errors)")
    #expect(!run.output.contains("找不到清单"))
    #expect(run.output.contains("── 一 学籍管理 › 1 人籍一致情况（10分）"))
    #expect(run.output.contains("  − 1.5  不一致人数 3 例 × 0.5 分 = 1.5 分"))
    // 10 − 0.5 × 3 = 8.5, plus 2 for 仅有资料.
    #expect(run.output.contains("总分：10.5"))
    let saved = try FileManager.default.contentsOfDirectory(
      atPath: work.appendingPathComponent("记录").path)
    #expect(saved.filter { $0.hasSuffix(".json") }.count == 1)
  }

  @Test("the path wins over a bundled checklist with the same id, and is not listed twice")
  func pathBeatsBundledAndFolderCopy() throws {
    let work = try CLI.temporaryDirectory("form-path-id")
    defer { try? FileManager.default.removeItem(at: work) }
    // The clerk's edited copy of 酒店乡's form (same id), also inside the --checklists folder.
    let bundled = try String(
      contentsOf: CLI.repoRoot.appendingPathComponent("Checklists/jiudian-zhidu.ducha"),
      encoding: .utf8)
    let edited = bundled.replacingOccurrences(
      of: "标题：", with: "标题：（县里改过）", options: [], range: bundled.range(of: "标题："))
    try Data(edited.utf8).write(to: work.appendingPathComponent("我的制度表.ducha"))
    let script = work.appendingPathComponent("quit.input")
    try CLI.writeScript(["退出"], to: script)

    let run = try runDucha(
      [
        "inspect", "--checklists", ".", "--checklist", "./我的制度表.ducha", "--unit", "城关一小",
        "--stage", "小学", "--group", "一组", "--inspector", "张三", "--date", "2022-10-12", "--sessions",
        "记录",
        "--script", "quit.input",
      ], in: work, workingDirectory: work)

    #expect(!run.output.contains("找不到清单"), "\(run.output)")
    #expect(!run.output.contains("可用的清单"))
    #expect(run.errors.contains("注意：使用本地的 ./我的制度表.ducha，它与内置的同名清单（jiudian-zhidu）内容不同。"))
    let sessions = work.appendingPathComponent("记录")
    let names = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
    let file = try #require(names.first { $0.hasSuffix(".json") })
    let text = try String(contentsOf: sessions.appendingPathComponent(file), encoding: .utf8)
    #expect(text.contains("（县里改过）"))
  }
}
