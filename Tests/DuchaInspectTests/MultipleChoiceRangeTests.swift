import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// A list of rules or rooms ticked off in one go: `1-7` (or `1—7`, `1~7`, `1到7`) is entries 1
/// to 7. It was refused as “not in the list”, and the refusal did not say ranges can be typed.
@Suite struct MultipleChoiceRangeTests {
  typealias T = TranscriptTests

  /// 凌源's form for 城关镇, up to 1.1's list of rules.
  static let lingyuan = InspectOptions(
    checklist: "lingyuan-kongchuo", unit: "城关镇", stages: [.primary, .junior], group: "三组",
    inspectors: ["李辉"], date: "2021-10-27")

  /// 凌源 1.1, hand-computed: 3 meetings (1 short, −0.5), no plan (−1), 7 of the 9 rules
  /// (责任追究制度 and 考核奖惩制度 missing, −2 × 0.5), rules kept (0): 5 − 2.5 = 2.5.
  @Test func aRangeTicksTheEntriesInIt() throws {
    let (output, store) = try T.run(
      input: "是\n是\n3\n否\n1-10\n1—7\n0\n退出\n", options: Self.lingyuan)
    #expect(
      output.contains(
        """
          已建立哪些制度？（序号或名称，空格分隔；全部/无）> 1-10
        ✗ “1-10”不在名单里。请输入序号（1–9，连着的可写 1-3）或名称，用空格或“、”分隔；“全部”或“无”。
          已建立哪些制度？（序号或名称，空格分隔；全部/无）> 1—7
        """), "\(output)")
    // The amounts are padded to one width (0.5 above), so the reasons start in one column.
    #expect(
      output.contains(
        """
        得分 2.5 / 5
          − 0.5  专题会议次数 3，不足 4，少 1 × 0.5 分 = 0.5 分
          − 1    没有工作方案，扣 1 分
          − 1    缺 2 项（责任追究制度、考核奖惩制度）× 0.5 分 = 1 分
        """), "\(output)")
    #expect(output.contains("得分 2.5 / 5"))
    let session = try #require(store.list().sessions.first?.session)
    guard case .multiple(let chosen)? = session.answers.values["已建制度"]?.value else {
      Issue.record("已建制度 not recorded: \(session.answers.values.keys.sorted())")
      return
    }
    #expect(chosen.count == 7)
  }

  @Test(arguments: [("1-7", 1...7), ("2—4", 2...4), ("1~9", 1...9), ("3到5", 3...5), ("5-5", 5...5)])
  func rangeSpellings(_ typed: String, _ range: ClosedRange<Int>) {
    #expect(AnswerParser.numberRange(typed) == range)
  }

  @Test(arguments: ["7-1", "0-3", "a-b", "1-", "-3", "1.5-3"])
  func notRanges(_ typed: String) {
    #expect(AnswerParser.numberRange(typed) == nil)
  }
}
