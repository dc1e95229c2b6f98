import Foundation
import Testing

/// An item scored from a partly verified list says so wherever the leader reads it: 会理 学校
/// 2.1 工作台账 (10分, 每发现一起扣1分) from 3 of the 40 ledgers of 台账清单 (1.1 缺失, 1.2 不全,
/// 1.3 齐全; Enter left the other 37 未核验) scores 10 − 2 = 8, and the summary, the problem
/// list, the report and the 核查记录表 all say that 37 of 40 were not verified. The REPL, the
/// problem list and the 核查记录表 also name the two ledgers to rectify: the count alone
/// (“台账问题数 2 例”) did not say which.
@Suite("Partly verified lists in leader outputs") struct PartialVerificationCLITests {
  static let caveat = "核验表 40 项中 37 项未核验，本项只按已核验的 3 项计分"
  static let named = "核验 huili-taizhang：1.1 缺失，1.2 不全"

  @Test("summary, problems, report and sheet carry the 未核验 caveat of 2.1")
  func caveatEverywhere() throws {
    let laptop = try Laptop("partial-verify")
    defer { laptop.remove() }
    let script = laptop.url("台账.txt")
    try CLI.writeScript(
      ["核验 huili-taizhang", "2", "3", "1"] + Array(repeating: "", count: 37) + ["到 2.1", "", "退出"],
      to: script)
    let walk = try laptop.run([
      "inspect", "--checklist", "huili-kaohe-xuexiao", "--unit", "会理县一中", "--stage", "小学",
      "--stage", "初中", "--group", "第一组", "--inspector", "杨成伟", "--date", "2018-12-27", "--year",
      "2018", "--sessions", "一组", "--script", script.path,
    ])
    #expect(walk.status == 2, "left unfinished on purpose")
    #expect(walk.output.contains("  · \(Self.named)\n  · \(Self.caveat)"), "\(walk.output)")

    let summary = try laptop.run(["summary", "一组", "--allow-partial"])
    #expect(summary.output.contains("得分有前提的条目：\n  会理县一中 2.1：\(Self.caveat)"))

    let build = try laptop.run(["problems", "build", "一组", "--allow-partial"])
    #expect(build.status == 0, "\(build.errors)")
    let problems = try laptop.run(["problems", "show", "一组", "--format", "csv"])
    #expect(problems.output.contains("；\(Self.named)；\(Self.caveat)"), "\(problems.output)")

    let report = try laptop.run(["report", "一组", "-o", "报告.html", "--allow-partial"])
    #expect(report.status == 0, "\(report.errors)")
    let html = try String(contentsOf: laptop.url("报告.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"), "-o 报告.html writes HTML without --format html")
    #expect(html.contains("会理县一中 2.1 工作台账：\(Self.caveat)"))

    let sheet = try laptop.run(["sheet", "一组", "-o", "记录表.html"])
    #expect(sheet.status == 0, "\(sheet.errors)")
    let record = try String(contentsOf: laptop.url("记录表.html"), encoding: .utf8)
    #expect(record.contains(Self.caveat))
    #expect(record.contains(Self.named))
    // Not a caveat: the summary's “得分有前提的条目” has only the 未核验 line.
    #expect(!summary.output.contains("2.1：\(Self.named)"))
  }
}
