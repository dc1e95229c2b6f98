import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// An option chosen by its number said aloud: voice input and habit write 二, 第二, 第2档, as
/// for every other number (十二, 1.5万). `２` was taken and `二` refused with “请输入选项的序号”.
@Suite struct SpokenOptionNumberTests {
  typealias T = TranscriptTests

  /// 灵璧 9 (宣传, three grades) answered 二: 仅有资料, 2 of 5; 2.2 (器材) answered 一: 激光打印机
  /// only, so 数码相机 is missing and costs 2 of 4.
  @Test func gradeAndEquipmentByTheirSpokenNumbers() throws {
    let walk = try T.run(input: "到 9\n二\n到 2.2\n一\n退出\n", options: T.lingbiOptions)
    #expect(!walk.output.contains("请输入选项的序号"), "\(walk.output)")
    #expect(!walk.output.contains("不在名单里"), "\(walk.output)")
    #expect(walk.output.contains("宣传情况属于哪一档？（序号或名称）> 二\n得分 2 / 5\n  = 政策宣传：仅有资料，得 2 分\n"))
    #expect(walk.output.contains("全部/无）> 一\n得分 2 / 4\n  − 2  缺 1 项（数码相机）× 2 分 = 2 分\n"))
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(session.answers.values["政策宣传"]?.value == .choice("仅有资料"))
    #expect(session.answers.values["已配器材"]?.value == .multiple(["激光打印机"]))
  }

  static let grade = NumberSpellingTests.input(
    .choice([
      ChoiceOption(label: "好", score: 5), ChoiceOption(label: "一般", score: 3),
      ChoiceOption(label: "差", score: 0),
    ]))

  @Test(arguments: [
    ("二", "一般"), ("两", "一般"), ("第二", "一般"), ("第2档", "一般"), ("三个", "差"), ("第一", "好"),
  ])
  func spoken(_ typed: String, _ label: String) {
    #expect(AnswerParser.parse(typed, for: Self.grade) == .value(.choice(label)), "\(typed)")
  }

  /// A number past the list is refused, as it was.
  @Test(arguments: ["四", "第零", "二点五", "十万"])
  func refused(_ typed: String) {
    #expect(
      AnswerParser.parse(typed, for: Self.grade)
        == .invalid(
          Localized("请输入选项的序号（1–3）或名称。", en: "type an option's number (1–3) or its name.")),
      "\(typed)")
  }
}

extension SpokenOptionNumberTests {
  /// `一` is option 1 (好) said aloud and the start of 一般 (option 2): it used to be taken as
  /// 一般 without a word. Neither is guessed; the inspector is asked for the number or the name.
  @Test func aNumberThatStartsAnotherOptionIsAskedAgain() {
    #expect(
      AnswerParser.parse("一", for: Self.grade)
        == .invalid(
          Localized(
            "“一”可以是第 1 项“好”，也可以是“一般”：请输入序号（1–3）或完整的名称。",
            en: "'一' could be option 1 (好) or '一般': type the number (1–3) or the whole name.")))
    #expect(AnswerParser.parse("1", for: Self.grade) == .value(.choice("好")))
    #expect(AnswerParser.parse("一般", for: Self.grade) == .value(.choice("一般")))
  }
}

extension SpokenOptionNumberTests {
  /// An option label with a slip of the input method (a homophone picked from the candidates)
  /// was refused with only “请输入选项的序号（1–3）或名称” — or worse, `一班` for `一般` was read as
  /// one 班, option 1, and scored 好 without a word. The option it is one slip from is named, and
  /// never taken without the inspector.
  @Test func aSlipInAnOptionNameIsNamedBack() throws {
    #expect(
      AnswerParser.parse("一班", for: Self.grade)
        == .invalid(
          Localized(
            "“一班”不是选项。是不是第 2 项“一般”？请输入序号（1–3）或完整的名称。",
            en:
              "'一班' is not an option. Did you mean option 2, '一般'? Type the number (1–3) or the whole name."
          )))
    // 南昌 1 grades 优/良/合格/不合格: `良好` (the usual two-character word) was refused with
    // no hint; it is named back as 良, and never taken without the inspector.
    let grades = NumberSpellingTests.input(
      .choice([
        ChoiceOption(label: "优", score: nil), ChoiceOption(label: "良", score: nil),
        ChoiceOption(label: "合格", score: nil), ChoiceOption(label: "不合格", score: nil),
      ]))
    #expect(
      AnswerParser.parse("良好", for: grades)
        == .invalid(
          Localized(
            "“良好”不是选项。是不是第 2 项“良”？请输入序号（1–4）或完整的名称。",
            en:
              "'良好' is not an option. Did you mean option 2, '良'? Type the number (1–4) or the whole name."
          )))
    guard case .invalid(let excellent) = AnswerParser.parse("优秀", for: grades) else {
      Issue.record("优秀 was taken as an answer")
      return
    }
    #expect(excellent.zh.contains("是不是第 1 项“优”？"))
    // Two characters from both 好 and 差: no guess.
    #expect(
      AnswerParser.parse("很差劲", for: Self.grade)
        == .invalid(
          Localized("请输入选项的序号（1–3）或名称。", en: "type an option's number (1–3) or its name.")))

    // 灵璧 9: 进有资料 (jin, 进 for 仅) is named back, then 仅有资料 is taken as typed.
    let walk = try T.run(input: "到 9\n进有资料\n仅有姿料\n仅有资料\n退出\n", options: T.lingbiOptions)
    let question = "  查看记录资料并随机询问师生后，宣传情况属于哪一档？（序号或名称）> "
    #expect(
      walk.output.contains(
        question + "进有资料\n✗ “进有资料”不是选项。是不是第 2 项“仅有资料”？请输入序号（1–3）或完整的名称。\n"
          + question + "仅有姿料\n✗ “仅有姿料”不是选项。是不是第 2 项“仅有资料”？请输入序号（1–3）或完整的名称。\n"
          + question + "仅有资料\n得分 2 / 5\n"), "\(walk.output)")
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(session.answers.values["政策宣传"]?.value == .choice("仅有资料"))
  }
}
