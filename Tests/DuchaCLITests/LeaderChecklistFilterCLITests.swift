import Foundation
import Testing

/// A folder holds 渔沟小学 inspected with the 灵璧 form and with a county's copy of it under
/// another id (`lingbi-xueji-copy`). `ducha summary 第三组 --checklist lingbi` summarised both
/// forms as if one had been named, while `ducha show lingbi` lists the two and asks for more.
/// The leader commands' `--checklist` now reads a name as show does: an ambiguous beginning
/// lists the candidates and stops; a beginning of one is said back; a whole id or file name is
/// taken as it is.
@Suite struct LeaderChecklistFilterCLITests {
  @Test func anAmbiguousBeginningListsTheCandidates() throws {
    let work = try CLI.temporaryDirectory("leader-checklist-filter")
    defer { try? FileManager.default.removeItem(at: work) }
    let forms = work.appendingPathComponent("清单")
    try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
    let original = try String(
      contentsOfFile: CLI.checklists + "/lingbi-xueji.ducha", encoding: .utf8)
    try original.write(
      to: forms.appendingPathComponent("lingbi-xueji.ducha"), atomically: true, encoding: .utf8)
    try original.replacingOccurrences(of: "清单 lingbi-xueji-2021", with: "清单 lingbi-xueji-copy")
      .write(
        to: forms.appendingPathComponent("lingbi-xueji-copy.ducha"), atomically: true,
        encoding: .utf8)
    let folder = work.appendingPathComponent("第三组")
    for form in ["lingbi-xueji", "lingbi-xueji-copy"] {
      let options = CLI.walkOptions.map {
        $0 == CLI.checklists ? forms.path : $0 == "lingbi-xueji" ? form : $0
      }
      let walk = try runDucha(
        ["inspect"] + options + [
          "--sessions", folder.path, "--script", CLI.walkScript.path,
        ], in: work)
      #expect(walk.status == 0, "\(form): \(walk.errors)")
    }
    let summary = ["summary", folder.path, "--checklists", forms.path, "--checklist"]

    let ambiguous = try runDucha(summary + ["lingbi"], in: work, workingDirectory: work)
    #expect(ambiguous.status == 1)
    #expect(ambiguous.output == "")
    #expect(
      ambiguous.errors.hasSuffix(
        "“lingbi”开头的清单有 2 张：lingbi-xueji-copy、lingbi-xueji-2021。请写到能分出是哪一张。\n"),
      "\(ambiguous.errors)")
    let english = try runDucha(
      summary + ["lingbi", "--lang", "en"], in: work, workingDirectory: work)
    #expect(
      english.errors.hasSuffix(
        "2 checklists begin with 'lingbi': lingbi-xueji-copy, lingbi-xueji-2021. Type enough to tell which.\n"
      ), "\(english.errors)")

    let begun = try runDucha(summary + ["lingbi-xueji-c"], in: work, workingDirectory: work)
    #expect(begun.status == 0, "\(begun.errors)")
    #expect(begun.errors.hasSuffix("→ lingbi-xueji-copy（灵璧县学籍管理工作专项核查记录表）\n"), "\(begun.errors)")
    // One form summarised, not both (each summary says its 平均总分 once).
    #expect(begun.output.components(separatedBy: "平均总分：84.5").count == 2, "\(begun.output)")

    // The whole file name of the first is that form, though the copy's begins with it too.
    let whole = try runDucha(summary + ["lingbi-xueji"], in: work, workingDirectory: work)
    #expect(whole.status == 0, "\(whole.errors)")
    #expect(!whole.errors.contains("→"), "\(whole.errors)")
    #expect(whole.output.components(separatedBy: "平均总分：84.5").count == 2, "\(whole.output)")

    let none = try runDucha(summary + ["sichuan"], in: work, workingDirectory: work)
    #expect(none.status == 1)
    #expect(none.errors.hasSuffix("这些文件夹里没有清单“sichuan”的检查记录。\n"), "\(none.errors)")
  }
}
