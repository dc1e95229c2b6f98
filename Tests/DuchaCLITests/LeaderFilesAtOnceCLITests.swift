import Foundation
import Testing

/// Field trial: a leader's six `ducha problems edit` started at once on one folder (a script,
/// two terminals, a shared folder) each said the list was saved, and the list kept two of the
/// six changes. A change is now compared with the file and written under the folder's lock:
/// every command that says it saved has its change in the list; one that could not says so.
struct LeaderFilesAtOnceCLITests {
  @Test func problemEditsStartedAtOnceAreAllKeptOrRefused() throws {
    let folder = try CLI.temporaryDirectory("problems-at-once")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try CasesCLITests.walkedSession(in: folder)
    let built = try runDucha(
      ["problems", "build", "Sessions", "--title", "第三组问题清单"], in: folder,
      workingDirectory: folder)
    #expect(built.status == 0, "\(built.errors)")
    let listURL = folder.appendingPathComponent("Sessions/_问题清单.json")
    struct List: Decodable {
      struct Entry: Decodable {
        var number: Int
        var responsible: String?
      }
      var entries: [Entry]
    }
    let count = try JSONDecoder().decode(List.self, from: Data(contentsOf: listURL)).entries.count
    #expect(count >= 6)
    let binary = try CLI.binary().path
    // One shell per entry, all started before any is waited for.
    let shells = try (1...min(count, 8)).map { number in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = [
        "-c",
        "'\(binary)' problems edit Sessions \(number) --responsible 人\(number) --by 组长"
          + " > edit\(number).out 2>&1; echo $? > edit\(number).status",
      ]
      process.currentDirectoryURL = folder
      process.environment = CLI.environment
      return process
    }
    for shell in shells { try shell.run() }
    for shell in shells {
      #expect(poll(timeout: 300) { !shell.isRunning })
      shell.waitUntilExit()
    }
    let entries = try JSONDecoder().decode(List.self, from: Data(contentsOf: listURL)).entries
    var saved = 0
    for number in 1...shells.count {
      let status = try String(
        contentsOf: folder.appendingPathComponent("edit\(number).status"), encoding: .utf8)
      let output = try String(
        contentsOf: folder.appendingPathComponent("edit\(number).out"), encoding: .utf8)
      let responsible = entries.first { $0.number == number }?.responsible
      if status == "0\n" {
        saved += 1
        #expect(responsible == "人\(number)", "edit \(number) said it saved: \(output)")
      } else {
        #expect(output.contains("被另一条命令改过了；为了不丢掉那次修改，这次没有写入。请重新运行这条命令。"), "\(output)")
      }
    }
    #expect(saved >= 1)
  }
}
