import Foundation
import Testing

/// 会理 学校考核 1.1 机构健全 counts two different things: 专题会议 held short of four (每减少一次
/// 扣1分) and meetings without records (每缺一次扣0.5分). A school with no meetings and 98
/// meetings typed without records had 例数 102 in its 问题清单, a sum of meetings short and
/// records missing that counts nothing. The counts now stay apart, in the order of the rules
/// (the same order as the reasons in 问题): `4；98`.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct UnlikeCountsCLITests {
  @Test func countsOfDifferentThingsAreNotAddedUp() throws {
    let work = try CLI.temporaryDirectory("unlike-counts")
    defer { try? FileManager.default.removeItem(at: work) }
    let script = work.appendingPathComponent("s.input")
    try Data("是\n是\n0\n98\n退出\n".utf8).write(to: script)
    let folder = work.appendingPathComponent("一组")
    let checklists = ["--checklists", CLI.checklists]
    let walk = try runDucha(
      [
        "inspect", "--checklist", "huili-kaohe-xuexiao", "--unit", "城关小学", "--stage", "小学",
        "--group", "一组", "--inspector", "李辉", "--year", "2018", "--date", "2018-12-28",
        "--sessions", folder.path, "--script", script.path,
      ] + checklists, in: work)
    #expect(walk.status == 2, "\(walk.errors)")

    let build = try runDucha(["problems", "build", folder.path] + checklists, in: work)
    #expect(build.status == 0, "\(build.errors)")
    #expect(build.output.contains("   1  城关小学  1.1   专题会议次数   4；98  对照“建立健全"), "\(build.output)")
    #expect(!build.output.contains("102"), "\(build.output)")

    let csv = try runDucha(
      ["problems", "show", folder.path, "--format", "csv"] + checklists, in: work)
    #expect(
      csv.output.contains(
        "缺会议记录次数 98 例 × 0.5 分 = 49 分，扣 1 分（扣完为止）,,4；98,5,"), "\(csv.output)")
  }
}
