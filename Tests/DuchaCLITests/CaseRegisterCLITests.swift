import Foundation
import Testing

/// `ducha cases register`: the 花名册 read back by openpyxl, the notices one page per child.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct CaseRegisterCLITests {
  static let list = """
    序号,身份证件号,姓名,性别,出生日期,乡镇,责任学校,监护人,联系电话,家庭住址
    1,990101201301010011,张小明,男,2013-01-01,渔沟镇,渔沟小学,张大山,13900001111,渔沟镇张庄村3组
    2,990101201402020022,李小红,女,2014-02-02,渔沟镇,渔沟小学,李四,13900002222,渔沟镇李庄
    3,990101201203030033,王小五,男,2012-03-03,大庙乡,大庙小学,王五,13900003333,大庙乡王村

    """

  /// Case 1 overdue after a visit and a notice, case 2 studying elsewhere, case 3 back in school.
  static func ledger() throws -> (URL, [String]) {
    let folder = try CLI.temporaryDirectory("cases-register")
    try Data(list.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    let ledger = ["--ledger", folder.appendingPathComponent("台账.sqlite").path]
    let steps: [[String]] = [
      ["import", "名单.csv", "--by", "李辉"],
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"],
      [
        "update", "1", "--visit", "--date", "2021-10-12", "--visitors", "王老师、村主任", "--outcome",
        "监护人不同意", "--by", "李辉",
      ],
      ["update", "1", "--notice", "--date", "2021-10-28", "--by", "李辉"],
      ["update", "1", "--overdue", "--today", "2021-11-05", "--by", "李辉"],
      [
        "update", "2", "--result", "已在外地就读", "--where", "浙江义乌稠城一小", "--proof", "就读证明", "--reason",
        "电话核实", "--by", "李辉",
      ],
      ["update", "3", "--result", "确认辍学", "--reason", "核实", "--by", "王雷"],
      ["close", "3", "--date", "2021-10-20", "--school", "大庙小学", "--class", "五年级1班", "--by", "王雷"],
    ]
    for step in steps {
      let result = try runDucha(["cases"] + step + ledger, in: folder, workingDirectory: folder)
      guard result.status == 0 else { throw TestFailure("\(step): \(result.errors)") }
    }
    return (folder, ledger)
  }

  @Test func theReturnsRegisterPerSchoolReadsBackWithTotals() throws {
    let (folder, ledger) = try Self.ledger()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("销号.xlsx").path
    let written = try runDucha(
      ["cases", "register", "销号花名册", "--format", "xlsx", "-o", path] + ledger, in: folder)
    #expect(written.status == 0, "\(written.errors)")
    let dump = try PythonClient.dumpWorkbook(path).components(separatedBy: "\n")
    // Case 2 was never a dropout: it is not on the register. Names and numbers are masked.
    #expect(dump[0] == "sheets 渔沟小学|大庙小学")
    #expect(dump.contains { $0.hasPrefix("渔沟小学 1: 序号|姓名|性别|身份证号|乡镇|学校|年级|监护人|确认辍学日期|劝返次数|") })
    #expect(
      dump.contains {
        $0.hasPrefix("渔沟小学 2: 1|张**|男|990101***********1|渔沟镇|渔沟小学||张**|")
          && $0.hasSuffix("|1|2021-10-12 监护人不同意|2021-10-28（期限 2021-11-04）||||未销号")
      })
    #expect(
      dump.contains("渔沟小学 3: 合计|渔沟小学：辍学 1 人，已复学销号 0 人，未销号 1 人" + String(repeating: "|", count: 14)))
    #expect(
      dump.contains { $0.hasPrefix("大庙小学 2: 1|王**|") && $0.hasSuffix("|2021-10-20|大庙小学五年级1班|已销号") })
    #expect(
      dump.contains("大庙小学 3: 合计|大庙小学：辍学 1 人，已复学销号 1 人，未销号 0 人" + String(repeating: "|", count: 14)))
  }

  @Test func theCleanupRegisterListsEveryCaseAndItsCheck() throws {
    let (folder, ledger) = try Self.ledger()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("清理.csv").path
    let written = try runDucha(
      ["cases", "register", "清理花名册", "--format", "csv", "-o", path, "--reveal"] + ledger,
      in: folder)
    #expect(written.status == 0, "\(written.errors)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))  // BOM: Excel reads it as UTF-8
    let rows = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    #expect(rows[0] == "序号,姓名,性别,身份证号,出生日期,乡镇,村（社区）,责任学校,监护人,联系电话,核查结果,核查情况,核查人,核查日期,目前状态")
    #expect(
      rows[2].hasPrefix(
        "2,李小红,女,990101201402020022,2014-02-02,渔沟镇,,渔沟小学,李四,13900002222,已在外地就读,就读地：浙江义乌稠城一小；证明：就读证明,李辉,"
      ))
    #expect(rows[4] == "合计,3 人：已在外地就读 1，确认辍学 2")
    // Written with --reveal: a personal file, 0600.
    let mode =
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
  }

  @Test func noticesAreOnePagePerChildWithTheDueDate() throws {
    let (folder, ledger) = try Self.ledger()
    defer { try? FileManager.default.removeItem(at: folder) }
    let notice = folder.appendingPathComponent("通知书.html").path
    _ = try runDucha(
      ["cases", "register", "限期复学通知书", "-o", notice, "--reveal"] + ledger, in: folder)
    let html = try String(contentsOfFile: notice, encoding: .utf8)
    #expect(html.components(separatedBy: "<section class=\"notice\">").count == 2)
    #expect(html.contains("<p class=\"to\">张大山（监护人）：</p>"))
    #expect(html.contains("务必于<strong>2021年11月4日前</strong>送其到渔沟小学报到复学"))
    #expect(html.contains("<p>渔沟小学</p><p>2021年10月28日</p>"))
    let report = folder.appendingPathComponent("报告书.html").path
    _ = try runDucha(
      ["cases", "register", "报告书", "-o", report, "--date", "2021-11-06"] + ledger, in: folder)
    let reportHTML = try String(contentsOfFile: report, encoding: .utf8)
    #expect(reportHTML.contains("<p class=\"to\">渔沟镇人民政府：</p>"))
    #expect(reportHTML.contains("学校先后劝返 1 次（2021年10月12日）"))
    // Chinese commas (it read “性别 男, 监护人 张**, 家庭住址 渔沟镇张庄村**，已辍学”).
    #expect(reportHTML.contains("，性别男，监护人张**，家庭住址渔沟镇张庄村**，已辍学。"))
    #expect(!reportHTML.contains("张小明") && reportHTML.contains("张**"))
    let cards = folder.appendingPathComponent("记录卡.html").path
    _ = try runDucha(["cases", "register", "记录卡", "-o", cards] + ledger, in: folder)
    let cardHTML = try String(contentsOfFile: cards, encoding: .utf8)
    #expect(cardHTML.components(separatedBy: "<section class=\"notice card\">").count == 3)
    #expect(cardHTML.contains("劝返结果：2021年10月20日复学，大庙小学五年级1班，已销号。"))
    // A notice for nobody writes no file.
    let none = try runDucha(
      ["cases", "register", "敦促复学通知书", "-o", folder.appendingPathComponent("x.html").path] + ledger,
      in: folder)
    #expect(none.status == 1)
    #expect(none.errors == "台账里没有要写进“辍学学生敦促复学通知书”的案例（按所给的学校、乡镇）。没有写出文件。\n")
  }
}
