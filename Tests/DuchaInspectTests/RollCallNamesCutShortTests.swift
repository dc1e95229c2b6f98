import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 点名 with fewer names than the difference: while `共几人` was asked the names just typed for
/// 籍在人不在 (or 人在籍不在) were only in memory; the class's draft had no place for names
/// without their count, so `kill -9` or a closed terminal there lost them, and `ducha resume`
/// asked for them again. They now reach `.<id>.rollcall.json` before `共几人`, and `ducha
/// resume` says them and asks only how many there are.
@Suite struct RollCallNamesCutShortTests {
  typealias T = TranscriptTests

  /// An inspection of 渔沟小学 whose terminal closed once `lines` were typed; its sessions folder.
  static func cutShort(_ lines: String) throws -> String {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    _ = try T.start(
      input: lines, options: T.lingbiOptions, sessions: directory, terminalCloses: true)
    #expect(FileManager.default.fileExists(atPath: directory + "/.t0001.rollcall.json"))
    return directory
  }

  /// 三年级2班: 学籍 45, 实到 41, 请假 1, so 3 are missing; 张三 named, then cut at 共几人.
  /// Resumed: 3 in all, nobody unregistered: 45 − 3 + 0 = 42 = 41 + 1.
  @Test func absentNamesCutShortAtHowManyAreKept() throws {
    let directory = try Self.cutShort("点名\n三年级2班\n45\n41\n1\n张三\n")

    let resumed = try T.run(input: "是\n3\n\n\n\n退出\n", resume: "", sessions: directory)

    try T.compare(resumed.output, with: "rollcall-names-resumed.expected")
    let saved = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    let row = try #require(saved.rollCall.first)
    let counts: [Int] = [row.registered, row.present, row.onLeave, row.absentCount]
    #expect(counts == [45, 41, 1, 3])
    #expect(row.absentNames == ["张三"])
    #expect(!FileManager.default.fileExists(atPath: directory + "/.t0001.rollcall.json"))
  }

  /// 四年级1班: 学籍 40, 实到 43, nobody on leave or missing, so 3 are unregistered; 王五
  /// named, then cut at 共几人. Resumed: 3 in all: 40 − 0 + 3 = 43.
  @Test func unregisteredNamesCutShortAtHowManyAreKept() throws {
    let directory = try Self.cutShort("点名\n四年级1班\n40\n43\n0\n\n王五\n")

    let resumed = try T.run(input: "是\n3\n\n\n退出\n", resume: "", sessions: directory)

    #expect(
      resumed.output.contains(
        """
        上次点名没有录完：四年级1班：学籍 40，实到 43，请假 0，籍在人不在 0，人在籍不在 王五（共几人还没有答）。
        接着录这个班吗？（是/否，否=不要这些数字）（回车=是）> 是
        入班核查（Ctrl-D 取消）
          学籍 40，实有 43（实到 43 + 请假 0），多 3 人
          人在籍不在的学生（姓名）：王五（上次记下的）
          记了 1 个姓名，按差额应为 3 人。
          共几人（整数，回车=1）> 3

        """), "\(resumed.output)")
    let saved = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    let row = try #require(saved.rollCall.first)
    let counts: [Int] = [row.registered, row.present, row.unregisteredCount]
    #expect(counts == [40, 43, 3])
    #expect(row.unregisteredNames == ["王五"])
  }
}
