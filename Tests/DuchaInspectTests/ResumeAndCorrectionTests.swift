import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// Leaving, resuming, reopening a completed session, and the English interface.
@Suite struct ResumeAndCorrectionTests {
  typealias T = TranscriptTests

  static func temporaryStore() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-resume-\(UUID().uuidString.filter(\.isLetter))"
    ).path
  }

  @Test func leaveThenResumeContinuesAtTheSameItemWithEveryAnswer() throws {
    let directory = Self.temporaryStore()
    // Item 1: 0 deducted (no reason needed); 2.1: 是; then the input ends (the inspector left).
    let first = try T.run(input: "0\n\n是\n", options: T.lingbiOptions, sessions: directory)
    #expect(
      first.output.contains(
        "已保存：<Sessions>/2021-10-27_渔沟小学_lingbi-xueji-2021_t0001.json。用 ducha resume <Sessions>/ 继续。"
      ))
    // Resume with no id: the only unfinished session, at item 2.1, both answers kept.
    let second = try T.run(input: "列表\n退出\n", resume: "", sessions: directory)
    #expect(second.output.contains("继续：渔沟小学 · 灵璧县学籍管理工作专项核查记录表，已评 2/19 项，从 2.1 继续。"))
    #expect(second.output.contains("── 一 学籍管理工作专项核查 › 2 设施设备 › 2.1 ①专用电脑（4分）"))
    #expect(second.output.contains("▶ 2.1  ①专用电脑                  已评     4"))
    #expect(second.output.contains("  1    人员配备                   已评    10"))
  }

  @Test func resumeIsOfferedWhenStartingAndReachableByTyping继续() throws {
    let directory = Self.temporaryStore()
    _ = try T.run(input: "0\n", options: T.lingbiOptions, sessions: directory)
    let again = try T.run(input: "继续\n退出\n", options: InspectOptions(), sessions: directory)
    #expect(again.output.contains("有 1 个未完成的检查；输入“继续”接着做，或选择清单开始新的检查。"))
    #expect(again.output.contains("继续：渔沟小学"))
  }

  @Test func reopeningACompletedSessionRecordsCorrectionsWithReasons() throws {
    let directory = Self.temporaryStore()
    // Answer 1 and 2.1, finish despite pending items.
    _ = try T.run(input: "0\n\n是\n完成\n是\n", options: T.lingbiOptions, sessions: directory)
    let store = SessionStore(directory: directory)
    #expect(store.list().sessions.first?.session.status == .complete)
    // Reopen it: revise 2.1 from 是 to 否, which needs a reason, then leave.
    let reopened = try T.run(
      input: "改 2.1\n否\n复查发现电脑不能上网\n退出\n", resume: "t0001", sessions: directory)
    #expect(reopened.output.contains("这次检查已经完成。现在的修改都会作为更正记录下来，每处都要写理由。"))
    #expect(reopened.output.contains("  更正已完成的检查，理由（必填）> 复查发现电脑不能上网"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.status == .complete)
    #expect(session.corrections.count == 1)
    #expect(session.corrections.first?.target == "专用电脑能上网")
    #expect(session.corrections.first?.before == "是")
    #expect(session.corrections.first?.after == "否")
    #expect(session.corrections.first?.reason == "复查发现电脑不能上网")
    #expect(session.answers.values["专用电脑能上网"]?.value == .bool(false))
  }

  @Test func badInputGetsOneLineAndTheSameQuestionAgain() throws {
    // A word for a score, Chinese numerals out of range, an out-of-range discretionary score,
    // an unknown command, an unknown item.
    let run = try T.run(
      input: "几分\n十一\n11\n0\n飞\n到 99\n退出\n", options: T.lingbiOptions,
      sessions: Self.temporaryStore())
    // A score's examples are scores, not 15,000 or 1.5万 as for an amount of money.
    #expect(run.output.contains("✗ 请输入分数，如 10、5。"))
    #expect(run.output.contains("✗ “十一”即 11，应在 0 到 10 之间。"))
    #expect(run.output.contains("✗ 应在 0 到 10 之间。"))
    #expect(
      run.output.contains(
        "✗ 不认识的命令“飞”。这里输入命令；要回答下一项“2.1 ①专用电脑”，先按回车。输入“帮助”查看全部命令。"))
    #expect(run.output.contains("✗ 没有编号“99”。输入“列表”查看全部编号。"))
    let question = "  对照要求，人员配备应扣几分？（全部达到填0）（酌情，0–10分）> "
    #expect(
      run.output.components(separatedBy: question).count - 1 == 4,
      "the same question, asked again after each mistake")
  }

  @Test func aNumberSpelledInWordsIsShownAsRead() throws {
    // 零 for the first score is read as 0 and shown so; plain digits are not echoed.
    let words = try T.run(
      input: "零\n退出\n", options: T.lingbiOptions, sessions: Self.temporaryStore())
    #expect(words.output.contains("（酌情，0–10分）> 零\n  （记为 0）\n"), "\(words.output)")
    let digits = try T.run(
      input: "0\n退出\n", options: T.lingbiOptions, sessions: Self.temporaryStore())
    #expect(!digits.output.contains("记为"), "\(digits.output)")
  }

  @Test func helpInEnglishOnRequest() throws {
    let directory = Self.temporaryStore()
    let checklists = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
      .loadAll()
      .compactMap(\.checklist)
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data("help\nquit\n".utf8))
    try pipe.fileHandleForWriting.close()
    var lines: [String] = []
    let console = Console(
      reader: PlainLineReader(fileHandle: pipe.fileHandleForReading), write: { lines.append($0) },
      echo: true,
      language: .english, style: .init(enabled: false))
    let repl = InspectionREPL(
      console: console,
      environment: REPLEnvironment(
        checklists: checklists, store: SessionStore(directory: directory), makeID: { "en01" }))
    _ = repl.runNew(T.lingbiOptions)
    let output = lines.joined(separator: "\n")
    #expect(output.contains("session created: "))
    #expect(output.contains("skip: leave this item pending and move on"))
    #expect(
      output.contains(
        "While answering: Enter accepts the default; Ctrl-D backs out of the question"))
    // The item card and the question's hint in English punctuation: “requirement：” and
    // “（discretionary，0–10 pts）” were Chinese-punctuated in the English walk.
    #expect(output.contains("\nrequirement: "), "\(output)")
    #expect(!output.contains("："), "\(output)")
    #expect(output.contains(" (discretionary, 0–10 pts)> "), "\(output)")
  }
}
