import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// 江苏 1.1's observation points are graded 达到A级要求 / 存在不足 / 存在C级问题, and the inspector
/// types the level the form names: `A`, `C级`. That was refused with “请输入选项的序号（1–3）或
/// 名称” and no hint; the one option containing it is now offered (not taken).
@Suite struct OptionPartTests {
  static let levels = NumberSpellingTests.input(
    .choice([
      ChoiceOption(label: "达到A级要求", score: nil), ChoiceOption(label: "存在不足", score: nil),
      ChoiceOption(label: "存在C级问题", score: nil),
    ]))

  @Test(arguments: [("A", 0), ("a", 0), ("C级", 2), ("不足", 1)])
  func aPartOfOneOptionIsOffered(_ typed: String, _ option: Int) {
    let labels = ["达到A级要求", "存在不足", "存在C级问题"]
    #expect(
      AnswerParser.parse(typed, for: Self.levels)
        == .invalid(
          Localized(
            "“\(typed)”不是选项。是不是第 \(option + 1) 项“\(labels[option])”？请输入序号（1–3）或完整的名称。",
            en:
              "'\(typed)' is not an option. Did you mean option \(option + 1), '\(labels[option])'? Type the number (1–3) or the whole name."
          )), "\(typed)")
  }

  /// A part of two options (存在) is no hint.
  @Test func aPartOfTwoOptionsIsJustRefused() {
    #expect(
      AnswerParser.parse("存在", for: Self.levels)
        == .invalid(
          Localized("请输入选项的序号（1–3）或名称。", en: "type an option's number (1–3) or its name.")))
  }
}
