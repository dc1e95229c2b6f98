import DuchaChecklist
import DuchaRoster
import Foundation
import Testing

@testable import DuchaCompare

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A population list on a USB stick pulled out while `ducha compare` reads it (EIO): the
/// failed read was taken for the end of the file, so the children after it were neither
/// compared nor listed, and the run ended as if the list were complete. It is now an error at
/// the first row not read, with the fix; an interrupted read (EINTR) is simply tried again.
struct CSVReadFailureTests {
  /// A 23-byte header, then five rows of 24 bytes ("张1,990101201301010011\n" …), lines 2–6.
  static let list =
    "姓名,身份证件号\n" + (1...5).map { "张\($0),99010120130101001\($0)\n" }.joined()

  /// Reads the list through a 16-byte buffer whose reads go through `reader`.
  func readList(_ reader: @escaping CSVRecordStream.Reader) throws -> ([Int], [StreamProblem]) {
    let folder = try CompareFixture.temporaryFolder("read-failure")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("公安.csv").path
    try Data(Self.list.utf8).write(to: URL(fileURLWithPath: path))
    let stream = try #require(
      CSVRecordStream(
        path: path, decoding: TextDecoding(encoding: .utf8), delimiter: UInt8(ascii: ","),
        chunkSize: 16, reader: reader))
    var lines: [Int] = []
    var problems: [StreamProblem] = []
    stream.forEach(
      from: 0,
      visit: { row in
        lines.append(row.line)
        return true
      }, problem: { problems.append($0) })
    return (lines, problems)
  }

  @Test func aReadErrorIsAnErrorAtTheFirstRowNotRead() throws {
    // The stick is gone after the first 70 bytes: the header and line 2 are whole (47 bytes),
    // line 3 lacks its line break.
    var given = 0
    let (lines, problems) = try readList { descriptor, bytes, count in
      guard given < 70 else {
        errno = EIO
        return -1
      }
      let got = read(descriptor, bytes, min(count, 70 - given))
      given += max(got, 0)
      return got
    }
    #expect(lines == [1, 2])
    #expect(problems == [StreamProblem(kind: .readFailed(code: EIO), line: 3, column: 1)])
    let diagnostic = try #require(problems.first).diagnostic(file: "公安.csv")
    #expect(
      diagnostic.formatted(.chinese) == """
        公安.csv:3:1: 错误[B114]: 从这一行起读文件失败（Input/output error），这一行和后面的行都没有读到、没有比对，名单不全。
          改法：文件在 U 盘或网络共享上的话，看它是否还连着；把文件复制到本机硬盘上再比对一次。
        """)
    #expect(
      diagnostic.formatted(.english) == """
        公安.csv:3:1: error[B114]: reading the file failed from this row on (Input/output error); \
        this row and the rows after it were not read or compared, so the lists are incomplete.
          fix: if the file is on a USB stick or a network share, check that it is still connected; \
        copy the file to this computer's disk and compare again.
        """)
  }

  @Test func anInterruptedReadIsTriedAgain() throws {
    var interrupted = false
    let (lines, problems) = try readList { descriptor, bytes, count in
      if !interrupted {
        interrupted = true
        errno = EINTR
        return -1
      }
      return read(descriptor, bytes, count)
    }
    #expect(lines == [1, 2, 3, 4, 5, 6])
    #expect(problems.isEmpty)
  }
}

extension StreamProblem {
  /// The diagnostic `ducha compare` prints for it.
  func diagnostic(file: String) -> Diagnostic { CompareDiagnostics.record(self, file: file) }
}
