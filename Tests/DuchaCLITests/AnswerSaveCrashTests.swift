import DuchaChecklist
import DuchaSession
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The per-answer save splices cached bytes (the checklist text, each undo step) into the file
/// and recognises its own last file by its bytes. Killed with -9 in the middle of a long walk
/// of changing answers, the file on disk must hold every answer given, be exactly what
/// JSONEncoder writes for it, and `ducha resume` must take the walk up with `撤销` working.
@Suite struct AnswerSaveCrashTests {
  static let options = [
    "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--unit", "渔沟小学", "--stage",
    "小学",
    "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27",
  ]

  /// Answer `number` (0-based) of the walk: 0 first, then revisions alternating 2 (with a
  /// reason, as a deduction needs) and 0.
  static func lines(ofAnswer number: Int) -> [String] {
    if number == 0 { return ["0"] }
    return number % 2 == 1 ? ["改 人员配备扣分", "2", "专职人员缺\(number)名"] : ["改 人员配备扣分", "0"]
  }

  @Test func killedAfterFiftyFiveAnswersEveryAnswerIsOnDiskAndResumeUndoes() throws {
    let directory = try CLI.temporaryDirectory("answer-kill")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")
    let live = try LiveDucha(
      ["inspect"] + Self.options + ["--sessions", sessions.path], in: directory)
    let answers = Session.undoLimit + 5
    var sent = 0
    for number in 0..<answers {
      for line in Self.lines(ofAnswer: number) {
        try live.send(line)
        sent += 1
        let echoed = poll(timeout: 30) { CLI.echoLines(live.output).count >= sent }
        try #require(echoed, "no echo of «\(line)»:\n\(live.output.suffix(1500))")
      }
    }
    try #require(poll(timeout: 30) { live.isBlockedReadingStdin }, "\(live.syscallState)")
    live.killHard()
    #expect(live.process.terminationStatus == SIGKILL)

    // One whole file, no temporary left, the last answer (54: 0 after 2) and the one before
    // it in the undo log, which is full.
    let files = SessionFiles.sessionFiles(in: sessions)
    try #require(files.count == 1, "\(files.map(\.lastPathComponent))")
    #expect(SessionFiles.otherFiles(in: sessions).isEmpty)
    let bytes = try Data(contentsOf: files[0])
    let onDisk = try SessionFiles.load(files[0])
    #expect(onDisk.answers.values["人员配备扣分"]?.value == .number(0))
    #expect(onDisk.undoLog?.count == Session.undoLimit)
    let last = try #require(onDisk.undoLog?.last)
    #expect(last.values?["人员配备扣分"] == .some(Answer(.number(2), reason: "专职人员缺53名")))
    #expect(onDisk.saveSequence ?? 0 > answers)
    // Exactly the bytes JSONEncoder writes for the session read back.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    #expect(bytes == (try encoder.encode(onDisk)))

    // Resume and undo twice: the answer before the last, then the one before that.
    let script = directory.appendingPathComponent("undo.input")
    try CLI.writeScript(["撤销", "撤销", "退出"], to: script)
    let resumed = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        script.path,
      ],
      in: directory)
    // 2: the script ended before the inspection was finished (saved; `ducha resume` goes on).
    #expect(resumed.status == 2, "\(resumed.errors)\n\(resumed.output.suffix(800))")
    let after = try SessionFiles.load(try #require(SessionFiles.sessionFiles(in: sessions).first))
    #expect(after.answers.values["人员配备扣分"] == Answer(.number(0)))
    #expect(after.undoLog?.count == Session.undoLimit - 2)
    #expect(after.saveSequence ?? 0 > onDisk.saveSequence ?? 0)
  }
}
