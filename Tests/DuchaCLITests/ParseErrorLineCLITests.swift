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
}
