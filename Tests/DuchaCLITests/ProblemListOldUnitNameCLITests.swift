import Foundation
import Testing

/// A `_问题清单.json` written before unit names were normalised says `渔沟 小学`, the sessions
/// `渔沟小学`: read, its entries are the sessions' school; the file is rewritten only when a
/// command saves the list anyway.
@Suite struct ProblemListOldUnitNameCLITests {
  @Test func aSpacedUnitNameIsReadAsTheSessionsName() throws {
    let folder = try LeaderFolder("oldunit")
    defer { folder.remove() }
    try folder.buildProblemList()
    let built = try String(contentsOf: folder.listFile, encoding: .utf8)
    let old = built.replacingOccurrences(of: "\"渔沟小学\"", with: "\"渔沟 小学\"")
    #expect(old != built)
    try Data(old.utf8).write(to: folder.listFile)

    let shown = try folder.succeed(["problems", "show", "第三组", "--format", "csv"])
    #expect(!shown.contains("渔沟 小学"))
    #expect(shown.components(separatedBy: "渔沟小学").count - 1 == 10)
    #expect(try String(contentsOf: folder.listFile, encoding: .utf8) == old)

    _ = try folder.succeed(["problems", "edit", "第三组", "1", "--responsible", "王校长", "--by", "李辉"])
    #expect(
      try folder.entries().map { $0["unit"] as? String } == Array(repeating: "渔沟小学", count: 10))
  }
}
