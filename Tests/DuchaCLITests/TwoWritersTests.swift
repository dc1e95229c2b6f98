import DuchaSession
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two terminals on one inspection, and an older copy received again over WeChat: the first
/// writer's confirmed answers never vanish.
@Suite struct TwoWritersTests {
  @Test func secondResumeSaysWhoHoldsTheSessionAndChangesNothing() throws {
    let lines = try CLI.walkLines()
    let directory = try CLI.temporaryDirectory("two-writers")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")
    let first = try LiveDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path], in: directory)
    for index in 0..<8 {
      try first.send(lines[index])
    }
    try #require(
      poll(timeout: 30) { CLI.echoLines(first.output).count >= 8 && first.isBlockedReadingStdin })
    let file = try #require(SessionFiles.sessionFiles(in: sessions).first)
    let before = try Data(contentsOf: file)

    // The second terminal: resume, then try to answer on its own.
    let script = directory.appendingPathComponent("second.input")
    try CLI.writeScript(["是"] + Array(lines[8...20]), to: script)
    let second = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        script.path,
      ],
      in: directory)
    #expect(second.status == 1)
    // Who holds it, with the time as a clock shows it (was 正由vm 上的进程 …，自 2026-12-05T08:30:53+08:00 起).
    #expect(
      second.output.range(
        of: "正由主机 \\S+ 上的进程 \(first.pid)（自 [0-9]{1,2}月[0-9]{1,2}日 [0-9]{2}:[0-9]{2} 起）编辑。",
        options: .regularExpression) != nil, "\(second.output)")
    #expect(second.output.contains("（只读，没有修改）"), "\(second.output)")
    #expect(try Data(contentsOf: file) == before, "the second terminal must not write")

    // The first terminal goes on and its answers are on disk.
    // The whole-school figures (lines 8, 9) and the second class.
    for index in 8..<18 { try first.send(lines[index]) }
    try #require(
      poll(timeout: 30) { CLI.echoLines(first.output).count >= 18 && first.isBlockedReadingStdin })
    #expect(try SessionFiles.load(file).rollCall.count == 2)

    // Killed, it leaves no stale lock: the kernel released it, resume works at once.
    first.killHard()
    let rest = directory.appendingPathComponent("rest.input")
    try CLI.writeScript(Array(lines[18...]), to: rest)
    let resumed = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        rest.path,
      ],
      in: directory)
    #expect(resumed.status == 0, "\(resumed.output)")
    #expect(resumed.output.contains("总分：84.5"), "\(resumed.output.suffix(500))")
  }

  @Test func olderCopyFromWeChatNeverReplacesTheNewer() throws {
    let lines = try CLI.walkLines()
    let directory = try CLI.temporaryDirectory("wechat")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")
    let start = directory.appendingPathComponent("start.input")
    try CLI.writeScript(Array(lines[0..<10]), to: start)
    _ = try runDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path, "--script", start.path],
      in: directory)
    let file = try #require(SessionFiles.sessionFiles(in: sessions).first)
    let older = try Data(contentsOf: file)
    let more = directory.appendingPathComponent("more.input")
    try CLI.writeScript(Array(lines[10..<26]), to: more)
    _ = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        more.path,
      ],
      in: directory)
    let newer = try SessionFiles.load(file)
    #expect(newer.rollCall.count == 3)
    // The older copy arrives again as "…(1).json".
    let copy = URL(fileURLWithPath: file.path.replacingOccurrences(of: ".json", with: "(1).json"))
    try older.write(to: copy)

    let resumed = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        "/dev/null",
      ],
      in: directory)
    #expect(resumed.output.contains(copy.lastPathComponent), "\(resumed.output)")
    #expect(resumed.output.contains("用较新的那份"), "\(resumed.output)")
    #expect(try SessionFiles.load(file).rollCall.count == 3, "the newer answers stay")
    #expect(try Data(contentsOf: copy) == older, "the older copy is left as it was")

    let summary = try runDucha(
      ["summary", sessions.path, "--checklists", CLI.checklists], in: directory)
    #expect(summary.errors.contains(copy.lastPathComponent), "\(summary.errors)")
    #expect(summary.output.contains("渔沟小学"))
  }
}
