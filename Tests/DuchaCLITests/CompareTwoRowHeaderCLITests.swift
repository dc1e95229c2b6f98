import Foundation
import Testing

/// A 公安 or 民政 list whose header is two rows: cells merged down both rows (`姓名`) and a
/// group (`监护人信息`) over its sub-headers (`姓名`, `联系电话`). Saved from Excel as CSV, a
/// merged cell keeps its text in the upper row only; in the workbook it fills both rows.
/// `ducha compare` took the row with the ID number as the whole header: 姓名 and 乡镇, written
/// above it, were lost (a list without names), and the sub-header row below it became a child
/// of unknown age (疑似失学辍学 2 for one child; in the workbook also a B106 for the number
/// "公民身份号码").
@Suite("Population lists with a header over two rows")
struct CompareTwoRowHeaderCLITests {
  static let workbook = """
    import sys, zipfile
    rows = [
      ["序号", "姓名", "公民身份号码", "出生日期", "监护人信息", ""],
      ["", "", "", "", "姓名", "联系电话"],
      ["1", "冯小雨", "990101201309150472", "2013-09-15", "冯大", "13900009999"],
    ]
    cell = lambda ref, v: '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)
    data = ''.join('<row r="%d">' % (r + 1) + ''.join(cell('%s%d' % (chr(65 + c), r + 1), v)
      for c, v in enumerate(row) if v) + '</row>' for r, row in enumerate(rows))
    merges = ''.join('<mergeCell ref="%s"/>' % m for m in ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"])
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    with zipfile.ZipFile(sys.argv[1], 'w') as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet xmlns="%s"><sheetData>%s</sheetData><mergeCells>%s</mergeCells></worksheet>' % (ns, data, merges))
    """

  static let enrolled = "姓名,身份证件号,学校名称\n张小明,990101201203050115,渔沟小学\n"

  func compare(_ list: String, in work: URL) throws -> (Finished, String) {
    let run = try runDucha(
      [
        "compare", "--population", list, "--enrolled", "学籍.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15", "--reveal", "-o", "疑似.csv",
      ], in: work, workingDirectory: work)
    let written = String(
      decoding: try Data(contentsOf: work.appendingPathComponent("疑似.csv")), as: UTF8.self)
    return (run, written)
  }

  @Test("姓名 and 乡镇 merged down a CSV header are read from the row above")
  func rowAbove() throws {
    let work = try CLI.temporaryDirectory("compare-header-above")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(Self.enrolled.utf8).write(to: work.appendingPathComponent("学籍.csv"))
    try CLI.writeGB18030(
      """
      序号,姓名,儿童信息,,乡镇\r
      ,,公民身份号码,出生日期,\r
      1,冯小雨,990101201309150472,2013-09-15,渔沟镇\r

      """, as: "户籍.csv", in: work)
    let (run, list) = try compare("户籍.csv", in: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output
        == "疑似失学辍学 1，问题户籍 1，重复在籍 0，无法比对 0，人口名单人数 1，在籍人数 1，适龄人数 1\n")
    #expect(
      list
        == "\u{FEFF}序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号\r\n"
        + "1,990101201309150472,冯小雨,男,2013-09-15,8,渔沟镇,,,户籍.csv:3,,1\r\n")
  }

  @Test("sub-headers below a CSV header are columns, not a child of unknown age")
  func rowBelow() throws {
    let work = try CLI.temporaryDirectory("compare-header-below")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(Self.enrolled.utf8).write(to: work.appendingPathComponent("学籍.csv"))
    try CLI.writeGB18030(
      """
      序号,姓名,公民身份号码,出生日期,监护人信息,\r
      ,,,,姓名,联系电话\r
      1,冯小雨,990101201309150472,2013-09-15,冯大,13900009999\r

      """, as: "户籍.csv", in: work)
    let (run, list) = try compare("户籍.csv", in: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output
        == "疑似失学辍学 1，问题户籍 1，重复在籍 0，无法比对 0，人口名单人数 1，在籍人数 1，适龄人数 1\n")
    #expect(
      list
        == "\u{FEFF}序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号,监护人信息姓名,联系电话\r\n"
        + "1,990101201309150472,冯小雨,男,2013-09-15,8,,,,户籍.csv:3,,1,冯大,13900009999\r\n")
  }

  @Test("the same header merged in a workbook: one child, no B106 for the header's words")
  func workbookHeader() throws {
    let work = try CLI.temporaryDirectory("compare-header-xlsx")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data(Self.enrolled.utf8).write(to: work.appendingPathComponent("学籍.csv"))
    try Data(Self.workbook.utf8).write(to: work.appendingPathComponent("book.py"))
    let written = try runDucha(
      [], in: work, workingDirectory: work, shell: "python3 book.py 户籍.xlsx && rm book.py")
    #expect(written.status == 0, "\(written.errors)")
    let (run, list) = try compare("户籍.xlsx", in: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output
        == "疑似失学辍学 1，问题户籍 1，重复在籍 0，无法比对 0，人口名单人数 1，在籍人数 1，适龄人数 1\n")
    #expect(
      list
        == "\u{FEFF}序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号,监护人信息姓名,监护人信息联系电话\r\n"
        + "1,990101201309150472,冯小雨,男,2013-09-15,8,,,,户籍.xlsx:3,,1,冯大,13900009999\r\n")
  }
}
