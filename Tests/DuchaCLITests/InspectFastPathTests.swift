import ArgumentParser
import Foundation
import Testing

@testable import ducha

/// `InspectFastPath` reads a plain `ducha inspect` line without ArgumentParser; what it reads
/// must be exactly what ArgumentParser parses, and every line it does not read (help, errors,
/// other commands, unusual spellings) must be left to ArgumentParser, so no output changes.
@Suite struct InspectFastPathTests {
  /// Every value of the command, in order.
  static func fields(_ command: InspectCommand) -> [String] {
    [
      "\(command.options.lang as Any)", "\(command.options.checklists as Any)",
      "\(command.sessionOptions.sessions as Any)", "\(command.sessionOptions.script as Any)",
      "\(command.sessionOptions.ledger as Any)", "\(command.sessionOptions.strict)",
      "\(command.checklist as Any)", "\(command.unit as Any)", "\(command.stage)",
      "\(command.group as Any)", "\(command.inspector)", "\(command.date as Any)",
      "\(command.year as Any)", "\(command.lastYear)",
    ]
  }

  /// Lines the fast path reads: the benchmark's, the REPL's usual starts, every option.
  static let plain: [[String]] = [
    [],
    ["inspect"],
    ["inspect", "--checklists", "Checklists", "--sessions", "/tmp/ready", "--script", "a.input"],
    [
      "inspect", "--checklists", "Checklists", "--checklist", "lingbi-xueji", "--unit", "渔沟小学",
      "--stage", "小学", "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27",
      "--sessions", "/tmp/walk", "--script", "answers.input",
    ],
    [
      "inspect", "--lang", "en", "--ledger", "Ledger/l.sqlite", "--stage", "小学", "--stage", "初中",
      "--inspector", "李辉", "--inspector", "王雷", "--year", "2021", "--last-year", "去年",
      "--last-year", "前年", "--script", "s.input", "--strict",
    ],
    ["--checklists", "Checklists", "--unit", "凌源一中"],
    ["--lang", "zh"],
    ["inspect", "--unit", "inspect", "--group", "resume", "--year", "+2021"],
    ["inspect", "--unit", "有 空格 的 名字", "--date", "2021/10/27"],
  ]

  /// Lines left to ArgumentParser: help, version, errors, other commands, other spellings.
  static let others: [[String]] = [
    ["--help"], ["-h"], ["inspect", "--help"], ["inspect", "-h"], ["help"], ["help", "inspect"],
    ["--version"], ["inspect", "--version"], ["validate", "Checklists/lingbi-xueji.ducha"],
    ["resume"], ["summary", "--unit", "x"], ["inspect", "inspect"],
    ["inspect", "--unit"], ["inspect", "--unit", "--group", "三组"], ["inspect", "--unit", ""],
    ["inspect", "--unit=渔沟小学"], ["inspect", "--unit", "甲", "--unit", "乙"],
    ["inspect", "--strict"], ["inspect", "--strict", "--script", "s", "--strict"],
    ["inspect", "--stage", "大学"], ["inspect", "--year", "二〇二一"], ["inspect", "--year", "-1"],
    // A short year: ArgumentParser's validate refuses it with what to type (exit 64).
    ["inspect", "--year", "21"],
    ["inspect", "--sessions", " "], ["inspect", "--unknown", "x"], ["inspect", "-u", "x"],
    ["inspect", "--", "--unit"], ["inspect", "--unit", "-甲"], ["inspect", "--unit", "-"],
    ["--generate-completion-script", "bash"], ["---completion", "--", "inspect"],
    ["inspect", "--generate-completion-script", "bash"], ["--experimental-dump-help"],
    ["inspect", "--Unit", "x"], ["inspect", "--checklists"],
    // Not a date: ArgumentParser's validate refuses it with the reason (exit 64).
    ["inspect", "--unit", "有 空格 的 名字", "--date", "昨天"], ["inspect", "--date", "2021-02-30"],
  ]

  @Test("a plain inspect line is read exactly as ArgumentParser reads it", arguments: plain)
  func plainLine(arguments: [String]) throws {
    let fast = try #require(InspectFastPath.command(arguments), "\(arguments)")
    let parsed = try #require(try Ducha.parseAsRoot(arguments) as? InspectCommand)
    #expect(Self.fields(fast) == Self.fields(parsed))
  }

  @Test(
    "a --sessions name is refused exactly when trimming white space leaves nothing of it",
    arguments: [
      " ", "\t", "\u{3000}", " \u{3000}\t", "\u{00A0}", "\u{2003}", "\u{202F}", "\n", "\u{200B}",
      "\u{1680}", "\u{200A}", "\u{205F}", "\u{200C}", "\u{FEFF}", "\u{180E}", "\u{85}", "\u{2028}",
      "组", " 组 ", "\u{3000}第三组", "a\u{301}", " \u{301}",
    ])
  func blankSessionsFolder(name: String) {
    var options = SessionOptions()
    options.sessions = name
    let refused = (try? options.validate()) == nil
    #expect(
      refused == name.trimmingCharacters(in: .whitespaces).isEmpty,
      "\(name.unicodeScalars.map(\.value))")
  }

  @Test("every other line is left to ArgumentParser", arguments: others)
  func otherLine(arguments: [String]) {
    #expect(InspectFastPath.command(arguments) == nil, "\(arguments)")
  }
}
