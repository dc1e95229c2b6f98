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
    try CLI.writeGB18030(text, as: "三年级1班.csv", in: work)

    let run = try runDucha(["roster", "check", "三年级1班.csv"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("三年级1班.csv：GB18030，3 名学生"))
    let lines = run.output.components(separatedBy: "\n")
    let first = try #require(lines.first { $0.contains("三年级1班.csv:2") && $0.hasPrefix("  王") })
    #expect(
      first.hasSuffix(
        "身份证号这一列被存成了数字（显示为 3.41323E+17），只剩前 15 位，后几位已经丢失；"
          + "把身份证号这一列设为“文本”，再从学籍系统（或名单原来的系统）重新导出，或把号码重新粘贴进来"))
    let third = try #require(lines.first { $0.contains("三年级1班.csv:4") && $0.hasPrefix("  张") })
    #expect(third.contains("末 3 位是 000 且校验位不对：多半是身份证号这一列被存成了数字，只剩前 15 位"))
    // The rounded number's 17th digit (0, "female") is not held against 男.
    #expect(!third.contains("第 17 位"))
    #expect(!run.output.contains("应为 18 位"))
    // Their 全国学籍号 (G + the real number) are right: the ID number is what Excel broke.
    #expect(!run.output.contains("学籍号不是 G 加身份证件号"))
  }
}

