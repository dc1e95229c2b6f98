import Foundation
import Testing

/// A kindergarten inspected with 济南's 幼儿园评估验收标准 (no `学段：`): its 学段 is 学前, never
/// the 小学、初中 a form without `学段：` covers for schools. End to end with the binary from a
/// folder of its own, as on a leader's laptop.
@Suite("a kindergarten's 学段", .serialized)
struct KindergartenStageCLITests {
  /// C1–C4 full marks; C5 幼儿厨房 2 points off by judgement: 110 − 2 = 108.
  static let walk = [
    "否", "是", "", "是", "", "是", "", "活动室 寝室 盥洗室 儿童厕所 储藏室 综合活动室 科学发现室", "",
    "1.6", "", "0", "", "否", "保健室 办公室 教具室 会议室(接待室) 幼儿厨房 教工厕所 值班室", "", "2",
    "厨房排烟不畅", "完成",
  ]

  @Test("show, the session file, summary, sheet: 学前, not 小学、初中; an older file too")
  func kindergartenIsPreschool() throws {
    let laptop = try Laptop("kindergarten")
    defer { laptop.remove() }
    let show = try laptop.run(["show", "jinan-youeryuan"])
    #expect(show.status == 0, "\(show.errors)")
    #expect(show.output.split(separator: "\n")[2] == "对象：幼儿园  学段：学前  总分：110")
    // A county department's form reads no 学段: none is printed.
    let department = try laptop.run(["show", "huili-kaohe-bumen"])
    #expect(department.output.split(separator: "\n")[2] == "对象：县级部门  总分：100  考核年度：2018-2020")

    let script = laptop.url("walk.txt")
    try CLI.writeScript(Self.walk, to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "jinan-youeryuan", "--unit", "城关幼儿园", "--group", "一组",
      "--inspector", "王芳", "--date", "2024-05-10", "--sessions", laptop.url("一组").path,
      "--script", script.path,
    ])
    #expect(inspect.status == 0, "\(inspect.errors)")
    #expect(inspect.output.contains("总分：108  结论：通过\n"))
    // The file records no stage: a value older versions know, and not 小学、初中.
    let file = try CLI.sessionFile(of: "城关幼儿园", in: laptop.url("一组"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    let unit = try #require(json["unit"] as? [String: Any])
    #expect(unit["stages"] as? [String] == [])
    #expect(unit["kind"] as? String == "幼儿园")

    let row = "| 1 | 城关幼儿园 | 学前 | 108 | 108 | 通过 |"
    let summary = try laptop.run(["summary", "一组", "--format", "md"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains(row))
    let sheet = try laptop.run(["sheet", "一组", "-o", "-"])
    #expect(sheet.status == 0, "\(sheet.errors)")
    #expect(sheet.output.contains("<th>学段</th><td>学前</td>"))

    // The file as the version before this one wrote it, with the form's default stages.
    let text = try String(contentsOf: file, encoding: .utf8)
    let old = text.replacingOccurrences(
      of: #""stages" : \[\s*\]"#, with: #""stages" : ["小学", "初中"]"#,
      options: .regularExpression)
    #expect(old != text)
    try old.write(to: file, atomically: true, encoding: .utf8)
    let again = try laptop.run(["summary", "一组", "--format", "md"])
    #expect(again.status == 0, "\(again.errors)")
    #expect(again.output.contains(row))
    #expect(!again.output.contains("小学、初中"))
  }
}
