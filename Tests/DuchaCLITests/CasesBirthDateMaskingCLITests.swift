import Foundation
import Testing

/// A clerk imports the compare list, confirms one dropout and hands on `cases show`, the JSON
/// list, the 清理花名册 and the 劝返工作记录卡. The ID number's mask hides the birth date in it, so
/// the 出生日期 column must not give it back: only the year shows (`2013-**-**`), as the phone
/// keeps its last four digits; `--reveal` shows the whole date.
struct CasesBirthDateMaskingCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    let run = try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
    #expect(run.status == 0, "\(arguments): \(run.errors)")
    return run
  }

  /// `text` with the clock's times (`2026-12-05 10:55`) and days of today written as `<时间>`
  /// and `<今天>`: everything else is compared exactly.
  func timeless(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, with: "<时间>", options: .regularExpression
    )
    .replacingOccurrences(
      of: #",李辉,\d{4}-\d{2}-\d{2},"#, with: ",李辉,<今天>,", options: .regularExpression)
  }

  @Test func birthDatesKeepOnlyTheYearUnlessRevealed() throws {
    let (folder, ledger) = try CasesCLITests.folder("birth-date")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try runDucha(
      ["cases", "import", "名单.csv", "--by", "李辉"] + ledger, in: folder, workingDirectory: folder)
    _ = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + ledger, in: folder)

    let show = try run(["show", "1"] + ledger, in: folder).output
    #expect(
      timeless(show) == """
        案例 1：张**　确认辍学
          身份证号：990101***********1
          性别：男
          出生日期：2013-**-**
          乡镇：渔沟镇
          学校：渔沟小学
          责任学校：渔沟小学
          监护人：张**
          备注：留守
          来源：名单.csv:3
          历史：
            1. <时间> 李辉 导入（疑似） 来源：名单.csv:3
            2. <时间> 李辉 核查（疑似 → 确认辍学） 理由：入户核实

        """)
    let revealed = try run(["show", "1", "--reveal"] + ledger, in: folder).output
    #expect(revealed.contains("\n  出生日期：2013-01-01\n"))

    let json = try run(["list", "--format", "json"] + ledger, in: folder).output
    let dates = json.components(separatedBy: "\n").filter { $0.contains("\"birthDate\"") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(
      dates == [
        "\"birthDate\" : \"2013-**-**\",", "\"birthDate\" : \"2014-**-**\",",
        "\"birthDate\" : \"2012-**-**\",",
      ])

    _ = try run(["register", "清理花名册", "--format", "csv", "-o", "清理.csv"] + ledger, in: folder)
    // Read as bytes: `String(contentsOf:)` would drop the BOM Excel needs.
    let csv = String(
      decoding: try Data(contentsOf: folder.appendingPathComponent("清理.csv")), as: UTF8.self)
    #expect(
      timeless(csv).components(separatedBy: "\r\n") == [
        "\u{FEFF}序号,姓名,性别,身份证号,出生日期,乡镇,村（社区）,责任学校,监护人,联系电话,核查结果,核查情况,核查人,核查日期,目前状态",
        "1,张**,男,990101***********1,2013-**-**,渔沟镇,,渔沟小学,张**,,确认辍学,,李辉,<今天>,确认辍学",
        "2,李**,女,990101***********2,2014-**-**,渔沟镇,,渔沟小学,李*,,未核查,,,,疑似",
        "3,王**,男,990101***********3,2012-**-**,大庙乡,,大庙小学,王*,,未核查,,,,疑似",
        "合计,3 人：确认辍学 1，未核查 2", "",
      ])
    #expect(
      !csv.contains("2013-01-01") && !csv.contains("2014-02-02") && !csv.contains("2012-03-03"))

    _ = try run(["register", "记录卡", "-o", "记录卡.html"] + ledger, in: folder)
    let card = try String(contentsOf: folder.appendingPathComponent("记录卡.html"), encoding: .utf8)
    #expect(
      card.contains(
        "<tr><td class=\"label\">身份证号</td><td>990101***********1</td><td class=\"label\">出生日期</td><td>2013-**-**</td></tr>"
      ))
    _ = try run(["register", "记录卡", "-o", "记录卡-全文.html", "--reveal"] + ledger, in: folder)
    let revealedCard = try String(
      contentsOf: folder.appendingPathComponent("记录卡-全文.html"), encoding: .utf8)
    #expect(revealedCard.contains("<td class=\"label\">出生日期</td><td>2013-01-01</td>"))
  }
}
