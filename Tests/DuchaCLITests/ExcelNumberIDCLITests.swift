import Foundation
import Testing

/// A class teacher pastes the ID numbers into a column of Excel's number format and sends the
/// workbook: Excel keeps 15 significant digits of a number, so 341323200801011234 is stored as
/// 341323200801011000, written into the file as a double (`3.4132320080101101E+17`) and shown
/// as `3.41323E+17`. Read digit by digit it looked like a number with a miscopied check
/// character; the roster check, the comparison and the case import must all say what happened
/// — the column was saved as numbers — where (file:row:column), and the one fix.
@Suite("ID numbers an XLSX holds as numbers")
struct ExcelNumberIDCLITests {
  /// Row 2: 王小明's number as Excel stores it. Row 4: 张伟's valid number in a number cell
  /// written as plain digits (as programs other than Excel write an integer): all 18 digits
  /// are there, so it is no error.
  static let workbook = """
    import sys, zipfile
    rows = [
      ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号", "全国学籍号", "年级", "班级", "照片"],
      ["王小明", "男", "2015-03-08", "居民身份证", 3.41323200801011e17, "G341323201503080112", "三年级", "1班", "有"],
      ["李小红", "女", "2015-07-21", "居民身份证", "341323201507210228", "G341323201507210228", "三年级", "1班", "有"],
      ["张伟", "男", "2015-03-01", "居民身份证", 341323201503010050, "G341323201503010050", "三年级", "1班", "有"],
    ]
    strings = []
    def cell(ref, value):
        if isinstance(value, float):
            return '<c r="%s"><v>%s</v></c>' % (ref, '%.17G' % value)
        if isinstance(value, int):
            return '<c r="%s"><v>%d</v></c>' % (ref, value)
        if value not in strings:
            strings.append(value)
        return '<c r="%s" t="s"><v>%d</v></c>' % (ref, strings.index(value))
    data = ''.join('<row r="%d">' % (r + 1) + ''.join(cell('%s%d' % (chr(65 + c), r + 1), v)
      for c, v in enumerate(row)) + '</row>' for r, row in enumerate(rows))
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    with zipfile.ZipFile(sys.argv[1], 'w') as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, data))
        z.writestr('xl/sharedStrings.xml', '<sst xmlns="%s">%s</sst>' % (ns, ''.join('<si><t>%s</t></si>' % s for s in strings)))
    """

  static func folder(_ label: String) throws -> URL {
    let work = try CLI.temporaryDirectory(label)
    try Data(workbook.utf8).write(to: work.appendingPathComponent("excel.py"))
    let written = try runDucha(
      [], in: work, workingDirectory: work, shell: "python3 excel.py 名单.xlsx && rm excel.py")
    guard written.status == 0 else { throw TestFailure("python3 excel.py: \(written.errors)") }
    return work
  }

  static let what = "身份证号这一列被存成了数字（显示为 3.41323E+17），只剩前 15 位，后几位已经丢失"
  static let fix = "把身份证号这一列设为“文本”，再从学籍系统（或名单原来的系统）重新导出，或把号码重新粘贴进来"

  @Test("roster check: one 身份证号有误 with the cause, and R203 at 名单.xlsx:2:5")
  func roster() throws {
    let work = try Self.folder("excel-number-roster")
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try runDucha(["roster", "check", "名单.xlsx"], in: work, workingDirectory: work)
    #expect(run.status == 0, "\(run.errors)")
    let lines = run.output.components(separatedBy: "\n")
    let figure = try #require(lines.firstIndex(of: "身份证号有误  1"))
    #expect(lines[figure + 1] == "  王**  三年级1班  3*********7  名单.xlsx:2  \(Self.what)；\(Self.fix)")
    #expect(lines[figure + 2] == "其他证件      0")
    // 张伟's G-number matches his full number; 王小明's is not held against the broken one.
    #expect(lines.contains("学籍号不符    0"))
    #expect(!run.output.contains("校验位"))
    #expect(
      run.errors
        == "名单.xlsx:2:5: 警告[R203]: 身份证号这一列被存成了数字：1 个号码（第 2 行）只剩前 15 位，后几位已经丢失，已计入“身份证号有误”。\n"
        + "  改法：\(Self.fix)。\n")
  }

  @Test("compare: B106 at 名单.xlsx:2:5 with the same words; 王小明 listed by his birth date")
  func compare() throws {
    let work = try Self.folder("excel-number-compare")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("学校名称,姓名,身份证件号\n城关小学,李小红,341323201507210228\n".utf8).write(
      to: work.appendingPathComponent("在籍.csv"))
    let run = try runDucha(
      [
        "compare", "--population", "名单.xlsx", "--enrolled", "在籍.csv", "--cutoff", "2022-08-31",
        "--ages", "6-15",
      ], in: work, workingDirectory: work)
    // By hand: 王小明 (born 2015-03-08, by the 出生日期 cell) and 张伟 are not enrolled.
    #expect(run.output.hasPrefix("疑似失学辍学 2，问题户籍 0，重复在籍 0，无法比对 1，"))
    #expect(
      run.errors
        == "名单.xlsx:2:5: 错误[B106]: 身份证件号“3*********7”有误（\(Self.what)），这一行不能比对，已按出生日期列入名单并注明。\n"
        + "  改法：\(Self.fix)，再比对一次。\n")
  }

  @Test("cases import: the row is refused (C106 at 名单.xlsx:2:5), the other two imported")
  func caseImport() throws {
    let work = try Self.folder("excel-number-cases")
    defer { try? FileManager.default.removeItem(at: work) }
    // A school's export names neither 乡镇 nor 学校: the school is given (else C111).
    let run = try runDucha(
      [
        "cases", "import", "名单.xlsx", "--by", "李辉", "--school", "示范小学", "--ledger",
        "台账/cases.sqlite",
      ], in: work, workingDirectory: work)
    #expect(run.status == 1)
    #expect(run.output == "名单.xlsx：读入 2 人，新建案例 2 个，已在台账中 0 人（不重复建案）\n")
    #expect(
      run.errors
        == "名单.xlsx:2:5: 错误[C106]: 身份证号“3*********7”：\(Self.what)；这一行未导入。\n"
        + "  改法：\(Self.fix)，再导入一次（已导入的不会重复）。\n")
  }
}
