import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// An input with a literal default is still asked, with Enter taking the default: 会理 教育局表
/// 2.4 “督促和指导……劝返复学工作不力的视情况扣2—5分” (`录入 劝返指导扣分 酌情 范围 0..5 默认 0`)
/// is the inspector's judgement; a walk that scored it 10 from the default without asking left
/// it unjudged.
@Suite struct LiteralDefaultQuestionTests {
  typealias T = TranscriptTests

  static let options = InspectOptions(
    checklist: "huili-kaohe-jiaoyuju", unit: "会理县教育局", group: "一组", inspectors: ["李辉"],
    date: "2019-11-20")
  static let question = "  督促和指导劝返复学工作不力的视情况扣2—5分，得力填0（酌情，0–5分；回车=0）> "

  @Test func enterTakesTheDefault() throws {
    let (output, store) = try T.run(input: "\n到 2.4\n\n退出\n", options: Self.options)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let asked = try #require(lines.firstIndex { $0.hasPrefix(Self.question) })
    #expect(lines[asked] == Self.question)
    #expect(lines[asked + 1] == "得分 10 / 10")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["劝返指导扣分"]?.value == .number(0))
  }

  @Test func aDeductionAsksItsReason() throws {
    let (output, store) = try T.run(
      input: "\n到 2.4\n3\n两个乡镇劝返无走访记录\n退出\n", options: Self.options)
    #expect(output.contains(Self.question + "3\n  酌情的理由（必填）> 两个乡镇劝返无走访记录\n得分 7 / 10"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["劝返指导扣分"]?.value == .number(3))
    #expect(session.answers.values["劝返指导扣分"]?.reason == "两个乡镇劝返无走访记录")
  }
}
