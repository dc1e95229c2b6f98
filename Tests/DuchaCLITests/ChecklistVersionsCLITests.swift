import DuchaChecklist
import Foundation
import Testing

/// A leader's folder where one inspector walked with the bundled 灵璧 form and another with a
/// copy the county had sent round a week earlier (one more comment line: another version of
/// the same checklist). The two are summarised apart; each table says which version it is,
/// the second starts on a line of its own, and the HTML report is one document.
@Suite("Two versions of one checklist in a leader's folder")
struct ChecklistVersionsCLITests {
  @Test("each summary names its version; the report is one HTML document")
  func twoVersions() throws {
    let work = try CLI.temporaryDirectory("versions")
    defer { try? FileManager.default.removeItem(at: work) }
    let bundled = try String(
      contentsOf: URL(fileURLWithPath: CLI.checklists).appendingPathComponent("lingbi-xueji.ducha"),
      encoding: .utf8)
    let older = bundled + "# 县里 10 月 20 日发的版本\n"
    let copy = work.appendingPathComponent("lingbi-xueji.ducha")
    try Data(older.utf8).write(to: copy)
    let script = work.appendingPathComponent("walk.input")
    try CLI.writeScript(try CLI.walkLines(), to: script)
    let folder = work.appendingPathComponent("第三组")
    for (unit, checklist) in [("渔沟小学", "lingbi-xueji"), ("韦集小学", copy.path)] {
      let options = CLI.walkOptions.map {
        $0 == "渔沟小学" ? unit : $0 == "lingbi-xueji" ? checklist : $0
      }
      let walk = try runDucha(
        ["inspect"] + options + ["--sessions", folder.path, "--script", script.path], in: work,
        workingDirectory: work)
      #expect(walk.status == 0, "\(walk.errors)")
    }
    let current = "灵璧县学籍管理工作专项核查记录表（清单版本 \(ContentHash.short(ContentHash.of(bundled)))）"
    let earlier = "灵璧县学籍管理工作专项核查记录表（清单版本 \(ContentHash.short(ContentHash.of(older)))）"

    let summary = try runDucha(["summary", "第三组"], in: work, workingDirectory: work)
    #expect(summary.status == 0, "\(summary.errors)")
    let lines = summary.output.components(separatedBy: "\n")
    let first = try #require(lines.firstIndex(of: current))
    let second = try #require(lines.firstIndex(of: earlier))
    // Whichever comes second starts after a blank line, not glued to the draft above it.
    let later = max(first, second)
    #expect(later > 1 && lines[later - 1].isEmpty)
    #expect(lines.contains(current + "检查情况总结（草稿）"))
    #expect(lines.contains(earlier + "检查情况总结（草稿）"))

    // Markdown is written one version's summary at a time too (each laid out and let go
    // before the next is built): both, each a document heading of its own, in the same order
    // as on the terminal, the second after a blank line.
    let markdown = try runDucha(
      ["summary", "第三组", "--format", "md"], in: work, workingDirectory: work)
    #expect(markdown.status == 0, "\(markdown.errors)")
    let mdLines = markdown.output.components(separatedBy: "\n")
    let mdFirst = try #require(mdLines.firstIndex(of: "# " + current))
    let mdSecond = try #require(mdLines.firstIndex(of: "# " + earlier))
    #expect((mdFirst < mdSecond) == (first < second))
    #expect(mdLines[max(mdFirst, mdSecond) - 1].isEmpty)

    let report = try runDucha(
      ["report", "第三组", "-o", "报告.html"], in: work, workingDirectory: work)
    #expect(report.status == 0, "\(report.errors)")
    let html = try String(contentsOf: work.appendingPathComponent("报告.html"), encoding: .utf8)
    #expect(html.components(separatedBy: "<!DOCTYPE html>").count == 2)
    #expect(html.components(separatedBy: "</html>").count == 2)
    #expect(html.contains("<h1>\(current)</h1>") && html.contains("<h1>\(earlier)</h1>"))
  }
}
