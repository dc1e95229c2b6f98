import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A completed inspection reopened, a class called again from the imported export's list: the
/// 人在籍不在 typed (钱小六) was held only in memory while the reason for the correction was
/// asked, and a terminal closed there lost it (resuming asked for it again, as if never typed).
/// It now waits in the class's draft beside the session, and `ducha resume` finishes the class
/// asking only the reason.
@Suite struct RosterUnregisteredCutShortTests {
  typealias T = TranscriptTests

  @Test func theUnregisteredChildWaitsWhileTheReasonIsAsked() throws {
    let folder = try RegistryImportTests.exportFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("渔沟小学 学籍.csv").path
    let directory = ResumeAndCorrectionTests.temporaryStore()
    // 三年级1班 called all present, the whole school as offered, completed.
    let first = try T.run(
      input: "/学籍 导入 '\(file)'\n/点名\n三年级1班\n\n\n\n\n/完成\n是\n",
      options: RegistryImportTests.options, sessions: directory)
    #expect(first.store.list().sessions.first?.session.status == .complete, "\(first.output)")
    // Reopened: 三年级2班, 02 孙丽 absent, not on leave, 钱小六 there but not on the list; the
    // terminal closes at the reason.
    _ = try T.start(
      input: "点名\n2\n02\n\n钱小六\n", resume: "t0001", sessions: directory, terminalCloses: true)
    let kept = try #require(RollCallDraft.load(directory: directory, id: "t0001"))
    #expect(kept.unregisteredNames == ["钱小六"])
    #expect(kept.unregisteredCount == 1)

    let resumed = try T.run(input: "是\n复查时补点三年级2班\n退出\n", resume: "t0001", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次点名没有录完：三年级2班（按名单）：人在籍不在 1，不在 1 人（孙丽）。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是
        """), "\(resumed.output)")
    #expect(!resumed.output.contains("在班上但名单里没有的学生"), "\(resumed.output)")
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    let called = try #require(session.rollCall.first { $0.label == "三年级2班" })
    #expect(called.unregisteredNames == ["钱小六"])
    #expect(called.absentNames == ["孙丽"])
    #expect(session.corrections.first?.reason == "复查时补点三年级2班")
    #expect(RollCallDraft.load(directory: directory, id: "t0001") == nil)
  }
}
