import Foundation
import Testing

/// 李辉 and 王雷 left 渔沟小学 half-way (`退出` after the first 50 answers of the walk): 8 items
/// have no score. `problems build` and `notice` still gave a 问题清单 and a 整改通知书 of the 7
/// items checked, as if that were the whole inspection. Both now name the unscored items on the
/// terminal, and the notice carries the same words in a box above its title; `summary` and
/// `report` say it too.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct UnfinishedInspectionCLITests {
  static let statement =
    "渔沟小学的检查没有完成（李辉、王雷，2021-10-27）：8 项没有评分（4.2 ②制度执行、6.1 ①学校基本信息、"
    + "6.2 ②年级班级设置信息、7.4 非关键信息·监护人等、7.5 非关键信息·奖惩评语成绩等、9 学籍管理政策宣传、"
    + "10 跨省业务办理情况、11 学籍差额比率）"

  @Test func problemsAndNoticeSayWhichItemsAreUnscored() throws {
    let work = try CLI.temporaryDirectory("unfinished")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("第三组")
    _ = try CLI.startAndQuit(
      answers: Array(try CLI.walkLines().prefix(50)), sessions: folder, in: work)
    let checklists = ["--checklists", CLI.checklists]

    let build = try runDucha(["problems", "build", folder.path] + checklists, in: work)
    #expect(build.status == 0, "\(build.errors)")
    #expect(build.output.contains("   7  渔沟小学  7.2"), "\(build.output)")
    #expect(
      build.errors.contains(
        "注意：\(Self.statement)。问题清单只列出已评分项目的问题。请检查人员用 ducha resume 做完检查，"
          + "再重新运行 ducha problems build \(folder.path)（已填的责任人、期限保留）。\n"),
      "\(build.errors)")

    let html = work.appendingPathComponent("通知书.html")
    let notice = try runDucha(["notice", folder.path, "-o", html.path] + checklists, in: work)
    #expect(notice.status == 0, "\(notice.errors)")
    #expect(
      notice.errors.contains(
        "注意：\(Self.statement)。整改通知书只列出已评分项目的问题。请检查人员用 ducha resume 做完检查，"
          + "再重新运行 ducha problems build（已填的责任人、期限保留）、重新出通知书。\n"), "\(notice.errors)")
    let box = "检查未完成：\(Self.statement)。本通知书只列出已评分项目的问题，检查完成后请重新生成，本稿不得发出"
    let page = try String(contentsOf: html, encoding: .utf8)
    #expect(page.contains("<p class=\"draft\">\(box)</p>\n<h1>"), "\(page)")

    // The summary and the report drew the same record up as if final, without a word.
    for command in [["summary", folder.path], ["report", folder.path, "-o", "报告.html"]] {
      let run = try runDucha(command + checklists, in: work, workingDirectory: work)
      #expect(run.status == 0, "\(run.errors)")
      #expect(
        run.errors
          == "注意：\(Self.statement)。汇总按目前的记录计算，检查做完后结果可能不同。请检查人员用 ducha resume 做完检查，"
          + "再重新运行这条命令。\n", "\(command): \(run.errors)")
    }
    let english = try runDucha(["summary", folder.path, "--lang", "en"] + checklists, in: work)
    #expect(
      english.errors.hasPrefix(
        "note: the inspection of 渔沟小学 is not finished (李辉, 王雷, 2021-10-27): 8 item(s) not scored"),
      "\(english.errors)")
    #expect(
      english.errors.hasSuffix(
        "The summary counts the record as it stands; it may change once the inspection is finished. Have the inspector finish with ducha resume, then run this command again.\n"
      ), "\(english.errors)")

    let word = work.appendingPathComponent("通知书.docx")
    let docx = try runDucha(["notice", folder.path, "-o", word.path] + checklists, in: work)
    #expect(docx.status == 0, "\(docx.errors)")
    #expect(try PythonClient.dumpDocument(word.path).contains("P \(box)\n"))
  }

  /// 李辉 finished 渔沟小学; 王雷 recorded 三年级2班 otherwise and left. Item 5 is unscored because
  /// the leader has not chosen between the two roll calls, which is said with its own fix.
  @Test func aDisagreementWaitingForTheLeaderIsSaidApart() throws {
    let work = try CLI.temporaryDirectory("unfinished-conflict")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("第三组")
    let walk = try CLI.walkAlone(as: "李辉", script: CLI.walkScript, sessions: folder, in: work)
    #expect(walk.status == 0, "\(walk.errors)")
    let script = work.appendingPathComponent("王雷.input")
    try CLI.writeScript(
      ["点名", "三年级", "2班", "45", "41", "1", "", "", "3", "134", "退出"], to: script)
    let wang = try CLI.walkAlone(as: "王雷", script: script, sessions: folder, in: work)
    #expect(wang.status == 2, "\(wang.errors)")
    let build = try runDucha(
      ["problems", "build", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(build.status == 0, "\(build.errors)")
    // The two records are merged in the order of their (random) ids: either name comes first.
    #expect(build.errors.contains("注意：渔沟小学的检查没有完成（"), "\(build.errors)")
    #expect(
      build.errors.contains(
        "，2021-10-27）：1 项没有评分（5 人籍一致情况）；"
          + "检查人员记录不一致、待组长选择的 1 处：点名 三年级2班。问题清单只列出已评分项目的问题。"
          + "请用 ducha merge 选择不一致的记录，并请检查人员用 ducha resume 做完检查，"
          + "再重新运行 ducha problems build \(folder.path)（已填的责任人、期限保留）。\n"),
      "\(build.errors)")
  }

  /// A finished walk says nothing of the kind.
  @Test func aFinishedInspectionIsNotCalledUnfinished() throws {
    let work = try CLI.temporaryDirectory("finished")
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = try CLI.walkTwoUnits(in: work)
    let build = try runDucha(
      ["problems", "build", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(build.status == 0, "\(build.errors)")
    #expect(!build.errors.contains("没有完成"), "\(build.errors)")
    let notice = try runDucha(
      [
        "notice", folder.path, "-o", work.appendingPathComponent("n.html").path, "--checklists",
        CLI.checklists,
      ], in: work)
    #expect(!notice.errors.contains("没有完成"), "\(notice.errors)")
    let summary = try runDucha(["summary", folder.path, "--checklists", CLI.checklists], in: work)
    #expect(summary.status == 0)
    #expect(summary.errors == "", "\(summary.errors)")
  }
}
