import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 撤销 right after a class was recorded said 没有可撤销的回答 and kept the class: a roll call
/// was no step of the undo log, although deleting one (`点名 删除`) is. A class recorded by hand
/// or from the export's list is now taken back by 撤销, after `ducha resume` too.
@Suite struct UndoRollCallTests {
  typealias T = TranscriptTests

  @Test func undoTakesBackAClassCountedByHand() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-undo-rollcall-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let lines = [
      "点名", "三年级2班", "45", "44", "1", "", "", "", "",
      // 四年级1班: 1 of 40 not there (Enter counts the difference), so 5 drops to 9.5.
      "点名", "四年级1班", "40", "39", "", "", "",
      "撤销", "点名 列表", "退出",
    ]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions, sessions: directory)
    #expect(
      output.contains(
        """
        > 撤销
        已撤销：点名 四年级1班
        相关条目重新评分：
          5 人籍一致情况：10（9.5 → 10）
        """), "\(output)")
    #expect(!output.contains("没有可撤销的回答"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级2班"])

    // The next day: 撤销 goes on with the class before.
    let resumed = try T.run(input: "撤销\n退出\n", resume: "", sessions: directory)
    #expect(resumed.output.contains("已撤销：点名 三年级2班"), "\(resumed.output)")
    let after = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(after.rollCall.isEmpty)
  }

  @Test func undoTakesBackAClassCalledFromTheList() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let lines = ["/学籍 导入 '\(file)'", "/点名", "1", "03", "", "", "", "", "/撤销", "/退出"]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: RegistryImportTests.options)
    #expect(output.contains("> /撤销\n已撤销：点名 三年级1班\n"), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.isEmpty)
  }
}

/// 撤销 after `学籍` said only 没有可撤销的回答, and the figures just typed stayed with no word
/// on how to change them.
@Suite struct UndoRegistryHintTests {
  typealias T = TranscriptTests

  @Test func undoAfterTheRegistrySaysHowToChangeIt() throws {
    let lines = ["学籍", "3", "137", "", "", "", "", "撤销", "退出"]
    let (output, _) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains("没有可撤销的回答。学籍核查和全校的数字不能撤销：用“学籍”或“点名 全校”重新录入。\n"), "\(output)")
  }
}
