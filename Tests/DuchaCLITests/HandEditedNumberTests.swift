import Foundation
import Testing

/// A leader corrects a class's 学籍 figure in Notepad and types it as the form does, `045`.
/// Foundation's parser takes the leading zero, the decoder then refused the whole file with
/// "a.json:1:1：字段“”的值不对（The given data was not valid JSON.）": no place, no Chinese.
/// Now the number is named where it is, with the plain spelling.
@Suite struct HandEditedNumberTests {
  @Test func aNumberWithALeadingZeroIsNamedWhereItIs() throws {
    let directory = try CLI.temporaryDirectory("number")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let edited = try CLI.sessionFile(of: "韦集小学", in: folder)
    let text = try String(contentsOf: edited, encoding: .utf8)
    #expect(text.components(separatedBy: #""registered" : 45,"#).count == 2)
    let changed = text.replacingOccurrences(
      of: #""registered" : 45,"#, with: #""registered" : 045,"#)
    try changed.write(to: edited, atomically: true, encoding: .utf8)
    // Where the file's own lines put it: the line of the edit, the column of its 0.
    let lines = changed.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains(#""registered" : 045"#) })
    let column = try #require(lines[line].range(of: "045")).lowerBound.utf16Offset(in: lines[line])

    let run = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 3)
    #expect(run.output.isEmpty)
    #expect(
      run.errors.hasPrefix(
        "✗ \(edited.path):\(line + 1):\(column + 1)：不是 ducha 的检查记录，或文件已损坏："
          + "这里的数“045”写法不对（JSON 的数不以 0 开头、不以小数点结尾，也不能大得没边），"
          + "可能被手工改过，请改成平常的写法，如 45。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。\n"),
      "\(run.errors)")
  }

  /// The leader opens a session in Notepad to read it and saves it as ANSI (GBK on Chinese
  /// Windows): the Chinese is no longer UTF-8. Named at its first Chinese character, with what
  /// happened, instead of 1:1 and Foundation's English.
  @Test func aSessionSavedAsGBKIsNamedAtItsFirstChineseCharacter() throws {
    let directory = try CLI.temporaryDirectory("gbk-session")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let edited = try CLI.sessionFile(of: "韦集小学", in: folder)
    let text = try String(contentsOf: edited, encoding: .utf8)
    let converted = try runDucha(
      [], in: directory, workingDirectory: folder,
      shell:
        "iconv -f UTF-8 -t GB18030 '\(edited.lastPathComponent)' > gbk && mv gbk '\(edited.lastPathComponent)'"
    )
    #expect(converted.status == 0, "\(converted.errors)")
    let lines = text.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { !$0.allSatisfy(\.isASCII) })
    let column = try #require(lines[line].firstIndex { !$0.isASCII })
    let place = "\(line + 1):\(lines[line].distance(from: lines[line].startIndex, to: column) + 1)"

    let run = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 3)
    #expect(
      run.errors.hasPrefix(
        "✗ \(edited.path):\(place)：不是 ducha 的检查记录，或文件已损坏："
          + "从这里起文件不是 UTF-8 编码（看来在记事本等软件里另存成了 ANSI/GBK）："
          + "请向发送者要原来的文件，或在记事本里“另存为”，编码选 UTF-8。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。\n"),
      "\(run.errors)")
  }

  /// Saved as Notepad's “Unicode” (UTF-16 with its mark): the file was reported as a duplicate
  /// key spelled “ i n s p e c t e d C h e c k l i s t …” followed by binary junk. Now it says
  /// what the encoding is and how to save it again.
  @Test func aSessionSavedAsUnicodeInNotepadSaysSo() throws {
    let directory = try CLI.temporaryDirectory("utf16-session")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    let edited = try CLI.sessionFile(of: "韦集小学", in: folder)
    let converted = try runDucha(
      [], in: directory, workingDirectory: folder,
      shell:
        "iconv -f UTF-8 -t UTF-16 '\(edited.lastPathComponent)' > u16 && mv u16 '\(edited.lastPathComponent)'"
    )
    #expect(converted.status == 0, "\(converted.errors)")
    #expect(try Data(contentsOf: edited).prefix(2) == Data([0xFF, 0xFE]))

    let run = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: directory)
    #expect(run.status == 3)
    #expect(
      run.errors.hasPrefix(
        "✗ \(edited.path):1:1：不是 ducha 的检查记录，或文件已损坏："
          + "文件是 UTF-16 编码（看来在记事本里“另存为”时选了“Unicode”）：请向发送者要原来的文件，或在记事本里“另存为”，编码选 UTF-8。"
          + "文件没有改动；改正后重新运行，或向发送者要一份完整的文件。\n"),
      "\(run.errors)")
  }
}
