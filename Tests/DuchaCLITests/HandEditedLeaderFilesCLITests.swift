import DuchaReport
import DuchaSession
import Foundation
import Testing

/// The leader's own files in the team's folder, damaged on their way or by hand: the problem
/// list cut short over WeChat, the merge decisions saved again as GBK in Notepad. The problem
/// list said only “已损坏，无法读取”; the decisions file made `summary` print Foundation's
/// `Error: DecodingError.dataCorrupted: … not valid JSON.`, `merge` show every earlier choice
/// as open again (and fail only when saving the first new one, after its reason was typed),
/// and `followup` take it as no decisions. Now each says file:line:column, what is wrong and
/// what to do, and stops before anything is asked or written. End to end with the binary.
@Suite("the leader's files damaged", .serialized)
struct HandEditedLeaderFilesCLITests {
  @Test("a problem list cut short is said where it ends")
  func problemListCutShort() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("leader-files-list")
    defer { laptop.remove() }
    let built = try laptop.run(["problems", "build", "第三组"])
    #expect(built.status == 0, "\(built.errors)")
    let path = laptop.url("第三组/_问题清单.json")
    let whole = try Data(contentsOf: path)
    // Cut after the 8th line, as a transfer that stopped there leaves it.
    let lines = whole.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let cut = Data(lines.prefix(8).joined(separator: [UInt8(ascii: "\n")]))
    try cut.write(to: path)
    let column = String(decoding: lines[7], as: UTF8.self).count + 1
    let message =
      "第三组/_问题清单.json:8:\(column)：文件不完整，在第 8 行就结束了，可能只收到了一部分。"
      + "问题清单读不了，文件没有改动；改好后重新运行（或换回一份完整的文件）。\n"
    for command in [["problems", "show", "第三组"], ["notice", "第三组"], ["summary", "第三组"]] {
      let run = try laptop.run(command)
      #expect(run.status == 1, "\(command)")
      #expect(run.errors == message, "\(command): \(run.errors)")
    }
    #expect(try Data(contentsOf: path) == cut)
  }

  @Test("merge decisions saved as GBK stop summary, merge and followup before anything else")
  func mergeDecisionsInGBK() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("leader-files-decisions")
    defer { laptop.remove() }
    let store = MergeDecisionStore(directory: laptop.url("第三组").path)
    try store.append(
      MergeDecision(
        unit: "渔沟小学", checklistID: "lingbi-xueji-2021", key: "answer:经费规定标准",
        chosenSessionID: "37b7f82f", reason: "王雷核对了文件", decidedBy: "张徽",
        time: "2021-10-28T09:00:00+08:00"))
    let built = try laptop.run(["problems", "build", "第三组"])
    #expect(built.status == 0, "\(built.errors)")
    let path = laptop.url("第三组/_合并决定.json")
    let text = try String(contentsOf: path, encoding: .utf8)
    let gbk = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
    try gbk.write(to: path)
    // Said at the first character that is not ASCII (张 of 张徽, the keys sorted).
    let lines = text.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { !$0.allSatisfy(\.isASCII) })
    #expect(lines[line].contains("张徽"))
    let place = "第三组/_合并决定.json:\(line + 1):\(lines[line].prefix(while: \.isASCII).count + 1)"
    let message =
      "\(place)：从这里起文件不是 UTF-8 编码（看来在记事本等软件里另存成了 ANSI/GBK）：请向发送者要原来的文件，或在记事本里“另存为”，编码选 UTF-8。"
      + "组长的合并决定读不了，文件没有改动；改好后重新运行（或换回一份完整的文件）。"

    let summary = try laptop.run(["summary", "第三组"])
    #expect(summary.status == 1)
    #expect(summary.output == "")
    #expect(summary.errors == message + "\n", "\(summary.errors)")

    let script = laptop.url("merge.txt")
    try CLI.writeScript(["1", "核对了票据"], to: script)
    let merge = try laptop.run(["merge", "第三组", "--by", "张徽", "--script", script.path])
    #expect(merge.status == 1)
    #expect((merge.output + merge.errors).contains("✗ " + message), "\(merge.output)")
    #expect(!(merge.output + merge.errors).contains("采用哪一个"), "\(merge.output)")

    let followup = try laptop.run([
      "followup", "第三组", "--unit", "渔沟小学", "--inspector", "李辉", "--script", script.path,
    ])
    #expect(followup.status == 1)
    #expect((followup.output + followup.errors).contains("✗ " + message), "\(followup.output)")
    #expect(!FileManager.default.fileExists(atPath: laptop.url("回头看").path))
    #expect(try Data(contentsOf: path) == gbk)
  }
}
