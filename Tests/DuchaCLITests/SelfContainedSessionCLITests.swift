import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// Issue 8 point 1: a session carries the checklist it was inspected with, so the leader gets
/// exactly the inspector's totals on a laptop whose checklists are missing or different.
@Suite("Sessions carry their checklist", .serialized)
struct SelfContainedSessionCLITests {
  static func lingbiText() throws -> String {
    try String(
      contentsOf: CLI.repoRoot.appendingPathComponent("Checklists/lingbi-xueji.ducha"),
      encoding: .utf8)
  }

  @Test("a checklist only the inspector had: the leader's laptop scores from the session file")
  func checklistOnlyTheInspectorHad() throws {
    let inspector = try Laptop("inspector")
    defer { inspector.remove() }
    let custom = try Self.lingbiText()
      .replacingOccurrences(of: "清单 lingbi-xueji-2021", with: "清单 lingbi-xueji-2099")
      .replacingOccurrences(of: "标题：灵璧县学籍管理工作专项核查记录表", with: "标题：灵璧县学籍核查（2099 年版）")
    try FileManager.default.createDirectory(
      at: inspector.url("Checklists"), withIntermediateDirectories: true)
    try Data(custom.utf8).write(to: inspector.url("Checklists/lingbi-2099.ducha"))
    let walk = try inspector.run(
      [
        "inspect", "--checklist", "lingbi-xueji-2099", "--unit", "渔沟小学", "--stage", "小学",
        "--group", "三组", "--inspector", "李辉", "--date", "2021-10-27", "--sessions",
        inspector.url("Sessions").path, "--script", CLI.walkScript.path,
      ])
    #expect(walk.status == 0, "\(walk.errors)")
    #expect(walk.output.contains("总分：84.5"))
    let file = try #require(SessionFiles.sessionFiles(in: inspector.url("Sessions")).first)
    let session = try SessionFiles.load(file)
    #expect(session.formatVersion == 3)
    #expect(session.inspectedChecklist?.id == "lingbi-xueji-2099")
    #expect(session.inspectedChecklist?.source == custom)
    #expect(session.inspectedChecklist?.contentHash == ContentHash.of(custom))

    let leader = try Laptop("leader")
    defer { leader.remove() }
    try FileManager.default.createDirectory(
      at: leader.url("第三组"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: file, to: leader.url("第三组/\(file.lastPathComponent)"))
    let summary = try leader.run(["summary", "第三组"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.errors.isEmpty)
    #expect(summary.output.hasPrefix("灵璧县学籍核查（2099 年版）"))
    #expect(summary.output.contains("84.5"))
  }

  @Test("a different local version: scored as inspected, the difference named; --rescore")
  func differentLibraryVersion() throws {
    let leader = try PartialResultCLITests.laptopWithGroup("version")
    defer { leader.remove() }
    let inspected = try #require(try WalkReference.get().session.inspectedChecklist)
    // The county changed a rule afterwards: 制度未上墙 now costs 3 points instead of 1.5.
    let changed = inspected.source.replacingOccurrences(
      of: #"扣=1.5, 理由="制度未上墙""#, with: #"扣=3, 理由="制度未上墙""#)
    #expect(changed != inspected.source)
    try FileManager.default.createDirectory(
      at: leader.url("Checklists"), withIntermediateDirectories: true)
    try Data(changed.utf8).write(to: leader.url("Checklists/lingbi-xueji.ducha"))
    let old = ContentHash.short(inspected.contentHash)
    let new = ContentHash.short(ContentHash.of(changed))

    let summary = try leader.run(["summary", "第三组"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("84.5"))
    #expect(
      summary.errors.contains(
        "清单“lingbi-xueji-2021”：现在的 Checklists/lingbi-xueji.ducha（\(new)）与检查时的版本（\(old)）不同；按检查时的版本计分。要按现在的版本重新计分，加 --rescore。"
      ))

    // By hand: 4.1 loses 3 instead of 1.5 points, so 84.5 − 1.5 = 83.
    let rescored = try leader.run(["summary", "第三组", "--rescore"])
    #expect(rescored.status == 0, "\(rescored.errors)")
    #expect(rescored.output.contains("83"))
    #expect(!rescored.output.contains("84.5"))
    #expect(
      rescored.errors.contains("按 --rescore，用现在的清单 Checklists/lingbi-xueji.ducha（\(new)）重新计分"))
  }

  @Test("a version 2 file (no checklist inside) is still scored with the library's checklist")
  func versionTwoFile() throws {
    let leader = try Laptop("v2")
    defer { leader.remove() }
    var session = try WalkReference.get().session
    session.inspectedChecklist = nil
    let text = String(decoding: try SessionStore.encode(session), as: UTF8.self)
      .replacingOccurrences(of: #""formatVersion" : 3"#, with: #""formatVersion" : 2"#)
    try FileManager.default.createDirectory(
      at: leader.url("第三组"), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: leader.url("第三组/旧版.json"))
    let summary = try leader.run(["summary", "第三组"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.contains("84.5"))
  }
}

/// The issue's "done when": three inspectors' files, collected by USB into one folder on a laptop
/// that has never seen the repository and holds an edited copy of the checklist, give the leader
/// exactly the totals each inspector saw.
@Suite("Three inspectors, one leader", .serialized)
struct ThreeInspectorsCLITests {
  @Test("the leader's summary shows each inspector's own total")
  func leaderGetsInspectorsTotals() throws {
    // 人员配备 deduction per inspector: 1 (as scripted), 2 and 0 → 84.5, 83.5, 85.5.
    let cases = [
      ("渔沟小学", "李辉", "1", "84.5"), ("大路小学", "王雷", "2", "83.5"), ("韦集小学", "张敏", "0", "85.5"),
    ]
    let leader = try Laptop("three-leader")
    defer { leader.remove() }
    try FileManager.default.createDirectory(
      at: leader.url("第三组"), withIntermediateDirectories: true)
    for (unit, inspector, deduction, total) in cases {
      let laptop = try Laptop("three-\(inspector)")
      defer { laptop.remove() }
      var lines = try CLI.walkLines()
      #expect(lines[35] == "1" && lines[36].contains("EXCEL"))
      lines[35] = deduction
      if deduction == "0" { lines.remove(at: 36) }  // no deduction, no reason asked
      let script = laptop.url("walk.txt")
      try CLI.writeScript(lines, to: script)
      let walk = try laptop.run([
        "inspect", "--checklist", "lingbi-xueji", "--unit", unit, "--stage", "小学", "--group", "三组",
        "--inspector", inspector, "--date", "2021-10-27", "--sessions", "U盘", "--script",
        script.path,
      ])
      #expect(walk.output.contains("总分：\(total)"), "\(unit): \(walk.output.suffix(300))")
      for file in SessionFiles.sessionFiles(in: laptop.url("U盘")) {
        try FileManager.default.copyItem(
          at: file, to: leader.url("第三组/\(file.lastPathComponent)"))
      }
    }
    // The leader's laptop has an older, different copy of the form in ./Checklists.
    let edited = try SelfContainedSessionCLITests.lingbiText().replacingOccurrences(
      of: "每例扣分(人籍不一致人数, 每例=0.5)", with: "每例扣分(人籍不一致人数, 每例=1)")
    try FileManager.default.createDirectory(
      at: leader.url("Checklists"), withIntermediateDirectories: true)
    try Data(edited.utf8).write(to: leader.url("Checklists/lingbi-xueji.ducha"))

    let summary = try leader.run(["summary", "第三组", "--format", "csv"])
    #expect(summary.status == 0, "\(summary.errors)")
    for (unit, _, _, total) in cases {
      let row = summary.output.components(separatedBy: "\n").first { $0.contains(unit) }
      #expect(row?.contains(total) == true, "\(unit): \(row ?? "no row")")
    }
  }
}
