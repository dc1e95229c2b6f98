import DuchaSession
import Foundation
import Testing

/// 王雷 types the school at the question in two words, `渔沟 小学`, as the input method leaves
/// them; 李辉 gave `--unit 渔沟小学`. Both walked the same answers. The leader's summary and
/// problem list used to have two schools, 渔沟 小学 and 渔沟小学, each with its own rank and
/// its own copy of every problem; they are one school, scored 84.5 as each walk was.
@Suite("A unit name typed with a space")
struct SpacedUnitNameCLITests {
  @Test("渔沟 小学 typed at the question is kept as 渔沟小学 and summarised with it")
  func typedInTwoWords() throws {
    let work = try CLI.temporaryDirectory("spaced-unit")
    defer { try? FileManager.default.removeItem(at: work) }
    let lines = try CLI.walkLines()
    try CLI.writeScript(lines, to: work.appendingPathComponent("李辉.input"))
    try CLI.writeScript(["渔沟 小学"] + lines, to: work.appendingPathComponent("王雷.input"))
    for (name, unit) in [("李辉", ["--unit", "渔沟小学"]), ("王雷", [])] {
      let walk = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--stage",
          "小学", "--group", "三组", "--inspector", name, "--date", "2021-10-27", "--sessions",
          "第三组", "--script", "\(name).input",
        ] + unit, in: work, workingDirectory: work)
      #expect(walk.status == 0, "\(walk.errors)")
      #expect(walk.output.contains("总分：84.5"))
      if name == "王雷" {
        #expect(walk.output.hasPrefix("被检查单位名称> 渔沟 小学\n"), "\(walk.output)")
      }
    }
    let files = SessionFiles.sessionFiles(in: work.appendingPathComponent("第三组"))
    #expect(files.count == 2)
    #expect(try files.map { try SessionFiles.load($0).unit.name } == ["渔沟小学", "渔沟小学"])

    let summary = try runDucha(
      ["summary", "第三组", "--checklists", CLI.checklists], in: work, workingDirectory: work)
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("   1  渔沟小学  84.5  84.5"), "\(summary.output)")
    #expect(!summary.output.contains("渔沟 小学"), "\(summary.output)")
    #expect(summary.output.contains("共检查1个单位：渔沟小学。"), "\(summary.output)")
  }

  /// A record already saved as `渔沟　小学` (by an earlier ducha, or retyped in Notepad with the
  /// input method's full-width space) is 渔沟小学 in the leader's summary and problem list.
  @Test("a record saved as 渔沟　小学 is 渔沟小学 in the summary and the problem list")
  func savedWithASpace() throws {
    let work = try CLI.temporaryDirectory("spaced-unit-file")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("第三组")
    for name in ["李辉", "王雷"] {
      let walk = try CLI.walkAlone(as: name, script: CLI.walkScript, sessions: folder, in: work)
      #expect(walk.status == 0, "\(walk.errors)")
    }
    let wang = try #require(
      SessionFiles.sessionFiles(in: folder).first {
        (try? SessionFiles.load($0).inspectors) == ["王雷"]
      })
    let text = try String(contentsOf: wang, encoding: .utf8)
    #expect(text.components(separatedBy: #""name" : "渔沟小学""#).count == 2)
    try text.replacingOccurrences(of: #""name" : "渔沟小学""#, with: "\"name\" : \"渔沟\u{3000}小学\"")
      .write(to: wang, atomically: true, encoding: .utf8)

    let summary = try runDucha(
      ["summary", "第三组", "--checklists", CLI.checklists], in: work, workingDirectory: work)
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("   1  渔沟小学  84.5  84.5"), "\(summary.output)")
    #expect(!summary.output.contains("渔沟\u{3000}小学"), "\(summary.output)")
    let build = try runDucha(
      ["problems", "build", "第三组", "--checklists", CLI.checklists], in: work,
      workingDirectory: work)
    #expect(build.status == 0, "\(build.errors)")
    let show = try runDucha(
      ["problems", "show", "第三组", "--format", "csv"], in: work, workingDirectory: work)
    let rows = show.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.contains(",渔沟小学,") }, "\(show.output)")
  }
}
