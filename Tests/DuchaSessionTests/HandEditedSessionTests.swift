import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// Session files as they reach a leader: edited by hand in Notepad, cut short over WeChat,
/// empty. Each message names the place (`file:line:column`) and what is wrong; before, a hand
/// edit read “DecodingError.typeMismatch: expected value of type Array<Any>…” and a file cut
/// short “没有 formatVersion”.
@Suite struct HandEditedSessionTests {
  /// The message for `text` written to a file, with the folder replaced by `<dir>`.
  func message(_ text: String) throws -> String {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/城关小学.json"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let error = try #require(throws: SessionStore.LoadError.self) {
      try SessionStore.load(path: path)
    }
    return error.message.zh.replacingOccurrences(of: directory, with: "<dir>")
  }

  /// The session file ducha writes, line by line.
  func lines() throws -> [String] {
    String(decoding: try SessionStore.encode(try fullSession()), as: UTF8.self)
      .components(separatedBy: "\n")
  }

  /// A note typed in Notepad on a Chinese Windows (GBK) and saved as 检查情况说明.json beside
  /// the sessions: nothing to mend “at this place”, it is another file.
  @Test func aGBKNoteNamedJSON() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/检查情况说明.json"
    // 说明：兼职 in GBK.
    let note: [UInt8] = [0xCB, 0xB5, 0xC3, 0xF7, 0xA3, 0xBA, 0xBC, 0xE6, 0xD6, 0xB0, 0x0D, 0x0A]
    try Data(note).write(to: URL(fileURLWithPath: path))
    let error = try #require(throws: SessionStore.LoadError.self) {
      try SessionStore.load(path: path)
    }
    #expect(
      error.message.zh.replacingOccurrences(of: directory, with: "<dir>")
        == "<dir>/检查情况说明.json：不是 ducha 的检查记录，或文件已损坏：文件开头不是“{”，看来是误放进文件夹的别的文件（如文字说明）；如果是，请把它移出文件夹。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
    )
  }

  @Test func aQuoteDeletedByHand() throws {
    var lines = try lines()
    let line = try #require(lines.firstIndex { $0.contains(#""unit" : {"#) })
    let column = try #require(lines[line].firstIndex(of: "\"")).utf16Offset(in: lines[line]) + 1
    lines[line] = lines[line].replacingOccurrences(of: #""unit""#, with: #"unit""#)
    #expect(
      try message(lines.joined(separator: "\n"))
        == "<dir>/城关小学.json:\(line + 1):\(column)：不是 ducha 的检查记录，或文件已损坏：这里不是正确的 JSON，可能被手工改过（少了引号、逗号或括号），请在这个位置改正。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
    )
  }

  @Test func aListTurnedIntoANumber() throws {
    var lines = try lines()
    let line = try #require(lines.firstIndex { $0.contains(#""stages" : ["#) })
    let column = try #require(lines[line].firstIndex(of: "\"")).utf16Offset(in: lines[line]) + 1
    let stages = lines[line]
    lines[line] = String(stages[..<stages.firstIndex(of: "[")!]) + "5,"
    // The elements of the list and its closing bracket go with it.
    while !lines[line + 1].trimmingCharacters(in: .whitespaces).hasPrefix("]") {
      lines.remove(at: line + 1)
    }
    lines.remove(at: line + 1)
    #expect(
      try message(lines.joined(separator: "\n"))
        == "<dir>/城关小学.json:\(line + 1):\(column)：不是 ducha 的检查记录，或文件已损坏：字段“unit.stages”的值应当是列表 [ … ]。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
    )
  }

  @Test func aFieldRenamed() throws {
    var lines = try lines()
    let answers = try #require(lines.firstIndex { $0.contains(#""answers" : {"#) })
    let line = try #require(
      lines.indices.first { $0 > answers && lines[$0].contains(#""figures""#) })
    lines[line] = lines[line].replacingOccurrences(of: #""figures""#, with: #""数字""#)
    let column =
      try #require(lines[answers].firstIndex(of: "\"")).utf16Offset(in: lines[answers]) + 1
    #expect(
      try message(lines.joined(separator: "\n"))
        == "<dir>/城关小学.json:\(answers + 1):\(column)：不是 ducha 的检查记录，或文件已损坏：缺少字段“answers.figures”。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
    )
  }

  @Test func cutShortOnTheWay() throws {
    let whole = try lines().joined(separator: "\n")
    let half = String(whole.prefix(whole.count / 2))
    let lastLine = half.components(separatedBy: "\n").count
    #expect(
      try message(half).hasPrefix(
        "<dir>/城关小学.json:\(lastLine):")
    )
    #expect(
      try message(half).hasSuffix(
        "：不是 ducha 的检查记录，或文件已损坏：文件不完整，在第 \(lastLine) 行就结束了，可能只收到了一部分。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
      ))
  }

  @Test func empty() throws {
    #expect(
      try message("\n")
        == "<dir>/城关小学.json：不是 ducha 的检查记录，或文件已损坏：文件是空的。文件没有改动；改正后重新运行，或向发送者要一份完整的文件。"
    )
  }
}
