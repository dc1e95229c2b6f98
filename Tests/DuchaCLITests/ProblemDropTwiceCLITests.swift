import Foundation
import Testing

/// A leader runs `problems drop` again for an entry already dropped (the command recalled from
/// the shell history): the list is left as it was, with one amendment, and the message says
/// when the entry was dropped and how to bring it back.
@Suite struct ProblemDropTwiceCLITests {
  @Test func aSecondDropChangesNothingAndSaysHowToRestore() throws {
    let folder = try LeaderFolder("droptwice")
    defer { folder.remove() }
    try folder.buildProblemList()
    _ = try folder.succeed([
      "problems", "drop", "第三组", "3", "--reason", "与第 2 条重复", "--by", "李辉",
    ])
    let afterFirst = try Data(contentsOf: folder.listFile)
    let drops = try folder.history().filter { $0["action"] as? String == "删除 3" }
    #expect(drops.count == 1)
    let stored = try #require(drops.first?["time"] as? String)
    // Stored `2026-12-05T21:11:01+08:00`, said as a leader reads it: `2026年12月5日 21:11`.
    let fields = stored.split(whereSeparator: { "-T:".contains($0) })
    try #require(fields.count >= 5)
    let month = try #require(Int(fields[1]))
    let day = try #require(Int(fields[2]))
    let time = "\(fields[0])年\(month)月\(day)日 \(fields[3]):\(fields[4])"

    let again = try folder.run([
      "problems", "drop", "第三组", "3", "--reason", "与第 2 条重复", "--by", "王芳",
    ])
    #expect(again.status == 1)
    #expect(again.output == "")
    #expect(
      again.errors
        == "第 3 条已经删除过了（李辉于\(time)删除，理由：与第 2 条重复），这次没有改动问题清单。要恢复这一条，用 ducha problems edit 文件夹 3 --status 未整改 --by 姓名。\n"
    )
    #expect(try Data(contentsOf: folder.listFile) == afterFirst)

    // The way back the message gives works, and the entry can then be dropped again.
    _ = try folder.succeed([
      "problems", "edit", "第三组", "3", "--status", "未整改", "--by", "李辉",
    ])
    #expect(try folder.entries().first { $0["number"] as? Int == 3 }?["status"] as? String == "未整改")
    _ = try folder.succeed([
      "problems", "drop", "第三组", "3", "--reason", "已当场整改", "--by", "李辉",
    ])
    #expect(try folder.entries().first { $0["number"] as? Int == 3 }?["status"] as? String == "已删除")
  }
}

extension LeaderFolder {
  /// The list's change history as JSON objects.
  func history() throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: listFile))
    return try #require((object as? [String: Any])?["history"] as? [[String: Any]])
  }
}
