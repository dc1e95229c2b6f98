import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// Issue 8 point 10: 指标浮动 without retyping — 上年.* come from the same unit's inspection of
/// the previous year, with where they came from; and `followup` saves next to its folder.
@Suite("Last year's figures and where follow-ups go", .serialized)
struct LastYearCLITests {
  /// 渔沟中学's 2019 inspection with the 会理 school form: 小学入学率 99.2, 初中入学率 98.5.
  static func lastYear(in folder: URL) throws -> Session {
    let path = CLI.repoRoot.appendingPathComponent("Checklists/huili-kaohe-xuexiao.ducha").path
    let checklist = try #require(ChecklistLoader.load(path: path).0)
    var session = Session(
      id: "2019aaaa", checklist: checklist,
      unit: Session.Unit(name: "渔沟中学", kind: .school, stages: [.primary, .junior]), group: "一组",
      inspectors: ["李明"], date: "2019-11-05", year: 2019, now: "2019-11-05T09:00:00+08:00")
    session.answers.values["小学入学率"] = Answer(.number(Decimal(string: "99.2")!))
    session.answers.values["初中入学率"] = Answer(.number(Decimal(string: "98.5")!))
    session.status = .complete
    try SessionStore(directory: folder.path).save(&session)
    return session
  }

  static let start = [
    "inspect", "--checklist", "huili-kaohe-xuexiao", "--unit", "渔沟中学", "--stage", "小学", "--stage",
    "初中", "--group", "一组", "--inspector", "王芳", "--date", "2020-11-03", "--year", "2020",
  ]

  @Test("上年 values come from last year's session in --last-year, named, still overridable")
  func fromLastYearFolder() throws {
    let laptop = try Laptop("lastyear")
    defer { laptop.remove() }
    _ = try Self.lastYear(in: laptop.url("2019"))
    let script = laptop.url("s.txt")
    try CLI.writeScript(["到 3.4.1", "", "改 上年小学入学率", "99", "复核学籍系统，去年数据有误", "退出"], to: script)
    let run = try laptop.run(
      Self.start + [
        "--sessions", laptop.url("2020").path, "--last-year", "2019", "--script", script.path,
      ])
    #expect(run.status == 2, "\(run.errors)")
    let file = "2019/2019-11-05_渔沟中学_huili-kaohe-xuexiao_2019aaaa.json"
    #expect(
      run.output.contains(
        "上年数值取自 \(file)（2019-11-05，李明）：小学入学率 99.2、初中入学率 98.5。可以改，改时要写理由。"))
    #expect(run.output.contains("回车=99.2（取自 2019-11-05 的检查）"))
    let saved = try #require(SessionFiles.sessionFiles(in: laptop.url("2020")).first)
    let session = try SessionFiles.load(saved)
    #expect(session.previousValues["小学入学率"] == Decimal(string: "99.2"))
    #expect(session.previousInspection?.file == file)
    #expect(session.previousInspection?.sessionID == "2019aaaa")
    // Overridden with a reason: the typed value and the reason are kept.
    #expect(session.answers.values["上年小学入学率"]?.value == .number(99))
    #expect(session.answers.values["上年小学入学率"]?.reason == "复核学籍系统，去年数据有误")
  }

  @Test("last year's session in the sessions folder itself is found without --last-year")
  func fromSessionsFolder() throws {
    let laptop = try Laptop("samefolder")
    defer { laptop.remove() }
    _ = try Self.lastYear(in: laptop.url("Sessions"))
    let script = laptop.url("s.txt")
    try CLI.writeScript(["退出"], to: script)
    let run = try laptop.run(Self.start + ["--script", script.path])
    #expect(
      run.output.hasPrefix(
        "上年数值取自 Sessions/2019-11-05_渔沟中学_huili-kaohe-xuexiao_2019aaaa.json（2019-11-05，李明）"))

    // Another school has no record: the inspector is told the figures must be typed.
    let other = try laptop.run(
      Self.start.map { $0 == "渔沟中学" ? "大路中学" : $0 } + ["--script", script.path])
    #expect(other.output.hasPrefix("没有找到大路中学上一年的检查记录（找过 Sessions）；上年数值须录入。"))
  }

  @Test("followup saves into 回头看/ next to the folder it follows up, or where --sessions says")
  func followUpFolder() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("followup")
    defer { laptop.remove() }
    let build = try laptop.run(["problems", "build", "第三组"])
    #expect(build.status == 0, "\(build.errors)")
    let script = laptop.url("s.txt")
    try CLI.writeScript(["是", "整改照片1.jpg"], to: script)
    let run = try laptop.run([
      "followup", "第三组", "--unit", "渔沟小学", "--inspector", "王芳", "--date", "2022-10-10",
      "--script", script.path,
    ])
    #expect(run.status == 2, "\(run.errors)")
    #expect(SessionFiles.sessionFiles(in: laptop.url("回头看")).count == 1)
    #expect(!FileManager.default.fileExists(atPath: laptop.url("Sessions").path))
    let summary = try laptop.run(["summary", "回头看"])
    #expect(summary.status == 0, "\(summary.errors)")

    let elsewhere = try laptop.run([
      "followup", "第三组", "--unit", "渔沟小学", "--inspector", "王芳", "--date", "2022-10-11",
      "--sessions", "复查", "--script", script.path,
    ])
    #expect(elsewhere.status == 2, "\(elsewhere.errors)")
    #expect(SessionFiles.sessionFiles(in: laptop.url("复查")).count == 1)
  }
}
