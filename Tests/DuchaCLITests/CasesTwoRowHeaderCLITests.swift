import Foundation
import Testing

/// A township sends its list of children to follow up with a header over two rows (saved from
/// Excel as CSV: a cell merged down both rows keeps its text in the upper row, a group such as
/// 儿童信息 or 监护人信息 has its fields in the lower row). `cases import` took the row with 姓名
/// as the whole header: the ID number under 儿童信息 was not read, so the child became a case
/// without one (the next list with the number would make a second case), and the sub-header
/// row was refused as a child without a name (C103, exit status 1).
struct CasesTwoRowHeaderCLITests {
  @Test func aHeaderOverTwoRowsGivesEveryColumn() throws {
    let work = try CLI.temporaryDirectory("cases-two-row-header")
    defer { try? FileManager.default.removeItem(at: work) }
    try CLI.writeGB18030(
      """
      序号,姓名,儿童信息,,学校,监护人信息,\r
      ,,身份证件号,出生日期,,姓名,联系电话\r
      1,周小军,990101201608310616,2016-08-31,渔沟小学,周大,13900006666\r

      """, as: "名单.csv", in: work)
    let imported = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"], in: work, workingDirectory: work)
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.errors == "")
    #expect(imported.output == "名单.csv：读入 1 人，新建案例 1 个，已在台账中 0 人（不重复建案）\n")
    let show = try runDucha(
      ["cases", "show", "1", "--reveal"], in: work, workingDirectory: work)
    #expect(
      show.output.hasPrefix(
        """
        案例 1：周小军　疑似
          身份证号：990101201608310616
          出生日期：2016-08-31
          学校：渔沟小学
          责任学校：渔沟小学
          监护人：周大
          联系电话：13900006666
          来源：名单.csv:3

        """), "\(show.output)")
    // The same child again with the number: no second case.
    try Data("姓名,身份证号,学校\n周小军,990101201608310616,渔沟小学\n".utf8).write(
      to: work.appendingPathComponent("再次.csv"))
    let again = try runDucha(
      ["cases", "import", "再次.csv", "--by", "李辉"], in: work, workingDirectory: work)
    #expect(
      again.output
        == "再次.csv：读入 1 人，新建案例 0 个，已在台账中 1 人（不重复建案）\n  1 人已在台账中，未改变\n")
  }
}
