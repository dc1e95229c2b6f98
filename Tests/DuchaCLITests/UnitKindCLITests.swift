import Foundation
import Testing

/// Issue 11: units other than schools and townships, end to end with the binary — a form for
/// 片区 and one for 教学点, two units inspected with each, then `ducha summary`. No stored
/// public form assesses a 片区 or a 教学点 as the unit (河北 and 电白 only name 教学点 inside a
/// school's items), so these two small forms are written for the test.
@Suite("片区 and 教学点 forms, inspected and summarised", .serialized)
struct UnitKindCLITests {
  static let district = """
    清单 pianqu-kongchuo
    标题：片区控辍保学检查（测试用）
    对象：片区
    总分：10
    部分 一 控辍 10分
    条目 1 辍学人数 10分
      录入 辍学人数 计数
      规则 每例扣分(辍学人数, 每例=2)
    """

  static let teachingPoint = """
    清单 jiaoxuedian-banxue
    标题：教学点办学条件检查（测试用）
    对象：教学点
    学段：小学
    总分：5
    部分 一 条件 5分
    条目 1 复式教学 5分
      录入 有复式教学计划 是否
      规则 不得分(非 有复式教学计划, 理由="没有复式教学计划")
    """

  func inspect(_ laptop: Laptop, form: String, unit: String, answer: String, stage: [String])
    throws -> Finished
  {
    let script = laptop.url("\(unit).txt")
    try CLI.writeScript([answer, "完成"], to: script)
    return try laptop.run(
      ["inspect", "--checklist", form, "--unit", unit] + stage.flatMap { ["--stage", $0] } + [
        "--group", "一组", "--inspector", "王芳", "--date", "2024-05-10", "--sessions",
        laptop.url(form).path, "--script", script.path,
      ])
  }

  /// 城关片区 2 dropouts: 10 − 2 × 2 = 6; 东河片区 none: 10. 南沟教学点 has no plan: 0 of 5.
  @Test("a 片区 form and a 教学点 form walk, save the unit's kind and sum up")
  func districtAndTeachingPoint() throws {
    let laptop = try Laptop("unitkinds")
    defer { laptop.remove() }
    try FileManager.default.createDirectory(
      at: laptop.url("Checklists"), withIntermediateDirectories: true)
    try Self.district.write(
      to: laptop.url("Checklists/pianqu.ducha"), atomically: true, encoding: .utf8)
    try Self.teachingPoint.write(
      to: laptop.url("Checklists/jiaoxuedian.ducha"), atomically: true, encoding: .utf8)

    let both = ["小学", "初中"]
    let first = try inspect(
      laptop, form: "pianqu-kongchuo", unit: "城关片区", answer: "2", stage: both)
    #expect(first.status == 0, "\(first.errors)")
    #expect(first.output.contains("  − 4  辍学人数 2 例 × 2 分 = 4 分"))
    #expect(first.output.contains("总分：6\n"))
    _ = try inspect(laptop, form: "pianqu-kongchuo", unit: "东河片区", answer: "0", stage: both)
    let saved = try FileManager.default.contentsOfDirectory(
      atPath: laptop.url("pianqu-kongchuo").path
    ).filter { $0.hasSuffix(".json") }
    #expect(saved.count == 2)
    for name in saved {
      let text = try String(
        contentsOf: laptop.url("pianqu-kongchuo/\(name)"), encoding: .utf8)
      #expect(text.contains("\"kind\" : \"片区\""))
    }
    let summary = try laptop.run(["summary", "pianqu-kongchuo"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("   1  东河片区  10    10\n   2  城关片区   6     6\n"))
    #expect(summary.output.contains("平均总分：8"))

    let point = try inspect(
      laptop, form: "jiaoxuedian-banxue", unit: "南沟教学点", answer: "否", stage: ["小学"])
    #expect(point.status == 0, "\(point.errors)")
    #expect(point.output.contains("没有复式教学计划"))
    let points = try laptop.run(["summary", "jiaoxuedian-banxue"])
    #expect(points.status == 0, "\(points.errors)")
    #expect(points.output.contains("南沟教学点"))
    #expect(points.output.contains("平均总分：0"))
  }
}
