import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// 南昌 2 has four options (符合, 80%符合, 基本符合, 不符合). `8` — no option's number — was
/// taken as 80%符合, the option whose name begins with 8, and the item scored 8 of 10 with
/// nothing said. A number past the list is now refused, naming the numbers there are.
@Suite struct OptionNumberPastListTests {
  static let grades = NumberSpellingTests.input(
    .choice([
      ChoiceOption(label: "符合", score: 1), ChoiceOption(label: "80%符合", score: 0.8),
      ChoiceOption(label: "基本符合", score: 0.6), ChoiceOption(label: "不符合", score: nil),
    ]))

  @Test(arguments: ["8", "80", "０"])
  func aNumberPastTheListIsRefused(_ typed: String) {
    let number = AnswerParser.normalize(typed)
    #expect(
      AnswerParser.parse(typed, for: Self.grades)
        == .invalid(
          Localized(
            "没有第 \(number) 项：请输入选项的序号（1–4）或名称。",
            en: "there is no option \(number): type an option's number (1–4) or its name.")),
      "\(typed)")
  }

  @Test func theOptionsNamesAndNumbersStillWork() {
    #expect(AnswerParser.parse("2", for: Self.grades) == .value(.choice("80%符合")))
    #expect(AnswerParser.parse("80%符合", for: Self.grades) == .value(.choice("80%符合")))
    #expect(AnswerParser.parse("80%", for: Self.grades) == .value(.choice("80%符合")))
  }
}