/// The export after a class teacher has been at it in Excel: a title row above the header, a
/// blank line, two numbers turned into the same `3.41323E+17`, and a 合计 row typed at the
/// bottom. By hand: 王小明, 李小红 and 张伟 are 3 students; the two damaged numbers are 2
/// 身份证号有误 and not one child registered twice (their names and birth dates differ); the
/// 合计 row is no student, so nobody lacks a photo or an ID number.
@Suite("A registry export with a total row and two numbers Excel ruined alike")
struct ExcelTotalRowRosterCLITests {
  @Test("three students, no 重复学籍, and the 合计 row named as left out")
  func totalRowAndSameDamage() throws {
    let work = try CLI.temporaryDirectory("excel-total")
    defer { try? FileManager.default.removeItem(at: work) }
    let text = """
      渔沟小学学生基本信息,,,,,,,,,\r
      姓名,性别,出生日期,身份证件类型,身份证件号,全国学籍号,班内学号,年级,班级,照片\r
      王小明,男,2015/3/8,居民身份证,3.41323E+17,G341323201503080112,01,三年级,1班,有\r
      李小红,女,2015/7/21,居民身份证,3.41323E+17,G341323201507210228,02,三年级,1班,有\r
      ,,,,,,,,,\r
      张伟,男,2015/3/1,居民身份证,341323201503010050,G341323201503010050,03,三年级,1班,有\r
      合计,3人,,,,,,,,\r

      """
    try CLI.writeGB18030(text, as: "三年级1班.csv", in: work)

    let run = try runDucha(["roster", "check", "三年级1班.csv"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    let lines = run.output.components(separatedBy: "\n")
    #expect(lines.contains("  三年级1班.csv：GB18030，3 名学生"))
    #expect(lines.contains("系统学生数    3"))
    #expect(lines.contains("重复学籍      0"))
    #expect(lines.contains("无照片        0"))
    #expect(lines.contains("无身份证号    0"))
    #expect(lines.contains("身份证号有误  2"))
    // One warning for the column, at the first damaged cell: 王小明,男,2015/3/8,居民身份证, is 21
    // characters.
    #expect(
      run.errors
        == "三年级1班.csv:3:22: 警告[R203]: 身份证号这一列被存成了数字：2 个号码（第 3、4 行）只剩前 15 位，后几位已经丢失，已计入“身份证号有误”。\n"
        + "  改法：把身份证号这一列设为“文本”，再从学籍系统（或名单原来的系统）重新导出，或把号码重新粘贴进来。\n"
        + "三年级1班.csv:7:1: 警告[R202]: 这一行是合计行（“合计”）：没有证件号和学籍号，不算作学生。\n"
        + "  改法：不用改；如果这一行确实是学生，请填上身份证件号或全国学籍号。\n")
  }

  /// The clerk's 公安 list (GBK, a title row) and one school's roster, each with a 合计 row:
  /// 3 children of 7 on the list, 李小红 enrolled, so 2 疑似 out of 3 people and 1 enrolled.
  @Test("ducha compare counts 3 people and 1 enrolled, and names both 合计 rows")
  func totalRowsInCompare() throws {
    let work = try CLI.temporaryDirectory("excel-total-compare")
    defer { try? FileManager.default.removeItem(at: work) }
    let population = """
      示例县适龄儿童少年户籍名单,,\r
      姓名,公民身份号码,乡镇\r
      王小明,341323201503080112,城关镇\r
      李小红,341323201507210228,城关镇\r
      张伟,341323201503010050,城关镇\r
      合计：3人,,\r

      """
    try CLI.writeGB18030(population, as: "户籍.csv", in: work)
    try Data("学校名称,姓名,身份证件号\n城关小学,李小红,341323201507210228\n合计,1,\n".utf8).write(
      to: work.appendingPathComponent("在籍.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "户籍.csv", "--enrolled", "在籍.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15",
      ], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output.hasPrefix(
        "疑似失学辍学 2，问题户籍 0，重复在籍 0，无法比对 0，人口名单人数 3，在籍人数 1，适龄人数 3\n"))
    let lines = run.errors.components(separatedBy: "\n")
    let fix = "  改法：不用改；如果这一行确实是一个孩子，请填上身份证件号。"
    let listed = try #require(lines.firstIndex { $0.hasPrefix("户籍.csv:6:1:") })
    #expect(lines[listed] == "户籍.csv:6:1: 警告[B110]: 这一行是合计行（“合计：3人”）：没有身份证件号，不算作一个人，没有比对。")
    #expect(lines[listed + 1] == fix)
    let enrolled = try #require(lines.firstIndex { $0.hasPrefix("在籍.csv:3:1:") })
    #expect(lines[enrolled] == "在籍.csv:3:1: 警告[B110]: 这一行是合计行（“合计”）：没有身份证件号，不算作一个人，没有比对。")
    #expect(lines[enrolled + 1] == fix)
    #expect(!run.errors.contains("B108"))
  }
}

/// The same damage in the 公安 population list of `ducha compare`: the fix is a new export,
/// not the household register.
@Suite("A population list re-saved in Excel")
struct ExcelResavedCompareCLITests {
  @Test("B106 and B107 say Excel broke the numbers and a new export is the fix")
  func compareFix() throws {
    let work = try CLI.temporaryDirectory("excel-compare")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(
      "姓名,身份证件号,乡镇\n王小明,3.41323E+17,城关镇\n张伟,341323201203010000,城关镇\n李小红,341323201507210228,城关镇\n"
        .utf8
    ).write(to: work.appendingPathComponent("户籍.csv"))
    try Data("姓名,身份证件号,学校名称\n李小红,341323201507210228,城关小学\n".utf8).write(
      to: work.appendingPathComponent("在籍.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "户籍.csv", "--enrolled", "在籍.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15",
      ], in: work, workingDirectory: work)
    let fix =
      "  改法：把身份证号这一列设为“文本”，再从学籍系统（或名单原来的系统）重新导出，或把号码重新粘贴进来，再比对一次。"
    let lines = (run.output + run.errors).components(separatedBy: "\n")
    // Column 5: the ID cell after 王小明, (4 characters) on the line.
    let scientific = try #require(lines.firstIndex { $0.hasPrefix("户籍.csv:2:5: 错误[B106]") })
    #expect(lines[scientific].contains("身份证号这一列被存成了数字（显示为 3.41323E+17），只剩前 15 位"))
    #expect(lines[scientific + 1] == fix)
    let rounded = try #require(lines.firstIndex { $0.hasPrefix("户籍.csv:3:4: 警告[B107]") })
    #expect(
      lines[rounded]
        == "户籍.csv:3:4: 警告[B107]: 身份证件号“341323***********0”末 3 位是 000 且校验位不对："
        + "多半是身份证号这一列被存成了数字，只剩前 15 位，后几位已经丢失；仍按原号码比对。")
    #expect(lines[rounded + 1] == fix)
  }
}

/// A class teacher types 班级 by hand with the input method's full-width digit (`１班`) under a
/// system export's `1班`: one class, not two.
@Suite("A class typed with a full-width digit")
struct FullWidthClassRosterCLITests {
  @Test("1班 and １班 of 三年级 are one class in 系统班级数")
  func oneClass() throws {
    let work = try CLI.temporaryDirectory("full-width-class")
    defer { try? FileManager.default.removeItem(at: work) }
    let text = """
      姓名,性别,出生日期,身份证件类型,身份证件号,全国学籍号,年级,班级,照片\r
      李小红,女,2015/7/21,居民身份证,341323201507210228,G341323201507210228,三年级,1班,有\r
      张伟,男,2015/3/1,居民身份证,341323201503010050,G341323201503010050,三年级,１班,有\r

      """
    try CLI.writeGB18030(text, as: "三年级.csv", in: work)
    let run = try runDucha(["roster", "check", "三年级.csv"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    let lines = run.output.components(separatedBy: "\n")
    #expect(lines.contains("系统学生数    2"))
    #expect(lines.contains("系统班级数    1"))
  }
}
