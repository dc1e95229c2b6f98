import DuchaSession
import Foundation
import Testing

/// Where the REPL asks for students' names, inspectors answer with a number or a word for none,
/// as they do at every other question: `2`, `２人` (the count of children not there) and `没有`
/// were kept as the names of students called 2, ２人 and 没有, each counted as one child — with
/// the class list, `没有` made a 人在籍不在 child and 实到 one more than the room held, and `２人`
/// counted one child where there were two. A number is now the number of children, said back
/// (`（记为 2 人，没有记姓名）`), and `没有` is none; at the registry figures, whose number is
/// already given, a number is refused with the figure it would repeat. End to end with the
/// binary, as a scripted walk from a laptop's folder.
@Suite("a number or 没有 where students' names are asked", .serialized)
struct StudentNamesCountCLITests {
  static let options = [
    "inspect", "--checklist", "lingbi-xueji", "--unit", "示范小学", "--stage", "小学", "--group", "三组",
    "--inspector", "李辉", "--date", "2021-10-27", "--sessions", "Sessions",
  ]

  @Test("roll calls: 没有 is none, 2 and ２人 are counts said back")
  func rollCalls() throws {
    let laptop = try Laptop("names-count-rollcall")
    defer { laptop.remove() }
    try FileManager.default.copyItem(
      at: RosterCLITests.fixtures.appendingPathComponent("registry-a.csv"),
      to: laptop.url("示范小学.csv"))
    let script = laptop.url("walk.txt")
    try CLI.writeScript(
      [
        "学籍 导入 示范小学.csv",
        // 三年级1班 from the list: all there, nobody extra.
        "点名", "1", "", "没有",
        // The whole school, asked after the first class: the registry's figures.
        "", "",
        // 三年级2班 from the list: 03 (周杰) absent, two children in the room not on the list.
        "点名", "2", "03", "", "２人",
        // 四年级1班 by hand: 45 registered, 42 + 1 on leave, the 2 missing not named.
        "点名", "", "四年级1班", "45", "42", "1", "2", "",
        "退出",
      ], to: script)
    let run = try laptop.run(Self.options + ["--script", script.path])
    #expect(run.status == 2, "\(run.errors)")
    #expect(
      run.output.contains(
        """
          在班上但名单里没有的学生（人在籍不在，姓名）（回车=无）> 没有
          三年级1班：学籍 6，实到 6，请假 0，籍在人不在 0，人在籍不在 0

        """), "\(run.output)")
    #expect(
      run.output.contains(
        """
          在班上但名单里没有的学生（人在籍不在，姓名）（回车=无）> ２人
          （记为 2 人，没有记姓名）
          三年级2班：学籍 6，实到 7，请假 0，籍在人不在 1（周杰），人在籍不在 2

        """), "\(run.output)")
    #expect(
      run.output.contains(
        """
          籍在人不在的学生（姓名，用、分隔）（回车=按差额记 2 人）> 2
          （记为 2 人，没有记姓名）
          人在籍不在的学生（姓名）（回车=无）> 

        """), "\(run.output)")

    let saved = try SessionFiles.load(try CLI.sessionFile(of: "示范小学", in: laptop.url("Sessions")))
    let rows = saved.rollCall.map {
      [$0.registered, $0.present, $0.onLeave, $0.absentCount, $0.unregisteredCount]
    }
    // 6 − 0 + 0; 6 − 1 + 2 = 7 present; 45 registered, 42 present, 1 on leave, 2 missing.
    #expect(rows == [[6, 6, 0, 0, 0], [6, 7, 0, 1, 2], [45, 42, 1, 2, 0]])
    #expect(saved.rollCall.map(\.absentNames) == [[], ["周杰"], []])
    #expect(saved.rollCall.allSatisfy { $0.unregisteredNames.isEmpty })
    #expect(saved.figures["点名.人籍不一致"] == 5)
  }

  @Test("registry figures: a number at 涉及的学生 is refused, 没有 is none")
  func registryStudents() throws {
    let laptop = try Laptop("names-count-registry")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(
      ["学籍", "3", "137", "1", "1", "没有", "2", "２人", "王五、赵六", "", "", "退出"], to: script)
    let run = try laptop.run(Self.options + ["--script", script.path])
    #expect(run.status == 2, "\(run.errors)")
    #expect(
      run.output.contains(
        """
          重复学籍（整数，回车=不填）> 1
            涉及的学生（姓名或身份证号，用、分隔）（回车=不填）> 1
        ✗ “1”是人数，重复学籍已记为 1。这里写涉及的学生的姓名或身份证号；不记姓名就按回车。
            涉及的学生（姓名或身份证号，用、分隔）（回车=不填）> 没有
          无照片（整数，回车=不填）> 2
            涉及的学生（姓名或身份证号，用、分隔）（回车=不填）> ２人
        ✗ “2人”是人数，无照片已记为 2。这里写涉及的学生的姓名或身份证号；不记姓名就按回车。
            涉及的学生（姓名或身份证号，用、分隔）（回车=不填）> 王五、赵六

        """), "\(run.output)")
    let saved = try SessionFiles.load(try CLI.sessionFile(of: "示范小学", in: laptop.url("Sessions")))
    #expect(saved.registry.counts["重复学籍"] == 1)
    #expect(saved.registry.students["重复学籍"] == [])
    #expect(saved.registry.counts["无照片"] == 2)
    #expect(saved.registry.students["无照片"] == ["王五", "赵六"])
  }
}
