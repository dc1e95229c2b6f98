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
    var copy = try SessionStore.load(path: file.path).maskingPersonalData()
    copy.maskedCopy = true
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
        "\(file.path) 是从县服务器取回的遮蔽副本（身份证号已遮蔽），只能查看和汇总，不能继续检查或修改：保存会把遮蔽后的号码当作最新版本，盖过真实的记录。没有保存；请在做这次检查的电脑上继续。"
      ), "\(resumed.output)")
    #expect(try Data(contentsOf: file) == masked, "a refused resume must not write")
  }
}
