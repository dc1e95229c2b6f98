import DuchaChecklist
import Foundation
import Testing

/// The county office mails the 灵璧 form round; a clerk opens it in Windows Notepad and saves
/// it (a byte-order mark, CRLF line ends), and 王雷 inspects 韦集小学 with that copy while 李辉
/// inspects 渔沟小学 with the bundled form. Nothing in the form changed, but the copy's hash
/// did: the leader's summary split the two schools into two tables, each `（清单版本 …）`, and
/// ranked each alone; `inspect` warned that the copy differs from the bundled form. Now line
/// ends and the encoding do not make a version. End to end with the binary.
@Suite("a checklist copy saved by Notepad", .serialized)
struct NotepadChecklistCopyCLITests {
  @Test("is the same form: no warning, one table, one ranking")
  func notepadCopyIsOneVersionWithTheBundledForm() throws {
    let laptop = try Laptop("notepad-copy")
    defer { laptop.remove() }
    let bundled = try String(
      contentsOf: URL(fileURLWithPath: CLI.checklists).appendingPathComponent("lingbi-xueji.ducha"),
      encoding: .utf8)
    try FileManager.default.createDirectory(
      at: laptop.url("县里发的"), withIntermediateDirectories: true)
    try
      (Data([0xEF, 0xBB, 0xBF]) + Data(bundled.replacingOccurrences(of: "\n", with: "\r\n").utf8))
      .write(to: laptop.url("县里发的/灵璧学籍核查.ducha"))
    var outputs: [String] = []
    for (unit, inspector, checklist) in [
      ("渔沟小学", "李辉", "lingbi-xueji"), ("韦集小学", "王雷", "县里发的/灵璧学籍核查.ducha"),
    ] {
      let walk = try laptop.run([
        "inspect", "--checklist", checklist, "--unit", unit, "--stage", "小学", "--group", "三组",
        "--inspector", inspector, "--date", "2021-10-27", "--sessions", "第三组", "--script",
        CLI.walkScript.path,
      ])
      #expect(walk.status == 0, "\(walk.errors)")
      outputs.append(walk.output + walk.errors)
    }
    #expect(!outputs[1].contains("内容不同"), "\(outputs[1])")
    #expect(outputs[1].hasPrefix("已建立检查记录：第三组/2021-10-27_韦集小学_lingbi-xueji-2021_"), "\(outputs[1])")

    let summary = try laptop.run(["summary", "第三组"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(!summary.output.contains("清单版本"), "\(summary.output)")
    // The same answers on the same form: one table, tied at 84.5, ranked together.
    #expect(
      summary.output.hasPrefix(
        """
        灵璧县学籍管理工作专项核查记录表

        名次  单位        一  总分
        ────  ────────  ────  ────
           1  渔沟小学  84.5  84.5
           1  韦集小学  84.5  84.5

        """), "\(summary.output)")
  }
}
