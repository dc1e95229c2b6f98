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

  /// 贵州 2.2 asks “学生宿舍建筑面积是否达到标准？”: the inspector answered `没达到`, as one says
  /// it aloud, and was told only “请回答“是”或“否””. The question's own words after 是否 now
  /// answer it, negated by 没/没有/未/不.
  static let dormitory: Input = {
    var input = NumberSpellingTests.input(.yesNo)
    input.prompt = "学生宿舍建筑面积是否达到标准？（无寄宿生的学校直接得分，这里答“是”即可）"
    return input
  }()

  @Test(arguments: [
    ("达到", true), ("达到了", true), ("达到标准", true), ("达到标准了", true),
    ("没达到", false), ("没有达到", false), ("未达到", false), ("没达到标准", false),
    ("不达到", false),
  ])
  func theQuestionsOwnWords(_ typed: String, _ expected: Bool) {
    #expect(AnswerParser.parse(typed, for: Self.dormitory) == .value(.bool(expected)), "\(typed)")
  }

  /// Words that are not the question's own stay refused: one character, other words, words
  /// from after the question mark, and a question without 是否.
  @Test func otherWordsAreStillRefused() {
    let refusal = AnswerParser.Outcome.invalid(
      Localized("请回答“是”或“否”。", en: "answer 是 (yes) or 否 (no)."))
    for typed in ["达", "达标", "没标准", "寄宿生", "没有寄宿生", "直接得分"] {
      #expect(AnswerParser.parse(typed, for: Self.dormitory) == refusal, "\(typed)")
    }
    #expect(AnswerParser.parse("达到", for: Self.yesNo) == refusal)
    // 是不是 asks the same way: “本单位是不是不足50人的教学点？”.
    var teachingPoint = NumberSpellingTests.input(.yesNo)
    teachingPoint.prompt = "本单位是不是不足50人的教学点？"
    #expect(AnswerParser.parse("不足50人", for: teachingPoint) == .value(.bool(true)))
  }
}
