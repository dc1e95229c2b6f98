import Foundation
import Testing

/// `ducha validate` printed its diagnostics on standard output while `ducha test` (and inspect,
/// choosing a broken checklist) printed the same report on standard error: `validate x.ducha
/// 2>/dev/null` still showed the errors and `ducha test x.ducha | less` hid them. Diagnostics now
/// go to standard error from every command, as a compiler's do; the exit codes are as before.
struct DiagnosticsStreamCLITests {
  static let broken = """
    清单 jisu-test
    标题：寄宿制学校管理检查
    对象：学校
    总分：6
    类型：评分表

    部分 一 寄宿管理 6分

    条目 1 宿舍管理 6分
      适用：有寄宿
      录入 有寄宿生 是否 提示 "学校有没有寄宿生？"
      规则 不得分(非 有寄宿生)
    """

  static let report = """
    寄宿.ducha:10:6: 错误[E303]: 没有定义的名称“有寄宿”。
      改法：是不是“有寄宿生”？
    检查了 1 个文件：1 个错误，0 个警告。

    """

  @Test func validateAndTestPrintTheSameReportOnStandardError() throws {
    let directory = try CLI.temporaryDirectory("diagnostics-stream")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.broken.utf8).write(to: directory.appendingPathComponent("寄宿.ducha"))
    let validate = try runDucha(
      ["validate", "寄宿.ducha"], in: directory, workingDirectory: directory)
    #expect(validate.status == 1)
    #expect(validate.output == "")
    #expect(validate.errors == Self.report)
    let test = try runDucha(["test", "./寄宿.ducha"], in: directory, workingDirectory: directory)
    #expect(test.status == 1)
    #expect(test.output == "")
    #expect(test.errors == Self.report.replacingOccurrences(of: "寄宿.ducha:", with: "./寄宿.ducha:"))

    let fixed = Self.broken.replacingOccurrences(of: "适用：有寄宿\n", with: "")
    try Data(fixed.utf8).write(to: directory.appendingPathComponent("寄宿.ducha"))
    let clean = try runDucha(["validate", "寄宿.ducha"], in: directory, workingDirectory: directory)
    #expect(clean.status == 0)
    #expect(clean.output == "")
    #expect(clean.errors == "检查了 1 个文件：0 个错误，0 个警告。\n")
  }

  /// `plan check` prints a plan's findings where `validate` prints them (a warning: exit 0).
  @Test func planCheckPrintsItsFindingsOnStandardError() throws {
    let directory = try CLI.temporaryDirectory("diagnostics-stream-plan")
    defer { try? FileManager.default.removeItem(at: directory) }
    let plan = """
      计划 test-2024
      标题：测试县2024年检查
      年度：2024
      清单：lingbi-xueji
      必查：学校

      单位 一小 学校
      单位 二小 学校

      组 第一组
        带队：张三（县教育局）
        检查：一小、二小、三小
      """
    try Data(plan.utf8).write(to: directory.appendingPathComponent("计划.plan"))
    let check = try runDucha(
      ["plan", "check", "计划.plan"], in: directory, workingDirectory: directory)
    let validate = try runDucha(
      ["validate", "计划.plan"], in: directory, workingDirectory: directory)
    #expect(check.status == 0, "\(check.output)\(check.errors)")
    #expect(check.output == "")
    #expect(check.errors.hasPrefix("计划.plan:12:12: 警告[P404]: 第一组检查的“三小”没有用“单位”声明。"))
    #expect(validate.status == 0)
    #expect(validate.output == "")
    #expect(validate.errors == check.errors)
  }
}
