import Foundation
import Testing

/// `--sessions` takes any folder name a user types: one character (which crashed the first save,
/// issue 7), Chinese, nested and not yet existing, relative to where ducha runs, absolute.
@Suite struct SessionsFolderTests {
  /// Starts an inspection in `folder` from a fresh working directory, answers nothing and quits;
  /// returns the working directory and the run.
  func quitAtOnce(sessions folder: (URL) -> String) throws -> (URL, Finished) {
    let work = try CLI.temporaryDirectory("sessions-folder")
    let script = work.appendingPathComponent("quit.input")
    try CLI.writeScript(["退出"], to: script)
    let run = try runDucha(
      ["inspect"] + CLI.walkOptions + ["--sessions", folder(work), "--script", script.path],
      in: work, workingDirectory: work)
    return (work, run)
  }

  /// The session files in `folder` (relative to `work` unless absolute).
  func sessionFiles(_ folder: String, in work: URL) -> [String] {
    let url =
      folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : work.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }
  }

  @Test(arguments: ["组", "a", "第三组", "第三组/二〇二一/十月", "组/", "./组", "sub/../组"])
  func aRelativeFolderThatDoesNotExistYetIsCreatedAndHoldsTheSession(_ folder: String) throws {
    let (work, run) = try quitAtOnce { _ in folder }
    // Quitting at once leaves the inspection unfinished: a script run says so with exit 2.
    #expect(run.reason == .exit && run.status == 2, "\(run.output.suffix(400))\(run.errors)")
    #expect(run.output.contains("已保存："))
    #expect(!run.output.contains("//"), "the saved path is shown without a doubled slash")
    #expect(sessionFiles(folder, in: work).count == 1)
    // The leader's side reads the same folder.
    let summary = try runDucha(
      ["summary", folder, "--checklists", CLI.checklists], in: work, workingDirectory: work)
    #expect(summary.reason == .exit, "\(summary.errors)")
    #expect(summary.output.contains("渔沟小学"))
  }

  @Test func anAbsoluteFolderIsUsedAsGiven() throws {
    var absolute = ""
    let (work, run) = try quitAtOnce { work in
      absolute = work.appendingPathComponent("检查记录").path
      return absolute
    }
    #expect(run.reason == .exit && run.status == 2, "\(run.errors)")
    #expect(sessionFiles(absolute, in: work).count == 1)
  }

  @Test func anEmptyFolderNameIsRefusedBeforeAnythingIsWritten() throws {
    let (work, run) = try quitAtOnce { _ in "" }
    #expect(run.status == 64)
    #expect(run.errors.contains("--sessions 后面要写一个文件夹名"))
    #expect(sessionFiles("", in: work).isEmpty)
  }
}
