import Foundation
import Testing

/// 王雷 started 渔沟小学 first, called the roll of 三年级2班 and left the 全校 figures for later;
/// 李辉 walked the whole form and gave them (3 classes, 134 pupils). The merged record kept the
/// first inspector's 全校 figures only, so 12 班级差额比率 stayed 待定 though 李辉 had them; had
/// 王雷 typed others, one inspector's figures would have been used with no conflict shown. Now
/// the figures merge like the registry's counts: the one given is used, different ones are
/// conflicts the leader chooses between (or corrects with 改) in `ducha merge`.
@Suite struct WholeSchoolMergeCLITests {
  static func folder(_ label: String, wholeSchool: [String]) throws -> (URL, URL) {
    let work = try CLI.temporaryDirectory(label)
    let folder = work.appendingPathComponent("第三组")
    let script = work.appendingPathComponent("王雷.input")
    try CLI.writeScript(
      ["点名", "三年级", "2班", "45", "42", "1", "张三、李四", ""] + wholeSchool + ["退出"], to: script)
    let wang = try CLI.walkAlone(as: "王雷", script: script, sessions: folder, in: work)
    #expect(wang.status == 2, "\(wang.errors)")
    sleep(1)  // 李辉's record is created later: 王雷's comes first in the merge
    let walk = try CLI.walkAlone(as: "李辉", script: CLI.walkScript, sessions: folder, in: work)
    #expect(walk.status == 0, "\(walk.errors)")
    return (work, folder)
  }

  @Test func figuresLeftForLaterAreTakenFromTheColleague() throws {
    let (work, folder) = try Self.folder("whole-school-later", wholeSchool: ["", ""])
    defer { try? FileManager.default.removeItem(at: work) }
    let summary = try runDucha(
      ["summary", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("   1  渔沟小学  84.5  84.5"), "\(summary.output)")
    #expect(!summary.output.contains("有待定项目的单位"), "\(summary.output)")
  }

  @Test func differentFiguresAreAConflictForTheLeader() throws {
    let (work, folder) = try Self.folder("whole-school-differ", wholeSchool: ["4", "130"])
    defer { try? FileManager.default.removeItem(at: work) }
    let summary = try runDucha(
      ["summary", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("  渔沟小学：12\n"), "\(summary.output)")
    #expect(summary.output.contains("  渔沟小学 全校实有班级数：王雷 4 / 李辉 3\n"), "\(summary.output)")
    #expect(summary.output.contains("  渔沟小学 全校在校生数：王雷 130 / 李辉 134\n"), "\(summary.output)")

    let choices = work.appendingPathComponent("选择.input")
    try CLI.writeScript(["2", "李辉数过", "改 3", "班主任名册：3个班"], to: choices)
    let merge = try runDucha(
      ["merge", folder.path, "--by", "张徽", "--checklists", CLI.checklists],
      stdin: choices, in: work)
    #expect(merge.status == 0, "\(merge.errors)")
    let after = try runDucha(
      ["summary", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(after.output.contains("   1  渔沟小学  84.5  84.5"), "\(after.output)")
  }
}
