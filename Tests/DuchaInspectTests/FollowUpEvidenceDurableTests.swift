import DuchaChecklist
import DuchaInspect
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation
import Testing

/// 回头看: the 已整改 answer was written only after the evidence question. A window closed at
/// “证据（照片或材料名称）” lost it — the session held no check, the problem list no 回头看 —
/// and `ducha resume` asked 已整改？ again. It is now on disk, in both, when the evidence is
/// asked; the evidence follows when given.
@Suite struct FollowUpEvidenceDurableTests {
  /// Looks at the disk each time the evidence is asked, as a closed window would leave it.
  final class DiskAtEvidence: LineReader {
    let lines: PlainLineReader
    let later: String
    let first: String
    var seen: [(checks: [FollowUpRecord.Check], status: ProblemList.Status?)] = []
    var number = 0

    init(_ lines: PlainLineReader, later: String, first: String) {
      (self.lines, self.later, self.first) = (lines, later, first)
    }

    func readLine(prompt: String) -> LineReadResult {
      if prompt.contains("证据（照片或材料名称）") {
        let session = (try? SessionStore(directory: later).list())?.sessions.first?.session
        let list = try? ProblemListStore(directory: first).load()
        seen.append(
          (session?.followUp?.checks ?? [], list?.entries.first { $0.number == number }?.status))
      }
      return lines.readLine(prompt: prompt)
    }

    func addHistory(_ line: String) {}
  }

  @Test func theRectifiedAnswerIsOnDiskBeforeTheEvidenceIsAsked() throws {
    let (first, checklists, open) = try FollowUpTests.signedFirstInspection()
    let later = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-later-\(UUID())"
    ).path
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data("已整改\n转学手续复印件.pdf\n退出\n".utf8))
    try pipe.fileHandleForWriting.close()
    let reader = DiskAtEvidence(
      PlainLineReader(fileHandle: pipe.fileHandleForReading), later: later, first: first)
    reader.number = open[0].number
    FollowUpTests.followUp(
      reading: reader, from: first, checklists: checklists, into: later, id: "fu03")

    // At the first evidence question: problem 1 is recorded rectified, without evidence yet.
    let atEvidence = try #require(reader.seen.first)
    #expect(atEvidence.checks.map(\.number) == [open[0].number])
    #expect(atEvidence.checks.first?.rectified == true)
    #expect(atEvidence.checks.first?.evidence == nil)
    #expect(atEvidence.status == .rectified)
    // Then the evidence joins it, in the session and on the list.
    let session = try #require(SessionStore(directory: later).list().sessions.first?.session)
    #expect(session.followUp?.checks.first?.evidence == "转学手续复印件.pdf")
    let list = try ProblemListStore(directory: first).load()
    #expect(
      list.entries.first { $0.number == open[0].number }?.evidence.contains("转学手续复印件.pdf") == true)
    #expect(list.history.last?.detail == "回头看所见：转学手续复印件.pdf")
  }
}
