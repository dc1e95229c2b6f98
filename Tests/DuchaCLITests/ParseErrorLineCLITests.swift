import Foundation
import Testing

/// A clerk leaves out `--class` on 复学销号, or gives `cases register` an option it does not
/// have: a Chinese line says what is wrong, then the usage in Chinese (ArgumentParser's English
/// message and usage with `--lang en`).
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
        "缺少必填的选项 --class：请在命令里加上 --class <class>（用法见下面）。\n说明：--class <class>  年级班级\n用法：ducha cases close "
      ))
    let register = try runDucha(
      ["cases", "register", "报告书", "-o", "报告.html", "--today", "2022-09-20", "--lang", "zh"],
      in: folder, workingDirectory: folder)
    #expect(register.status == 64)
    #expect(
      register.errors.hasPrefix(
        "这个命令没有 --today 选项：请按下面的用法改，或加 --help 看全部选项。\n是不是 --token？\n用法：ducha cases register [<options>] <kind> --output <output>\n  全部选项：ducha cases register --help\n"
      ))
    #expect(!register.errors.contains("Error") && !register.errors.contains("Usage"))
    let english = try runDucha(
      ["cases", "close", "1", "--school", "渔沟小学", "--by", "李辉", "--lang", "en"], in: folder,
      workingDirectory: folder)
    #expect(english.errors.hasPrefix("Missing expected argument '--class <class>'\n"))
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
        "“第3号”不能用作 <id>：请写阿拉伯数字，如 3（用法见下面）。\n说明：<id>  案例编号\n用法：ducha cases show "))
    #expect(
      try errors(["followup", "第三组", "--year"]).hasPrefix(
        "选项 --year 后面缺少值：写成 --year <year>（用法见下面）。\n说明：--year <year>  考核年度\n用法：ducha followup "))
    #expect(
      try errors(["show", "lingbi-xueji", "1", "配备"]).hasPrefix(
        "多出来的“配备”：这个命令用不到；是不是少写了选项名，或名称里有空格要加引号？（用法见下面）\n用法：ducha show "))
    #expect(
      try errors(["show", "lingbi-xueji", "1", "人员", "配备"]).hasPrefix(
        "多出来的“人员”“配备”：这个命令用不到；是不是少写了选项名，或名称里有空格要加引号？（用法见下面）\n用法：ducha show "
      ))
  }

  /// A clerk types the case number as it is said (`一`) or as a register writes it (`第1号`):
  /// the whole answer is Chinese, the usage included; `--lang en` gives ArgumentParser's own.
  @Test func aCaseNumberInWordsIsAnsweredWhollyInChinese() throws {
    let folder = try CLI.temporaryDirectory("parse-error-chinese")
    defer { try? FileManager.default.removeItem(at: folder) }
    let usage =
      "用法：ducha cases show [--ledger <ledger>] [--reveal] [--server <server>] [--token <token>] <id> [--today <today>] [--lang <lang>] [--checklists <checklists>]\n"
      + "  全部选项：ducha cases show --help\n"
    for typed in ["一", "第1号"] {
      let run = try runDucha(
        ["cases", "show", typed], in: folder, workingDirectory: folder,
        environment: ["LANG": "zh_CN.UTF-8", "PATH": "/usr/bin:/bin"])
      #expect(run.status == 64)
      #expect(run.output == "")
      #expect(
        run.errors == "“\(typed)”不能用作 <id>：请写阿拉伯数字，如 3（用法见下面）。\n说明：<id>  案例编号\n" + usage)
    }
    let update = try runDucha(
      ["cases", "update", "一", "--visit", "--by", "李辉", "--lang", "zh"], in: folder,
      workingDirectory: folder)
    #expect(
      update.errors
        == "“一”不能用作 <id>：请写阿拉伯数字，如 3（用法见下面）。\n说明：<id>  案例编号\n用法：ducha cases update [<options>] --by <by> <id>\n  全部选项：ducha cases update --help\n"
    )
    let english = try runDucha(
      ["cases", "show", "一", "--lang", "en"], in: folder, workingDirectory: folder)
    #expect(english.status == 64)
    #expect(
      english.errors.hasPrefix(
        "The value '一' is invalid for '<id>'\nHelp:  <id>  案例编号 / case number\nUsage: ducha cases show "
      ))
  }
}
