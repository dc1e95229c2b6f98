import Foundation
import Testing

/// `ducha cases list --lang en` with a case 迁出/死亡 (`moved-or-deceased`): the English state
/// kept its whole width, so in 80 columns the 乡镇 and school columns were squeezed — the
/// heading broke as `townshi` / `p` and 大庙中心小学 as 大庙中心 / 小学. A long state now continues
/// after a hyphen on a second line, headings stay whole, Chinese counts two columns a
/// character; in a wider terminal (COLUMNS) nothing wraps.
struct CasesListEnglishWidthCLITests {
  static let list = """
    序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校
    1,341323201203150019,张三,男,2012-03-15,10,渔沟镇,渔沟小学
    2,341323201105050016,赵六,男,2011-05-05,11,大庙乡,大庙中心小学

    """

  func run(_ arguments: [String], in folder: URL, columns: String = "80") throws -> Finished {
    var environment = CLI.environment
    environment["COLUMNS"] = columns
    return try runDucha(
      ["cases"] + arguments, in: folder, workingDirectory: folder, environment: environment)
  }

  @Test func aLongEnglishStateLeavesTheSchoolsWhole() throws {
    let folder = try CLI.temporaryDirectory("cases-list-english-width")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.list.utf8).write(to: folder.appendingPathComponent("疑似.csv"))
    _ = try run(["import", "疑似.csv", "--by", "李辉"], in: folder)
    let moved = try run(
      ["update", "2", "--result", "迁出", "--proof", "户籍迁移证明", "--reason", "派出所", "--by", "李辉"],
      in: folder)
    #expect(moved.status == 0, "\(moved.errors)")

    let listed = try run(["list", "--lang", "en"], in: folder)
    #expect(
      listed.output == """
        no.  name  ID number           township  school        status     visits  due
        ───  ────  ──────────────────  ────────  ────────────  ─────────  ──────  ───
          1  张*   341323***********9  渔沟镇    渔沟小学      suspected       0
          2  赵*   341323***********6  大庙乡    大庙中心小学  moved-or-       0
                                                               deceased
        2 cases: suspected 1, moved-or-deceased 1

        """)
    let wide = try run(["list", "--lang", "en"], in: folder, columns: "120")
    #expect(
      wide.output == """
        no.  name  ID number           township  school        status             visits  due
        ───  ────  ──────────────────  ────────  ────────────  ─────────────────  ──────  ───
          1  张*   341323***********9  渔沟镇    渔沟小学      suspected               0
          2  赵*   341323***********6  大庙乡    大庙中心小学  moved-or-deceased       0
        2 cases: suspected 1, moved-or-deceased 1

        """)
  }
}
