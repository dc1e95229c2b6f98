import Foundation
import Testing

/// The county gives `ducha compare` the 公安 list first, then the 民政 and 残联 lists (as the
/// README's example does). A child on all three was one row taken from the first list only:
/// the 民政 list's 建档立卡 and 留守 and the 残联 list's 残疾 were dropped, so the children the
/// 安泽 rules name for 重点筛查 were not flagged; given the other way round, the 公安 row's 乡镇,
/// 村 and 监护人 were lost. Now the child's rows are one: the groups of all of them, the
/// first row's cells with the empty ones filled from the others, and every source.
@Suite("ducha compare: one child on several population lists")
struct CompareSeveralPopulationListsCLITests {
  static let police = """
    序号,姓名,公民身份号码,乡镇,村,监护人
    1,周杰,990101201305070934,良马镇,张庄村,周大
    2,李雷,990101201608310114,良马镇,李庄村,李大

    """
  // One column naming the groups, as 民政 lists have it.
  static let civil = "姓名,身份证号,特殊群体\n周杰,990101201305070934,建档立卡、留守\n"
  static let disability = "姓名,身份证号,是否残疾\n周杰,990101201305070934,视力残疾\n"
  static let enrolled = "姓名,身份证件号\n"

  func compare(_ population: [String], in directory: URL) throws -> [String] {
    let run = try runDucha(
      ["compare", "--population"] + population + [
        "--enrolled", "学籍.csv", "--cutoff", "2022-08-31", "--ages", "6-15", "--reveal", "-o",
        "名单.csv",
      ], in: directory, workingDirectory: directory)
    #expect(run.status == 0, "\(run.errors)")
    // Two children, not three: 周杰 is on three lists.
    #expect(
      run.output == "疑似失学辍学 2，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 2，在籍人数 0，适龄人数 2\n")
    let written = try Data(contentsOf: directory.appendingPathComponent("名单.csv"))
    return String(decoding: written.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
  }

  @Test("the groups of every list, the sources of every list")
  func policeListFirst() throws {
    let directory = try CLI.temporaryDirectory("compare-several-lists")
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, text) in [
      ("公安.csv", Self.police), ("民政.csv", Self.civil), ("残联.csv", Self.disability),
      ("学籍.csv", Self.enrolled),
    ] {
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }
    let lines = try compare(["公安.csv", "民政.csv", "残联.csv"], in: directory)
    // The 民政 list's own 特殊群体 cell is kept as 原表特殊群体 (it may say more, e.g. 低保).
    #expect(
      lines[0]
        == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号,村,监护人,原表特殊群体,是否残疾")
    #expect(
      lines[1]
        == "1,990101201305070934,周杰,男,2013-05-07,9,良马镇,,建档立卡、残疾、留守,公安.csv:2、民政.csv:2、残联.csv:2,,1,张庄村,周大,建档立卡、留守,视力残疾"
    )
    #expect(lines[2] == "2,990101201608310114,李雷,男,2016-08-31,6,良马镇,,,公安.csv:3,,2,李庄村,李大,,")

    // The 残联 list first: its row leads, the 公安 row fills in 乡镇, 村 and 监护人.
    let reversed = try compare(["残联.csv", "公安.csv", "民政.csv"], in: directory)
    #expect(
      reversed[0]
        == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,是否残疾,原表序号,村,监护人,原表特殊群体")
    #expect(
      reversed[1]
        == "1,990101201305070934,周杰,男,2013-05-07,9,良马镇,,建档立卡、残疾、留守,残联.csv:2、公安.csv:2、民政.csv:2,,视力残疾,1,张庄村,周大,建档立卡、留守"
    )
  }
}
