import Foundation
import Testing

/// The report's 各单位得分 printed as a browser prints it (headless Chromium to PDF, read back
/// by pdftotext): beside long unit names the narrow 学段 column kept “学/段” and “小/学” on two
/// lines; the section headers, long ones, wrap instead.
@Suite(
  "the report's narrow headers on paper", .serialized,
  .enabled(if: PrintedPDF.available, "chromium and pdftotext are not installed"))
struct ReportHeaderWrapCLITests {
  @Test("学段 and 小学 stay on one line beside 某某县某某镇中心学校九年一贯制")
  func narrowColumnsDoNotWrap() throws {
    let laptop = try Laptop("reportwrap")
    defer { laptop.remove() }
    // 凌源's form has three sections; every item is left 待定, which is all the table needs.
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["完成", "是"], to: script)
    for unit in ["某某县某某镇中心学校九年一贯制", "某某县韦集镇第二中心小学附属幼儿园分部", "渔沟小学"] {
      let walk = try laptop.run([
        "inspect", "--checklist", "lingyuan-kongchuo", "--unit", unit, "--stage", "小学",
        "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27", "--sessions",
        laptop.url("三组").path, "--script", script.path,
      ])
      try #require(walk.status == 0, "\(unit): \(walk.errors)")
    }
    let html = laptop.url("报告.html")
    let report = try laptop.run(["report", "三组", "-o", html.path])
    try #require(report.status == 0, "\(report.errors)")
    let page = try #require(try PrintedPDF.pages(of: html, in: laptop.root).first)
    let lines = page.components(separatedBy: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(lines.contains("名次 单位 学段 一 组织领导 二 工作开展 三 工作成效 总分 结论"), "\(page)")
    #expect(lines.contains("（10分） （45分） （45分）"), "\(page)")
    #expect(lines.contains { $0.hasPrefix("— 某某县某某镇中心学校九年一 小学 待定 待定 待定 待定") }, "\(page)")
    #expect(lines.contains { $0.hasPrefix("— 渔沟小学 小学 待定 待定 待定 待定") }, "\(page)")
  }
}
