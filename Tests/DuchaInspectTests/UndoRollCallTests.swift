import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 撤销 right after a class was recorded said only 没有可撤销的回答, and the inspector was left
/// to find `点名 删除` in the help. A class is no undo step (copies of its rows in the undo log
/// would stand beside the real ones in a file a leader edits in Notepad), so the message now
/// says how to take it back; after `学籍` it says how the figures are entered again.
@Suite struct UndoRollCallTests {
  typealias T = TranscriptTests

  @Test func undoAfterAClassSaysHowToDeleteIt() throws {
    let lines = ["点名", "三年级2班", "45", "44", "1", "", "", "", "", "撤销", "退出"]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains(
        "没有可撤销的回答。点名的班不能撤销：用“点名 删除 三年级2班”删除。学籍核查和全校的数字不能撤销：用“学籍”或“点名 全校”重新录入。\n"),
      "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级2班"])
    #expect(session.undoLog == nil || session.undoLog?.isEmpty == true)
  }

  @Test func undoAfterTheRegistrySaysHowToChangeIt() throws {
    let lines = ["学籍", "3", "137", "", "", "", "", "撤销", "退出"]
    let (output, _) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains("没有可撤销的回答。学籍核查和全校的数字不能撤销：用“学籍”或“点名 全校”重新录入。\n"), "\(output)")
  }
}
