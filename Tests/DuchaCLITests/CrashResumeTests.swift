import DuchaSession
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The uninterrupted scripted walk, run once and shared by every test here.
struct WalkReference: Sendable {
  /// Everything the walk printed.
  var output: String
  /// The finished session, read back with `SessionStore.load(path:)`.
  var session: Session
  /// One echo line (question and answer) per script line.
  var echoes: [String]
  /// How long the whole run took, start to exit.
  var seconds: Double

  static let shared: Result<WalkReference, TestFailure> = {
    do {
      let directory = try CLI.temporaryDirectory("reference")
      defer { try? FileManager.default.removeItem(at: directory) }
      let sessions = directory.appendingPathComponent("Sessions")
      let start = Date()
      let run = try runDucha(
        ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path], stdin: CLI.walkScript,
        in: directory)
      let seconds = Date().timeIntervalSince(start)
      guard run.status == 0, run.reason == .exit else {
        return .failure(TestFailure("reference walk exited \(run.status): \(run.errors)"))
      }
      let files = SessionFiles.sessionFiles(in: sessions)
      guard files.count == 1 else {
        return .failure(TestFailure("reference walk left \(files.count) session files"))
      }
      return .success(
        WalkReference(
          output: run.output, session: try SessionFiles.load(files[0]),
          echoes: CLI.echoLines(run.output), seconds: seconds))
    } catch {
      return .failure(TestFailure("reference walk failed: \(error)"))
    }
  }()

  static func get() throws -> WalkReference { try shared.get() }

  /// Compares a finished session with the reference field by field (ids and times aside).
  func expectSame(
    _ session: Session, _ context: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let a = SessionFiles.normalized(session, like: self.session)
    let b = SessionFiles.normalized(self.session, like: self.session)
    func same<T: Equatable>(_ x: T, _ y: T, _ field: String) {
      #expect(x == y, "\(context): \(field) differs", sourceLocation: sourceLocation)
    }
    same(a.answers, b.answers, "answers (values, statuses)")
    same(a.rollCall, b.rollCall, "rollCall")
    same(a.registry, b.registry, "registry")
    same(a.skipped, b.skipped, "skipped")
    same(a.acceptedDefaults, b.acceptedDefaults, "acceptedDefaults")
    same(a.problems, b.problems, "problems")
    same(a.notes, b.notes, "notes")
    same(a.status, b.status, "status")
    same(a.cursor, b.cursor, "cursor")
    same(a.unit, b.unit, "unit")
    same(a.corrections, b.corrections, "corrections")
    #expect(a == b, "\(context): the whole session differs", sourceLocation: sourceLocation)
  }
}

/// A moment to kill the walk: after the line at `last` (0-based; -1 = before any line) has been
/// read, acted on and saved, while the REPL waits for the next line. Every point is at a line
/// boundary where `ducha resume` asks the very question the script answers next — not inside
/// the 点名 or 学籍 sub-flows — and says what must already be on disk.
struct KillPoint: Sendable, CustomTestStringConvertible {
  var last: Int
  var label: String
  var cursor: String
  var rollCalls: Int
  var registryFigures: Int
  /// Inputs that must be answered on disk (with a reason when listed in `reasons`).
  var answered: [String] = []
  var reasons: [String] = []
  /// Inputs that must not be answered yet.
  var unanswered: [String] = []
  var accepted: [String] = []
  var notes = 0
  var problems = 0

  var testDescription: String { "kill after line \(last + 1): \(label)" }
}

