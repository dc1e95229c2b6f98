import DuchaChecklist
import DuchaPlan
import Testing

/// Plans of a county's real size and beyond: long chains of 属于 and a thousand groups are
/// checked in linear time (a chain of 2,000 took minutes) and still report what is wrong.
@Suite struct PlanSizeTests {
  static let header = "计划 大\n标题：大\n清单：lingbi-xueji-2021\n"

  @Test func aChainOfThreeThousandUnitsEndingInACycleIsReportedOnce() throws {
    // c1 属于 c0, c2 属于 c1 … c2999 属于 c2998, and c0 属于 c2997: c0 → c2997 → … → c1 → c0
    // is a cycle of 2,998 units, reported at c0 (line 4), the first of them in the file.
    var lines = ["单位 c0 中心学校 属于 c2997"]
    for index in 1..<3_000 { lines.append("单位 c\(index) 中心学校 属于 c\(index - 1)") }
    let text = Self.header + lines.joined(separator: "\n") + "\n组 一\n  组长：张三\n  检查：c0\n"
    let found = PlanTesting.diagnostics(text)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("4:") == true, "\(found)")
    #expect(found.first?.contains("错误[P303]") == true)
  }

  @Test func aThousandGroupsWithOneSharedLeaderWarnOnceEach() throws {
    let units = (0..<1_000).map { "单位 u\($0) 中学" }
    let groups = (0..<1_000).map { "组 \($0 + 1)\n  组长：\($0 < 2 ? "张三" : "李\($0)")\n  检查：u\($0)" }
    let text = Self.header + (units + groups).joined(separator: "\n") + "\n"
    let plan = try PlanTesting.plan(text)
    let warnings = PlanChecker.check(plan).filter { $0.code == "P407" }
    #expect(warnings.map(\.message.zh) == ["“张三”同时在第1组（第 1005 行）和第2组。"])
  }
}
