import Foundation
import Testing

/// A 公安 list names each child's school as 应就读学校. `ducha compare` did not know the name:
/// its 责任学校 column stayed empty and the list's own column came after it; `ducha cases
/// import` took the first school column, the empty one, so every case had no school — no
/// `--school` list or register found them, and the 统计 counted them all under （未填）. Now
/// 应就读学校 is a 责任学校, and an import whose first school column is empty on a row reads the
/// next one (a list of compare's from before, or another name).
@Suite("应就读学校 from the 公安 list to the case")
struct CompareSchoolColumnCLITests {
  @Test("compare fills 责任学校; cases import reads a later school column")
  func theSchoolReachesTheCase() throws {
    let work = try CLI.temporaryDirectory("compare-school-column")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("姓名,公民身份号码,乡镇,应就读学校\n周杰,990101201305070934,良马镇,良马小学\n".utf8).write(
      to: work.appendingPathComponent("公安.csv"))
    try Data("姓名,身份证件号\n".utf8).write(to: work.appendingPathComponent("学籍.csv"))
    let compared = try runDucha(
      [
        "compare", "--population", "公安.csv", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31",
        "--reveal", "-o", "疑似.csv",
      ], in: work, workingDirectory: work)
    #expect(compared.status == 0, "\(compared.errors)")
    let list = String(
      decoding: try Data(contentsOf: work.appendingPathComponent("疑似.csv")).dropFirst(3),
      as: UTF8.self)
    #expect(
      list
        == "序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注\r\n"
        + "1,990101201305070934,周杰,男,2013-05-07,9,良马镇,良马小学,,公安.csv:2,\r\n")
    // A list written before: 责任学校 empty, the school in a later column.
    try Data(
      ("序号,身份证件号,姓名,乡镇,责任学校,来源,应就读学校\n"
        + "1,990101201305070934,周杰,良马镇,,公安.csv:2,良马小学\n").utf8
    ).write(to: work.appendingPathComponent("旧名单.csv"))
    for file in ["疑似.csv", "旧名单.csv"] {
      let ledger = ["--ledger", work.appendingPathComponent("\(file).sqlite").path]
      let imported = try runDucha(
        ["cases", "import", file, "--by", "李辉"] + ledger, in: work, workingDirectory: work)
      #expect(imported.status == 0, "\(imported.errors)")
      let listed = try runDucha(
        ["cases", "list", "--school", "良马小学"] + ledger, in: work, workingDirectory: work)
      #expect(listed.output.hasSuffix("共 1 例：疑似 1\n"), "\(file): \(listed.output)")
    }
  }

  /// 公安 lists head the township `乡（镇）`, `镇（乡）`, `户籍所在乡镇` or `乡镇/街道`: none was
  /// known, so every child's 乡镇 was empty (统计 under （未填）, cases without a 乡镇).
  @Test(
    "township headers as 公安 lists write them",
    arguments: ["乡（镇）", "镇（乡）", "户籍所在乡镇", "乡镇/街道"])
  func townshipHeaders(header: String) throws {
    let work = try CLI.temporaryDirectory("compare-township-header")
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("姓名,公民身份号码,\(header)\n周杰,990101201305070934,良马镇\n".utf8).write(
      to: work.appendingPathComponent("公安.csv"))
    try Data("姓名,身份证件号\n".utf8).write(to: work.appendingPathComponent("学籍.csv"))
    let compared = try runDucha(
      ["compare", "--population", "公安.csv", "--enrolled", "学籍.csv", "--cutoff", "2022-08-31"],
      in: work, workingDirectory: work)
    #expect(compared.output.contains("| 乡镇 | 良马镇 | 1 |"), "\(header): \(compared.output)")
    let ledger = ["--ledger", work.appendingPathComponent("台账.sqlite").path]
    let imported = try runDucha(
      ["cases", "import", "公安.csv", "--by", "李辉"] + ledger, in: work, workingDirectory: work)
    #expect(imported.status == 0, "\(header): \(imported.errors)")
    let listed = try runDucha(
      ["cases", "list", "--township", "良马镇"] + ledger, in: work, workingDirectory: work)
    #expect(listed.output.hasSuffix("共 1 例：疑似 1\n"), "\(header): \(listed.output)")
  }
}
