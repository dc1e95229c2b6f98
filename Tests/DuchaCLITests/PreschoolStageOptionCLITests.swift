import Foundation
import Testing

/// `--stage 学前`, typed by a leader who saw a kindergarten's 学段 printed as 学前: taken for a
/// kindergarten's form (the session records no stage, which older versions read), refused with
/// what to type for a form that scores by 学段. End to end with the binary, as on a laptop.
@Suite("--stage 学前", .serialized)
struct PreschoolStageOptionCLITests {
  @Test("a kindergarten: taken, and the file records no stage")
  func aKindergartenTakesIt() throws {
    let laptop = try Laptop("preschool-stage")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(KindergartenStageCLITests.walk, to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "jinan-youeryuan", "--unit", "城关幼儿园", "--stage", "学前",
      "--group", "一组", "--inspector", "王芳", "--date", "2024-05-10", "--sessions",
      laptop.url("一组").path, "--script", script.path,
    ])
    #expect(inspect.status == 0, "\(inspect.errors)")
    #expect(!inspect.output.contains("单位学段"))
    #expect(inspect.output.contains("总分：108  结论：通过\n"))
    let file = try CLI.sessionFile(of: "城关幼儿园", in: laptop.url("一组"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    let unit = try #require(json["unit"] as? [String: Any])
    #expect(unit["stages"] as? [String] == [])
    let summary = try laptop.run(["summary", "一组", "--format", "md"])
    #expect(summary.output.contains("| 1 | 城关幼儿园 | 学前 | 108 | 108 | 通过 |"))
  }

  /// Without a terminal the script's next line would be taken as the stage: the start stops
  /// instead (on a terminal the stage is asked: `StartRefusalTests`).
  @Test("a school's form: refused with what to type; a script stops, no session")
  func aSchoolFormRefusesIt() throws {
    let laptop = try Laptop("preschool-stage-school")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["小学", "退出"], to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--unit", "城关小学", "--stage", "学前", "--group",
      "一组", "--inspector", "王芳", "--date", "2024-05-10", "--sessions", "一组", "--script",
      script.path,
    ])
    #expect(inspect.status == 1, "\(inspect.errors)")
    #expect(
      inspect.output
        == "✗ --stage 学前：本清单按学段检查（小学/初中），没有“学前”（学前只用于幼儿园的清单）。请改写 --stage 小学、--stage 初中（可写几次）。\n"
        + "不在终端上运行，不再提问：请改正命令行里的 --stage 后重新运行。没有建立检查记录。\n", "\(inspect.output)")
    #expect(!FileManager.default.fileExists(atPath: laptop.url("一组").path))
  }

  @Test("a word that is no stage, and 学前 beside a school stage: exact messages, exit 64")
  func malformedStages() throws {
    let laptop = try Laptop("preschool-stage-malformed")
    defer { laptop.remove() }
    let unknown = try laptop.run(["inspect", "--checklist", "jinan-youeryuan", "--stage", "幼儿园"])
    #expect(unknown.status == 64)
    #expect(
      unknown.errors.hasPrefix("--stage 只能是 “小学”“初中”“高中”，幼儿园写“学前”（写的是“幼儿园”）。\n"),
      "\(unknown.errors)")
    let both = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--stage", "学前", "--stage", "小学",
    ])
    #expect(both.status == 64)
    #expect(
      both.errors.hasPrefix(
        "--stage 学前 不能与其他学段同写：幼儿园只写 --stage 学前，学校写 “小学”“初中”“高中”。\n"), "\(both.errors)")
  }
}

/// `--stage 高中` typed for a form of 小学、初中 (the leader copied the command line of a 高中
/// visit): the session would record a stage the form cannot score and batch the unit apart
/// from its peers. Refused with the form's stages and what to type, then asked among them on a
/// terminal (a script stops); a form of one stage takes its own and says so. End to end with
/// the binary.
@Suite("--stage the form does not have", .serialized)
struct ForeignStageOptionCLITests {
  func stages(of unit: String, in laptop: Laptop) throws -> [String]? {
    let file = try CLI.sessionFile(of: unit, in: laptop.url("一组"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    return (json["unit"] as? [String: Any])?["stages"] as? [String]
  }

  @Test("高中 beside 小学 on a form of 小学、初中: refused; a script stops, no session")
  func aStageTheFormLacksIsRefusedThenAsked() throws {
    let laptop = try Laptop("foreign-stage")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["初中", "退出"], to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--unit", "城关中学", "--stage", "小学", "--stage",
      "高中", "--group", "一组", "--inspector", "王芳", "--date", "2021-10-27", "--sessions", "一组",
      "--script", script.path,
    ])
    #expect(inspect.status == 1, "\(inspect.errors)")
    #expect(
      inspect.output
        == "✗ --stage 高中：本清单的学段只有小学、初中，没有高中。请改写 --stage 小学、--stage 初中（可写几次）；"
        + "检查高中请选学段有高中的清单（ducha show 清单 可看学段）。\n"
        + "不在终端上运行，不再提问：请改正命令行里的 --stage 后重新运行。没有建立检查记录。\n", "\(inspect.output)")
    #expect(!FileManager.default.fileExists(atPath: laptop.url("一组").path))
  }

  /// A town's 学段 as its form's header writes it, `小学、初中`: refused before (“写的是
  /// “小学、初中””), though the prompt takes the same words.
  @Test("--stage 小学、初中 in one value: both recorded, nothing asked")
  func twoStagesInOneValue() throws {
    let laptop = try Laptop("stages-one-value")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["退出"], to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "huili-kaohe-xiangzhen", "--unit", "城关镇", "--stage", "小学、初中",
      "--group", "一组", "--inspector", "王芳", "--date", "2020-11-05", "--year", "2020",
      "--sessions", "一组", "--script", script.path,
    ])
    #expect(inspect.status == 2, "\(inspect.errors)")
    #expect(!inspect.output.contains("单位学段"), "\(inspect.output)")
    #expect(try stages(of: "城关镇", in: laptop) == ["小学", "初中"])
  }

  @Test("小学 on a form of 初中 only: said, and the form's stage recorded")
  func aFormOfOneStageTakesItsOwn() throws {
    let laptop = try Laptop("foreign-stage-single")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["退出"], to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "lixin-chuzhong-2016", "--unit", "城关中学", "--stage", "小学",
      "--group", "一组", "--inspector", "王芳", "--date", "2016-10-27", "--sessions", "一组",
      "--script", script.path,
    ])
    #expect(inspect.status == 2, "\(inspect.errors)")
    #expect(
      inspect.output.hasPrefix(
        "✗ --stage 小学：本清单的学段只有初中，没有小学。本次记为初中；检查小学请选学段有小学的清单（ducha show 清单 可看学段）。\n"
          + "已建立检查记录："), "\(inspect.output)")
    #expect(try stages(of: "城关中学", in: laptop) == ["初中"])
  }

  @Test("stages the form has: no message, recorded as given")
  func theFormsOwnStagesAreTaken() throws {
    let laptop = try Laptop("foreign-stage-own")
    defer { laptop.remove() }
    let script = laptop.url("walk.txt")
    try CLI.writeScript(["退出"], to: script)
    let inspect = try laptop.run([
      "inspect", "--checklist", "lingbi-xueji", "--unit", "城关小学", "--stage", "小学", "--group",
      "一组", "--inspector", "王芳", "--date", "2021-10-27", "--sessions", "一组", "--script",
      script.path,
    ])
    #expect(inspect.output.hasPrefix("已建立检查记录："), "\(inspect.output)")
    #expect(try stages(of: "城关小学", in: laptop) == ["小学"])
  }
}
