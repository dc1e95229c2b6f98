import Foundation
import Testing

/// A class teacher opens the registry export in Excel to sort it and saves it again (WPS and
/// Excel save CSV as GBK): the 身份证件号 column, now numbers, reads `3.41323E+17` or ends in
/// 000. `ducha roster check` must say that Excel did it and that a new export is the fix.
@Suite("A registry export re-saved in Excel")
struct ExcelResavedRosterCLITests {
  @Test("the damaged numbers are named with the cause and the fix; the sex check stays quiet")
  func excelResavedGBK() throws {
    let work = try CLI.temporaryDirectory("excel-roster")
    defer { try? FileManager.default.removeItem(at: work) }
    let text = """
      姓名,性别,出生日期,身份证件类型,身份证件号,全国学籍号,班内学号,年级,班级,照片\r
      王小明,男,2015/3/8,居民身份证,3.41323E+17,G341323201503080112,01,三年级,1班,有\r
      李小红,女,2015/7/21,居民身份证,341323201507210228,G341323201507210228,02,三年级,1班,有\r
      张伟,男,2012/3/1,居民身份证,341323201203010000,G341323201203010059,03,三年级,1班,有\r

      """
    try Data(text.utf8).write(to: work.appendingPathComponent("utf8.csv"))
    let converted = try runDucha(
      [], in: work, workingDirectory: work,
      shell: "iconv -f UTF-8 -t GB18030 utf8.csv > 三年级1班.csv && rm utf8.csv")
    #expect(converted.status == 0, "\(converted.errors)")

    let run = try runDucha(["roster", "check", "三年级1班.csv"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("三年级1班.csv：GB18030，3 名学生"))
    let lines = run.output.components(separatedBy: "\n")
    let first = try #require(lines.first { $0.contains("三年级1班.csv:2") && $0.hasPrefix("  王") })
    #expect(
      first.hasSuffix(
        "号码被 Excel 改成了科学计数法（3.41323E+17），后面几位已经丢失；请从学籍系统重新导出，"
          + "不要在 Excel 里打开后另存（要改先把这一列设为“文本”）"))
    let third = try #require(lines.first { $0.contains("三年级1班.csv:4") && $0.hasPrefix("  张") })
    #expect(third.contains("末 3 位是 000 且校验位不对：多半是 Excel 只保留了 15 位有效数字"))
    // The rounded number's 17th digit (0, "female") is not held against 男.
    #expect(!third.contains("第 17 位"))
    #expect(!run.output.contains("应为 18 位"))
  }
}
