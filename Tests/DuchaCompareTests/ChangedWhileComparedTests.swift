import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation
import Testing

@testable import DuchaCompare

/// A list changed between the comparison's two readings (a clerk re-exporting it, Excel saving
/// over it): the rows to output are read again by their place in the file, and a row that was
/// no longer there was dropped, its child missing from the lists without a word. Each such row
/// is now an error at its line, and nothing is written.
struct ChangedWhileComparedTests {
  /// The fixture's lists written into a new folder, and the comparison's options over them.
  static func lists(_ name: String) throws -> (
    folder: URL, population: [String], enrolled: [String], options: CompareOptions
  ) {
    let folder = try CompareFixture.temporaryFolder(name)
    let (population, enrolled) = try CompareFixture.write(to: folder)
    let options = CompareOptions(
      population: population, enrolled: enrolled,
      cutoff: try #require(CivilDate(year: 2022, month: 8, day: 31)), ages: 6...15)
    return (folder, population, enrolled, options)
  }

  @Test func rowsNotReadAgainAreErrorsAndNothingIsWritten() throws {
    let (folder, population, enrolled, options) = try Self.lists("changed")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = Comparison.run(options) {
      // 公安户籍.csv cut back to its title and header; 第一小学.csv to its header.
      let title = "示例县适龄儿童少年花名册（公安户籍）\r\n"
      let header = CompareFixture.publicSecurity.components(separatedBy: "\r\n")[1] + "\r\n"
      try? (Data([0xEF, 0xBB, 0xBF]) + Data((title + header).utf8)).write(
        to: URL(fileURLWithPath: population[0]))
      try? Data("姓名,身份证件号,年级,班级\n".utf8).write(to: URL(fileURLWithPath: enrolled[0]))
    }
    let lost = result.diagnostics.filter { $0.code == "B116" }.map {
      "\(URL(fileURLWithPath: $0.location.file).lastPathComponent):\($0.location.line)"
    }
    // 张一 (line 3), 王三 (5) and 吴八 (9, compared as written) were to be listed; 郑九 (10) was
    // decoded on the first pass (his number cannot be compared) and is still there. 蒋十四
    // (line 4) is on no population list, 孙六 (line 3) is enrolled in 第二小学 too.
    // Each changed file is said at its start first.
    #expect(
      lost == [
        "公安户籍.csv:1", "第一小学.csv:1", "公安户籍.csv:3", "公安户籍.csv:5", "公安户籍.csv:9",
        "第一小学.csv:4", "第一小学.csv:3",
      ])
    #expect(result.diagnostics.hasErrors)
    #expect(result.changedFiles == [population[0], enrolled[0]])
    let first = try #require(
      result.diagnostics.first { $0.code == "B116" && $0.location.line == 3 })
    #expect(
      first.formatted(.chinese) == """
        \(population[0]):3:1: 错误[B116]: 这一行第一遍读到了，写结果前再读时读不出来：文件在比对过程中被改动、移走或删掉了。这一行的孩子不能写进结果。
          改法：等文件导出、复制完，关掉正在改它的 Excel 或 WPS，再比对一次。
        """)
    #expect(
      first.formatted(.english) == """
        \(population[0]):3:1: error[B116]: this row was read on the first pass but could not be \
        read again for the output: the file was changed, moved or deleted while it was being \
        compared. The child on it cannot be written into the results.
          fix: wait until the file is exported or copied, close Excel or WPS if it is editing the \
        file, and compare again.
        """)
    let refusal = try #require(result.unreadRefusal())
    #expect(
      refusal.text(.chinese) == """
        \(population[0])、\(enrolled[0]) 在比对过程中变了（见上），结果里会漏掉孩子或对错了行，没有写出结果。
          改法：等文件导出、复制完，关掉正在改它的程序，再运行一次。
        """)
  }

  /// A row put in at the top: every row read again is there, one place down, so the places
  /// read give the child above each listed one. The file's size and time say it changed.
  @Test func aFileChangedInPlaceIsRefusedThoughEveryRowReadsAgain() throws {
    let (folder, population, _, options) = try Self.lists("shifted")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = Comparison.run(options) {
      var lines = CompareFixture.publicSecurity.components(separatedBy: "\r\n")
      lines.insert("新来,女,\(CompareFixture.id("20150101", 31)),2015-01-01,城关镇,第一小学,否,否,城关镇", at: 2)
      try? (Data([0xEF, 0xBB, 0xBF]) + Data(lines.joined(separator: "\r\n").utf8)).write(
        to: URL(fileURLWithPath: population[0]))
    }
    let changed = result.diagnostics.filter { $0.code == "B116" }
    #expect(changed.map(\.location.line) == [1])
    #expect(
      changed.first?.formatted(.chinese) == """
        \(population[0]):1:1: 错误[B116]: 这个文件在比对过程中被改动了（大小或修改时间和开始读时不同）：写结果前再读的行可能已是别的孩子。
          改法：等文件导出、复制完，关掉正在改它的 Excel 或 WPS，再比对一次。
        """)
    #expect(result.changedFiles == [population[0]])
    #expect(result.unreadRefusal() != nil)
  }

  @Test func unchangedFilesAreNotRefused() throws {
    let (folder, _, _, options) = try Self.lists("unchanged")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = Comparison.run(options)
    #expect(result.changedFiles.isEmpty)
    #expect(result.unreadRefusal() == nil)
    #expect(result.suspects.count == 5)
  }
}
