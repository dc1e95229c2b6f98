import Foundation
import Testing

/// A school's roster last saved by Excel for Mac 2011 (or with "use 1904 date system" ticked):
/// its workbook counts days from 1904-01-01 (`<workbookPr date1904="1"/>`), so the same birth
/// date is a day number 1,462 smaller. Read as the usual 1900 system, every 出生日期 came out
/// 4 years and a day early: `roster check` put every student under 身份证号有误 (the number's
/// birth date against the column's), and `ducha compare` aged a child without an ID number
/// by 4 years, out of the 6–15 range and off the 疑似失学辍学名单 without a word.
@Suite("XLSX workbooks in the 1904 date system")
struct MacExcelDateCLITests {
  /// 1904-system day numbers computed here from the dates, as Excel for Mac writes them:
  /// 2012-03-05 is day 39,511 (40,973 in the 1900 system, less 1,462), 2013-09-15 day 40,070,
  /// 2009-05-01 day 38,472.
  static let workbook = """
    import sys, zipfile, datetime
    def day(y, m, d):
        return (datetime.date(y, m, d) - datetime.date(1904, 1, 1)).days
    assert (day(2012, 3, 5), day(2013, 9, 15), day(2009, 5, 1)) == (39511, 40070, 38472)
    rows = [
      ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号", "全国学籍号", "年级", "班级", "照片"],
      ["张小明", "男", day(2012, 3, 5), "居民身份证", "990101201203050115", "G990101201203050115", "三年级", "1班", "有"],
      ["冯小雨", "男", day(2013, 9, 15), "居民身份证", "990101201309150472", "G990101201309150472", "三年级", "1班", "有"],
      ["郑小龙", "男", day(2009, 5, 1), "居民身份证", "", "", "三年级", "1班", "有"],
    ]
    def cell(ref, value):
        if isinstance(value, int):
            return '<c r="%s" s="1"><v>%d</v></c>' % (ref, value)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, value)
    data = ''.join('<row r="%d">' % (r + 1) + ''.join(cell('%s%d' % (chr(65 + c), r + 1), v)
      for c, v in enumerate(row) if v != "") + '</row>' for r, row in enumerate(rows))
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    with zipfile.ZipFile(sys.argv[1], 'w') as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', '<workbook xmlns="%s" xmlns:r="%s"><workbookPr date1904="1"/><sheets><sheet name="学生" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rel))
        z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rel)
        z.writestr('xl/styles.xml', '<styleSheet xmlns="%s"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>' % ns)
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, data))
    """

  static func folder(_ label: String) throws -> URL {
    let work = try CLI.temporaryDirectory(label)
    try Data(workbook.utf8).write(to: work.appendingPathComponent("mac.py"))
    let written = try runDucha(
      [], in: work, workingDirectory: work, shell: "python3 mac.py 三年级.xlsx && rm mac.py")
    guard written.status == 0 else { throw TestFailure("python3 mac.py: \(written.errors)") }
    return work
  }

  @Test("roster check reads the birth dates as written: no 身份证号有误")
  func rosterCheck() throws {
    let work = try Self.folder("mac-excel-roster")
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try runDucha(
      ["roster", "check", "三年级.xlsx", "--format", "json", "--reveal"], in: work,
      workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("\"身份证号有误\" : {\n      \"count\" : 0,"))
    #expect(run.output.contains("\"无身份证号\" : {\n      \"count\" : 1,"))
    #expect(!run.output.contains("2008-03-04"))
  }

  @Test("compare ages the child without an ID number by the right date and lists him")
  func compare() throws {
    let work = try Self.folder("mac-excel-compare")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("姓名,身份证件号,学校名称\n张小明,990101201203050115,渔沟小学\n".utf8).write(
      to: work.appendingPathComponent("学籍.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "三年级.xlsx", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15", "--reveal", "-o", "疑似.csv",
      ], in: work, workingDirectory: work)
    // By hand at 2022-08-31: 冯小雨 (2013-09-15) is 8 and on no roster; 郑小龙 (2009-05-01)
    // is 13, without a number: listed, 无法比对. Read as 2005-04-30 he was 17 and left out.
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output
        == "疑似失学辍学 2，问题户籍 0，重复在籍 0，无法比对 1，人口名单人数 3，在籍人数 1，适龄人数 3\n")
    let list = String(
      decoding: try Data(contentsOf: work.appendingPathComponent("疑似.csv")), as: UTF8.self)
    let rows = list.components(separatedBy: "\r\n")
    #expect(rows.count == 4)
    #expect(rows[1].hasPrefix("1,990101201309150472,冯小雨,男,2013-09-15,8,,,,三年级.xlsx:3,,"))
    #expect(rows[2].hasPrefix("2,,郑小龙,男,2009-05-01,13,,,,三年级.xlsx:4,没有身份证号，无法比对,"))
  }
}
