import Foundation
import Testing

/// A school's export with a two-row header (姓名 merged down both rows, groups 基本信息 and
/// 学籍信息 over their fields), saved from Excel as CSV: a merged cell keeps its text in the
/// upper row only. The upper row names 姓名 and no other field, so `roster check` found no
/// header at all (R106); and a field under a group's label (全国学籍号 under 学籍信息) was not
/// read even when the header was found, so 学籍号不符 was "未统计".
struct RosterTwoRowHeaderCLITests {
  @Test func aHeaderMergedOverTwoRowsIsReadWhole() throws {
    let work = try CLI.temporaryDirectory("roster-two-row-header")
    defer { try? FileManager.default.removeItem(at: work) }
    // 张小明's 全国学籍号 ends in 6, his ID number in 5: one 学籍号不符.
    try CLI.writeGB18030(
      """
      姓名,基本信息,,学籍信息,,\r
      ,性别,身份证件号,全国学籍号,年级,班级\r
      冯小雨,男,990101201309150472,G990101201309150472,三年级,1班\r
      张小明,男,990101201203050115,G990101201203050116,三年级,1班\r

      """, as: "三年级.csv", in: work)
    let run = try runDucha(["roster", "check", "三年级.csv"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors == "")
    #expect(
      run.output == """
        学籍系统导出核查：1 个文件，共 2 名学生
          三年级.csv：GB18030，2 名学生

        系统学生数    2
        系统班级数    1
        重复学籍      0
        无身份证号    0
        身份证号有误  0
        学籍号不符    1
          张**  三年级1班  990101***********5  三年级.csv:4  学籍号不是 G 加身份证件号
        未统计：无照片（三年级.csv 没有“照片”列，无照片没有统计）
        未统计：其他证件（三年级.csv 没有“身份证件类型”列，其他证件没有统计）

        （姓名和证件号已遮盖；加 --reveal 显示全文）

        """)
  }
}
