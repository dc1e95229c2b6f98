import Foundation
import Testing

/// The leader types `--unit "渔沟 小学"` (the input method's space; a full-width one too) for the
/// school the records keep as 渔沟小学, as inspectors' names are kept. `notice` answered
/// 问题清单里没有“渔沟 小学”的问题 and `sheet` 没有“渔沟 小学”的检查记录, listing 渔沟小学 among
/// the units; both now write the school's document.
@Suite struct UnitOptionSpaceCLITests {
  @Test func aSpaceInTheUnitNamesTheSameSchool() throws {
    let work = try CLI.temporaryDirectory("unit-space")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoUnits(in: work)
    let checklists = ["--checklists", CLI.checklists]
    let build = try runDucha(["problems", "build", folder.path] + checklists, in: work)
    #expect(build.status == 0, "\(build.errors)")
    let notice = try runDucha(
      ["notice", folder.path, "--unit", "渔沟 小学", "-o", "通知书.html"] + checklists, in: work,
      workingDirectory: work)
    #expect(notice.status == 0, "\(notice.errors)")
    let page = try String(
      contentsOf: work.appendingPathComponent("通知书.html"), encoding: .utf8)
    #expect(page.contains("<p class=\"to\">渔沟小学：</p>"))
    #expect(!page.contains("韦集小学"))
    let sheet = try runDucha(
      ["sheet", folder.path, "--unit", "渔沟\u{3000}小学", "-o", "记录表.html"] + checklists,
      in: work, workingDirectory: work)
    #expect(sheet.status == 0, "\(sheet.errors)")
    let record = try String(
      contentsOf: work.appendingPathComponent("记录表.html"), encoding: .utf8)
    #expect(record.contains("渔沟小学"))
    #expect(!record.contains("韦集小学"))
  }
}
