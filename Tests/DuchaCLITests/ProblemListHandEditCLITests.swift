import Foundation
import Testing

/// The leader edits `_问题清单.json` in Notepad and types the deadline 2021-12-32: it was shown
/// and printed on the 整改通知书 as “2021年12月32日”. The list is now refused at the deadline's
/// place in the file with what to write (file untouched, no notice written); written another
/// way (2021/12/31), it is read as `problems edit` stores it.
struct ProblemListHandEditCLITests {
  @Test func aDeadlineThatIsNoRealDayIsRefusedAtItsPlace() throws {
    let directory = try CLI.temporaryDirectory("problem-list-hand-edit")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = try CLI.walkTwoUnits(in: directory)
    func run(_ arguments: [String]) throws -> Finished {
      try runDucha(arguments, in: directory, workingDirectory: directory)
    }
    #expect(try run(["problems", "build", "第三组"]).status == 0)
    let edited = try run([
      "problems", "edit", "第三组", "1", "--deadline", "2021-12-30", "--responsible", "教务处",
      "--by", "李辉",
    ])
    #expect(edited.status == 0, "\(edited.errors)")
    let list = folder.appendingPathComponent("_问题清单.json")
    let original = try String(contentsOf: list, encoding: .utf8)
    let lines = original.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains("\"deadline\" : \"2021-12-30\"") })
    let column = try #require(lines[line].firstIndex(of: "\"")).utf16Offset(in: lines[line]) + 1

    try original.replacingOccurrences(of: "2021-12-30", with: "2021-12-32").write(
      to: list, atomically: true, encoding: .utf8)
    let damaged = try Data(contentsOf: list)
    let message =
      "第三组/_问题清单.json:\(line + 1):\(column)：整改期限“2021-12-32”不是存在的日子（这个文件多半被手工改过）。"
      + "请在文件的这个位置改成存在的日子，写成 2021-12-15 这样；文件没有改动。\n"
    let shown = try run(["problems", "show", "第三组"])
    #expect(shown.status != 0)
    #expect(shown.errors == message)
    let notice = try run(["notice", "第三组", "--unit", "渔沟小学", "-o", "通知书.html"])
    #expect(notice.status != 0)
    #expect(notice.errors.hasPrefix(message), "\(notice.errors)")
    #expect(
      !FileManager.default.fileExists(atPath: directory.appendingPathComponent("通知书.html").path))
    #expect(try Data(contentsOf: list) == damaged)

    try original.replacingOccurrences(of: "2021-12-30", with: "2021/12/31").write(
      to: list, atomically: true, encoding: .utf8)
    let fixed = try run(["problems", "show", "第三组", "--format", "csv"])
    #expect(fixed.status == 0, "\(fixed.errors)")
    #expect(fixed.output.contains(",教务处,2021-12-31,"), "\(fixed.output)")
  }
}
