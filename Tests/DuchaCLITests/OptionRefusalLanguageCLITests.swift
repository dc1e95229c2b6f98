import Foundation
import Testing

/// A refused option value was printed in both languages glued together
/// (`--date 2021-02-30：没有 2021-02-30 这一天…… / --date 2021-02-30: 2021-02-30 does not exist…`),
/// whatever `--lang` said. It now follows `--lang`: Chinese by default, English with `--lang en`.
struct OptionRefusalLanguageCLITests {
  func firstLine(_ arguments: [String]) throws -> String {
    let folder = try CLI.temporaryDirectory("option-refusal")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("第三组"), withIntermediateDirectories: true)
    let run = try runDucha(arguments, in: folder, workingDirectory: folder)
    #expect(run.status == 64, "\(run.errors)")
    return String(run.errors.split(separator: "\n", omittingEmptySubsequences: false)[0])
  }

  @Test func inspectOptions() throws {
    #expect(
      try firstLine(["inspect", "--date", "2021-02-30"])
        == "--date 2021-02-30：没有 2021-02-30 这一天（2021年2月只有 28 天），请核对。")
    #expect(
      try firstLine(["inspect", "--date", "2021-02-30", "--lang", "en"])
        == "--date 2021-02-30: 2021-02-30 does not exist (2021-2 has 28 days).")
    #expect(try firstLine(["inspect", "--strict"]) == "--strict 要与 --script 一起用。")
    #expect(
      try firstLine(["inspect", "--strict", "--lang", "en"]) == "--strict needs --script.")
    #expect(
      try firstLine(["inspect", "--stage", "大学"])
        == "--stage 只能是 “小学”“初中”“高中”，幼儿园写“学前”（写的是“大学”）。")
    #expect(
      try firstLine(["inspect", "--stage", "学前", "--stage", "小学", "--lang", "en"])
        == "--stage 学前 cannot be given with another stage: a kindergarten gives --stage 学前 alone, a school “小学”“初中”“高中”."
    )
  }

  @Test func followUpAndNoticeOptions() throws {
    #expect(
      try firstLine(["followup", "第三组", "--unit", "渔沟小学", "--year", "21", "--lang", "en"])
        == "--year 21: the inspection year is a four-digit year such as 2021, not '21'.")
    #expect(
      try firstLine(["followup", "第三组", "--unit", "渔沟小学", "--year", "21"])
        == "--year 21：考核年度要写四位的年份，如 2021（写的是“21”）。")
    let year = Calendar(identifier: .gregorian).component(.year, from: Date())
    #expect(
      try firstLine(["notice", "第三组", "--date", "10月27日", "--lang", "en"])
        == "--date 10月27日: '10月27日' has no year: write it in full, e.g. \(year)-10-27.")
    #expect(
      try firstLine(["notice", "第三组", "--date", "10月27日"])
        == "--date 10月27日：“10月27日”没写年份：请写上年份，如 \(year)-10-27。")
    #expect(
      try firstLine(["notice", "第三组", "--date", "十月"])
        == "--date 十月：请按 年-月-日 输入，如 2021-10-26。")
  }

  @Test func casesServerOptions() throws {
    let arguments = ["cases", "list", "--today", "2021-10-01", "--server", "http://127.0.0.1:9"]
    #expect(
      try firstLine(arguments + ["--lang", "en"])
        == "--today does not go with --server: the server counts overdue by its own today.")
    #expect(try firstLine(arguments) == "--today 不能与 --server 同用：服务器按今天的日期算逾期。")
  }
}
