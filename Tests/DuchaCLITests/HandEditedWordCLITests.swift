import Foundation
import Testing

/// A leader opens a finished record in Notepad and “tidies” a word: `"status" : "完成"` for
/// 已完成, `"小学校"` for the stage. The file was refused with Foundation's English,
/// “字段“status”的值不对（Cannot initialize Status from invalid String value 完成）”, and a
/// stage's place as `unit.stages.Index 0`; now the message names the words that may stand there.
@Suite struct HandEditedWordCLITests {
  @Test func aStatusWordNotInTheListNamesTheWordsThatAre() throws {
    let directory = try CLI.temporaryDirectory("status-word")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let edited = try CLI.sessionFile(of: "韦集小学", in: folder)
    let place = try Self.edit(edited, #""status" : "已完成""#, to: #""status" : "完成""#)

    let run = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 3)
    #expect(run.output.isEmpty)
    #expect(
      run.errors.hasPrefix(
        "✗ \(edited.path):\(place)：不是 ducha 的检查记录，或文件已损坏："
          + "字段“status”写的是“完成”，这里只能写“进行中”“已完成”之一，可能被手工改过；请改成其中一个。"
          + "文件没有改动；改正后重新运行，或向发送者要一份完整的文件。\n"),
      "\(run.errors)")
  }

  @Test func aStageWordNotInTheListIsNamedByItsPlaceInTheList() throws {
    let directory = try CLI.temporaryDirectory("stage-word")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let edited = try CLI.sessionFile(of: "韦集小学", in: folder)
    _ = try Self.edit(edited, "\"小学\"\n    ]", to: "\"小学校\"\n    ]")
    // The place is that of the key "stages", the list the word stands in.
    let lines = try String(contentsOf: edited, encoding: .utf8).components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains(#""stages" : ["#) })
    let column = try #require(lines[line].range(of: "\"stages\"")).lowerBound.utf16Offset(
      in: lines[line])

    // `ducha resume` lists the files it could not read before anything else.
    let run = try runDucha(["resume", "--sessions", folder.path], in: directory)
    let said = run.output + run.errors
    #expect(
      said.contains(
        "\(edited.path):\(line + 1):\(column + 1)：不是 ducha 的检查记录，或文件已损坏："
          + "字段“unit.stages[0]”写的是“小学校”，这里只能写“小学”“初中”“高中”之一，可能被手工改过；请改成其中一个。"),
      "\(said)")
    #expect(!said.contains("Cannot initialize"))
  }

  /// Replaces the one `old` in `file` with `new`; returns `line:column` of the edit.
  static func edit(_ file: URL, _ old: String, to new: String) throws -> String {
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.components(separatedBy: old).count == 2)
    let changed = text.replacingOccurrences(of: old, with: new)
    try changed.write(to: file, atomically: true, encoding: .utf8)
    let lines = changed.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains(new.components(separatedBy: "\n")[0]) })
    let column = try #require(lines[line].range(of: new.components(separatedBy: "\n")[0]))
      .lowerBound.utf16Offset(in: lines[line])
    return "\(line + 1):\(column + 1)"
  }
}
