import DuchaInspect
import DuchaSession
import Foundation
import Testing

private typealias T = TranscriptTests

/// The inspector records a roll call with two absent children, then types problems and notes:
/// one names a child of the roll call, one a child the roll call does not know, the others
/// name no child. A hint follows the saving of the two that name children, and only those;
/// everything is saved as typed (full-width commas read as `,`, as every answer is), and the
/// problem naming the unknown child is then rewritten as a count.
@Suite struct NameHintTranscriptTests {
  @Test func aProblemThatNamesAChildGetsAHintAndIsSavedAsTyped() throws {
    let input = try String(
      contentsOf: T.transcripts.appendingPathComponent("name-hint.input"), encoding: .utf8)
    let (output, store) = try T.run(input: input, options: T.lingbiOptions)
    try T.compare(output, with: "name-hint.expected")
    let known = "提示：问题里的 张三 是点名或学籍名单里的学生，报告里会遮成 张*；写“学生1名”更稳妥。"
    let unknown = "提示：问题里好像写了学生姓名，报告里无法遮蔽。请在“点名”里记录这名学生，这里写“学生2名”这样的人数（已照原样保存）。"
    #expect(output.components(separatedBy: known).count == 2, "one hint for 张三")
    #expect(output.components(separatedBy: unknown).count == 2, "one hint for 刘小红")
    #expect(!output.contains("提示：备注"), "no hint for a teacher or weekdays")
    // Each hint comes right after its problem was saved.
    #expect(output.contains("已记下问题（1）。\n" + known))
    #expect(output.contains("已记下问题（1）。\n" + unknown))

    let session = try #require(store.list().sessions.first?.session)
    #expect(
      session.problems.map(\.description) == [
        "三年级2班张三籍在人不在,未办理转学手续", "学生1名未到校", "学生2名籍在人不在",
      ])
    #expect(session.notes["1"]?.map(\.text) == ["王老师说周一、周三补课", "学籍管理员为兼职,EXCEL不熟练"])
  }
}
