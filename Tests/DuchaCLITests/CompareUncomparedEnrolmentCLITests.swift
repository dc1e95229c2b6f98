import Foundation
import Testing

/// A registry export where one student's 身份证件号 is empty and another's was miscopied (17
/// digits), with no 全国学籍号 column. The empty one was passed over without a word, and both
/// children, on the 公安 list, were on the 疑似失学辍学名单 with nothing to say they may be at
/// school: the clerk sends someone to look for a child who is in class. Now the empty number is
/// a warning (B113) at its cell, and a 疑似 child with the same name and birth date as a roster
/// row that could not be compared has a note naming that row. The same name with another birth
/// date is another child: no note.
@Suite("ducha compare: roster rows that could not be compared")
struct CompareUncomparedEnrolmentCLITests {
  static let population = """
    姓名,公民身份号码,出生日期
    周杰,990101201305070934,2013-05-07
    孙悟,990101200909090536,2009-09-09
    李雷,990101201608310114,2016-08-31

    """
  static let enrolled = """
    姓名,身份证件号,出生日期,年级
    周杰,,2013-05-07,四年级
    孙悟,99010120090909053,2009-09-09,八年级
    李雷,,2015-01-01,一年级

    """

  /// Runs `ducha compare --reveal -o 名单.csv` from a temporary folder holding the population
  /// list (named `population`) and the roster `一小.csv`; the run and the written list's lines.
  func compare(population: (name: String, text: String), enrolled: String) throws -> (
    run: Finished, lines: [String]
  ) {
    let directory = try CLI.temporaryDirectory("compare-uncompared")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(population.text.utf8).write(to: directory.appendingPathComponent(population.name))
    try Data(enrolled.utf8).write(to: directory.appendingPathComponent("一小.csv"))
    let run = try runDucha(
      [
        "compare", "--population", population.name, "--enrolled", "一小.csv", "--cutoff",
        "2022-08-31", "--reveal", "-o", "名单.csv",
      ], in: directory, workingDirectory: directory)
    let written = try Data(contentsOf: directory.appendingPathComponent("名单.csv"))
    let lines = String(decoding: written.dropFirst(3), as: UTF8.self).components(
      separatedBy: "\r\n")
    return (run, lines)
  }

  @Test("B113 for the empty number; a note on the 疑似 child the row may be")
  func uncomparedRowsAreNamedBesideTheChild() throws {
    let (run, lines) = try compare(
      population: ("公安.csv", Self.population), enrolled: Self.enrolled)
    #expect(run.status == 1)
    #expect(
      run.errors == """
        一小.csv:2:4: 警告[B113]: 在籍名单这一行没有身份证件号（也没有可用的全国学籍号），不能比对：这个学生在人口名单上的话会算成疑似失学辍学，名单里同姓名、同出生日期的孩子备注里写明这一行。
          改法：在学籍系统里补上这个学生的身份证件号，重新导出后再比对一次。
        一小.csv:3:4: 错误[B106]: 身份证件号“99010120090909053”有误（身份证号有 17 位，应为 18 位），这一行不能比对。
          改法：对照户口簿或身份证改正这个号码，再比对一次。
        一小.csv:4:4: 警告[B113]: 在籍名单这一行没有身份证件号（也没有可用的全国学籍号），不能比对：这个学生在人口名单上的话会算成疑似失学辍学，名单里同姓名、同出生日期的孩子备注里写明这一行。
          改法：在学籍系统里补上这个学生的身份证件号，重新导出后再比对一次。
        已写入：名单.csv
        已写入：名单-问题户籍.csv
        已写入：名单-重复在籍.csv
        已写入：名单-统计.csv

        """)
    #expect(lines[0] == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注")
    #expect(
      lines[1]
        == "1,990101201305070934,周杰,男,2013-05-07,9,,,,公安.csv:2,学籍名单 一小.csv:2 有同姓名、同出生日期的学生，身份证号有误或空着没有比对上，可能已在籍，请核对"
    )
    #expect(
      lines[2]
        == "2,990101200909090536,孙悟,男,2009-09-09,12,,,,公安.csv:3,学籍名单 一小.csv:3 有同姓名、同出生日期的学生，身份证号有误或空着没有比对上，可能已在籍，请核对"
    )
    // 李雷 on the roster was born 2015: another child.
    #expect(lines[3] == "3,990101201608310114,李雷,男,2016-08-31,6,,,,公安.csv:4,")
  }

  /// The other way round: the 公安 list was re-saved in Excel (`9.90101E+17`), the roster is
  /// whole. 周杰, at school, was listed as 疑似 (“身份证号有误，无法比对”) with nothing to say a
  /// roster has a 周杰 born that day; now the note names the roster row.
  @Test("a population row that cannot be compared names a roster's namesake")
  func damagedPopulationRowNamesTheRosterRow() throws {
    let population = "姓名,公民身份号码,出生日期\n周杰,9.90101E+17,2013-05-07\n李雷,9.90101E+17,2016-08-31\n"
    let (run, lines) = try compare(
      population: ("公安.csv", population), enrolled: "姓名,身份证件号\n周杰,990101201305070934\n")
    #expect(run.status == 1)
    #expect(
      lines[1]
        == "1,9.90101E+17,周杰,,2013-05-07,9,,,,公安.csv:2,身份证号有误，无法比对；学籍名单 一小.csv:2 有同姓名、同出生日期的学生，身份证号有误或空着没有比对上，可能已在籍，请核对"
    )
    #expect(lines[2] == "2,9.90101E+17,李雷,,2016-08-31,6,,,,公安.csv:3,身份证号有误，无法比对")
  }

  /// A township typist pads two-character names to the width of three (`李　红`, a full-width
  /// space) and writes the dot of a Uyghur name as `•`; the registry has `李红` and
  /// `阿依·买买提`, each without a number. The 疑似 children had no note: the names were
  /// compared as typed. And 张三, whose own number and roster row both could not be compared,
  /// had the same note twice (once per check). Now names compare without spaces and with one
  /// dot, and each note is written once.
  @Test("names padded with spaces or written with another dot still meet; one note per row")
  func paddedNamesMeetAndNotesAreNotRepeated() throws {
    let population = """
      姓名,公民身份号码,出生日期
      李\u{3000}红,990101201305070934,
      阿依•买买提,990101200909090536,
      张三,9.90101E+17,2012-01-01

      """
    let enrolled = """
      姓名,身份证件号,出生日期
      李红,,
      阿依·买买提,,2009-09-09
      张 三,,

      """
    let (run, lines) = try compare(population: ("摸排.csv", population), enrolled: enrolled)
    #expect(run.status == 1)
    #expect(
      lines[1]
        == "1,990101201305070934,李\u{3000}红,男,2013-05-07,9,,,,摸排.csv:2,学籍名单 一小.csv:2 有同姓名的学生，身份证号有误或空着没有比对上，可能已在籍，请核对"
    )
    #expect(
      lines[2]
        == "2,990101200909090536,阿依•买买提,男,2009-09-09,12,,,,摸排.csv:3,学籍名单 一小.csv:3 有同姓名、同出生日期的学生，身份证号有误或空着没有比对上，可能已在籍，请核对"
    )
    #expect(
      lines[3]
        == "3,9.90101E+17,张三,,2012-01-01,10,,,,摸排.csv:4,身份证号有误，无法比对；学籍名单 一小.csv:4 有同姓名的学生，身份证号有误或空着没有比对上，可能已在籍，请核对"
    )
  }
}
