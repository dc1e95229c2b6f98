import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// `kill -9` at the reason a 酌情 score needs: the score became part of the session only after
/// the reason was written, so the 3 just typed for 1 人员配备 was lost, and `ducha resume` asked
/// the score again as if it had never been given. The score now reaches `.<id>.answer.json`
/// before the reason is asked, and `ducha resume` says it and asks the reason again.
@Suite struct AnswerReasonCrashCLITests {
  static let question = "  对照要求，人员配备应扣几分？（全部达到填0）（酌情，0–10分）> 3"

  /// 渔沟小学's inspection killed while it asks the reason for 3 at item 1; the folder, the
  /// sessions folder and the draft's path.
  static func killedAtReason() throws -> (URL, URL, String) {
    let directory = try CLI.temporaryDirectory("reason-crash")
    let sessions = try RollCallCrashCLITests.killed(
      after: ["3"], echo: question, in: directory)
    let file = try CLI.sessionFile(of: "渔沟小学", in: sessions)
    let id = file.deletingPathExtension().lastPathComponent.split(separator: "_").last ?? ""
    return (directory, sessions, sessions.path + "/.\(id).answer.json")
  }

  @Test func aScoreCutShortAtItsReasonIsKeptAndTheReasonAskedOnResume() throws {
    let (directory, sessions, draftPath) = try Self.killedAtReason()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = try CLI.sessionFile(of: "渔沟小学", in: sessions)
    #expect(try SessionFiles.load(file).answers.values["人员配备扣分"] == nil)
    let mode = try FileManager.default.attributesOfItem(atPath: draftPath)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)

    let run = try RollCallCrashCLITests.resume(
      ["学籍管理员为兼职，EXCEL不熟练", "退出"], sessions: sessions, in: directory)

    #expect(run.status == 2, "\(run.output)\(run.errors)")
    #expect(
      run.output.contains(
        """
        上次答到一半：1 人员配备 答了 3，理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          酌情的理由（必填）> 学籍管理员为兼职，EXCEL不熟练

        """), "\(run.output)")
    // 10 − 3: the item is scored, not asked again.
    #expect(run.output.contains("得分 7 / 10\n  − 3  酌情扣 3 分：学籍管理员为兼职，EXCEL不熟练\n"), "\(run.output)")
    #expect(!run.output.contains(Self.question), "\(run.output)")
    let saved = try SessionFiles.load(file)
    #expect(
      saved.answers.values["人员配备扣分"]
        == Answer(.number(3), reason: "学籍管理员为兼职，EXCEL不熟练"))
    #expect(!FileManager.default.fileExists(atPath: draftPath))
  }

  @Test func theScoreWaitingForItsReasonCanBeGivenUp() throws {
    let (directory, sessions, draftPath) = try Self.killedAtReason()
    defer { try? FileManager.default.removeItem(at: directory) }

    // The script ends at the reason: Ctrl-D, which gives the score up.
    let run = try RollCallCrashCLITests.resume([], sessions: sessions, in: directory)

    #expect(
      run.output.contains(
        """
        上次答到一半：1 人员配备 答了 3，理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。
          酌情的理由（必填）> ^D
        （已丢掉，这个回答没有记录）

        """), "\(run.output)")
    let saved = try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: sessions))
    #expect(saved.answers.values["人员配备扣分"] == nil)
    #expect(!FileManager.default.fileExists(atPath: draftPath))
  }
}
