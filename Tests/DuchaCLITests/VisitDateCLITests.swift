import Foundation
import Testing

/// The visit date as inspectors give it: `--date 2021/10/27` or `2021年10月27日` on the command
/// line, a slip like `2021-11-31` at the date question. The session's date (and its file name,
/// the summary's 检查日期, the 上年 lookup) must be a real `YYYY-MM-DD` date.
@Suite("The visit date given on the command line or typed")
struct VisitDateCLITests {
  func inspect(_ date: String?, script: [String], in work: URL) throws -> Finished {
    try CLI.writeScript(script, to: work.appendingPathComponent("walk.input"))
    return try runDucha(
      [
        "inspect", "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--unit",
        "渔沟小学", "--stage", "小学", "--group", "三组", "--inspector", "李辉",
        "--sessions", "记录", "--script", "walk.input",
      ] + (date.map { ["--date", $0] } ?? []), in: work, workingDirectory: work)
  }

  func savedDates(in work: URL) throws -> [String] {
    let folder = work.appendingPathComponent("记录")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
      .map { name in
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let line = text.components(separatedBy: "\n").first { $0.hasPrefix("  \"date\" : ") } ?? ""
        return name.prefix(10) + " " + line.trimmingCharacters(in: .whitespaces)
      }
  }

  @Test("--date 2021/10/27 and 2021年10月27日 are stored as 2021-10-27")
  func otherSpellingsAreNormalised() throws {
    let work = try CLI.temporaryDirectory("visit-date")
    defer { try? FileManager.default.removeItem(at: work) }
    for date in ["2021/10/27", "2021年10月27日"] {
      let run = try inspect(date, script: ["退出"], in: work)
      #expect(run.output.contains("已建立检查记录：记录/2021-10-27_渔沟小学_"), "\(run.output)")
    }
    #expect(
      try savedDates(in: work)
        == Array(
          repeating: "2021-10-27 \"date\" : \"2021-10-27\",", count: 2))
  }

  @Test("--date 2021-02-30 and a date without its year are refused before anything is saved")
  func impossibleDatesAreRefused() throws {
    let work = try CLI.temporaryDirectory("visit-date-bad")
    defer { try? FileManager.default.removeItem(at: work) }
    let february = try inspect("2021-02-30", script: ["退出"], in: work)
    #expect(february.status == 64)
    #expect(
      february.errors.contains(
        "--date 2021-02-30：没有 2021-02-30 这一天（2021年2月只有 28 天），请核对。"))
    let noYear = try inspect("10月27日", script: ["退出"], in: work)
    #expect(noYear.status == 64)
    // The year left out, as said aloud: told so, with this year put in front as the example.
    let year = Calendar(identifier: .gregorian).component(.year, from: Date())
    #expect(
      noYear.errors.contains("--date 10月27日：“10月27日”没写年份：请写上年份，如 \(year)-10-27。"),
      "\(noYear.errors)")
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("记录").path))
  }

  @Test("2021-11-31 typed at the date question is refused and asked again")
  func slipAtTheQuestion() throws {
    let work = try CLI.temporaryDirectory("visit-date-typed")
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try inspect(nil, script: ["2021-11-31", "2021-11-30", "退出"], in: work)
    #expect(run.output.contains("✗ 没有 2021-11-31 这一天（2021年11月只有 30 天），请核对。"))
    #expect(try savedDates(in: work) == ["2021-11-30 \"date\" : \"2021-11-30\","])
  }

  /// The leader dates the 整改通知书 by hand: the date printed under the issuer must be real.
  @Test("notice --date 2021/11/5 is printed 2021年11月5日; 2021-02-30 is refused")
  func noticeDate() throws {
    let work = try CLI.temporaryDirectory("notice-date")
    defer { try? FileManager.default.removeItem(at: work) }
    let walk = try runDucha(
      CLI.walkOptions + ["--sessions", "第三组", "--script", CLI.walkScript.path], in: work,
      workingDirectory: work)
    #expect(walk.status == 0, "\(walk.errors)")
    let build = try runDucha(["problems", "build", "第三组"], in: work, workingDirectory: work)
    #expect(build.status == 0, "\(build.errors)")

    let refused = try runDucha(
      ["notice", "第三组", "--unit", "渔沟小学", "--date", "2021-02-30", "-o", "通知书.html"], in: work,
      workingDirectory: work)
    #expect(refused.status == 64)
    #expect(refused.errors.contains("--date 2021-02-30：没有 2021-02-30 这一天（2021年2月只有 28 天），请核对。"))
    #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("通知书.html").path))

    let dated = try runDucha(
      ["notice", "第三组", "--unit", "渔沟小学", "--date", "2021/11/5", "-o", "通知书.html"], in: work,
      workingDirectory: work)
    #expect(dated.status == 0, "\(dated.errors)")
    let html = try String(contentsOf: work.appendingPathComponent("通知书.html"), encoding: .utf8)
    #expect(html.contains("2021年11月5日"))
    #expect(!html.contains("2021/11/5"))
  }
}
