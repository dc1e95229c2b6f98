import Foundation
import Testing

/// A 公安 list where one child's number is an old 15-digit one copied from the household
/// register (read as born 1911) while its 出生日期 says 2011: the child is listed by the
/// 出生日期 cell with a warning, instead of dropping out of the list as a 111-year-old.
struct CompareBirthMismatchCLITests {
  static let population = """
    序号,姓名,性别,出生日期,公民身份号码,乡镇
    1,陈七,男,2011-05-05,990101110505013,城关镇
    2,周八,男,2012-03-15,990101201203150132,城关镇
    3,吴九,女,2000-01-01,990101200001010145,城关镇

    """

  @Test func aChildWhoseNumberSaysAnotherCenturyIsStillListed() throws {
    let directory = try CLI.temporaryDirectory("compare-birth-mismatch")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.population.utf8).write(to: directory.appendingPathComponent("户籍.csv"))
    try Data("姓名,身份证件号\n周八,990101201203150132\n".utf8).write(
      to: directory.appendingPathComponent("一小.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "户籍.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15", "-o", "名单.csv",
      ], in: directory, workingDirectory: directory)
    #expect(run.status == 0, "\(run.errors)")
    // The 15-digit number widened to 18 (19 inserted, check character 1) is what is compared.
    // 陈七 at 2022-08-31: 11 by the cell, 111 by the number; 周八 is enrolled; 吴九 is 22.
    #expect(run.output == "疑似失学辍学 1，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 3，在籍人数 1，适龄人数 2\n")
    #expect(
      run.errors.hasPrefix(
        "户籍.csv:2:19: 警告[B111]: 身份证件号“990101***********1”里的出生日期是 1911-**-**（111 周岁，不在 6-15 周岁），出生日期一栏是 2011-**-**（11 周岁）：两者不符，已按出生日期一栏算年龄，仍按号码比对。\n"
          + "  改法：对照户口簿核对身份证号和出生日期，改正错的一个，再比对一次。\n"))
    let bytes = try Data(contentsOf: directory.appendingPathComponent("名单.csv"))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(
      String(decoding: bytes.dropFirst(3), as: UTF8.self)
        == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号\r\n"
        + "1,990101***********1,陈*,男,2011-**-**,11,城关镇,,,户籍.csv:2,身份证号与出生日期不符，按出生日期算年龄,1\r\n")
  }

  /// Two children without a number: one whose 出生日期 is not a real day (2014-02-30, a slip
  /// in the 公安 export), one with the cell empty. Both are listed, age unknown; the first is
  /// said at its 出生日期 cell with what to correct, not as "no birth date" (the clerk would
  /// find a date in the cell and not know what is wrong).
  @Test func aBirthDateThatIsNoRealDayIsSaidWhereItIs() throws {
    let directory = try CLI.temporaryDirectory("compare-birth-unreadable")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(
      """
      姓名,公民身份号码,性别,出生日期,乡镇
      孙小红,,女,2014-02-30,渔沟镇
      李小刚,,男,,渔沟镇

      """.utf8
    ).write(to: directory.appendingPathComponent("户籍.csv"))
    try Data("姓名,身份证件号\n周八,990101201203150132\n".utf8).write(
      to: directory.appendingPathComponent("一小.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "户籍.csv", "--enrolled", "一小.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15", "-o", "名单.csv",
      ], in: directory, workingDirectory: directory)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors.hasPrefix(
        "户籍.csv:2:8: 警告[B108]: 没有可用的身份证件号，出生日期“2014-**-**”不是存在的日子（或读不出），无法判断年龄，这一行没有比对，已列入名单并注明。\n"
          + "  改法：把出生日期改成存在的日子（写成 2014-02-28 这样），或补上身份证件号。\n"
          + "户籍.csv:3:1: 警告[B108]: 没有可用的身份证件号，也没有出生日期，无法判断年龄，这一行没有比对，已列入名单并注明。\n"
          + "  改法：补上身份证件号或出生日期。\n"), "\(run.errors)")
    let bytes = try Data(contentsOf: directory.appendingPathComponent("名单.csv"))
    #expect(
      String(decoding: bytes.dropFirst(3), as: UTF8.self)
        == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注\r\n"
        + "1,,孙**,女,2014-**-**,,渔沟镇,,,户籍.csv:2,没有身份证号，出生日期有误，无法比对，年龄不明\r\n"
        + "2,,李**,男,,,渔沟镇,,,户籍.csv:3,没有身份证号，也没有出生日期，无法比对，年龄不明\r\n")
  }
}
