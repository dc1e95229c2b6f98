import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// Roll calls as inspectors make them: a partial visit, mistyped counts, rows that do not add up.
@Suite struct RollCallTranscriptTests {
  typealias T = TranscriptTests

  /// 灵璧 at a school of 18 classes where one inspector called three:
  ///   三年级2班: 实到 `9223372036854775807` (used to crash the REPL at the next class) and 10001
  ///              are refused; 45 registered, 50 + 1 leave, 张三 籍在人不在 → 人在籍不在 offered
  ///              51 − 45 + 1 = 7 (used to be 6).
  ///   whole school: 18 classes, 890 students, asked apart from the classes called.
  ///   四年级1班: 40 = 40, the second class that used to crash.
  ///   五年级1班: 45, 42 + 1 leave (2 missing); only 张三 named → "how many?" Enter = 1 → the row
  ///              45 − 1 + 0 ≠ 43 does not add up and is asked again; 张三、李四 then adds up.
  ///   item 12: 18 ÷ 18 = 100% → 5 (with the classes called, 3 ÷ 18, it scored 0 and read
  ///            扣 83.33 分); after `点名 全校` 1 class: 5.56%, 扣 5 分（扣完为止）.
  @Test func partialRollCallWithMistakes() throws {
    let input = try String(
      contentsOf: T.transcripts.appendingPathComponent("rollcall-checks.input"), encoding: .utf8)
    let (output, store) = try T.run(input: input, options: T.lingbiOptions)
    try T.compare(output, with: "rollcall-checks.expected")
    #expect(output.contains("✗ 一个班不会超过 10000 人，请核对后重新输入。"))
    #expect(output.contains("（回车=按差额记 7 人）"))
    #expect(output.contains("✗ 这个班的数字对不上"))
    #expect(output.contains("扣 5 分（扣完为止）"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级2班", "四年级1班", "五年级1班"])
    #expect(session.rollCall.map(\.unregisteredCount) == [7, 0, 0])
    #expect(session.rollCall.map(\.absentCount) == [1, 0, 2])
    #expect(session.rollCall.allSatisfy { $0.addsUp })
    #expect(session.wholeSchool == WholeSchool(classes: 1, students: 890))
    #expect(session.figures["点名.班级数"] == 3)
    #expect(session.figures["点名.全校班级数"] == 1)
  }

  /// Counts said aloud and typed as said (四十五人, 两个) are echoed as recorded, as the form's
  /// number questions echo 1.5万: 45 registered, 42 present, 2 on leave, 1 missing (张三).
  @Test func countsInWordsAreEchoed() throws {
    let input = ["点名", "三年级", "2班", "四十五人", "42", "两个", "张三", "", "退出"]
    let (output, store) = try T.run(
      input: input.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains(
        """
          学籍系统人数（整数）> 四十五人
          （记为 45）
          实到人数（整数）> 42
          请假人数（整数，回车=0）> 两个
          （记为 2）
          学籍 45，实有 44（实到 42 + 请假 2），少 1 人
        """), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.first?.registered == 45)
    #expect(session.rollCall.first?.onLeave == 2)
  }
}
