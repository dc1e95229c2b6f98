import DuchaSession
import Foundation
import Testing

/// A session pulled from the county server without `--reveal` is a masked copy: resuming it is
/// refused before any answer, so its masked ID numbers never become the newest version.
@Suite struct MaskedCopyCLITests {
  @Test func resumingAMaskedCopyIsRefusedAndTheFileIsUntouched() throws {
    let lines = try CLI.walkLines()
    let directory = try CLI.temporaryDirectory("masked-copy")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")
    let start = directory.appendingPathComponent("start.input")
    try CLI.writeScript(Array(lines[0..<10]), to: start)
    _ = try runDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path, "--script", start.path],
      in: directory)
    let file = try #require(SessionFiles.sessionFiles(in: sessions).first)
    // What the server hands a leader: masked, and marked as such.
    let copy = try SessionStore.load(path: file.path).sharedCopy()
    let masked = try SessionStore.encode(copy)
    try masked.write(to: file)

    let more = directory.appendingPathComponent("more.input")
    try CLI.writeScript(Array(lines[10..<20]), to: more)
    let resumed = try runDucha(
      [
        "resume", copy.id, "--checklists", CLI.checklists, "--sessions", sessions.path,
        "--script", more.path,
      ],
      in: directory)
    #expect(resumed.status == 1)
    #expect(
      resumed.output.contains(
        "\(file.path) 是从县服务器取回的遮蔽副本（姓名、身份证号已遮蔽），只能查看和汇总，不能继续检查或修改：保存会把遮蔽后的姓名和号码当作最新版本，盖过真实的记录。没有保存；请在做这次检查的电脑上继续。"
      ), "\(resumed.output)")
    #expect(try Data(contentsOf: file) == masked, "a refused resume must not write")
  }

  /// `ducha cases import` of a pulled copy would make cases of 张* and 990101***…: refused
  /// whole, with the place and the fix; the inspector's own file still makes its cases.
  @Test func aMaskedCopyMakesNoCases() throws {
    let directory = try CLI.temporaryDirectory("masked-copy-cases")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")
    // The scripted 灵璧 walk records 籍在人不在 张三、李四 in 三年级2班 of 渔沟小学.
    let walk = try runDucha(
      ["inspect"] + CLI.walkOptions + [
        "--sessions", sessions.path, "--script", CLI.walkScript.path,
      ], in: directory)
    #expect(walk.output.contains("总分：84.5"), "\(walk.errors)")
    let file = try #require(SessionFiles.sessionFiles(in: sessions).first)
    let copy = try SessionStore.load(path: file.path).sharedCopy()
    #expect(copy.rollCall.flatMap(\.absentNames) == ["张*", "李*"])
    try SessionStore.encode(copy).write(to: directory.appendingPathComponent("服务器副本.json"))

    let ledger = ["--ledger", directory.appendingPathComponent("台账/cases.sqlite").path]
    let refused = try runDucha(
      ["cases", "import", "服务器副本.json", "--by", "李辉"] + ledger, in: directory,
      workingDirectory: directory)
    #expect(refused.status == 1)
    #expect(
      refused.errors == """
        服务器副本.json:1:1: 错误[C107]: 这是从县服务器取回的遮蔽副本（姓名、身份证号已遮蔽），不能据此建案例，未导入。
          改法：导入检查人员本机 Sessions/ 里的原件，或县教育局用 ducha sync --pull --reveal 取回的记录。
        服务器副本.json：读入 0 人，没有可以导入的孩子
        没有导入任何孩子，所以没有建立台账 \(ledger[1])。按上面每一条的改法改好名单后再导入。

        """)
    #expect(refused.output.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: ledger[1]))
    let real = try runDucha(
      ["cases", "import", file.path, "--by", "李辉"] + ledger, in: directory,
      workingDirectory: directory)
    #expect(real.status == 0, "\(real.errors)")
    #expect(real.output == "\(file.path)：读入 2 人，新建案例 2 个，已在台账中 0 人（不重复建案）\n")
  }
}