@Suite struct CrashResumeTests {
  /// Line numbers below are 1-based lines of lingbi-walk.input.
  static let killPoints: [KillPoint] = [
    KillPoint(
      last: -1, label: "item 1, before any roll call", cursor: "1", rollCalls: 0,
      registryFigures: 0, unanswered: ["人员配备扣分"]),
    KillPoint(
      last: 9,
      label: "first roll-call class (三年级2班) and the whole-school figures complete, back at item 1",
      cursor: "1",
      rollCalls: 1, registryFigures: 0, unanswered: ["人员配备扣分"]),
    KillPoint(
      last: 25, label: "third roll-call class complete", cursor: "1", rollCalls: 3,
      registryFigures: 0, unanswered: ["人员配备扣分"]),
    KillPoint(
      last: 34, label: "registry flow complete", cursor: "1", rollCalls: 3, registryFigures: 6,
      unanswered: ["人员配备扣分"]),
    KillPoint(
      last: 36, label: "after the 酌情 reason of item 1", cursor: "1", rollCalls: 3,
      registryFigures: 6, answered: ["人员配备扣分"], reasons: ["人员配备扣分"],
      unanswered: ["专用电脑能上网"]),
    KillPoint(
      last: 43, label: "item 3 between 经费实际投入 and 经费规定标准", cursor: "3", rollCalls: 3,
      registryFigures: 6, answered: ["经费实际投入", "已配器材"], unanswered: ["经费规定标准"]),
    KillPoint(
      last: 50, label: "after the 酌情 reason of item 4.2", cursor: "4.2", rollCalls: 3,
      registryFigures: 6, answered: ["制度执行得分", "制度上墙"], reasons: ["制度执行得分"]),
    KillPoint(
      last: 54, label: "after 备注 and 问题 at item 5", cursor: "5", rollCalls: 3,
      registryFigures: 6, accepted: ["人籍不一致人数"], notes: 1, problems: 1),
    KillPoint(
      last: 80, label: "after the 酌情 reason of item 11", cursor: "11", rollCalls: 3,
      registryFigures: 6, answered: ["学籍比率得分"], reasons: ["学籍比率得分"],
      accepted: ["在校生数", "学籍数"], notes: 1, problems: 1),
    KillPoint(
      last: 83, label: "item 12 with both figures accepted", cursor: "12", rollCalls: 3,
      registryFigures: 6, accepted: ["实际班级数", "系统班级数"], notes: 1, problems: 1),
    KillPoint(
      last: 84, label: "after 列表 at the last item", cursor: "12", rollCalls: 3,
      registryFigures: 6, accepted: ["实际班级数", "系统班级数"], notes: 1, problems: 1),
  ]

  @Test func uninterruptedWalkScoresEightyFourPointFive() throws {
    let reference = try WalkReference.get()
    let lines = try CLI.walkLines()
    #expect(reference.output.contains("总分：84.5"))
    #expect(reference.echoes.count == lines.count, "one echo per script line")
    #expect(reference.session.status == .complete)
    #expect(reference.session.rollCall.count == 3)
    #expect(reference.session.problems.count == 1)
    #expect(reference.session.answers.values.count == 15)
  }

