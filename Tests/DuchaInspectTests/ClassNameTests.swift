import DuchaSession
import Foundation
import Testing

/// Classes named the way inspectors type them at the door.
@Suite struct ClassNameTests {
  typealias T = TranscriptTests

  @Test(arguments: [
    ("三年级2班", "三年级", "2班"),
    ("三（2）班", "三", "（2）班"),
    ("七(3)班", "七", "(3)班"),
    ("初一3班", "初一", "3班"),
    ("初三十班", "初三", "十班"),
    ("高二三班", "高二", "三班"),
    ("七年级 二班", "七年级", "二班"),
    ("五年级１２班", "五年级", "１２班"),
    // Typed word by word, with the input method's spaces (full-width too).
    ("3 年级 2 班", "3年级", "2班"), ("初一 （3） 班", "初一", "（3）班"), ("三年级\u{3000}2\u{3000}班", "三年级", "2班"),
  ])
  func wholeNameIsSplit(typed: String, grade: String, className: String) {
    let split = ClassName.split(typed)
    #expect(split?.grade == grade)
    #expect(split?.className == className)
  }

  @Test(arguments: ["三年级", "2班", "火箭班", "初一", "三年级（2班"])
  func gradeAloneIsKept(typed: String) {
    #expect(ClassName.split(typed) == nil)
  }

  /// Two inspectors' records of one class are matched by this key (ducha merge, summary).
  @Test(arguments: [
    ("三年级", "2班", "三", "(2)班"), ("三年级", "2班", "3年级", "２班"), ("三年级", "二班", "三年级", "2班"),
    ("初一", "3班", "七年级", "3班"), ("高一", "十二班", "高一", "12班"), ("五年级", "(3)班", "5", "3班"),
    ("三 年级", "2 班", "三年级", "2班"),
    // 年纪 for 年级 (both nianji), in a file written before the slip was corrected at the door.
    ("三年纪", "2班", "三年级", "2班"),
  ])
  func oneClassTypedTwoWays(
    _ grade: String, _ className: String, _ otherGrade: String, _ otherClass: String
  ) {
    #expect(
      ClassName.matchKey(grade: grade, className: className)
        == ClassName.matchKey(grade: otherGrade, className: otherClass),
      "\(grade)\(className) / \(otherGrade)\(otherClass)")
  }

  @Test func differentClassesStayApart() {
    #expect(
      ClassName.matchKey(grade: "三年级", className: "2班")
        != ClassName.matchKey(grade: "三年级", className: "12班"))
    #expect(
      ClassName.matchKey(grade: "初一", className: "3班")
        != ClassName.matchKey(grade: "一年级", className: "3班"))
    #expect(ClassName.matchKey(grade: "三年级", className: "火箭班") == "三年级火箭班")
  }

  @Test func gradeSlipOfThePinyinKeyboardIsCorrected() {
    #expect(ClassName.gradeSlip("三年纪") == "三年级")
    #expect(ClassName.gradeSlip("三年纪2班") == "三年级2班")
    #expect(ClassName.gradeSlip("三年级") == nil)
    #expect(ClassName.gradeSlip("初一") == nil)
  }

  @Test func bareNumberAtClassQuestionGetsBan() {
    #expect(ClassName.normalizedClass("2") == "2班")
    #expect(ClassName.normalizedClass("十一") == "十一班")
    #expect(ClassName.normalizedClass("2班") == "2班")
    #expect(ClassName.normalizedClass("火箭班") == "火箭班")
  }

  /// Seen in the field: `三年级2班` typed at 年级, then the class's 45 typed at 班级 made a class
  /// called 三年级2班45 with 44 registered. Now 三年级2班 is read as both and said back; `1` at
  /// 班级 is 1班; 二（3）班 is read the same way (brackets typed full-width are kept half-width, as every answer is normalised).
  @Test func classesTypedWholeInTheWalk() throws {
    let input = try String(
      contentsOf: T.transcripts.appendingPathComponent("rollcall-class-names.input"),
      encoding: .utf8)
    let (output, store) = try T.run(input: input, options: T.lingbiOptions)
    try T.compare(output, with: "rollcall-class-names.expected")
    #expect(output.contains("  年级 三年级，班级 2班"))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["三年级2班", "四年级1班", "二(3)班"])
    #expect(session.rollCall.map(\.registered) == [45, 40, 50])
  }

  /// 3 年级 2 班 typed word by word at 年级: it was kept whole as the grade, the 45 of 学籍 went
  /// to 班级 (a class “3 年级 2 班45班” of 45 students) and every later count shifted by one
  /// question (实到 asked twice, 请假 40). Now it is 3年级2班, said back, and 45 is 学籍.
  @Test func classTypedWithSpacesInTheWalk() throws {
    let (output, store) = try T.run(
      input: "点名\n3 年级 2 班\n45\n44\n1\n\n\n18\n890\n退出\n", options: T.lingbiOptions)
    #expect(
      output.contains(
        """
          年级> 3 年级 2 班
          年级 3年级，班级 2班
          学籍系统人数（整数）> 45
          实到人数（整数）> 44
          请假人数（整数，回车=0）> 1
          学籍 45，实有 45（实到 44 + 请假 1），一致
        """), "\(output)")
    #expect(!output.contains("班级>"), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.rollCall.map(\.label) == ["3年级2班"])
    #expect(session.rollCall.map(\.registered) == [45])
    #expect(session.rollCall.map(\.present) == [44])
  }
}
