import DuchaChecklist
import DuchaInspect
import Foundation
import Testing

/// Numbers as inspectors type them: each spelling reads to its exact value or is refused with a
/// message; nothing is read halfway (`1.5万` used to be saved as 1.5, `1千2百` as 1).
@Suite struct NumberSpellingTests {
  static func input(_ type: InputType) -> Input {
    Input(
      name: "x", type: type, defaultValue: nil, prompt: nil, rangeMessage: nil, itemID: "1",
      location: SourceLocation(file: "t.ducha", line: 1, column: 1))
  }
  static let count = input(.count(min: nil, max: nil))
  static let amount = input(.number(min: 0, max: 100_000_000))
  static let percent = input(.percent(min: 0, max: 100))
  static let points = input(.discretionary(min: 0, max: 5))

  /// (typed, input, expected value or nil when refused, a word the refusal must contain).
  static let table: [(String, Input, String?, String)] = [
    ("15000", amount, "15000", ""),
    ("1.5万", amount, "15000", ""),
    ("1.5万元", amount, "15000", ""),
    // A space before 万 (some input methods type one) joins the number, full-width too.
    ("1.5 万", amount, "15000", ""),
    ("1.5　万元", amount, "15000", ""),
    ("3 万5千", amount, "35000", ""),
    ("1千2百", amount, "1200", ""),
    ("一千二百", amount, "1200", ""),
    ("一千零二", amount, "1002", ""),
    ("15,000", amount, "15000", ""),
    ("1,234,567.5", amount, "1234567.5", ""),
    ("１５，０００", amount, "15000", ""),
    ("２０", count, "20", ""),
    ("3个", count, "3", ""),
    ("3人", count, "3", ""),
    ("３人", count, "3", ""),
    ("十五", count, "15", ""),
    ("二十", count, "20", ""),
    ("两百", count, "200", ""),
    ("3万5千", amount, "35000", ""),
    ("1千2百万", amount, "12000000", ""),
    ("0.5亿", amount, "50000000", ""),
    ("2.5千", count, "2500", ""),
    ("零", count, "0", ""),
    ("百分之95", percent, "95", ""),
    ("百分之九十五", percent, "95", ""),
    ("95%", percent, "95", ""),
    ("９５％", percent, "95", ""),
    ("99.5", percent, "99.5", ""),
    ("3分", points, "3", ""),
    ("2.5", points, "2.5", ""),
    ("3 人", count, "3", ""),
    // 点 as a decimal point, as voice input writes a figure read aloud.
    ("百分之九十二点五", percent, "92.5", ""),
    ("九十二点五", percent, "92.5", ""),
    ("零点五", points, "0.5", ""),
    ("二点零五", points, "2.05", ""),
    ("一点五万", amount, "15000", ""),
    ("一点五万元", amount, "15000", ""),
    ("二十三点五万", amount, "235000", ""),
    ("1点5", points, "1.5", ""),
    // The currency sign an input method types before money (￥ full-width, ¥ half-width).
    ("￥15000", amount, "15000", ""),
    ("¥1.5万", amount, "15000", ""),
    ("￥ 15,000元", amount, "15000", ""),
    // w for 万, as typed on a phone keyboard that has no 万 on its number pad.
    ("1.5w", amount, "15000", ""),
    ("1.5W元", amount, "15000", ""),
    ("２ｗ", count, "20000", ""),
    ("1.5 w", amount, "15000", ""),
    // Areas as the prompts give them: 学校占地面积（㎡）.
    ("15000㎡", amount, "15000", ""),
    ("1.5万平方米", amount, "15000", ""),
    ("3.5平米", amount, "3.5", ""),
    ("120 m²", amount, "120", ""),
    ("54米", amount, "54", ""),
    ("3㎡", count, nil, "㎡"),
    // Refused, each with a message that says why.
    ("1w2", amount, nil, "如果是 12000"),
    ("1.5x", amount, nil, "如"),
    ("1万2", amount, nil, "如果是 12000"),
    ("一千二", amount, nil, "如果是 1200"),
    ("一万五", amount, nil, "如果是 15000"),
    ("一百一", count, nil, "如果是 110"),
    ("1,5", amount, nil, "千位分隔"),
    ("15,00", amount, nil, "千位分隔"),
    ("1百2千", amount, nil, "顺序"),
    ("1.5", count, nil, "不是整数"),
    ("1.23456万", count, nil, "12345.6"),
    ("95%", count, nil, "%"),
    ("3分", count, nil, "分"),
    ("3人", amount, nil, "人"),
    ("￥3", count, nil, "￥"),
    ("¥95", percent, nil, "¥"),
    ("￥￥15000", amount, nil, "如"),
    ("1e5", amount, nil, "如"),
    ("٣", count, nil, "如"),
    ("②", count, nil, "如"),
    ("约30", count, nil, "如"),
    ("30左右", count, nil, "如"),
    ("1.5.1", amount, nil, "如"),
    ("3 4", count, nil, "如"),
    ("3 4万", amount, nil, "如"),
    ("1.5万 2", amount, nil, "如"),
    ("6", points, nil, "0 到 5"),
    ("1.5万", percent, nil, "15000"),
    ("9223372036854775807", count, nil, "10000000"),
    ("-3", count, nil, "0 到"),
    // 辍学人数：无 — none is 0 for a count, and for a 酌情 deduction (应扣几分：无); an amount
    // or a rate typed 无 may mean “not known”.
    ("无", count, "0", ""),
    ("没有", count, "0", ""),
    ("无", points, "0", ""),
    ("没有", points, "0", ""),
    ("无", amount, nil, "如"),
    ("无", percent, nil, "如"),
    ("三点五", count, nil, "不是整数"),
    ("点五", points, nil, "如"),
    ("三点", points, nil, "如"),
    ("二点十", points, nil, "如"),
    ("一万二点五", amount, nil, "如"),
  ]

