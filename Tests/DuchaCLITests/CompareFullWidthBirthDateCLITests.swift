import Foundation
import Testing

/// A village clerk types the children without an ID number into the 公安 list by hand, the
/// input method in full-width mode: `２０１２－０３－０５`. The date was unreadable, so the child's
/// age was "unknown" (B108, 年龄不明) and not counted among the children of school age; now it
/// is read as 2012-03-05, as `--date` options typed the same way already were.
struct CompareFullWidthBirthDateCLITests {
  @Test func aFullWidthBirthDateGivesTheAge() throws {
    let work = try CLI.temporaryDirectory("compare-full-width-birth")
    defer { try? FileManager.default.removeItem(at: work) }
    // By hand at 2022-08-31: 郑小龙 (2012-03-05) is 10, 吴小芳 (2016-09-01) is 5, out of range.
    try CLI.writeGB18030(
      """
      姓名,公民身份号码,出生日期,乡镇\r
      郑小龙,,２０１２－０３－０５,渔沟镇\r
      吴小芳,,２０１６／９／１,渔沟镇\r

      """, as: "公安户籍.csv", in: work)
    try Data("姓名,身份证件号,学校名称\n张小明,990101201203050115,渔沟小学\n".utf8).write(
      to: work.appendingPathComponent("学籍.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "公安户籍.csv", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15", "--reveal", "-o", "疑似.csv",
      ], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors == """
        公安户籍.csv:2:5: 警告[B115]: 身份证件号是空的，这一行不能比对，已按出生日期列入名单并注明。
          改法：对照户口簿或身份证补上这个号码，再比对一次。
        公安户籍.csv:3:5: 警告[B115]: 身份证件号是空的，这一行不能比对；按出生日期不在 6-15 周岁，没有列入名单。
          改法：对照户口簿或身份证补上这个号码，再比对一次。
        已写入：疑似.csv
        已写入：疑似-问题户籍.csv
        已写入：疑似-重复在籍.csv
        已写入：疑似-统计.csv

        """)
    #expect(
      run.output
        == "疑似失学辍学 1，问题户籍 1，重复在籍 0，无法比对 1，人口名单人数 2，在籍人数 1，适龄人数 1\n")
    let list = String(
      decoding: try Data(contentsOf: work.appendingPathComponent("疑似.csv")), as: UTF8.self)
    #expect(
      list
        == "\u{FEFF}序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注\r\n"
        + "1,,郑小龙,,2012-03-05,10,渔沟镇,,,公安户籍.csv:2,没有身份证号，无法比对\r\n")
  }
}
