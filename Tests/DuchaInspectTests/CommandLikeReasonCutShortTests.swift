import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A reason for changing a figure computed from the imported export that begins with a command
/// word (`撤销 两条重复`) is asked about: 仍然这样填吗？ While that was asked the reason was held
/// only in memory, and a terminal closed there lost it (resuming asked the reason again, from
/// nothing). It now waits in `.<id>.answer.json` with the count, and `ducha resume` shows it
/// and asks the confirmation again.
@Suite struct CommandLikeReasonCutShortTests {
  typealias T = TranscriptTests

  @Test func aReasonLikeACommandWaitsWhileItIsConfirmed() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let first = try T.start(
      input: "/学籍 导入 '\(file)'\n/学籍\n\n\n5\n撤销 两条重复\n", options: RegistryImportTests.options,
      sessions: directory, terminalCloses: true)
    #expect(first.output.contains("“撤销 两条重复”是命令，不是要填的内容。仍然这样填吗？"), "\(first.output)")
    let kept = try #require(AnswerDraft.load(directory: directory, id: "t0001"))
    #expect(kept.answer.reason == "撤销 两条重复")

    let resumed = try T.run(input: "是\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次答到一半：学籍系统核查 重复学籍 答了 5（导入算出的是 2），改写的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
            导入算出的是 2，改写的理由：撤销 两条重复（上次输入的）
          “撤销 两条重复”是命令，不是要填的内容。仍然这样填吗？（是/否，否=重新输入）> 是
        已记录：重复学籍 5
        """), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    #expect(session.registry.counts["重复学籍"] == 5)
    #expect(session.registry.imported?.overrides == ["重复学籍": "撤销 两条重复"])
    #expect(AnswerDraft.load(directory: directory, id: "t0001") == nil)
  }
}
