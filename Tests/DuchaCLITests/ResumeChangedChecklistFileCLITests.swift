import DuchaChecklist
import Foundation
import Testing

/// An inspector starts with `--checklist FILE`, a file of his own outside the checklist folders,
/// stops, and edits the file before resuming: the inspection goes on with the version it
/// started with (kept in the session), and `resume` says once that the file differs and how
/// to score with the new version. The file is found beside the sessions folder; its path is not
/// written into the session (older versions refuse a field they do not know).
@Suite struct ResumeChangedChecklistFileCLITests {
  @Test func resumeSaysTheFileChangedAndKeepsTheStartedVersion() throws {
    let directory = try CLI.temporaryDirectory("changedfile")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = directory.appendingPathComponent("我的检查")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("灵璧.ducha")
    let original = try String(
      contentsOf: CLI.repoRoot.appendingPathComponent("Checklists/lingbi-xueji.ducha"),
      encoding: .utf8)
    try Data(original.utf8).write(to: file)
    let firstAnswers = directory.appendingPathComponent("first.input")
    try CLI.writeScript(Array(try CLI.walkLines().prefix(5)), to: firstAnswers)
    let options = CLI.walkOptions.map { $0 == "lingbi-xueji" ? file.path : $0 }
    let sessions = folder.appendingPathComponent("记录")
    let start = try runDucha(
      ["inspect"] + options + ["--sessions", sessions.path, "--script", firstAnswers.path],
      in: directory, workingDirectory: directory)
    #expect(start.status == 2, "\(start.errors)")
    // The recorded checklist holds the four fields every version reads, no path.
    let saved = try #require(SessionFiles.sessionFiles(in: sessions).first)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: saved)) as? [String: Any]
    let recorded = try #require(json?["inspectedChecklist"] as? [String: Any])
    #expect(Set(recorded.keys) == ["id", "contentHash", "fileName", "source"])

    let quit = directory.appendingPathComponent("quit.input")
    try CLI.writeScript(["退出"], to: quit)
    let resume = [
      "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script", quit.path,
    ]
    let unchanged = try runDucha(resume, in: directory, workingDirectory: directory)
    #expect(!unchanged.output.contains("注意"), "\(unchanged.output)")

    let edited = original + "# 县里补了一条说明\n"
    try Data(edited.utf8).write(to: file)
    let resumed = try runDucha(resume, in: directory, workingDirectory: directory)
    #expect(resumed.status == 2)
    let now = ContentHash.short(ContentHash.of(edited))
    let started = ContentHash.short(ContentHash.of(original))
    let lines = resumed.output.components(separatedBy: "\n")
    #expect(
      lines.prefix(2) == [
        "注意：清单文件 \(file.path) 在这次检查开始后改过（现在 \(now)，这次检查用的是开始时的版本 \(started)，已存在检查记录里）；继续按开始时的版本检查和计分。检查完成后要按新版本计分：汇总时加 --checklists \(folder.path) --rescore。",
        "继续：渔沟小学 · 灵璧县学籍管理工作专项核查记录表，已评 0/19 项，从 1 继续。",
      ])
    #expect(lines.filter { $0.hasPrefix("注意") }.count == 1)
  }
}
