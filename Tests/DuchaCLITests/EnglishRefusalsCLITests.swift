import Foundation
import Testing

/// More lines left Chinese under `--lang en`: `cases assign` given neither case numbers nor
/// `--where-…` (or both, or nothing to assign), a `--today` or `--date` that is no day, and
/// the colon after each file in `roster check`'s summary. Chinese without `--lang`.
struct EnglishRefusalsCLITests {
  @Test func refusalsFollowTheLanguage() throws {
    let folder = try CLI.temporaryDirectory("english-refusals")
    defer { try? FileManager.default.removeItem(at: folder) }
    func run(_ arguments: [String]) throws -> Finished {
      try runDucha(arguments, in: folder, workingDirectory: folder)
    }
    let nothing = try run(["cases", "assign", "--by", "李辉", "--lang", "en"])
    #expect(nothing.status == 64)
    #expect(
      nothing.errors.hasPrefix(
        "no case to assign: give case numbers (ducha cases assign 3 4 5 …) or conditions"
          + " (--where-township, --where-school, --where-status, --where-open).\n"),
      "\(nothing.errors)")
    let both = try run([
      "cases", "assign", "1", "--where-township", "渔沟镇", "--person", "王老师", "--by", "李辉",
      "--lang", "en",
    ])
    #expect(
      both.errors.hasPrefix("give either case numbers or --where-… conditions, not both.\n"),
      "\(both.errors)")
    let what = try run(["cases", "assign", "--where-township", "渔沟镇", "--by", "李辉", "--lang", "en"])
    #expect(
      what.errors.hasPrefix(
        "nothing to assign: add --person NAME, --school SCHOOL or --township TOWNSHIP.\n"),
      "\(what.errors)")
    #expect(
      try run(["cases", "assign", "--by", "李辉"]).errors.hasPrefix(
        "没有写要分配的案例：写案例编号（ducha cases assign 3 4 5 …），或按条件选"))

    let day = try run(["cases", "list", "--today", "2021-02-30", "--lang", "en"])
    #expect(day.status == 64)
    #expect(
      day.errors.hasPrefix(
        "--today “2021-02-30” is not a date. Write it as 2021-10-12 (or 2021/10/12,"
          + " 2021年10月12日), a day that exists.\n"), "\(day.errors)")
    #expect(
      try run(["cases", "list", "--today", "2021-02-30"]).errors.hasPrefix(
        "--today “2021-02-30” 不是有效的日期。"))

    try Data("姓名,身份证件号\n张一,990101201301010002\n".utf8).write(
      to: folder.appendingPathComponent("一班.csv"))
    let english = try run(["roster", "check", "一班.csv", "--lang", "en"])
    #expect(english.output.contains("\n  一班.csv: UTF-8, 1 students\n"), "\(english.output)")
    let chinese = try run(["roster", "check", "一班.csv"])
    #expect(chinese.output.contains("\n  一班.csv：UTF-8，1 名学生\n"), "\(chinese.output)")
  }
}
