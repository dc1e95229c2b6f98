import DuchaSession
import Foundation
import Testing

/// The only unfinished session of a laptop, hand-edited in Notepad with a stray comma: `ducha
/// resume` named the file and the place, then said “没有未完成的检查。用 ducha inspect 开始新的检查。”
/// with exit status 0 — an inspector told to start over left the school's own record aside and
/// began a second one. It now says that the files it could not read may hold the one to
/// continue, to fix them first, and exits 1.
@Suite struct ResumeNothingReadableCLITests {
  @Test func aDamagedOnlySessionIsNotCalledNoUnfinishedInspection() throws {
    let directory = try CLI.temporaryDirectory("resume-nothing-readable")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("记录 文件夹")
    let file = try CLI.startAndQuit(answers: ["0"], sessions: sessions, in: directory)
    let text = try String(contentsOf: file, encoding: .utf8)
    // Notepad: a comma typed after the unit's name, saved with CRLF.
    let edited = text.replacingOccurrences(of: "\"渔沟小学\"", with: "\"渔沟小学\",")
      .replacingOccurrences(of: "\n", with: "\r\n")
    #expect(edited != text)
    try Data(edited.utf8).write(to: file)

    let run = try runDucha(
      ["resume", "--checklists", CLI.checklists, "--sessions", sessions.path], in: directory)

    #expect(run.status == 1, "\(run.output)")
    #expect(run.output.contains("\(file.path):"), "\(run.output)")
    #expect(
      run.output.hasSuffix(
        "✗ 没有可以继续的检查：上面 1 个记录文件用不了，其中可能有要继续的那一份。请先按上面的说明改好（或向发送者要完整的文件），再运行 ducha resume；不要为同一所学校另开一次检查。\n"
      ), "\(run.output)")
    #expect(!run.output.contains("用 ducha inspect 开始新的检查"), "\(run.output)")
    #expect(try String(contentsOf: file, encoding: .utf8) == edited, "the file is left as it is")
  }
}
