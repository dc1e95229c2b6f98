import Foundation
import Testing

/// At the classroom door with a pinyin keyboard: 三年纪2班 (年纪, age, for 年级, grade: both
/// nianji) made a class of its own that no other inspector's 三年级2班 matched; and 退出 typed at
/// the whole-school or registry figures got “请输入一个整数” where the roll call's own questions
/// say it is a command. End to end with the binary, as a scripted walk.
@Suite("roll call typed on a pinyin keyboard", .serialized)
struct RollCallSlipCLITests {
  @Test("年纪 is read as 年级 and said; 退出 inside the figures is said to be a command")
  func gradeSlipAndCommandInsideFigures() throws {
    let laptop = try Laptop("rollcall-slip")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(
      ["点名", "三年纪2班", "45", "42", "1", "张三、李四", "", "退出", "", "", "学籍", "退出"], to: script)
    let run = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--unit", "渔沟小学", "--stage", "小学", "--group", "三组",
      "--inspector", "李辉", "--date", "2021-10-27", "--sessions", "Sessions", "--script",
      script.path,
    ])
    #expect(run.status == 2, "\(run.errors)")
    #expect(
      run.output.contains(
        """
          年级> 三年纪2班
          （记为 三年级2班：“年纪”应是“年级”）
          年级 三年级，班级 2班
          学籍系统人数（整数）> 45

        """), "\(run.output)")
    let refusal = "✗ “退出”是命令，这里要填整数。请先答完这道题，或按 Ctrl-D 退出这道题。\n"
    #expect(
      run.output.contains(
        "  全校实有班级数（整数，回车=以后再填）> 退出\n" + refusal
          + "  全校实有班级数（整数，回车=以后再填）> \n"), "\(run.output)")
    #expect(
      run.output.contains("  系统班级数（整数，回车=不填）> 退出\n" + refusal), "\(run.output)")
    let saved = try SessionFiles.load(try CLI.sessionFile(of: "渔沟小学", in: laptop.url("Sessions")))
    #expect(saved.rollCall.map { $0.grade + $0.className } == ["三年级2班"])
  }
}
