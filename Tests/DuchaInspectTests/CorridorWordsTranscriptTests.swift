import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// The words an inspector types in a school corridor without looking at the help: 返回 and
/// 上一题 for 上一项, 下一个 for 下一项, 撤消 (the older spelling) for 撤销, and 跳过 on an item
/// already scored, which keeps its score and says so instead of claiming it is pending.
@Suite struct CorridorWordsTranscriptTests {
  typealias T = TranscriptTests

  @Test func corridorWords() throws {
    let input = try String(
      contentsOf: T.transcripts.appendingPathComponent("corridor-words.input"), encoding: .utf8)
    let (output, store) = try T.run(input: input, options: T.lingbiOptions)
    try T.compare(output, with: "corridor-words.expected")
    #expect(
      output.contains("1 已经评了分（9 分），跳过不会清掉分数；要重新录入用“改”，撤回刚才的回答用“撤销”。"))
    #expect(!output.contains("不认识的命令"))
    #expect(!output.contains("请回答“是”或“否”"))
    let session = try #require(store.list().sessions.first?.session)
    // 1 keeps its score and is not on the pending list; 2.1's 是 was taken back by 撤消.
    #expect(session.skipped.isEmpty)
    #expect(session.answers.values["人员配备扣分"]?.value == .number(1))
    #expect(session.answers.values["专用电脑能上网"] == nil)
    #expect(session.cursor == "1")
  }

  /// 结束 (and `done` in English) is what an inspector types to end the visit: it was refused
  /// as an unknown command; it is 完成.
  @Test func endingWordsFinish() throws {
    #expect(Command.parse("结束")?.0 == .finish)
    #expect(Command.parse("done")?.0 == .finish)
    let (output, store) = try T.run(input: "1\n学籍管理员兼职\n结束\n是\n", options: T.lingbiOptions)
    #expect(!output.contains("不认识的命令"))
    #expect(try #require(store.list().sessions.first?.session).status == .complete)
  }

  /// The next item's answer typed at the command prompt, one Enter too early: it is not taken
  /// for anything, the message says to press Enter first, and the answer then goes in.
  @Test func answerTypedBeforeEnter() throws {
    let (output, store) = try T.run(input: "1\n兼职\n是\n\n是\n退出\n", options: T.lingbiOptions)
    #expect(
      output.contains(
        """
        [1] 命令（回车=下一项，帮助）> 是
        ✗ 不认识的命令“是”。这里输入命令；要回答下一项“2.1 ①专用电脑”，先按回车。输入“帮助”查看全部命令。
        [1] 命令（回车=下一项，帮助）> \n
        """))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["专用电脑能上网"]?.value == .bool(true))
  }

  /// 退出 typed at a question asked before the session exists leaves, as it does at the
  /// checklist question: it used to be offered as a group name (or refused as a date), and
  /// only Ctrl-D got the inspector out.
  @Test func quitBeforeTheSessionExists() throws {
    var noGroup = T.lingbiOptions
    noGroup.group = nil
    let atGroup = try T.run(input: "退出\n", options: noGroup)
    #expect(atGroup.output == "组别（回车=不填）> 退出\n已取消，没有建立检查记录。\n")
    #expect(try atGroup.store.list().sessions.isEmpty)

    var noDate = T.lingbiOptions
    noDate.date = nil
    let atDate = try T.run(input: "退出\n", options: noDate)
    #expect(atDate.output == "检查日期（回车=2021-10-27）> 退出\n已取消，没有建立检查记录。\n")
    #expect(try atDate.store.list().sessions.isEmpty)
  }

  /// `今天` typed at the date question was told only to write 年-月-日; Enter is today's date.
  @Test func todayTypedAtTheDateQuestion() throws {
    var noDate = T.lingbiOptions
    noDate.date = nil
    let run = try T.run(input: "今天\n\n退出\n", options: noDate)
    #expect(
      run.output.hasPrefix(
        """
        检查日期（回车=2021-10-27）> 今天
        ✗ “今天”：回车即取提示里的日期；别的日子请按 年-月-日 输入，如 2021-10-26。
        检查日期（回车=2021-10-27）> 

        """))
    #expect(try run.store.list().sessions.first?.session.date == "2021-10-27")
  }
}
