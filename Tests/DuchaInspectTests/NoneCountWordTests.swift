import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 无 and 没有 are 0 wherever a count is asked, as at the form's questions: in the registry
/// figures (无身份证号：无), a class's counts (请假人数：没有) and the whole school's. They were
/// refused there with “请输入一个整数，如 3、15000…”, which did not say why 无 was not taken.
@Suite struct NoneCountWordTests {
  typealias T = TranscriptTests

  @Test func noneIsZeroInTheRegistryAndTheRollCall() throws {
    let lines = [
      "学籍", "3", "137", "1", "王小明", "2", "", "无", "没有",
      "点名", "三年级2班", "45", "45", "没有", "", "", "",
      "退出",
    ]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains(
        """
          无身份证号（整数，回车=不填）> 无
          （记为 0）
          问题学籍未处理（整数，回车=不填）> 没有
          （记为 0）
        """), "\(output)")
    #expect(
      output.contains(
        """
          请假人数（整数，回车=0）> 没有
          （记为 0）
        """), "\(output)")
    #expect(!output.contains("请输入一个整数"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.registry.counts["无身份证号"] == 0)
    #expect(session.registry.counts["问题学籍未处理"] == 0)
    #expect(session.rollCall.map(\.onLeave) == [0])
  }
}
