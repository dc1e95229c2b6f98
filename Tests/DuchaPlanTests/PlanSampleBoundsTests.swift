import DuchaChecklist
import DuchaPlan
import Foundation
import Testing

/// Draw counts are bounded (issue 7): a huge count is a located P210 error, never an overflow
/// trap in `ducha plan sample`, and a draw never asks for more units than there are.
@Suite struct PlanSampleBoundsTests {
  /// The sampling fixture with its plan-wide `抽查：` line (line 6) replaced.
  static func samplingText(draw: String) throws -> String {
    let text = try String(
      contentsOfFile: PlanTesting.path("Tests/DuchaPlanTests/Fixtures/plans/sampling.plan"),
      encoding: .utf8)
    return text.replacingOccurrences(of: "抽查：完小 1-2所", with: "抽查：\(draw)")
  }

  @Test func theLargestIntegerAsAnUpperBoundIsP210() throws {
    let text = try Self.samplingText(draw: "完小 0-9223372036854775807所")
    #expect(
      PlanTesting.diagnostics(text) == ["6:4: 错误[P210]: 抽查数量 9223372036854775807 太大，最多 10000 所。"])
  }

  @Test func aLowerBoundBeyondIntegersIsP210NotSilentlyZero() throws {
    let text = try Self.samplingText(draw: "完小 99999999999999999999-1所")
    #expect(
      PlanTesting.diagnostics(text) == ["6:4: 错误[P210]: 抽查数量 99999999999999999999 太大，最多 10000 所。"])
  }

  @Test func everyDiagnosticOfAHugeCountSaysHowToFixIt() throws {
    let (_, found) = PlanLoader.load(
      text: try Self.samplingText(draw: "9223372036854775808所"), file: "t.plan")
    #expect(found.map(\.code) == ["P210"])
    #expect(found.allSatisfy { $0.fix != nil })
  }

  @Test func aDrawUpToTheLimitTakesAtMostTheUnitsAvailable() throws {
    let plan = try PlanTesting.plan(try Self.samplingText(draw: "完小 0-10000所"))
    var counts: Set<Int> = []
    for seed in UInt64(0)..<100 {
      let sample = try PlanSampler.sample(plan, seed: seed)
      for group in sample.groups where group.rule.draw?.maximum == 10_000 {
        #expect(group.requested <= group.candidates.count)
        #expect(group.shortfall == 0)
        #expect(group.drawn.count == group.requested)
      }
      counts.insert(sample.groups[0].drawn.count)
    }
    // Group 一 has five 完小 to draw from: every count from 0 to 5 comes up, never more.
    #expect(counts == Set(0...5))
  }

  @Test func aMinimumAboveTheUnitsAvailableIsReportedAsAShortfall() throws {
    // Group 三 must draw 2 完小 and has none: the shortfall is the whole minimum.
    let plan = try PlanTesting.plan(try Self.samplingText(draw: "完小 1-2所"))
    let sample = try PlanSampler.sample(plan, group: "三", seed: 7)
    #expect(sample.groups.map(\.requested) == [2])
    #expect(sample.groups.map(\.shortfall) == [2])
  }
}
