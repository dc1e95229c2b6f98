import Foundation
import Testing

/// A clerk leaves out `--class` on 复学销号, or gives `cases register` an option it does not
/// have: a Chinese line says what is wrong before ArgumentParser's English message and usage.
struct ParseErrorLineCLITests {
  @Test func aMissingOrUnknownOptionIsSaidInChineseFirst() throws {
    let folder = try CLI.temporaryDirectory("parse-error-line")
    defer { try? FileManager.default.removeItem(at: folder) }
    let close = try runDucha(
      ["cases", "close", "1", "--school", "渔沟小学", "--by", "李辉", "--lang", "zh"], in: folder,
      workingDirectory: folder)
    #expect(close.status == 64)
    #expect(
      close.errors.hasPrefix(
        "缺少必填的选项 --class：请在命令里加上 --class <class>（用法见下面）。\nError: Missing expected argument '--class <class>'\n"
      ))
    let register = try runDucha(
      ["cases", "register", "报告书", "-o", "报告.html", "--today", "2022-09-20", "--lang", "zh"],
      in: folder, workingDirectory: folder)
    #expect(register.status == 64)
    #expect(
      register.errors.hasPrefix(
        "这个命令没有 --today 选项：请按下面的用法改，或加 --help 看全部选项。\nError: Unknown option '--today'"))
    let english = try runDucha(
      ["cases", "close", "1", "--school", "渔沟小学", "--by", "李辉", "--lang", "en"], in: folder,
      workingDirectory: folder)
    #expect(english.errors.hasPrefix("Error: Missing expected argument '--class <class>'\n"))
  }

  /// A case number typed as the register writes it in words, an option's value left off at
  /// the end of the line, and a school name with a space left unquoted.
  @Test func aWrongValueAMissingValueAndAWordTooManyAreSaidInChineseFirst() throws {
    let folder = try CLI.temporaryDirectory("parse-error-value")
    defer { try? FileManager.default.removeItem(at: folder) }
    func errors(_ arguments: [String]) throws -> String {
      let run = try runDucha(
        arguments + ["--lang", "zh"], in: folder, workingDirectory: folder)
      #expect(run.status == 64, "\(arguments): \(run.errors)")
      return run.errors
    }
    #expect(
      try errors(["cases", "show", "第3号"]).hasPrefix(
        "“第3号”不能用作 <id>：请写阿拉伯数字，如 3（用法见下面）。\nError: The value '第3号' is invalid for '<id>'"))
    #expect(
      try errors(["followup", "第三组", "--year"]).hasPrefix(
        "选项 --year 后面缺少值：写成 --year <year>（用法见下面）。\nError: Missing value for '--year <year>'"))
    #expect(
      try errors(["show", "lingbi-xueji", "1", "配备"]).hasPrefix(
        "多出来的“配备”：这个命令用不到；是不是少写了选项名，或名称里有空格要加引号？（用法见下面）\nError: Unexpected argument '配备'"))
    #expect(
      try errors(["show", "lingbi-xueji", "1", "人员", "配备"]).hasPrefix(
        "多出来的“人员”“配备”：这个命令用不到；是不是少写了选项名，或名称里有空格要加引号？（用法见下面）\nError: 2 unexpected arguments: '人员', '配备'"
      ))
  }
}
