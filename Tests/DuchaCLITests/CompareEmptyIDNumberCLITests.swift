import Foundation
import Testing

/// A 公安 list where the village clerk left two children's ID cells empty but wrote their
/// birth dates: the one of age was listed with the note 没有身份证号，无法比对 and the one out of
/// the ages left off, neither with a word on the terminal, while a miscopied number is said
/// where it is (B106). Each now gets a warning at its ID cell, with the fix.
struct CompareEmptyIDNumberCLITests {
  /// By hand at 2021-08-31, ages 6–15: 张一 enrolled; 李二 (2014-02-02, 7) has no number and
  /// is listed by the birth date; 王三 (2004-03-03, 17) has no number and is out of the ages.
  static let population = """
    姓名,身份证件号,出生日期,乡镇
    张一,990101201301010010,2013-01-01,渔沟镇
    李二,,2014-02-02,渔沟镇
    王三,,2004-03-03,大庙乡

    """

  @Test func anEmptyNumberIsSaidWhereItIsInBothLanguages() throws {
    let work = try CLI.temporaryDirectory("compare-empty-id")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(Self.population.utf8).write(to: work.appendingPathComponent("公安.csv"))
    try Data("姓名,身份证件号,学校名称\n张一,990101201301010010,渔沟小学\n".utf8).write(
      to: work.appendingPathComponent("学籍.csv"))
    let arguments = [
      "compare", "--population", "公安.csv", "--enrolled", "学籍.csv", "--cutoff", "2021-08-31",
      "--ages", "6-15",
    ]
    let run = try runDucha(arguments, in: work, workingDirectory: work)
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("疑似失学辍学 1，问题户籍 0，重复在籍 0，无法比对 1，人口名单人数 3，在籍人数 1，适龄人数 2\n"))
    #expect(run.output.contains("| 公安.csv:3 | 没有身份证号，无法比对 |"))
    #expect(
      run.errors == """
        公安.csv:3:4: 警告[B115]: 身份证件号是空的，这一行不能比对，已按出生日期列入名单并注明。
          改法：对照户口簿或身份证补上这个号码，再比对一次。
        公安.csv:4:4: 警告[B115]: 身份证件号是空的，这一行不能比对；按出生日期不在 6-15 周岁，没有列入名单。
          改法：对照户口簿或身份证补上这个号码，再比对一次。

        """)
    let english = try runDucha(arguments + ["--lang", "en"], in: work, workingDirectory: work)
    #expect(
      english.errors == """
        公安.csv:3:4: warning[B115]: the ID number is empty; the row cannot be compared and is \
        listed by its birth date with a note.
          fix: fill in the number from the household register or ID card and compare again.
        公安.csv:4:4: warning[B115]: the ID number is empty; the row cannot be compared, and by \
        its birth date the child is outside ages 6-15, so the row is not listed.
          fix: fill in the number from the household register or ID card and compare again.

        """)
  }
}