  /// Every answer is on disk before the next prompt; after kill -9 at the prompt, `ducha
  /// resume` asks the same next question and the finished session equals the uninterrupted one.
  @Test(arguments: killPoints)
  func killAtPromptThenResume(_ point: KillPoint) throws {
    let reference = try WalkReference.get()
    let lines = try CLI.walkLines()
    let directory = try CLI.temporaryDirectory("kill\(point.last + 1)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")

    let live = try LiveDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path], in: directory)
    for index in 0..<(point.last + 1) {
      try live.send(lines[index])
      let echoed = poll(timeout: 30) { CLI.echoLines(live.output).count >= index + 1 }
      try #require(
        echoed,
        "no echo of line \(index + 1) «\(lines[index])»; output so far:\n\(live.output.suffix(1500))"
      )
    }
    let waiting = poll(timeout: 30) { live.isBlockedReadingStdin }
    try #require(
      waiting,
      "ducha is not waiting in read(0) after line \(point.last + 1): \(live.syscallState)\n\(live.output.suffix(1500))"
    )
    let outputAtKill = live.output
    live.killHard()
    #expect(live.process.terminationReason == .uncaughtSignal)
    #expect(live.process.terminationStatus == SIGKILL)
    #expect(
      CLI.echoLines(outputAtKill) == Array(reference.echoes.prefix(point.last + 1)),
      "the questions up to the kill are those of the uninterrupted walk")

    // On disk: one whole session file, nothing else, holding every answer given so far.
    let files = SessionFiles.sessionFiles(in: sessions)
    try #require(files.count == 1, "session files: \(files.map(\.lastPathComponent))")
    #expect(SessionFiles.otherFiles(in: sessions).isEmpty, "no temporary file may remain")
    let onDisk = try SessionFiles.load(files[0])
    checkDurable(onDisk, point)

    // Resume with the rest of the script.
    let rest = directory.appendingPathComponent("rest.input")
    try CLI.writeScript(Array(lines[(point.last + 1)...]), to: rest)
    let resumed = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        rest.path,
      ], in: directory)
    #expect(resumed.status == 0, "resume failed: \(resumed.errors)")
    #expect(resumed.output.contains("继续：渔沟小学"), "\(resumed.output.prefix(500))")
    #expect(resumed.output.contains("总分：84.5"), "\(resumed.output.suffix(800))")
    #expect(
      CLI.complaintsBeforeResuming(resumed.output).isEmpty, "resume complained:\n\(resumed.output)")
    let resumedEchoes = CLI.echoLines(resumed.output)
    #expect(
      resumedEchoes.first == reference.echoes[point.last + 1],
      "resume must ask the question the script answers next")
    #expect(
      resumedEchoes == Array(reference.echoes[(point.last + 1)...]),
      "after resuming, every question and answer is as in the uninterrupted walk")

    // The finished session equals the uninterrupted one.
    let finalFiles = SessionFiles.sessionFiles(in: sessions)
    try #require(finalFiles.count == 1, "\(finalFiles.map(\.lastPathComponent))")
    #expect(finalFiles[0].lastPathComponent == files[0].lastPathComponent)
    let final = try SessionFiles.load(finalFiles[0])
    #expect(final.status == .complete)
    #expect(final.id == onDisk.id)
    reference.expectSame(final, point.testDescription)
  }

  /// What must already be in the file when ducha waits for the line after `point.last`.
  private func checkDurable(_ session: Session, _ point: KillPoint) {
    #expect(session.status == .inProgress)
    #expect(session.cursor == point.cursor)
    #expect(session.rollCall.count == point.rollCalls)
    #expect(session.registry.counts.count == point.registryFigures)
    let values = session.answers.values
    for name in point.answered {
      #expect(values[name] != nil, "\(name) must be saved before the next prompt")
    }
    for name in point.reasons {
      #expect(values[name]?.reason?.isEmpty == false, "the reason for \(name) must be saved")
    }
    for name in point.unanswered {
      #expect(values[name] == nil, "\(name) was not answered yet")
    }
    for name in point.accepted {
      #expect(
        session.acceptedDefaults.contains(name), "accepting the figure for \(name) must be saved")
    }
    #expect(session.notes.values.map(\.count).reduce(0, +) == point.notes)
    #expect(session.problems.count == point.problems)
  }

  /// Kills the walk while it is busy (input from a file, never waiting) at spread-out random
  /// moments: the file on disk is always whole JSON, and `ducha resume` runs on what is left.
  @Test func killWhileBusyLeavesWholeFile() throws {
    let reference = try WalkReference.get()
    // Two kills during start-up, counted from the start of the process, and eight during the
    // walk proper, counted from the moment the session file exists; each at a random moment of
    // its own slot. A run that ends before its kill shrinks the span and is tried again.
    var startupSpan = reference.seconds / 2
    var walkSpan = reference.seconds
    var generator = SystemRandomNumberGenerator()
    var kills: [String] = []
    var attempt = 0
    while kills.count < 10, attempt < 40 {
      attempt += 1
      let duringWalk = kills.count >= 2
      let slot = Double(duringWalk ? kills.count - 2 : kills.count)
      let fraction = (slot + Double.random(in: 0..<1, using: &generator)) / (duringWalk ? 8 : 2)
      let directory = try CLI.temporaryDirectory("busy\(attempt)")
      defer { try? FileManager.default.removeItem(at: directory) }
      let sessions = directory.appendingPathComponent("Sessions")
      let live = try LiveDucha(
        ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path], in: directory,
        stdinFile: CLI.walkScript)
      if duringWalk {
        let created = poll(timeout: 30, interval: 500) {
          !SessionFiles.sessionFiles(in: sessions).isEmpty
        }
        try #require(created, "no session file appeared:\n\(live.output)")
      }
      let delay = fraction * (duringWalk ? walkSpan : startupSpan)
      usleep(useconds_t(delay * 1_000_000))
      let state = live.syscallState.prefix(12).trimmingCharacters(in: .whitespacesAndNewlines)
      live.killHard()
      guard live.process.terminationReason == .uncaughtSignal else {
        if duringWalk { walkSpan *= 0.7 } else { startupSpan *= 0.7 }
        continue
      }
      kills.append(
        (duringWalk ? "session + " : "start + ") + "\(Int(delay * 1000)) ms (\(state))")
      let moment = "kill at \(kills.last!)"

      var before: Session?
      for file in SessionFiles.sessionFiles(in: sessions) {
        // Whole JSON that ducha itself can read, whatever the moment of the kill.
        let session = try SessionFiles.load(file)
        #expect(session.formatVersion == Session.currentFormatVersion, "\(moment)")
        #expect(session.unit.name == "渔沟小学", "\(moment)")
        before = session
      }
      #expect(SessionFiles.sessionFiles(in: sessions).count <= 1, "\(moment)")
      for name in SessionFiles.otherFiles(in: sessions) {
        // A class being called when the kill came leaves its draft, whole like every file.
        if name.hasPrefix("."), name.hasSuffix(".rollcall.json") {
          let data = try Data(contentsOf: sessions.appendingPathComponent(name))
          #expect(
            (try? JSONDecoder().decode(RollCallDraft.self, from: data)) != nil, "\(moment): \(name)"
          )
          continue
        }
        // So does a 酌情 score typed when the kill came at its reason (`AnswerDraft`).
        if name.hasPrefix("."), name.hasSuffix(".answer.json") {
          let data = try Data(contentsOf: sessions.appendingPathComponent(name))
          #expect(
            (try? JSONDecoder().decode(AnswerDraft.self, from: data)) != nil, "\(moment): \(name)")
          kills[kills.count - 1] += ", left an answer waiting for its reason"
          continue
        }
        // A save cut short leaves only its own hidden temporary file, which listing skips.
        #expect(name.hasPrefix(".") && name.hasSuffix(".tmp"), "\(moment): stray file \(name)")
        kills[kills.count - 1] += ", left \(name.hasSuffix(".tmp") ? "a temporary file" : name)"
      }

      let empty = directory.appendingPathComponent("empty.input")
      try CLI.writeScript([], to: empty)
      let resumed = try runDucha(
        [
          "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
          empty.path,
        ], in: directory)
      // A script that ends with the inspection unfinished exits 2 (issue 8 point 11).
      let unfinished = before?.status == .inProgress
      #expect(
        resumed.status == (unfinished ? 2 : 0), "\(moment): \(resumed.output)\(resumed.errors)")
      #expect(
        CLI.complaintsBeforeResuming(resumed.output).isEmpty,
        "\(moment): resume complained:\n\(resumed.output)")
      if let before, before.status == .inProgress {
        #expect(resumed.output.contains("继续：渔沟小学"), "\(moment): \(resumed.output)")
        let after = try SessionFiles.load(
          try #require(SessionFiles.sessionFiles(in: sessions).first))
        #expect(
          after.answers == before.answers, "\(moment): resuming and leaving keeps every answer")
        #expect(after.rollCall == before.rollCall, "\(moment)")
        #expect(after.registry == before.registry, "\(moment)")
      } else {
        #expect(resumed.output.contains("没有未完成的检查"), "\(moment): \(resumed.output)")
      }
    }
    #expect(kills.count == 10, "only \(kills.count) kills landed while ducha ran: \(kills)")
    print("killWhileBusyLeavesWholeFile: kill -9 at " + kills.joined(separator: "; "))
  }

  /// A temporary file left by a save cut short (here: half a session, as kill -9 during the
  /// write would leave it) is not listed, not reported, and does not stop `ducha resume`.
  @Test func halfWrittenTemporaryFileIsIgnoredByResume() throws {
    let reference = try WalkReference.get()
    let lines = try CLI.walkLines()
    let directory = try CLI.temporaryDirectory("leftover")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sessions = directory.appendingPathComponent("Sessions")
    // The first 42 lines, then end of input: ducha saves and leaves inside item 3.
    let first = directory.appendingPathComponent("first.input")
    try CLI.writeScript(Array(lines[..<42]), to: first)
    let started = try runDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", sessions.path, "--script", first.path],
      in: directory)
    #expect(started.status == 2, "the script ends inside item 3: unfinished")
    let file = try #require(SessionFiles.sessionFiles(in: sessions).first)
    let bytes = try Data(contentsOf: file)
    let leftover = sessions.appendingPathComponent(".\(file.lastPathComponent).4242.17.tmp")
    try bytes.prefix(bytes.count / 2).write(to: leftover)

    let rest = directory.appendingPathComponent("rest.input")
    try CLI.writeScript(Array(lines[42...]), to: rest)
    let resumed = try runDucha(
      [
        "resume", "--checklists", CLI.checklists, "--sessions", sessions.path, "--script",
        rest.path,
      ], in: directory)
    #expect(resumed.status == 0)
    #expect(
      CLI.complaintsBeforeResuming(resumed.output).isEmpty, "resume complained:\n\(resumed.output)")
    #expect(!resumed.output.contains(leftover.lastPathComponent))
    #expect(resumed.output.contains("继续：渔沟小学"))
    #expect(resumed.output.contains("总分：84.5"))
    #expect(CLI.echoLines(resumed.output) == Array(reference.echoes[42...]))
    #expect(SessionFiles.sessionFiles(in: sessions).count == 1)
    // ducha's own listing skips the temporary file without reporting it.
    let listing = SessionStore(directory: sessions.path).list()
    #expect(listing.problems.isEmpty)
    #expect(listing.sessions.map(\.path) == [file.path])
    reference.expectSame(
      try SessionFiles.load(file), "resumed beside a half-written temporary file")
  }
}
