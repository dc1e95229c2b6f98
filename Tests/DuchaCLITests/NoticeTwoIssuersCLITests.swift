import Foundation
import Testing

/// 渔沟小学 was inspected with 灵璧县教育体育局's 学籍 form on 2021-10-27 and with 会理县人民政府
/// 办公室's 学校考核 on 2021-10-28. `notice` gave one 整改通知书 holding the problems of both,
/// signed by the first checklist's body, as if 会理 had issued 灵璧's findings. Each body now
/// issues its own notice (its problems, its inspection, its date), the files named by body,
/// and the leader is told; `--issuer` still puts everything in one notice.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct NoticeTwoIssuersCLITests {
  @Test func eachIssuingBodySendsItsOwnNotice() throws {
    let work = try CLI.temporaryDirectory("two-issuers")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("第三组")
    let lingbi = try CLI.walkAlone(as: "李辉", script: CLI.walkScript, sessions: folder, in: work)
    #expect(lingbi.status == 0, "\(lingbi.errors)")
    let script = work.appendingPathComponent("huili.input")
    try Data("是\n是\n0\n98\n退出\n".utf8).write(to: script)
    let checklists = ["--checklists", CLI.checklists]
    let huili = try runDucha(
      [
        "inspect", "--checklist", "huili-kaohe-xuexiao", "--unit", "渔沟小学", "--stage", "小学",
        "--group", "三组", "--inspector", "李辉", "--year", "2021", "--date", "2021-10-28",
        "--sessions", folder.path, "--script", script.path,
      ] + checklists, in: work)
    #expect(huili.status == 2, "\(huili.errors)")
    let build = try runDucha(["problems", "build", folder.path] + checklists, in: work)
    #expect(build.status == 0, "\(build.errors)")

    let out = work.appendingPathComponent("通知书")
    let notice = try runDucha(["notice", folder.path, "-o", out.path + "/"] + checklists, in: work)
    #expect(notice.status == 0, "\(notice.errors)")
    #expect(
      notice.errors.contains(
        "注意：渔沟小学的问题分属不同发文单位的清单，按发文单位各出一份通知书（2 份：会理县人民政府办公室、灵璧县教育体育局）；"
          + "要合成一份，加 --issuer 发文单位。\n"), "\(notice.errors)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["整改通知书-渔沟小学-会理县人民政府办公室.html", "整改通知书-渔沟小学-灵璧县教育体育局.html"])
    let huiliPage = try String(
      contentsOf: out.appendingPathComponent(files[0]), encoding: .utf8)
    let lingbiPage = try String(
      contentsOf: out.appendingPathComponent(files[1]), encoding: .utf8)
    #expect(huiliPage.contains("于2021年10月28日对你校进行了“会理县义务教育控辍保学工作考核细则(试行)(学校)”检查"))
    #expect(!huiliPage.contains("灵璧"))
    #expect(lingbiPage.contains("于2021年10月27日对你校进行了“灵璧县学籍管理工作专项核查记录表”检查"))
    #expect(!lingbiPage.contains("会理"))

    let one = work.appendingPathComponent("一份")
    let single = try runDucha(
      ["notice", folder.path, "-o", one.path + "/", "--issuer", "县督导室"] + checklists, in: work)
    #expect(single.status == 0, "\(single.errors)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: one.path) == ["整改通知书-渔沟小学.html"])
    #expect(!single.errors.contains("分属不同发文单位"))
  }
}
