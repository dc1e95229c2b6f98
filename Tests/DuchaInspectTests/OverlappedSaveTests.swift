import DuchaChecklist
import DuchaInspect
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// An answer's file is written while its score is worked out on another thread, which first
/// checks for a newer copy (`SessionStore.save(_:alongside:)`): the answer is on disk before the
/// next question, and a save refused by that check is reported before it, with the session's
/// save sequence put back.
@Suite struct OverlappedSaveTests {
  /// Feeds lines and, before each, runs `beforeEach` with the prompt (the disk as the question
  /// is asked).
  final class WatchingReader: LineReader {
    var lines: [String]
    let beforeEach: (String) -> Void
    init(_ lines: [String], beforeEach: @escaping (String) -> Void) {
      self.lines = lines
      self.beforeEach = beforeEach
    }
    func readLine(prompt: String) -> LineReadResult {
      beforeEach(prompt)
      return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }
    func addHistory(_ line: String) {}
  }

  /// Runs the 灵璧 walk on `lines` in a new folder; returns the printed lines and the folder.
  static func walk(
    _ lines: [String], directory: String, beforeEach: @escaping (String) -> Void
  ) throws -> [String] {
    let checklists = ChecklistLibrary(
      directory: TranscriptTests.root.appendingPathComponent("Checklists").path
    ).loadAll().compactMap(\.checklist)
    var printed: [String] = []
    let console = Console(
      reader: WatchingReader(lines, beforeEach: beforeEach), write: { printed.append($0) },
      echo: true, language: .chinese, style: TerminalStyle(enabled: false))
    let environment = REPLEnvironment(
      checklists: checklists, store: SessionStore(directory: directory),
      now: { Date(timeIntervalSince1970: 1_635_300_000) }, makeID: { "t0001" })
    _ = InspectionREPL(console: console, environment: environment)
      .runNew(TranscriptTests.lingbiOptions)
    return printed
  }

  static func onDisk(_ directory: String) -> Session? {
    SessionStore(directory: directory).list().sessions.first?.session
  }

  @Test func everyAnswerIsOnDiskWhenTheNextQuestionIsAsked() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // What the disk holds for item 1 each time a question is asked, in order.
    var seen: [Answer?] = []
    _ = try Self.walk(
      ["0", "改 人员配备扣分", "2", "专职人员缺1名", "改 人员配备扣分", "0", "退出"], directory: directory
    ) { _ in seen.append(Self.onDisk(directory)?.answers.values["人员配备扣分"]) }
    var two = Answer(.number(2))
    two.reason = "专职人员缺1名"
    // Before 0; after 0 (the command prompt); 改's question; its reason; after 2; 改; after 0.
    #expect(
      seen == [
        nil, Answer(.number(0)), Answer(.number(0)), Answer(.number(0)), two, two,
        Answer(.number(0)),
      ])
    #expect(Self.onDisk(directory)?.answers.values["人员配备扣分"] == Answer(.number(0)))
  }

  @Test func aSaveRefusedWhileTheScoreIsPrintedIsReportedBeforeTheNextQuestion() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var sequence = 0
    let printed = try Self.walk(
      ["0", "改 人员配备扣分", "2", "专职人员缺1名", "退出"], directory: directory
    ) { prompt in
      // While the reason is typed, another window saves the session five times.
      guard prompt.contains("理由"), var theirs = Self.onDisk(directory) else { return }
      sequence = theirs.saveSequence ?? 0
      theirs.saveSequence = sequence + 5
      theirs.answers.values["人员配备扣分"] = Answer(.number(1))
      let path = SessionStore(directory: directory).path(for: theirs)
      try? AtomicFile.write(SessionStore.encode(theirs), to: path)
    }
    #expect(sequence > 0)
    let refusal = "已是第 \(sequence + 5) 次保存，比这里（第 \(sequence) 次）新"
    let refusals = printed.indices.filter { printed[$0].contains(refusal) }
    // The answer's save and the one on leaving, each from the sequence put back after the first.
    #expect(refusals.count == 2)
    // The first is printed after the answer's score, before the next question.
    let reason = try #require(printed.firstIndex { $0.contains("专职人员缺1名") })
    let next = try #require(printed.firstIndex { $0.hasSuffix("> 退出") })
    #expect(refusals.first.map { reason < $0 && $0 < next } == true)
    #expect(printed[reason..<next].contains { $0.hasPrefix("累计：") })
    // The other window's copy is untouched, and the refused saves left no temporary file
    // (each was written while its check ran, and removed when the check refused).
    let kept = try #require(Self.onDisk(directory))
    #expect(kept.saveSequence == sequence + 5)
    #expect(kept.answers.values["人员配备扣分"] == Answer(.number(1)))
    let left = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(!left.contains { $0.hasSuffix(".tmp") })
  }

  /// Each save writes only the fields that changed since the save before (`SessionFieldBytes`):
  /// at every question of the whole 灵璧 walk (roll calls, registry check, answers, reasons,
  /// notes, 改, finish), the file on disk is byte for byte what JSONEncoder writes for the
  /// session it holds.
  @Test func everyFileOfAWholeWalkIsWhatJSONEncoderWrites() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let input = try String(
      contentsOf: TranscriptTests.transcripts.appendingPathComponent("lingbi-walk.input"),
      encoding: .utf8)
    let lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var checked = 0
    var differing: [Int] = []
    var sequences: Set<Int> = []
    let check = {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
        guard let data = FileManager.default.contents(atPath: directory + "/" + name),
          let session = try? JSONDecoder().decode(Session.self, from: data)
        else {
          differing.append(checked)
          continue
        }
        if (try? encoder.encode(session)) != data { differing.append(checked) }
        sequences.insert(session.saveSequence ?? 0)
        checked += 1
      }
    }
    _ = try Self.walk(lines, directory: directory) { _ in check() }
    check()
    #expect(differing.isEmpty)
    #expect(checked > 60)
    #expect(sequences.count > 30, "many different saves were looked at")
  }
}
