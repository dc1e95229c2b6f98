import Foundation
import Testing

/// An inspector types the year short (`--year 21`, or `19` at the 考核年度 question): it was
/// recorded as year 21, and the leader's summary put the school in a “21年度” batch of its own,
/// ranked apart from its peers (and the question took `2019年` silently as the default). The
/// option is refused with what to type (exit 64); the question asks again; `2019年` is 2019.
@Suite("inspection years", .serialized)
struct InspectionYearCLITests {
  @Test("--year 21: refused, no session")
  func aShortYearOptionIsRefused() throws {
    let laptop = try Laptop("short-year")
    defer { laptop.remove() }
    for command in ["inspect", "followup"] {
      let arguments =
        command == "inspect"
        ? ["inspect", "--checklist", "lingbi-xueji", "--unit", "渔沟小学", "--year", "21"]
        : ["followup", "第三组", "--unit", "渔沟小学", "--year", "21"]
      let run = try laptop.run(arguments + ["--sessions", "第三组"])
      #expect(run.status == 64, "\(command): \(run.errors)")
      #expect(
        run.errors.hasPrefix("--year 21：考核年度要写四位的年份，如 2021（写的是“21”）。\n"),
        "\(command): \(run.errors)")
    }
    #expect(!FileManager.default.fileExists(atPath: laptop.url("第三组").path))
  }

  @Test("the year question: 19 asked again, 2019年 taken as 2019")
  func theYearQuestionAsksAgain() throws {
    let laptop = try Laptop("short-year-question")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["19", "2019年", "退出"], to: script)
    let run = try laptop.run([
      "inspect", "--checklist", "huili-kaohe-xuexiao", "--unit", "会理一小", "--stage", "小学",
      "--group", "三组", "--inspector", "王雷", "--date", "2019-10-27", "--sessions", "三组",
      "--script", script.path,
    ])
    #expect(
      run.output.hasPrefix(
        "考核年度（决定年度目标）（回车=2019）> 19\n✗ 考核年度要写四位的年份，如 2021（写的是“19”）。\n"
          + "考核年度（决定年度目标）（回车=2019）> 2019年\n"), "\(run.output)")
    let file = try CLI.sessionFile(of: "会理一小", in: laptop.url("三组"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    #expect(json["year"] as? Int == 2019)
  }
}
