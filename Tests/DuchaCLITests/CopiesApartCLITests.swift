import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// The commands besides the leader's that read a folder holding two copies of one session at
/// the same save with other answers (`DivergentCopyCLITests`): each used to take the copy
/// saved last without a word. `roster check --session` filled the registry figures into it and
/// saved it under the session's own name, over the other inspector's copy; a new inspection
/// took 上年 figures from whichever copy was newer. End to end with the binary.
@Suite("commands that read a folder with copies that went apart", .serialized)
struct CopiesApartCLITests {
  @Test("roster check --session fills in neither copy, and says which")
  func rosterCheckFillsInNeitherCopy() throws {
    let laptop = try Laptop("apart-roster")
    defer { laptop.remove() }
    let (name, copy, sequence) = try DivergentCopyCLITests.copiesApart(on: laptop)
    let id = String(name.suffix(13).prefix(8))
    let files = [name, copy].map { laptop.url("第三组/\($0)") }
    let before = try files.map { try Data(contentsOf: $0) }
    try FileManager.default.copyItem(
      at: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv"),
      to: laptop.url("名单.csv"))
    let run = try laptop.run([
      "roster", "check", "名单.csv", "--session", id, "--sessions", "第三组",
    ])
    #expect(run.status == 1)
    // The check itself is printed; only the filling in is refused.
    #expect(run.output.contains("系统学生数"), "\(run.output)")
    #expect(
      run.errors.hasSuffix(
        "✗ 没有填进检查记录：第三组/\(name) 是同一次检查（编号 \(id)）的另一份副本，也保存到第 \(sequence) 次，回答不同；"
          + "填进 第三组/\(copy)，那一份的回答以后就当作旧的、不再使用。请先核对两份，把不用的一份移出 第三组，再运行这条命令。两份都没有改动。\n"),
      "\(run.errors)")
    #expect(try files.map { try Data(contentsOf: $0) } == before)
  }

  /// 渔沟中学's 2019 inspection in `2019/`, and a copy `…(1).json` at the same save changed by
  /// `change`.
  static func lastYearApart(on laptop: Laptop, _ change: (inout Session) -> Void) throws -> (
    String, String
  ) {
    _ = try LastYearCLITests.lastYear(in: laptop.url("2019"))
    let file = try #require(SessionFiles.sessionFiles(in: laptop.url("2019")).first)
    var other = try SessionFiles.load(file)
    change(&other)
    let copy = file.path.replacingOccurrences(of: ".json", with: "(1).json")
    try SessionStore.encode(other).write(to: URL(fileURLWithPath: copy))
    return (
      "2019/\(file.lastPathComponent)", "2019/\((copy as NSString).lastPathComponent)"
    )
  }

  @Test("last year's figures are not taken from one of two copies that disagree on them")
  func lastYearCopiesThatDisagreeAreSaid() throws {
    let laptop = try Laptop("apart-lastyear")
    defer { laptop.remove() }
    let (file, copy) = try Self.lastYearApart(on: laptop) {
      $0.answers.values["初中入学率"] = Answer(.number(97))
      $0.updatedAt = "2019-11-05T10:00:00+08:00"
    }
    let script = laptop.url("s.txt")
    try CLI.writeScript(["退出"], to: script)
    let run = try laptop.run(
      LastYearCLITests.start + [
        "--sessions", laptop.url("2020").path, "--last-year", "2019", "--script", script.path,
      ])
    #expect(run.status == 2, "\(run.errors)")
    #expect(
      run.output.hasPrefix(
        "上年的渔沟中学检查有两份副本：\(copy) 和 \(file)（编号 2019aaaa，都保存到第 1 次），"
          + "上年数值不同（初中入学率 97 / 98.5），不知道该用哪一份；上年数值须录入。请核对两份，把不用的一份移出文件夹，以后的检查就能取用。两份都没有改动。\n"),
      "\(run.output)")
    let saved = try #require(SessionFiles.sessionFiles(in: laptop.url("2020")).first)
    #expect(try SessionFiles.load(saved).previousValues.isEmpty)
  }

  @Test("copies that differ elsewhere agree on last year's figures, which are used")
  func lastYearCopiesThatAgreeOnTheFiguresAreUsed() throws {
    let laptop = try Laptop("apart-lastyear-agree")
    defer { laptop.remove() }
    let (_, copy) = try Self.lastYearApart(on: laptop) {
      $0.problems = [Problem(itemID: "1", description: "控辍保学台账不全", time: "t")]
      $0.updatedAt = "2019-11-05T10:00:00+08:00"
    }
    let script = laptop.url("s.txt")
    try CLI.writeScript(["退出"], to: script)
    let run = try laptop.run(
      LastYearCLITests.start + [
        "--sessions", laptop.url("2020").path, "--last-year", "2019", "--script", script.path,
      ])
    #expect(
      run.output.hasPrefix(
        "上年数值取自 \(copy)（2019-11-05，李明）：小学入学率 99.2、初中入学率 98.5。可以改，改时要写理由。"),
      "\(run.output)")
  }
}
