import DuchaSession
import Foundation
import Testing

/// A session file holding an absurd count (`9223372036854775807` typed as 实到人数) used to crash
/// every command on its folder with exit 132. Now it is reported with file, field and value, its
/// items are 待定, and every other file is still processed.
@Suite struct DamagedSessionTests {
  @Test func absurdCountIsReportedAndTheFolderStillSummarised() throws {
    let directory = try CLI.temporaryDirectory("absurd")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let damaged = try CLI.sessionFile(of: "渔沟小学", in: folder)
    let text = try String(contentsOf: damaged, encoding: .utf8)
    let changed = text.replacingOccurrences(
      of: #""present" : 41"#, with: #""present" : 9223372036854775807"#)
    try changed.write(to: damaged, atomically: true, encoding: .utf8)
    // Named where an editor shows it: the second row's "present".
    let lines = changed.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains("9223372036854775807") })
    let column = try #require(lines[line].range(of: #""present""#)).lowerBound.utf16Offset(
      in: lines[line])

    let base = ["--checklists", CLI.checklists]
    for command in [
      ["summary", folder.path], ["report", folder.path, "--format", "md"],
      ["merge", folder.path, "--by", "张徽"], ["problems", "build", folder.path],
      ["resume", "--sessions", folder.path, "渔沟小学", "--script", "/dev/null"],
    ] {
      let run = try runDucha(command + base, in: directory)
      let what = command.joined(separator: " ")
      #expect(run.reason == .exit, "\(what) crashed")
      #expect(run.status == 0, "\(what): \(run.errors)")
      let said = run.output + run.errors
      #expect(
        said.contains(damaged.path + ":\(line + 1):\(column + 1)：rollCall[1].present = "),
        "\(what): \(said)")
      #expect(said.contains("一个班的人数应在 0 到 10000 之间"), "\(what)")
      if command[0] == "summary" {
        #expect(run.errors.contains("922337************7"))
        #expect(run.output.contains("韦集小学"))
        #expect(run.output.contains("84.5"), "the other unit is scored: \(run.output)")
      }
    }
    #expect(try String(contentsOf: damaged, encoding: .utf8).contains("9223372036854775807"))
  }
}
