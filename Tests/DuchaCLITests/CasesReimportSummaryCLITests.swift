import Foundation
import Testing

/// The county imports its 疑似 list, works on it, then imports next month's list: the same
/// children and a few more. Every child already in the ledger was a line of its own (hundreds
/// for a county), and the few that mattered were lost among them. Now the unchanged ones are
/// one line; the new cases, a child twice on the list, a closed case back on it, a 乡镇 that
/// differs from the ledger's, and the refused rows (on stderr, with their fix) each have one.
struct CasesReimportSummaryCLITests {
  static let first = """
    序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校
    1,341323201203150019,张三,男,2012-03-15,10,渔沟镇,渔沟小学
    2,341323201406010024,李四,女,2014-06-01,8,渔沟镇,渔沟小学
    3,341323201011110039,王五,男,2010-11-11,11,大庙乡,大庙小学
    4,341323201105050016,赵六,男,2011-05-05,11,大庙乡,大庙小学

    """
  /// Next month's list: 王五 moved to 良马镇, 孙七 is new and typed twice, 李四 copied twice,
  /// and a row pasted from a masked copy.
  static let next = """
    序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校
    1,341323201203150019,张三,男,2012-03-15,10,渔沟镇,渔沟小学
    2,341323201406010024,李四,女,2014-06-01,8,渔沟镇,渔沟小学
    3,341323201011110039,王五,男,2010-11-11,11,良马镇,大庙小学
    4,341323201105050016,赵六,男,2011-05-05,11,大庙乡,大庙小学
    5,341323201304040017,孙七,男,2013-04-04,9,大庙乡,大庙小学
    6,341323201406010024,李四,女,2014-06-01,8,渔沟镇,渔沟小学
    7,341323201304040017,孙七,男,2013-04-04,9,大庙乡,大庙小学
    8,341323201204******,钱**,男,,,大庙乡,大庙小学

    """

  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  @Test func aSecondImportSaysOnlyWhatMatters() throws {
    let folder = try CLI.temporaryDirectory("cases-reimport")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.first.utf8).write(to: folder.appendingPathComponent("九月.csv"))
    try Data(Self.next.utf8).write(to: folder.appendingPathComponent("十月.csv"))
    _ = try run(["import", "九月.csv", "--by", "李辉"], in: folder)
    let checked = try run(
      ["update", "1", "--result", "已入学", "--school", "渔沟小学", "--reason", "电话核实", "--by", "李辉"],
      in: folder)
    #expect(checked.status == 0, "\(checked.errors)")

    let again = try run(["import", "十月.csv", "--by", "李辉"], in: folder)
    #expect(again.status == 1)  // the masked row is refused
    #expect(
      again.output == """
        十月.csv：读入 7 人，新建案例 1 个，已在台账中 6 人（不重复建案）
          十月.csv:6：孙* 新建案例 5
          十月.csv:2：张* 已是案例 1（已入学），已结案，又在这份名单上：孩子又离校的，ducha cases update 1 --reopen --reason … --by 姓名
          十月.csv:4：王* 已是案例 3（疑似），名单上的乡镇是 良马镇，台账里是 大庙乡（没有改）：要改用 ducha cases assign 3 --township 良马镇 --by 姓名
          十月.csv:7：李* 已是案例 2（疑似），与本名单 十月.csv:3 是同一个孩子，删掉其中一行
          十月.csv:8：孙* 已是案例 5（疑似），与本名单 十月.csv:6 是同一个孩子，删掉其中一行
          2 人已在台账中，未改变

        """)
    #expect(again.errors.hasPrefix("十月.csv:9:"))
    #expect(again.errors.contains("[C104]"))

    // The first list again, in English: the closed case came from it (the list that closed
    // it), so it is quiet with the others.
    let third = try run(["import", "九月.csv", "--by", "李辉", "--lang", "en"], in: folder)
    #expect(
      third.output == """
        九月.csv: 4 read, 0 new cases, 4 already in the ledger (no second case)
          4 already in the ledger, unchanged

        """)
  }
}
