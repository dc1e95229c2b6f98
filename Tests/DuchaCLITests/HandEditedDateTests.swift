import DuchaSession
import Foundation
import Testing

/// A session whose date was edited by hand to a day that does not exist (`2021-10-32`) used to
/// reach the summary as the inspection's day: "本次检查于2021-10-27至2021-10-32". Now the folder
/// report names the file, the field and the value, the draft keeps only real days, and the file
/// itself is left as it is for the leader to correct.
@Suite struct HandEditedDateTests {
  @Test func aDayThatDoesNotExistIsReportedAndLeftOutOfTheSummary() throws {
    let directory = try CLI.temporaryDirectory("date")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let edited = try CLI.sessionFile(of: "韦集小学", in: folder)
    let text = try String(contentsOf: edited, encoding: .utf8)
    #expect(text.contains(#""date" : "2021-10-27""#))
    let changed = text.replacingOccurrences(
      of: #""date" : "2021-10-27""#, with: #""date" : "2021-10-32""#)
    try changed.write(to: edited, atomically: true, encoding: .utf8)
    let lines = changed.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains(#""date" : "2021-10-32""#) })
    let column = try #require(lines[line].range(of: #""date""#)).lowerBound.utf16Offset(
      in: lines[line])

    let run = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors.contains(
        edited.path + ":\(line + 1):\(column + 1)"
          + "：date = 2021-10-32：不是有效的检查日期，应写成 2021-10-27 这样的年-月-日；总结里不用这个日期，请改正记录文件。\n"
      ),
      "\(run.errors)")
    #expect(run.output.contains("本次检查于2021-10-27共检查2个单位"), "\(run.output)")
    #expect(!run.output.contains("2021-10-32"), "\(run.output)")
    #expect(run.output.contains("84.5"), "both units are still scored: \(run.output)")
    #expect(try String(contentsOf: edited, encoding: .utf8).contains("2021-10-32"))
  }
}
