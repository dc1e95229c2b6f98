import Foundation
import Testing

/// A township's 摸排表 made in Excel: a title, then a header over two rows whose upper row groups
/// the columns (`儿童信息` over 姓名, 身份证号 …; `监护人信息` over 姓名, 联系电话) and whose lower
/// row holds the names, so the guardian's column is a second `姓名`. `ducha cases import` took
/// the first 姓名 and dropped the guardian's (the case had no guardian, and the guardian's name
/// typed into a visit was not masked); `ducha compare --reveal` copied the guardian's column by
/// its header and so wrote the child's name under it (`原表姓名`: 陈晨 for 陈刚). The guardian's
/// sub-headers are now `监护人信息姓名` in both.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct GuardianGroupHeaderCLITests {
  /// Written by openpyxl, as a clerk's script or WPS would: merged cells, a 合计 row.
  static let workbook = """
    import sys, openpyxl
    wb = openpyxl.Workbook(); ws = wb.active
    ws.append(['良马镇疑似失学辍学儿童摸排表']); ws.merge_cells('A1:H1')
    ws.append(['序号', '儿童信息', '', '', '', '监护人信息', '', '备注'])
    ws.append(['', '姓名', '身份证号', '性别', '出生日期', '姓名', '联系电话', ''])
    for cells in ['A2:A3', 'B2:E2', 'F2:G2', 'H2:H3']: ws.merge_cells(cells)
    ws.append([1, '陈晨', '990101201701010722', '女', '2017-01-01', '陈刚', '13300005555', '随迁'])
    ws.append(['合计', '1人'])
    wb.save(sys.argv[1])
    """

  static let csv = """
    良马镇疑似失学辍学儿童摸排表,,,,,,,\r
    序号,儿童信息,,,,监护人信息,,备注\r
    ,姓名,身份证号,性别,出生日期,姓名,联系电话,\r
    1,陈晨,990101201701010722,女,2017-01-01,陈刚,13300005555,随迁\r

    """

  func folder() throws -> URL {
    let work = try CLI.temporaryDirectory("guardian-group")
    _ = try PythonClient.run(Self.workbook, [work.appendingPathComponent("摸排.xlsx").path])
    try CLI.writeGB18030(Self.csv, as: "摸排.csv", in: work)
    try Data("姓名,身份证件号,学校名称\n张小明,990101201203050115,渔沟小学\n".utf8).write(
      to: work.appendingPathComponent("学籍.csv"))
    return work
  }

  @Test(arguments: ["摸排.xlsx", "摸排.csv"])
  func importKeepsTheGuardian(list: String) throws {
    let work = try folder()
    defer { try? FileManager.default.removeItem(at: work) }
    let imported = try runDucha(
      ["cases", "import", list, "--by", "张干事", "--township", "良马镇"], in: work,
      workingDirectory: work)
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.output == "\(list)：读入 1 人，新建案例 1 个，已在台账中 0 人（不重复建案）\n")
    let revealed = try runDucha(
      ["cases", "show", "1", "--reveal"], in: work, workingDirectory: work
    ).output
    #expect(revealed.hasPrefix("案例 1：陈晨　疑似\n"), "\(revealed)")
    #expect(revealed.contains("  监护人：陈刚\n  联系电话：13300005555\n  备注：随迁\n"), "\(revealed)")
    let shown = try runDucha(["cases", "show", "1"], in: work, workingDirectory: work).output
    #expect(shown.contains("  监护人：陈*\n"), "\(shown)")
  }

  @Test(arguments: [
    ("摸排.xlsx", "监护人信息联系电话"), ("摸排.csv", "联系电话"),
  ])
  func compareCopiesTheGuardiansColumn(list: String, phone: String) throws {
    let work = try folder()
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try runDucha(
      [
        "compare", "--population", list, "--enrolled", "学籍.csv", "--cutoff", "2026-08-31",
        "--reveal", "-o", "疑似.csv",
      ], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    let written = String(
      decoding: try Data(contentsOf: work.appendingPathComponent("疑似.csv")), as: UTF8.self)
    // 陈晨, born 2017-01-01, is 9 on 2026-08-31.
    #expect(
      written
        == "\u{FEFF}序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,原表序号,监护人信息姓名,\(phone),原表备注\r\n"
        + "1,990101201701010722,陈晨,女,2017-01-01,9,,,,\(list):4,,1,陈刚,13300005555,随迁\r\n")
  }
}
