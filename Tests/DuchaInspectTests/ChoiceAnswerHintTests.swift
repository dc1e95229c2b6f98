import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// A 档内评分 form asks the band first (执行好（8—10分）) and the score next. An inspector who
/// typed the score `9` at the band was told “没有第 9 项” with no word of the band; one who wrote
/// the sentence of the form (`制度比较完善，执行一般`) was told only to type a number or name.
/// Both now name the option meant, and neither is taken as the answer.
@Suite struct ChoiceAnswerHintTests {
  static let bands = NumberSpellingTests.input(
    .choice([
      ChoiceOption(label: "执行好", score: nil, band: 8...10),
      ChoiceOption(label: "一般", score: nil, band: 4...7),
      ChoiceOption(label: "较差", score: nil, band: 1...3),
    ]))
  static let graded = NumberSpellingTests.input(
    .choice([
      ChoiceOption(label: "有资料且知晓度较高", score: 5), ChoiceOption(label: "仅有资料", score: 2),
      ChoiceOption(label: "没有", score: 0),
    ]))

  @Test(arguments: [
    ("9", "9", 1, "执行好", "8—10"), ("8.5", "8.5", 1, "执行好", "8—10"), ("5分", "5", 2, "一般", "4—7"),
  ])
  func aScoreAtTheBandQuestionNamesItsBand(
    _ typed: String, _ score: String, _ option: Int, _ label: String, _ range: String
  ) {
    #expect(
      AnswerParser.parse(typed, for: Self.bands)
        == .invalid(
          Localized(
            "这里先选档，下一问再在档内给分：\(score) 分在第 \(option) 项“\(label)”（\(range)分）之内，是这一档就输入 \(option)。",
            en:
              "choose the band first; the score is asked next: \(score) points is in option \(option), '\(label)' (\(range)); type \(option) if that is the band."
          )))
  }

  /// `2` is still option 2, though 2 points is in 较差's band; a score past every band is refused
  /// as before.
  @Test func optionNumbersWinAndScoresOutsideEveryBandAreJustRefused() {
    #expect(AnswerParser.parse("2", for: Self.bands) == .value(.choice("一般")))
    #expect(
      AnswerParser.parse("12", for: Self.bands)
        == .invalid(
          Localized(
            "没有第 12 项：请输入选项的序号（1–3）或名称。",
            en: "there is no option 12: type an option's number (1–3) or its name.")))
  }

  @Test func anOptionsOwnScoreNamesTheOption() {
    #expect(
      AnswerParser.parse("5", for: Self.graded)
        == .invalid(
          Localized(
            "选项要输入序号或名称：5 分是第 1 项“有资料且知晓度较高”的分，是它就输入 1。",
            en:
              "type an option's number or name: 5 points is option 1, '有资料且知晓度较高'; type 1 if that is it."
          )))
  }

  @Test func aSentenceHoldingOneOptionOffersIt() {
    #expect(
      AnswerParser.parse("制度比较完善，执行一般", for: Self.bands)
        == .invalid(
          Localized(
            "“制度比较完善,执行一般”不是选项。是不是第 2 项“一般”？请输入序号（1–3）或完整的名称。",
            en:
              "'制度比较完善,执行一般' is not an option. Did you mean option 2, '一般'? Type the number (1–3) or the whole name."
          )))
    // Two options in one sentence offer neither.
    #expect(
      AnswerParser.parse("有的执行好，有的一般", for: Self.bands)
        == .invalid(
          Localized("请输入选项的序号（1–3）或名称。", en: "type an option's number (1–3) or its name.")))
  }
}
