import Foundation
import Testing

/// A township's 摸排表 with two slips in the 出生日期 column: 孙小红 (no number) born on
/// 2014-02-30, 钱小五 (with a number) on 2012-02-30. Without a number the ledger knows a child
/// by name and birth date, so a case under a day that does not exist would never meet the
/// child's case from a corrected list: refused at the cell with the fix (C110). With a number
/// the case is kept by the number and takes the number's birth date, said as a warning. The
/// corrected list brings 孙小红 in once. It was stored as `2014-02-30`, without a word.
struct CasesBirthDateImportCLITests {
  static let survey = """
    姓名,身份证号码,出生日期,责任学校
    孙小红,,2014-02-30,渔沟小学
    钱小五,990101201203030018,2012-02-30,渔沟小学
    李小刚,,2013/5/6,渔沟小学

    """

  @Test func aBirthDateThatIsNoRealDayIsSaidAndKeyedCasesAreRefused() throws {
    let (folder, ledger) = try CasesCLITests.folder("birth-date-import")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.survey.utf8).write(to: folder.appendingPathComponent("摸排.csv"))
    let first = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder, workingDirectory: folder)
    #expect(first.status == 1)
    #expect(first.output == "摸排.csv：读入 2 人，新建案例 2 个，已在台账中 0 人（不重复建案）\n")
    #expect(
      first.errors
        == "摸排.csv:2:6: 错误[C110]: 出生日期“2014-**-**”不是存在的日子（或读不出）：没有身份证号时台账按姓名和出生日期认人，错的日期建的案例和改正后的名单对不上，这一行未导入。\n"
        + "  改法：改正名单里的出生日期（写成 2014-02-28 这样），再导入一次（已导入的不会重复）；一时查不到的，把这一格清空再导入，按姓名和学校建案例。\n"
        + "摸排.csv:3:24: 警告[C110]: 出生日期“2012-**-**”不是存在的日子（或读不出），已按身份证号里的出生日期记下。\n"
        + "  改法：核对名单里的出生日期（写成 2014-02-28 这样）。\n")
    let shown = try runDucha(
      ["cases", "show", "1", "--reveal"] + ledger, in: folder, workingDirectory: folder)
    #expect(shown.output.hasPrefix("案例 1：钱小五　疑似\n  身份证号：990101201203030018\n  出生日期：2012-03-03\n"))
    let typed = try runDucha(
      ["cases", "show", "2", "--reveal"] + ledger, in: folder, workingDirectory: folder)
    #expect(typed.output.hasPrefix("案例 2：李小刚　疑似\n  出生日期：2013-05-06\n"))

    try Data(
      Self.survey.replacingOccurrences(of: "2014-02-30", with: "2014-02-28").utf8
    ).write(to: folder.appendingPathComponent("摸排.csv"))
    let again = try runDucha(
      ["cases", "import", "摸排.csv", "--by", "张干事"] + ledger, in: folder, workingDirectory: folder)
    #expect(
      again.output
        == "摸排.csv：读入 3 人，新建案例 1 个，已在台账中 2 人（不重复建案）\n"
        + "  摸排.csv:2：孙** 新建案例 3\n  2 人已在台账中，未改变\n")
    let list = try runDucha(["cases", "list"] + ledger, in: folder, workingDirectory: folder)
    #expect(list.output.hasSuffix("共 3 例：疑似 3\n"))
  }
}
