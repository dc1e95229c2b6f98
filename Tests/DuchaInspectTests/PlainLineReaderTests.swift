import Foundation
import Testing

@testable import DuchaInspect

@Suite struct PlainLineReaderTests {
  /// Feeds `bytes` through a real pipe, closes it, and reads until end of input.
  private func readAll(_ bytes: [UInt8]) throws -> [LineReadResult] {
    let pipe = Pipe()
    let reader = PlainLineReader(fileHandle: pipe.fileHandleForReading)
    pipe.fileHandleForWriting.write(Data(bytes))
    try pipe.fileHandleForWriting.close()
    var results: [LineReadResult] = []
    while true {
      let result = reader.readLine(prompt: "督导> ")
      results.append(result)
      if result == .endOfInput {
        return results
      }
    }
  }

  @Test func readsChineseLines() throws {
    let input = "打开 灵璧县第一中学\n检查 学籍管理（10分）\n"
    #expect(
      try readAll(Array(input.utf8)) == [
        .line("打开 灵璧县第一中学"), .line("检查 学籍管理（10分）"), .endOfInput,
      ])
  }

  @Test func stripsCRLF() throws {
    let input = "第一行\r\n第二行\r\n\r\n"
    #expect(try readAll(Array(input.utf8)) == [.line("第一行"), .line("第二行"), .line(""), .endOfInput])
  }

  @Test func keepsFinalLineWithoutNewline() throws {
    #expect(try readAll(Array("退出\n保存".utf8)) == [.line("退出"), .line("保存"), .endOfInput])
    #expect(try readAll(Array("保存\r".utf8)) == [.line("保存"), .endOfInput])
  }

  @Test func replacesInvalidUTF8AndKeepsGoing() throws {
    // 0xFF and 0xFE can never appear in UTF-8; E5 A5 is 好 cut short. 0xFF is no GB18030
    // either, so neither line is read as GBK (E5 A5 alone would be: a GBK character).
    let bytes: [UInt8] =
      Array("好".utf8) + [0xFF, 0xFE] + Array("坏\n".utf8) + [0xE5, 0xA5, 0xFF]
      + Array("\n下一行\n".utf8)
    #expect(
      try readAll(bytes) == [
        .line("好\u{FFFD}\u{FFFD}坏"), .line("\u{FFFD}\u{FFFD}"), .line("下一行"), .endOfInput,
      ])
  }

  /// A script saved by Notepad on Chinese Windows: “ANSI” is GBK, “Unicode” is UTF-16 with its
  /// byte-order mark. Both were read as U+FFFD (a 组别 recorded as “��”, every answer refused).
  @Test func readsScriptsSavedInGBKOrUTF16() throws {
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    let script = "一组\r\n是\r\n\r\n好\r\n"
    let gbk = try #require(script.data(using: gb18030))
    #expect(String(data: gbk, encoding: .utf8) == nil, "the fixture must really be non-UTF-8")
    let expected: [LineReadResult] = [.line("一组"), .line("是"), .line(""), .line("好"), .endOfInput]
    #expect(try readAll(Array(gbk)) == expected)
    let little: [UInt8] =
      [0xFF, 0xFE] + script.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try readAll(little) == expected)
    let big: [UInt8] = [0xFE, 0xFF] + script.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try readAll(big) == expected)
  }

  @Test func dropsByteOrderMarkOnlyAtStart() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array("检查\r\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("x".utf8)
    #expect(try readAll(bytes) == [.line("检查"), .line("\u{FEFF}x"), .endOfInput])
  }

  @Test func emptyInputEndsAtOnce() throws {
    #expect(try readAll([]) == [.endOfInput])
    #expect(try readAll(Array("\n".utf8)) == [.line(""), .endOfInput])
  }

  @Test func lineLongerThanOneChunk() throws {
    // 3 000 characters of 3 bytes each span several 4 096-byte reads, and a character is cut
    // between two reads.
    let long = String(repeating: "督", count: 3000)
    #expect(try readAll(Array("\(long)\n短\n".utf8)) == [.line(long), .line("短"), .endOfInput])
  }

  @Test func keepsReportingEndOfInput() throws {
    let pipe = Pipe()
    let reader = PlainLineReader(fileHandle: pipe.fileHandleForReading)
    try pipe.fileHandleForWriting.close()
    #expect(reader.readLine(prompt: "") == .endOfInput)
    #expect(reader.readLine(prompt: "") == .endOfInput)
  }
}