  @Test(arguments: table.indices) func spelling(_ row: Int) {
    let (typed, input, expected, word) = Self.table[row]
    let outcome = AnswerParser.parse(AnswerParser.normalize(typed), for: input)
    switch (outcome, expected) {
    case (.value(.number(let value)), let expected?):
      #expect(value == Decimal(string: expected), "\(typed) → \(value), expected \(expected)")
    case (.invalid(let message), nil):
      #expect(message.zh.contains(word), "\(typed): «\(message.zh)» should mention \(word)")
    default:
      Issue.record("\(typed): got \(outcome), expected \(expected ?? "a refusal")")
    }
  }

  @Test func tableIsLargeEnough() { #expect(Self.table.count >= 30) }

  /// A word for a score is refused with scores the item may take: 县级政府 C1.1 is worth 1 point,
  /// and its refusal used to offer 99.5, 15,000 and 1.5万.
  @Test func aScoreIsRefusedWithScoresItMayTake() {
    let onePoint = Self.input(.discretionary(min: 0, max: 1))
    #expect(
      AnswerParser.parse("好", for: onePoint)
        == .invalid(Localized("请输入分数，如 1、0.5。", en: "type a score, e.g. 1, 0.5.")))
  }

  /// 贵州 1.1 asks “未完全达到要求的扣几分（酌情，0–6分）”; the inspector said it aloud and typed
  /// `扣2分`, and was told only “请输入分数，如 6、3”. The number alone is the answer as asked.
  @Test func aScoreWrittenWithItsTurningWordSaysToTypeTheNumberAlone() {
    let sixPoints = Self.input(.discretionary(min: 0, max: 6))
    #expect(
      AnswerParser.parse("扣2分", for: sixPoints)
        == .invalid(
          Localized(
            "“扣2分”：这里只写数 2，不写“扣”——按提问填：问扣几分就写扣的分，问得几分就写得的分。",
            en:
              "'扣2分': type the number 2 alone — answer the question as asked (points deducted when it asks what is deducted, points scored when it asks for the score)."
          )))
    for (typed, number) in [("得 4.5分", "4.5"), ("扣了1分", "1"), ("减０.5", "0.5")] {
      guard
        case .invalid(let message) = AnswerParser.parse(
          AnswerParser.normalize(typed), for: sixPoints)
      else {
        Issue.record("\(typed) was taken as an answer")
        continue
      }
      #expect(message.zh.contains("只写数 \(number)，"), "\(typed): «\(message.zh)»")
    }
    // Not a score after the word: the usual examples.
    #expect(
      AnswerParser.parse("扣光", for: sixPoints)
        == .invalid(Localized("请输入分数，如 6、3。", en: "type a score, e.g. 6, 3.")))
  }

  /// 南昌 2 asks the 不符合 档's 系数 (数值 0..0.59); `50%` was refused with “这一项不能带“%”。
  /// 请输入一个数，如 99.5、15,000、1.5万”. Where the number is at most 1, a percentage is that
  /// share of 1, exactly; elsewhere (an area, a sum of money) it is still refused.
  @Test func aCoefficientTypedAsAPercentage() throws {
    let coefficient = Self.input(.number(min: 0, max: Decimal(string: "0.59")))
    #expect(AnswerParser.parse("50%", for: coefficient) == .value(.number(Decimal(string: "0.5")!)))
    #expect(
      AnswerParser.parse("百分之五十五", for: coefficient) == .value(.number(Decimal(string: "0.55")!)))
    #expect(
      AnswerParser.parse("70%", for: coefficient)
        == .invalid(
          Localized("“70%”即 0.7，应在 0 到 0.59 之间。", en: "'70%' is 0.7; must be between 0 and 0.59.")))
    guard case .invalid = AnswerParser.parse("50%", for: Self.amount) else {
      Issue.record("50% was taken as an amount")
      return
    }
    // The walk shows what was recorded: 50% is not plain digits.
    let walk = try TranscriptTests.run(
      input: "到 2\n不符合\n50%\n退出\n",
      options: InspectOptions(
        checklist: "nanchang-youeryuan", unit: "向阳幼儿园", stages: [], group: "二组",
        inspectors: ["陈静"], date: "2026-12-06", year: 2026))
    #expect(walk.output.contains("> 50%\n  （记为 0.5）\n"), "\(walk.output)")
  }
}
