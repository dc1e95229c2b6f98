import DuchaCompare
import DuchaRoster
import Foundation
import Testing

@Suite("the streaming CSV reader")
struct CSVByteScannerTests {
  /// Every record's cells and line, read through a buffer of `chunk` bytes.
  func records(_ text: String, chunk: Int) throws -> ([[String]], [Int], [StreamProblem]) {
    let folder = try CompareFixture.temporaryFolder("scanner")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("t.csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let stream = try #require(
      CSVRecordStream(
        path: path, decoding: TextDecoding(encoding: .utf8), delimiter: UInt8(ascii: ","),
        chunkSize: chunk))
    var cells: [[String]] = []
    var lines: [Int] = []
    var problems: [StreamProblem] = []
    stream.forEach(
      from: 0,
      visit: { row in
        cells.append(row.texts)
        lines.append(row.line)
        return true
      }, problem: { problems.append($0) })
    return (cells, lines, problems)
  }

  static let sample =
    "姓名,住址,身份证号\r\n张一,\"城关镇,幸福路\"\"1\"\"号\",1\r\n李二,\"两行\n地址\",2\r\n王三,,3\r王四,x,4"

  @Test("quotes, commas, line breaks in cells and CRLF/CR/LF, whatever the buffer size")
  func chunkBoundaries() throws {
    let expected = [
      ["姓名", "住址", "身份证号"], ["张一", "城关镇,幸福路\"1\"号", "1"], ["李二", "两行\n地址", "2"],
      ["王三", "", "3"], ["王四", "x", "4"],
    ]
    for chunk in [1 << 16, 7, 8, 13, 64] {
      let (cells, lines, problems) = try records(Self.sample, chunk: chunk)
      #expect(cells == expected, "chunk \(chunk)")
      #expect(lines == [1, 2, 3, 5, 6], "chunk \(chunk)")
      #expect(problems.isEmpty)
    }
  }

  @Test("rows found by a first pass are read again by their offsets, whatever the buffer size")
  func readAgainByOffset() throws {
    let folder = try CompareFixture.temporaryFolder("reread")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("t.csv").path
    // The sample, then 300 plain rows, so the wanted rows lie far apart as well as close.
    var text = Self.sample + "\n"
    for index in 0..<300 { text += "行\(index),\"地址 \(index)\",\(index)\n" }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let decoding = TextDecoding(encoding: .utf8)
    let first = try #require(
      CSVRecordStream(path: path, decoding: decoding, delimiter: UInt8(ascii: ",")))
    var all: [(Int, [String])] = []
    first.forEach(
      from: 0,
      visit: {
        all.append(($0.reference, $0.texts)); return true
      }, problem: { _ in })
    #expect(all.count == 305)
    // Rows 1–4 (quoted commas and line breaks, CR and CRLF ends), two far apart, the last.
    let wanted = [1, 2, 3, 4, 150, 151, 304].map { all[$0] }
    for chunk in [7, 13, 64, 1 << 10, 1 << 22] {
      let again = try #require(
        CSVRecordStream(
          path: path, decoding: decoding, delimiter: UInt8(ascii: ","), chunkSize: chunk))
      let found = again.records(at: wanted.map(\.0))
      #expect(found.count == wanted.count, "chunk \(chunk)")
      for (offset, cells) in wanted { #expect(found[offset] == cells, "chunk \(chunk) @\(offset)") }
    }
  }

  @Test("an unclosed quote loses its line only; text after a quote loses its record")
  func malformed() throws {
    let text = "a,b\n3,\"ok\"tail\n1,\"open\n2,x\n4,y\n"
    for chunk in [1 << 16, 5] {
      let (cells, lines, problems) = try records(text, chunk: chunk)
      #expect(cells == [["a", "b"], ["2", "x"], ["4", "y"]])
      #expect(lines == [1, 4, 5])
      #expect(
        problems == [
          StreamProblem(kind: .textAfterQuote, line: 2, column: 7),
          StreamProblem(kind: .unterminatedQuote, line: 3, column: 3),
        ])
    }
  }
}
