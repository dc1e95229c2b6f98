import Foundation
import Testing

/// A 公安 list copied from a WeChat group has rows whose ID number was miscopied and whose
/// 出生日期 is empty, and one child with neither. Their age is unknown, so they may be of school
/// age: they are listed (masked) with a note and counted in 无法比对, not silently left out.
struct CompareUnknownAgeCLITests {
  /// Nine people. By hand, at the cut-off 2021-08-31 for ages 6–15:
  /// - 张一, 李二, 王三 (2013, 2014, 2012): of age, enrolled;
  /// - 赵四 (2015-04-04, 6): of age, on no roster: the one compared child on the list;
  /// - 孙五 (2000): 21, out of range;
  /// - 周六: 14-digit number, 出生日期 2013-06-06 (8): listed by the birth date, 无法比对;
  /// - 吴七: 14-digit number, 出生日期 1999-07-07 (22): out of range by the birth date;
  /// - 郑八: a number with a letter in it and no 出生日期: age unknown, listed, 无法比对;
  /// - 王十: no number, no 出生日期: age unknown, listed, 无法比对.
  /// 疑似失学辍学 = 1 compared (赵四) + 3 无法比对 = 4. 适龄 = 4 known by number (张一, 李二,
  /// 王三, 赵四) + 1 by 出生日期 (周六) = 5; the two of unknown age are not counted as of age.
  /// Rows: 5 of age + 2 out of range (孙五, 吴七) + 2 of unknown age = 9 = 人口名单人数.
  static let population = """
    姓名,身份证件号,性别,出生日期,乡镇,责任学校
    张一,990101201301010010,男,2013-01-01,渔沟镇,渔沟小学
    李二,990101201402020023,女,2014-02-02,渔沟镇,渔沟小学
    王三,990101201203030034,男,2012-03-03,大庙乡,大庙小学
    赵四,990101201504040041,男,2015-04-04,大庙乡,大庙小学
    孙五,990101200001010057,男,2000-01-01,大庙乡,大庙小学
    周六,99010120130606,女,2013-06-06,渔沟镇,渔沟小学
    吴七,99010119990707,男,1999-07-07,渔沟镇,渔沟小学
    郑八,9901012014X8080,女,,渔沟镇,渔沟小学
    王十,,男,,大庙乡,大庙小学

    """

  static let enrolled = """
    姓名,身份证件号,学校名称
    张一,990101201301010010,渔沟小学
    李二,990101201402020023,渔沟小学
    王三,990101201203030034,大庙小学

    """

  @Test func rowsOfUnknownAgeAreListedAndCountedSoTheTotalsAddUp() throws {
    let work = try CLI.temporaryDirectory("compare-unknown-age")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(Self.population.utf8).write(to: work.appendingPathComponent("公安户籍.csv"))
    try Data(Self.enrolled.utf8).write(to: work.appendingPathComponent("学籍.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "公安户籍.csv", "--enrolled", "学籍.csv", "--cutoff", "2021-08-31",
        "--ages", "6-15",
      ], in: work, workingDirectory: work)
    #expect(run.status == 1)  // the miscopied numbers are errors; everything else is compared
    #expect(
      run.output == """
        疑似失学辍学 4，问题户籍 0，重复在籍 0，无法比对 3，人口名单人数 9，在籍人数 3，适龄人数 5

        ## 疑似失学辍学名单

        | 序号 | 身份证件号 | 姓名 | 性别 | 出生日期 | 年龄 | 乡镇 | 责任学校 | 特殊群体 | 来源 | 备注 |
        |---|---|---|---|---|---|---|---|---|---|---|
        | 1 | 990101\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*1 | 赵\\* | 男 | 2015-\\*\\*-\\*\\* | 6 | 大庙乡 | 大庙小学 |  | 公安户籍.csv:5 |  |
        | 2 | 9\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*6 | 周\\* | 女 | 2013-\\*\\*-\\*\\* | 8 | 渔沟镇 | 渔沟小学 |  | 公安户籍.csv:7 | 身份证号有误，无法比对 |
        | 3 | 990101\\*\\*\\*\\*\\*\\*\\*\\*0 | 郑\\* | 女 |  |  | 渔沟镇 | 渔沟小学 |  | 公安户籍.csv:9 | 身份证号有误，也没有出生日期，无法比对，年龄不明 |
        | 4 |  | 王\\* | 男 |  |  | 大庙乡 | 大庙小学 |  | 公安户籍.csv:10 | 没有身份证号，也没有出生日期，无法比对，年龄不明 |

        ## 统计

        | 类别 | 名称 | 人数 |
        |---|---|---|
        | 合计 | 疑似失学辍学 | 4 |
        | 合计 | 问题户籍 | 0 |
        | 合计 | 重复在籍 | 0 |
        | 合计 | 无法比对 | 3 |
        | 合计 | 人口名单人数 | 9 |
        | 合计 | 在籍人数 | 3 |
        | 合计 | 适龄人数 | 5 |
        | 乡镇 | 大庙乡 | 2 |
        | 乡镇 | 渔沟镇 | 2 |
        | 责任学校 | 大庙小学 | 2 |
        | 责任学校 | 渔沟小学 | 2 |


        """)
    #expect(
      run.errors == """
        公安户籍.csv:7:4: 错误[B106]: 身份证件号“9************6”有误（身份证号有 14 位，应为 18 位），这一行不能比对，已按出生日期列入名单并注明。
          改法：对照户口簿或身份证改正这个号码，再比对一次。
        公安户籍.csv:8:4: 错误[B106]: 身份证件号“9************7”有误（身份证号有 14 位，应为 18 位），这一行不能比对。
          改法：对照户口簿或身份证改正这个号码，再比对一次。
        公安户籍.csv:9:4: 错误[B106]: 身份证件号“990101********0”有误（身份证号有 15 位，应为 18 位），这一行不能比对，也没有出生日期，年龄不明，已列入名单并注明。
          改法：对照户口簿或身份证改正这个号码，再比对一次。
        公安户籍.csv:10:1: 警告[B108]: 没有可用的身份证件号，也没有出生日期，无法判断年龄，这一行没有比对，已列入名单并注明。
          改法：补上身份证件号或出生日期。

        """)
  }
}
