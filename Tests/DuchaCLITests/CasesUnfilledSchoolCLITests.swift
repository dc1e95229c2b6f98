import Foundation
import Testing

/// A child from a township's 摸排表 has no school (and sometimes no township) in the ledger.
/// The 报告书 for such a case was signed by nobody (an empty 落款) and, without a township,
/// addressed to “人民政府：” alone; the notices said “系适龄学生” and “送其到报到复学”. Now each
/// unknown name is a line to fill in by hand, and the terminal says which cases and the
/// command that fills them in.
struct CasesUnfilledSchoolCLITests {
  @Test func aReportWithoutSchoolOrTownshipHasLinesToFillIn() throws {
    let folder = try CLI.temporaryDirectory("cases-unfilled-school")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      """
      姓名,身份证号,乡镇,村
      张小明,990101201301010011,渔沟镇,张庄村
      李小红,990101201402020022,,

      """.utf8
    ).write(to: folder.appendingPathComponent("摸排.csv"))
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
    }
    _ = try cases(["import", "摸排.csv", "--by", "李辉"])
    for id in ["1", "2"] {
      for step in [
        ["--result", "确认辍学", "--reason", "入户核实", "--date", "2021-10-08"],
        ["--notice", "--date", "2021-10-28"],
      ] {
        let run = try cases(["update", id] + step + ["--by", "李辉"])
        #expect(run.status == 0, "\(run.errors)")
      }
    }
    let report = try cases(["register", "报告书", "-o", "报告书.html", "--date", "2021-11-10"])
    #expect(report.status == 0)
    #expect(report.output == "已写入：报告书.html\n")
    #expect(
      report.errors == """
        注意：案例 1、2 没有责任学校，辍学学生报告书里落款留了空线，打印后手写；或先分配学校再生成：ducha cases assign 1 2 --school 学校 --by 姓名（落款也可以用 --issuer 指定）。
        注意：案例 2 没有乡镇，辍学学生报告书里乡镇留了空线；补上：ducha cases assign 2 --township 乡镇 --by 姓名。

        """)
    let html = try String(
      contentsOf: folder.appendingPathComponent("报告书.html"), encoding: .utf8)
    let blank = "<span class=\"blank\"></span>"
    #expect(html.contains("<p class=\"to\">渔沟镇人民政府：</p>"))
    #expect(html.contains("<p class=\"to\">\(blank)人民政府：</p>"))
    #expect(
      html.components(separatedBy: "<div class=\"issuer\"><p>\(blank)</p><p>2021年11月10日</p></div>")
        .count == 3)

    // With the issuer given, the notice's text still has a line where the school goes.
    let notice = try cases([
      "register", "限期复学通知书", "-o", "通知书.html", "--issuer", "渔沟镇中心校", "--date", "2021-11-10",
    ])
    #expect(
      notice.errors == """
        注意：案例 1、2 没有责任学校，未到校学生限期复学通知书里学校留了空线，打印后手写；或先分配学校再生成：ducha cases assign 1 2 --school 学校 --by 姓名。
        注意：案例 2 没有乡镇，未到校学生限期复学通知书里乡镇留了空线；补上：ducha cases assign 2 --township 乡镇 --by 姓名。

        """)
    let page = try String(
      contentsOf: folder.appendingPathComponent("通知书.html"), encoding: .utf8)
    #expect(page.contains("系\(blank)适龄学生"))
    #expect(page.contains("<div class=\"issuer\"><p>渔沟镇中心校</p>"))

    // The 销号花名册 groups them under a heading that says what is missing (was （未填）).
    let roster = try cases(["register", "销号花名册", "-o", "销号.html"])
    #expect(roster.status == 0, "\(roster.errors)")
    let sheet = try String(contentsOf: folder.appendingPathComponent("销号.html"), encoding: .utf8)
    #expect(sheet.contains("<h1>（学校未填）辍学学生劝返销号花名册</h1>"), "\(sheet)")
    let byTownship = try cases(["register", "销号花名册", "--group", "township", "-o", "乡镇.html"])
    #expect(byTownship.status == 0, "\(byTownship.errors)")
    let towns = try String(contentsOf: folder.appendingPathComponent("乡镇.html"), encoding: .utf8)
    #expect(towns.contains("<h1>（乡镇未填）辍学学生劝返销号花名册</h1>"))

    // Assigned, the same report names both and says nothing more.
    _ = try cases(["assign", "1", "2", "--school", "渔沟小学", "--by", "李辉"])
    _ = try cases(["assign", "2", "--township", "渔沟镇", "--by", "李辉"])
    let again = try cases(["register", "报告书", "-o", "报告书.html", "--date", "2021-11-10"])
    #expect(again.errors == "")
    let named = try String(
      contentsOf: folder.appendingPathComponent("报告书.html"), encoding: .utf8)
    #expect(
      named.components(separatedBy: "<div class=\"issuer\"><p>渔沟小学</p><p>2021年11月10日</p></div>")
        .count == 3)
  }
}
