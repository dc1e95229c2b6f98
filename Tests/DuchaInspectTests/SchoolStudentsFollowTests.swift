import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 全校在校生数 is offered after the first class as the registry's students plus the roll-call
/// differences, and Enter takes it. It then stayed as it was: a second class's missing
/// children never reached it, and 灵璧 11 (在校生数 ÷ 学籍数) was worked out on a figure the
/// roll call had already shown to be too high, with nothing said. It now follows the
/// differences while it is the offered figure, and says so; a figure typed by hand is kept.
///
/// Hand-computed: registry 137; 三年级2班 45 with 43 there (−2) → offered 135, taken;
/// 四年级1班 40 with 37 there (−3) → 137 − 5 = 132; 点名 删除 四年级1班 → 135 again.
@Suite struct SchoolStudentsFollowTests {
  typealias T = TranscriptTests

  static let registryAndFirstClass = [
    "学籍", "3", "137", "", "", "", "",
    "点名", "三年级2班", "45", "43", "", "", "",
  ]
  static let secondClass = ["点名", "四年级1班", "40", "37", "", "", ""]

  @Test func theOfferedFigureFollowsLaterClasses() throws {
    let lines = Self.registryAndFirstClass + ["", ""] + Self.secondClass + ["到 11", "退出"]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(output.contains("  全校在校生数（整数，回车=135，学籍系统学生数加点名差额）> \n"), "\(output)")
    #expect(output.contains("  全校在校生数 135 → 132（学籍系统学生数加点名差额）\n"), "\(output)")
    #expect(output.contains("全校在校生数（全校实有学生，不只是点名的班）（整数，≥0；回车=132（取自点名））> "))
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.wholeSchool?.students == 132)
  }

  @Test func deletingTheClassTakesTheFigureBack() throws {
    let lines =
      Self.registryAndFirstClass + ["", ""] + Self.secondClass + ["点名 删除 四年级1班", "是", "退出"]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains("已删除 四年级1班 的点名记录。\n  全校在校生数 132 → 135（学籍系统学生数加点名差额）\n"),
      "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.wholeSchool?.students == 135)
  }

  @Test func aFigureTypedByHandIsKept() throws {
    let lines = Self.registryAndFirstClass + ["", "140"] + Self.secondClass + ["退出"]
    let (output, store) = try T.run(
      input: lines.joined(separator: "\n") + "\n", options: T.lingbiOptions)
    #expect(
      output.contains("  （全校在校生数仍是录入的 140；按学籍系统学生数加点名差额现在是 132，要改用“点名 全校”）\n"),
      "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.wholeSchool?.students == 140)
  }
}
