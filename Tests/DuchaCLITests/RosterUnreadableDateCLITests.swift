import Foundation
import Testing

/// A class teacher types the birth dates month first (`3/8/2015`, as an English Excel shows
/// them) or leaves the day out (`2015-07`). The roster check read neither as a date, so it
/// compared them with nothing and said nothing: the column looked checked. Now one warning,
/// R204, at the first such cell, names the rows, an example and how to write a date.
@Suite("Birth dates the roster check cannot read")
struct RosterUnreadableDateCLITests {
  @Test("R204 at the first unreadable 出生日期, naming the rows; readable dates say nothing")
  func unreadableDatesAreSaid() throws {
    let work = try CLI.temporaryDirectory("roster-unreadable-date")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(
      """
      姓名,性别,出生日期,身份证件类型,身份证件号,全国学籍号,年级,班级,照片
      王小明,男,3/8/2015,居民身份证,341323201503080112,G341323201503080112,三年级,1班,有
      李小红,女,2015-07,居民身份证,341323201507210228,G341323201507210228,三年级,1班,有

      """.utf8
    ).write(to: work.appendingPathComponent("名单.csv"))
    let run = try runDucha(["roster", "check", "名单.csv"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors
        == "名单.csv:2:7: 警告[R204]: 出生日期读不出：2 个（第 2、3 行，如“3/8/2015”）不是年-月-日的日期，没有与身份证号里的出生日期核对。\n"
        + "  改法：写成 2012-03-05、2012/3/5 或 2012年3月5日（年在前）；Excel 里可把这一列设成“日期”格式再导出。\n")

    // The same file with the dates written year first: no warning.
    try Data(
      """
      姓名,性别,出生日期,身份证件类型,身份证件号,全国学籍号,年级,班级,照片
      王小明,男,2015/3/8,居民身份证,341323201503080112,G341323201503080112,三年级,1班,有
      李小红,女,2015年7月21日,居民身份证,341323201507210228,G341323201507210228,三年级,1班,有

      """.utf8
    ).write(to: work.appendingPathComponent("名单.csv"))
    let fixed = try runDucha(["roster", "check", "名单.csv"], in: work, workingDirectory: work)
    #expect(fixed.status == 0, "\(fixed.errors)")
    #expect(!fixed.errors.contains("R204"), "\(fixed.errors)")
  }
}
