import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// `撤销` works from the session's own record of its answers, so quitting and resuming does
/// not lose it.
@Suite struct UndoAfterResumeTests {
  typealias T = TranscriptTests

  @Test func undoAfterResumeTakesBackTheLastAnswersInOrder() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    // Item 1: 0 deducted; 2.1: 是; then leave.
    _ = try T.run(input: "0\n\n是\n退出\n", options: T.lingbiOptions, sessions: directory)
    let store = SessionStore(directory: directory)
    let saved = try #require(store.list().sessions.first?.session)
    #expect(saved.answers.values["专用电脑能上网"]?.value == .bool(true))
    #expect(saved.undoLog?.count == 2)

    // A new process: 撤销 takes back 2.1, then item 1, then there is nothing left.
    let resumed = try T.run(input: "撤销\n撤销\n撤销\n退出\n", resume: "", sessions: directory)
    try T.compare(resumed.output, with: "undo-after-resume.expected")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values.isEmpty)
    #expect(session.undoLog == nil)
  }
}
