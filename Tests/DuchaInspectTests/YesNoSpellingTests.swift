import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// 是否 questions answered as inspectors type them: the paper form is ticked √ or ×, and people
/// answer 对/错, 是的, 不是, often with the sentence's full stop.
@Suite struct YesNoSpellingTests {
  typealias T = TranscriptTests

  /// 灵璧 4.1: “对的” is 是 for 成立组织; “错。” is 否 for 制度上墙, which costs 1.5 of 3.
  @Test func duiAndCuoAnswerAYesNoQuestion() throws {
    let walk = try T.run(input: "到 4.1\n对的\n错。\n退出\n", options: T.lingbiOptions)
    #expect(!walk.output.contains("请回答“是”或“否”"))
    #expect(walk.output.contains("得分 1.5 / 3"))
    #expect(walk.output.contains("制度未上墙"))
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(session.answers.values["成立组织"]?.value == .bool(true))
    #expect(session.answers.values["制度上墙"]?.value == .bool(false))
  }

  static let yesNo = NumberSpellingTests.input(.yesNo)

  @Test(arguments: [
    "是", "是的", "对", "对的", "有", "有的", "√", "✓", "✔", "Y", "ｙｅｓ", "是。", "1",
    // Cut short after the comma of a sentence begun: 是的，…
    "是的，", "对，", "有、",
  ])
  func yes(_ typed: String) {
    #expect(AnswerParser.parse(typed, for: Self.yesNo) == .value(.bool(true)), "\(typed)")
  }

  @Test(arguments: [
    "否", "不是", "错", "不对", "没有", "没", "无", "×", "✗", "N", "不。", "0", "没有，",
  ])
  func no(_ typed: String) {
    #expect(AnswerParser.parse(typed, for: Self.yesNo) == .value(.bool(false)), "\(typed)")
  }

  /// Still refused, and asked again: a number, a sentence.
  @Test(arguments: ["2", "是否", "好像是", "对错", "是？"])
  func refused(_ typed: String) {
    #expect(
      AnswerParser.parse(typed, for: Self.yesNo)
        == .invalid(Localized("请回答“是”或“否”。", en: "answer 是 (yes) or 否 (no).")), "\(typed)")
  }
}
