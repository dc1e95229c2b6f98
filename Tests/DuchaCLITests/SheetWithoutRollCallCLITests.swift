import Foundation
import Testing

/// `ducha sheet` on forms that score nothing from a roll call or the registry check (all bundled
/// forms but 灵璧、凌源、会理核查): no “入班核查 未记录入班点名。”, no “学籍系统核查 未记录…”, and no
/// “结论：—” for a form that gives no verdict. End to end with the binary from its own folder.
@Suite("the printed sheet of a form without roll call", .serialized)
struct SheetWithoutRollCallCLITests {
  func inspect(_ laptop: Laptop, _ form: String, unit: String, stage: [String], answers: [String])
    throws -> Finished
  {
    let script = laptop.url("\(form).txt")
    try CLI.writeScript(answers, to: script)
    return try laptop.run(
      ["inspect", "--checklist", form, "--unit", unit] + stage.flatMap { ["--stage", $0] } + [
        "--group", "一组", "--inspector", "王芳", "--date", "2024-05-10", "--sessions",
        laptop.url(form).path, "--script", script.path,
      ])
  }

  /// 酒店乡's 8 项控辍制度 (核验表, no `结果`): 5 齐全, 6 不全, 7 齐全 … → 齐全 7, 不全 1.
  @Test("a verification list: the tally and the signatures, nothing about roll call or 结论")
  func verificationListHasNoRollCallLines() throws {
    let laptop = try Laptop("sheetnoroll")
    defer { laptop.remove() }
    let answers = [
      "齐全", "", "齐全", "", "齐全", "", "齐全", "", "齐全", "", "不全", "", "齐全", "", "齐全", "完成",
    ]
    let walk = try inspect(
      laptop, "jiudian-zhidu", unit: "酒店乡中心学校", stage: ["小学"], answers: answers)
    #expect(walk.status == 0, "\(walk.errors)")
    let sheet = try laptop.run(["sheet", "jiudian-zhidu", "-o", "-"])
    #expect(sheet.status == 0, "\(sheet.errors)")
    #expect(
      sheet.output.contains(
        "核验结果：齐全 7 项，缺失 0 项，不全 1 项，未核验 0 项</td></tr>\n</tbody></table>\n\n<div class=\"signatures\">"
      ))
    #expect(!sheet.output.contains("结论"))
    #expect(!sheet.output.contains("入班核查"))
    #expect(!sheet.output.contains("未记录"))
    #expect(sheet.output.contains("<p>检查人员：王芳</p>"))
  }

  /// 济南's kindergarten form has a verdict (一票否决) but no roll call: 结论 stays, 点名 goes.
  @Test("a kindergarten's scored form keeps its 结论 and has no roll call section")
  func scoredFormKeepsItsVerdict() throws {
    let laptop = try Laptop("sheetkg")
    defer { laptop.remove() }
    let walk = try inspect(
      laptop, "jinan-youeryuan", unit: "城关幼儿园", stage: [], answers: KindergartenStageCLITests.walk)
    #expect(walk.status == 0, "\(walk.errors)")
    let sheet = try laptop.run(["sheet", "jinan-youeryuan", "-o", "-"])
    #expect(sheet.status == 0, "\(sheet.errors)")
    #expect(
      sheet.output.contains("<p class=\"conclusion\">结论：通过</p>\n\n<div class=\"signatures\">"))
    #expect(!sheet.output.contains("入班核查"))
    #expect(!sheet.output.contains("学籍系统核查"))
  }

  /// 灵璧 scores 5 人籍一致 from the roll call: its sheet keeps the section, as before.
  @Test("a form scored from the roll call keeps the 入班核查 section")
  func rollCallFormKeepsTheSection() throws {
    let laptop = try Laptop("sheetroll")
    defer { laptop.remove() }
    let walk = try laptop.walk(unit: "渔沟小学", into: "三组")
    #expect(walk.status == 0, "\(walk.errors)")
    let sheet = try laptop.run(["sheet", "三组", "-o", "-"])
    #expect(sheet.status == 0, "\(sheet.errors)")
    #expect(sheet.output.contains("<h2>入班核查</h2>"))
    #expect(sheet.output.contains("<h2>学籍系统核查</h2>"))
    // 灵璧 gives no verdict (no `结果`): no “结论：—” either.
    #expect(!sheet.output.contains("结论"))
  }
}
