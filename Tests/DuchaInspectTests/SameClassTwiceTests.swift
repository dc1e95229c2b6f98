import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// One class called twice under two spellings (`三年级2班`, then `三（2）班` to check it again):
/// the second was added as another class, its 2 missing children counted again, and 灵璧 5
/// (人籍一致, 每例扣0.5) gave 8 instead of 9, with nothing said. The same class, whatever its
/// spelling, now updates its row under its first name and says so; `点名 删除` finds it too.
@Suite struct SameClassTwiceTests {
  typealias T = TranscriptTests

  @Test func aSecondSpellingUpdatesTheClass() throws {
    let lines = [
      "点名", "三年级2班", "45", "43", "", "", "", "", "",
      "点名", "三（2）班", "45", "43", "", "", "",
      "退出",
    ]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains("“三(2)班”就是已点过名的 三年级2班：已更新这一班的点名记录，没有另记一个班。\n"), "\(output)")
    #expect(output.contains("合计 1 个班"), "\(output)")
    #expect(!output.contains("合计 2 个班"), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级2班"])
    #expect(session.figures["点名.人籍不一致"] == 2)
    let checklist = try #require(
      ChecklistLoader.load(
        path: T.root.appendingPathComponent("Checklists/lingbi-xueji.ducha").path
      ).0)
    // 10 − 0.5 × 2.
    #expect(session.evaluate(checklist).state(of: "5") == .scored(9))
  }

  @Test func deleteFindsTheClassUnderAnotherSpelling() throws {
    let lines = ["点名", "三年级2班", "45", "43", "", "", "", "", "", "点名 删除 三（2）班", "是", "退出"]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(output.contains("已删除 三年级2班 的点名记录。"), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.isEmpty)
  }
}
