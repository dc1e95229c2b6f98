import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaInspect

/// A `核验` input (each entry of a 名单 齐全, 缺失 or 不全) could not be answered: the prompt
/// said “核验项请逐项回答” and asked nothing, and no rule read it. It is answered on one line now
/// (the entries short of 齐全), saved with that Enter, and `缺项扣分` deducts 每缺 and 每不全.
@Suite struct VerificationInputTests {
  static let form = """
    清单 tz-test
    标题：台账核验
    对象：学校
    总分：10

    名单 台账：花名册、辍学台账、送教上门记录 若 有残疾儿童

    部分 一 台账 10分
    条目 1 台账资料 10分
      录入 有残疾儿童 是否
      录入 台账情况 核验 名单 台账
      规则 缺项扣分(台账情况, 每缺=2, 每不全=1)
    """

  static let options = InspectOptions(
    checklist: "tz-test", unit: "一小", stages: [.primary], group: "一组", inspectors: ["王静"],
    date: "2026-11-20")

  static func run(_ input: String) throws -> (output: String, store: SessionStore) {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "tz.ducha", text: form)).0)
    return try TranscriptTests.run(input: input, options: options, adding: [checklist])
  }

  /// No disabled children: 送教上门记录 is not required, its 缺失 costs nothing.
  /// 10 − 2 (辍学台账 缺失) − 1 (花名册 不全) = 7.
  @Test func anInspectorAnswersTheEntriesShortOfCompleteOnOneLine() throws {
    let walk = try Self.run("否\n2缺 x\n2缺失 花名册不全 3=缺失\n退出\n")
    #expect(
      walk.output.contains(
        """
            1 花名册
            2 辍学台账
            3 送教上门记录（若 有残疾儿童；本单位不要求）
          台账情况（不齐全的写序号和状态，如 2缺失 3不全；全部齐全）> 2缺 x
        ✗ “x”读不懂。逐项写不齐全的：序号或名称连着状态，如“2缺失 3不全”“辍学台账=缺失”；没写的算齐全；都齐全写“全部齐全”。
          台账情况（不齐全的写序号和状态，如 2缺失 3不全；全部齐全）> 2缺失 花名册不全 3=缺失
        得分 7 / 10
          − 3  缺 1 项（辍学台账）× 2 分，不全 1 项（花名册）× 1 分 = 3 分
        """), "\(walk.output)")
    let session = try #require(walk.store.list().sessions.first?.session)
    #expect(
      session.answers.values["台账情况"]?.value
        == .verification(["辍学台账": .missing, "花名册": .incomplete, "送教上门记录": .missing]))
  }

  @Test func allCompleteIsOneWord() throws {
    let walk = try Self.run("是\n全部齐全\n退出\n")
    #expect(walk.output.contains("全部齐全\n得分 10 / 10"), "\(walk.output)")
  }
}
