import Foundation
import Testing

/// Two inspectors of 三组 point the same three classes at 渔沟小学. 李辉 types the grade and the
/// class apart (三年级, 2班); 王雷 types them whole and his own way (三（2）班, 4年级１班), and
/// names the two missing children the other way round (李四 张三). Their figures and children
/// agree, so the leader's summary must count each class once, with no conflict to decide:
/// 84.5, as each scored it.
@Suite("One class typed two ways by two inspectors")
struct ClassSpellingMergeCLITests {
  @Test("三年级2班 and 三（2）班 are one class in the summary: 84.5, not 83")
  func sameClassesDifferentSpelling() throws {
    let work = try CLI.temporaryDirectory("class-spelling")
    defer { try? FileManager.default.removeItem(at: work) }
    let lines = try CLI.walkLines()
    // 王雷's walk: the same answers with the first two classes typed whole at 年级.
    var wang = lines
    let third = try #require(wang.firstIndex(of: "三年级"))
    #expect(wang[third + 1] == "2班")
    wang.replaceSubrange(third...(third + 1), with: ["三（2）班"])
    let fourth = try #require(wang.firstIndex(of: "四年级"))
    #expect(wang[fourth + 1] == "1班")
    wang.replaceSubrange(fourth...(fourth + 1), with: ["4年级１班"])
    let missing = try #require(wang.firstIndex(of: "张三、李四"))
    wang[missing] = "李四 张三"
    try CLI.writeScript(lines, to: work.appendingPathComponent("李辉.input"))
    try CLI.writeScript(wang, to: work.appendingPathComponent("王雷.input"))

    for name in ["李辉", "王雷"] {
      let walk = try runDucha(
        [
          "inspect", "--checklists", CLI.checklists, "--checklist", "lingbi-xueji", "--unit",
          "渔沟小学", "--stage", "小学", "--group", "三组", "--inspector", name, "--date",
          "2021-10-27", "--sessions", "第三组", "--script", "\(name).input",
        ], in: work, workingDirectory: work)
      #expect(walk.status == 0, "\(walk.errors)")
      #expect(walk.output.contains("总分：84.5"))
    }
    let summary = try runDucha(
      ["summary", "第三组", "--checklists", CLI.checklists], in: work, workingDirectory: work)
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("   1  渔沟小学  84.5  84.5"), "\(summary.output)")
    #expect(!summary.output.contains("ducha merge"))
    // 5 人籍一致情况 lost 1.5 (3 × 0.5) in each walk, not 3 for six children counted twice.
    #expect(summary.output.contains("5、人籍一致情况。1个单位在此项失分（满分10分，平均得分8.5分）：渔沟小学失1.5分。"))
  }
}
