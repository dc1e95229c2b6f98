import DuchaChecklist
import Foundation
import Testing

/// A sample compares at two decimals, or at as many as its expectation is written with: a
/// coefficient such as 0.0006 (60 places ÷ 100000) is checked, not equal to anything below 0.005.
@Suite struct SamplePrecisionTests {
  static func form(expecting coefficient: String) -> String {
    """
    清单 系数
    标题：系数
    对象：学校
    总分：10
    部分 一 甲 10分
    条目 1 甲 10分
      录入 人数 计数
      规则 公式赋分(人数)
    结果 换算(系数, 人数 / 10000)
    样例 六人
      设 人数 = 6
      期望 总分 = 6
      期望 系数 = \(coefficient)
    """
  }

  static func failures(_ text: String) throws -> [String] {
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "系数.ducha", text: text)).0)
    return SampleRunner.run(checklist).flatMap(\.failures).map(\.message.zh)
  }

  @Test func anExpectationWithMoreDecimalsIsComparedAtThem() throws {
    // 6 ÷ 10000 = 0.0006.
    #expect(try Self.failures(Self.form(expecting: "0.0006")).isEmpty)
    #expect(
      try Self.failures(Self.form(expecting: "0.0007")) == [
        "样例“六人”：期望 系数 = 0.0007，实际 = 0.0006。"
      ])
  }

  @Test func twoDecimalsStayTheDefault() throws {
    // 0.0006 shown at two decimals is 0: an expectation written as 0 still holds.
    #expect(try Self.failures(Self.form(expecting: "0")).isEmpty)
  }
}
