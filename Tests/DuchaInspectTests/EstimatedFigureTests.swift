import DuchaChecklist
import Foundation
import Testing

@testable import DuchaInspect

/// A figure said as an estimate (`约45人`, `30多人`, `1.5万左右`), as people answer aloud: it was
/// refused with only “请输入一个整数，如 3、15000…”, which reads as if 45 were not a whole
/// number. It is still refused — the form records exact figures — with why and the figure to
/// check.
@Suite struct EstimatedFigureTests {
  typealias T = TranscriptTests

  @Test(arguments: [
    ("约45人", "45"), ("大约45", "45"), ("45人左右", "45"), ("将近50人", "50"),
  ])
  func countsSaidAsEstimates(_ typed: String, _ figure: String) {
    #expect(
      AnswerParser.message(.notANumber, text: typed, kind: .count)
        == Localized(
          "“\(typed)”是约数；这里记的是确切的数，请核实后输入，如 \(figure)。",
          en:
            "'\(typed)' is an estimate; the exact figure is recorded here: check it and type it, e.g. \(figure)."
        ))
  }

  /// `30多人` is 31 to 39: said to be an estimate, with no figure offered.
  @Test func moreThanAFigure() {
    #expect(
      AnswerParser.message(.notANumber, text: "30多人", kind: .count)
        == Localized(
          "“30多人”是约数；这里记的是确切的数，请核实后输入。",
          en: "'30多人' is an estimate; the exact figure is recorded here: check it and type it."))
  }

  /// Text that is no figure without the estimate words keeps the general message.
  @Test func notAFigureAtAll() {
    #expect(
      AnswerParser.message(.notANumber, text: "约好了", kind: .count)
        == Localized(
          "请输入一个整数，如 3、15000、15,000、1.5万。", en: "type a whole number, e.g. 3, 15000, 15,000."))
  }

  /// At the roll call, and at the 灵璧 经费 question (an amount): said, asked again, and the
  /// exact figure typed next is the one recorded.
  @Test func atTheRollCallAndAnAmountQuestion() throws {
    let walk = try T.run(
      input: "点名\n三年级2班\n约45人\n45\n42\n1\n\n\n\n\n到 3\n1.5万左右\n15000\n20000\n退出\n",
      options: T.lingbiOptions)
    #expect(
      walk.output.contains(
        "  学籍系统人数（整数）> 约45人\n✗ “约45人”是约数；这里记的是确切的数，请核实后输入，如 45。\n  学籍系统人数（整数）> 45\n"),
      "\(walk.output)")
    #expect(
      walk.output.contains(
        "（元）（数，0–100000000）> 1.5万左右\n✗ “1.5万左右”是约数；这里记的是确切的数，请核实后输入，如 15000。\n"),
      "\(walk.output)")
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(session.rollCall.first?.registered == 45)
    #expect(session.answers.values["经费实际投入"]?.value == .number(15000))
  }
}
