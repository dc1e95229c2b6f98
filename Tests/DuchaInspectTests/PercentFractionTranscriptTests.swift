import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// A 百分比 question answered `0.998` (入学率 read as a fraction off a statistics sheet) was
/// recorded as 0.998% without a word, and 会理's 入学率 item then scored it as a school where
/// almost no child is enrolled. A number between 0 and 1 typed without `%` is now asked back
/// (“0.998”是 0.998% 还是 99.8%？…), nothing recorded: `99.8` or `0.3%` at the same question
/// answers it. In `--script` it is a refused line like any other. A rate the form compares only
/// with small figures (年辍学率 “控制在0.1%以内”) takes 0.1 to 1 as typed.
@Suite struct PercentFractionTranscriptTests {
  typealias T = TranscriptTests

  static let huiliOptions = InspectOptions(
    checklist: "huili-kaohe-xuexiao", unit: "示范小学", stages: [.primary], group: "一组",
    inspectors: ["李辉"], date: "2020-11-05", year: 2020)

  @Test func aFractionTypedForAPercentageIsAskedBack() throws {
    let input = try String(
      contentsOf: T.transcripts.appendingPathComponent("percent-fraction.input"), encoding: .utf8)
    let (output, store) = try T.run(input: input, options: Self.huiliOptions)
    try T.compare(output, with: "percent-fraction.expected")
    #expect(
      output.contains(
        "✗ “0.998”是 0.998% 还是 99.8%？是 99.8% 请输入 99.8；是 0.998% 请输入 0.998%。\n"))
    // The form compares 小学年辍学率 only with its targets 0.5, 0.3 and 0.1: 0.3 is 0.3% (30%
    // is no reading), while 0.03 may be 0.03% or 3% and is asked.
    #expect(output.contains("✗ “0.03”是 0.03% 还是 3%？是 3% 请输入 3；是 0.03% 请输入 0.03%。\n"))
    #expect(!output.contains("“0.3”是 0.3% 还是 30%"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["小学入学率"]?.value == .number(99.8))
    #expect(session.answers.values["小学年辍学率"]?.value == .number(0.3))
  }

  /// `百分之0.3` and `0.3%` say which they mean; 0 and 1 and up are not fractions.
  @Test func whatSaysItsScaleIsTakenAsTyped() throws {
    let library = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
    let huili = try #require(
      library.loadAll().compactMap(\.checklist).first { $0.id == "huili-kaohe-xuexiao" })
    let input = try #require(huili.inputs["小学年辍学率"])
    for (typed, value) in [
      ("0.3%", Decimal(string: "0.3")!), ("百分之0.3", Decimal(string: "0.3")!), ("0", 0), ("1", 1),
      ("1.5", Decimal(string: "1.5")!),
    ] {
      #expect(AnswerParser.parse(typed, for: input) == .value(.number(value)), "\(typed)")
    }
    #expect(
      AnswerParser.parse("0.5", for: input)
        == .invalid(
          Localized(
            "“0.5”是 0.5% 还是 50%？是 50% 请输入 50；是 0.5% 请输入 0.5%。",
            en: "is '0.5' 0.5% or 50%? For 50% type 50; for 0.5% type 0.5%.")))
  }

  /// The figures each input is compared with, as the bundled forms write them.
  @Test func whichRatesTheFormsCompareOnlyWithSmallFigures() throws {
    let library = ChecklistLibrary(directory: T.root.appendingPathComponent("Checklists").path)
    let forms = library.loadAll().compactMap(\.checklist)
    let huili = try #require(forms.first { $0.id == "huili-kaohe-xiangzhen" })
    // 超出扣分 with 年度目标 0.5/0.3/0.1; 上年 is compared with it by 比上年.
    #expect(huili.comparesOnlyWithSmallFigures("小学年辍学率"))
    #expect(huili.comparesOnlyWithSmallFigures("上年小学年辍学率"))
    // 差距扣分 with 99.3/99.6/100.
    #expect(!huili.comparesOnlyWithSmallFigures("小学入学率"))
    // `不得分(小学在校生年辍学率 > 1 或 初中在校生年辍学率 > 2 …)`.
    let sichuan = try #require(forms.first { $0.id == "sichuan-shifanxian" })
    #expect(sichuan.comparesOnlyWithSmallFigures("小学在校生年辍学率"))
    #expect(sichuan.comparesOnlyWithSmallFigures("初中在校生年辍学率"))
    #expect(!sichuan.comparesOnlyWithSmallFigures("小学毕业率"))
    let input = try #require(huili.inputs["小学年辍学率"])
    #expect(AnswerParser.parse("0.3", for: input, smallPercents: true) == .value(.number(0.3)))
    guard case .invalid = AnswerParser.parse("0.05", for: input, smallPercents: true) else {
      Issue.record("0.05 (0.05% or 5%) was taken")
      return
    }
  }
}
