import ArgumentParser
import Testing

@testable import ducha

/// `ValidateFastPath` reads a plain `ducha validate FILE…` line without ArgumentParser; what it
/// reads must be exactly what ArgumentParser parses, and every other line must be left to
/// ArgumentParser, so no help text or error changes.
@Suite struct ValidateFastPathTests {
  /// Lines the fast path reads: the benchmark's, CI's, a folder, names with spaces and Chinese.
  static let plain: [[String]] = [
    ["validate", "Checklists/lingbi-xueji.ducha"],
    ["validate", "Checklists/lingbi-xueji.ducha", "Checklists/lingyuan-kongchuo.ducha"],
    ["validate", "Checklists"],
    ["validate", "我的 清单/灵璧.ducha", "第三组.plan"],
    ["validate", "validate"],
  ]

  /// Lines left to ArgumentParser: options, help, no file, other commands.
  static let others: [[String]] = [
    ["validate"], ["validate", "--help"], ["validate", "-h"], ["help", "validate"],
    ["validate", "--lang", "en", "a.ducha"], ["validate", "a.ducha", "--lang", "en"],
    ["validate", "--checklists", "C", "a.ducha"], ["validate", "--", "-a.ducha"],
    ["validate", ""], ["validate", "-"], ["validate", "help"], ["validate", "--version"],
    ["test", "a.ducha"], ["summary", "S"], ["Validate", "a.ducha"], [],
  ]

  @Test("a plain validate line is read exactly as ArgumentParser reads it", arguments: plain)
  func plainLine(arguments: [String]) throws {
    let fast = try #require(ValidateFastPath.command(arguments), "\(arguments)")
    let parsed = try #require(try Ducha.parseAsRoot(arguments) as? ValidateCommand)
    #expect(fast.files == parsed.files)
    #expect(fast.options.lang == parsed.options.lang)
    #expect(fast.options.checklists == parsed.options.checklists)
  }

  @Test("every other line is left to ArgumentParser", arguments: others)
  func otherLine(arguments: [String]) {
    #expect(ValidateFastPath.command(arguments) == nil, "\(arguments)")
  }
}
