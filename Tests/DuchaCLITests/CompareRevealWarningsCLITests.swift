import Foundation
import Testing

/// The compare warnings showed an ID number two ways: B117 in full with `--reveal`, while B106,
/// B107 and B111 masked it (and B111 the birth dates) whatever was asked, so the clerk who
/// asked for the numbers to correct them still had to look each row up. Every warning now
/// masks by default and shows the number (and the dates) whole with `--reveal`.
@Suite("ducha compare: the warnings follow --reveal")
struct CompareRevealWarningsCLITests {
  // 吴八's check character should be 6; 郑九's number says 2000, the 出生日期 cell 2010.
  static let population = """
    姓名,公民身份号码,出生日期
    吴八,341323201405050017,
    郑九,341323200001010021,2010-01-01

    """
  static let enrolled = "姓名,身份证件号\n周杰,341323201503010034\n钱多,34132320150301\n"

  func run(_ extra: [String]) throws -> Finished {
    let folder = try CLI.temporaryDirectory("compare-reveal-warnings")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in [("公安.csv", Self.population), ("一小.csv", Self.enrolled)] {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return try runDucha(
      ["compare", "--population", "公安.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31"]
        + extra, in: folder, workingDirectory: folder)
  }

  func warnings(_ run: Finished) -> [String] {
    run.errors.components(separatedBy: "\n").filter { $0.contains("[B1") }
  }

  @Test("masked by default")
  func masked() throws {
    let run = try run(["-o", "名单.csv"])
    #expect(
      warnings(run) == [
        "一小.csv:3:4: 错误[B106]: 身份证件号“3************1”有误（身份证号有 14 位，应为 18 位），这一行不能比对。",
        "公安.csv:2:4: 警告[B107]: 身份证件号“341323***********7”的校验位应为 6；仍按原号码比对。",
        "公安.csv:3:4: 警告[B111]: 身份证件号“341323***********1”里的出生日期是 2000-**-**（22 周岁，不在 6-15 周岁），出生日期一栏是 2010-**-**（12 周岁）：两者不符，已按出生日期一栏算年龄，仍按号码比对。",
      ])
  }

  @Test("whole with --reveal, in both languages")
  func revealed() throws {
    let run = try run(["--reveal", "-o", "名单.csv"])
    #expect(
      warnings(run) == [
        "一小.csv:3:4: 错误[B106]: 身份证件号“34132320150301”有误（身份证号有 14 位，应为 18 位），这一行不能比对。",
        "公安.csv:2:4: 警告[B107]: 身份证件号“341323201405050017”的校验位应为 6；仍按原号码比对。",
        "公安.csv:3:4: 警告[B111]: 身份证件号“341323200001010021”里的出生日期是 2000-01-01（22 周岁，不在 6-15 周岁），出生日期一栏是 2010-01-01（12 周岁）：两者不符，已按出生日期一栏算年龄，仍按号码比对。",
      ])
    let english = try self.run(["--reveal", "--lang", "en", "-o", "list.csv"])
    #expect(
      warnings(english)[1...] == [
        "公安.csv:2:4: warning[B107]: the ID number \"341323201405050017\" should end in 6; compared as written.",
        "公安.csv:3:4: warning[B111]: the ID number \"341323200001010021\" gives the birth date 2000-01-01 (22, outside 6-15) but the 出生日期 cell says 2010-01-01 (12): the age is taken from the cell, the number is compared as written.",
      ])
  }
}
