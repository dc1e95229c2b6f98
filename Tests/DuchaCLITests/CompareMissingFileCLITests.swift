import Foundation
import Testing

/// A clerk mistypes the roster's name. Compared without it, every child of age would be on the
/// 疑似失学辍学名单, ready to import as cases: nothing is written, and the message says why.
@Suite("ducha compare with a file it cannot read")
struct CompareMissingFileCLITests {
  @Test("a mistyped roster name writes no list")
  func mistypedRoster() throws {
    let directory = try CompareCLITests().folder("compare-missing")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try runDucha(
      [
        "compare", "--population", "户籍.csv", "--enrolled", "一小学.csv", "--cutoff", "2022-08-31",
        "-o", "名单.csv",
      ], in: directory, workingDirectory: directory)
    #expect(run.status == 1)
    #expect(run.output == "")
    #expect(
      run.errors
        == """
        一小学.csv:1:1: 错误[B101]: 无法读取文件。
          改法：检查文件名和路径是否正确、文件是否存在。
        一小学.csv 没有读入，比对结果不完整（少了学籍名单，其中的孩子都会算成疑似失学辍学；少了人口名单，其中的孩子都会算成问题户籍），没有写出结果。
          改法：按上面的提示改好文件名或文件，再运行一次。

        """)
    let written = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(written.filter { $0.hasPrefix("名单") } == [])
  }
}
