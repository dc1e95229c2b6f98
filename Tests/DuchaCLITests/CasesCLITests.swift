import Foundation
import Testing

/// `ducha cases …` end to end, from a temporary folder: import twice, the walk to 销号, and two
/// processes changing one case at once.
struct CasesCLITests {
  /// The main output of `ducha compare --reveal`: its columns, a title row above the header.
  static let compareList = """
    \u{FEFF}疑似失学辍学名单（截止日期 2021-08-31，6-15 周岁）
    序号,身份证件号,姓名,性别,出生日期,年龄,乡镇,责任学校,特殊群体,来源,备注,监护人
    1,990101201301010011,张小明,男,2013-01-01,8,渔沟镇,渔沟小学,留守,公安.csv:2,,张大山
    2,990101201402020022,李小红,女,2014-02-02,7,渔沟镇,渔沟小学,,公安.csv:3,,李四
    3,990101201203030033,王小五,男,2012-03-03,9,大庙乡,大庙小学,建档立卡,民政.csv:2,,王五
    4,990101201203******,赵**,男,,,大庙乡,大庙小学,,民政.csv:3,,

    """

  static func folder(_ label: String) throws -> (URL, [String]) {
    let folder = try CLI.temporaryDirectory("cases-\(label)")
    try Data(compareList.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    return (folder, ["--ledger", folder.appendingPathComponent("县台账/cases.sqlite").path])
  }

  /// Walks the scripted 灵璧 inspection of 渔沟小学 (籍在人不在 张三、李四 in 三年级2班) into
  /// `folder/Sessions`; returns the session's path relative to `folder`.
  static func walkedSession(in folder: URL) throws -> String {
    let walk = try runDucha(
      ["inspect"] + CLI.walkOptions + [
        "--sessions", folder.appendingPathComponent("Sessions").path, "--script",
        CLI.walkScript.path,
      ], in: folder)
    #expect(walk.output.contains("总分：84.5"))
    let file = try #require(
      try FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("Sessions").path
      ).first { $0.hasSuffix(".json") })
    return "Sessions/" + file
  }

  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  /// A clerk types one child's number with the Chinese input method's full-width digits, and
  /// the next list has it in plain digits: one child, one case.
  @Test func fullWidthNumberIsTheSameChild() throws {
    let folder = try CLI.temporaryDirectory("cases-full-width")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      "姓名,身份证号,学校,乡镇\n张三,３４１３２３２０１５０３０１００５０,渔沟小学,渔沟镇\n张三,341323201503010050,渔沟小学,渔沟镇\n"
        .utf8
    ).write(to: folder.appendingPathComponent("名单.csv"))
    let ledger = ["--ledger", folder.appendingPathComponent("台账/cases.sqlite").path]
    let imported = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(
      imported.output
        == "名单.csv：读入 2 人，新建案例 1 个，已在台账中 1 人（不重复建案）\n  名单.csv:2：张* 新建案例 1\n"
        + "  名单.csv:3：张* 已是案例 1（疑似），与本名单 名单.csv:2 是同一个孩子，删掉其中一行\n")
    let list = try run(["list", "--format", "json", "--reveal"] + ledger, in: folder)
    #expect(list.output.contains("\"idNumber\" : \"341323201503010050\""))
  }

  @Test func importTwiceThenListMasked() throws {
    let (folder, ledger) = try Self.folder("import")
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    #expect(first.status == 1)  // the masked row is refused, the others imported
    #expect(first.output == "名单.csv：读入 3 人，新建案例 3 个，已在台账中 0 人（不重复建案）\n")
    #expect(
      first.errors == """
        名单.csv:6:22: 错误[C104]: 这一行的姓名已遮蔽（有“*”），不能据此建案例，未导入。
          改法：导入 ducha compare --reveal 输出的名单（台账本身是权限 0600 的个人信息文件）。

        """)
    let second = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    #expect(
      second.output == "名单.csv：读入 3 人，新建案例 0 个，已在台账中 3 人（不重复建案）\n  3 人已在台账中，未改变\n")
    let list = try run(["list", "--school", "渔沟小学"] + ledger, in: folder)
    #expect(
      list.output == """
        编号  姓名  身份证号            乡镇    学校      状态  劝返  期限
        ────  ────  ──────────────────  ──────  ────────  ────  ────  ────
           1  张**  990101***********1  渔沟镇  渔沟小学  疑似     0
           2  李**  990101***********2  渔沟镇  渔沟小学  疑似     0
        共 2 例：疑似 2

        """)
    let json = try run(["list", "--format", "json", "--reveal"] + ledger, in: folder)
    #expect(json.output.contains("\"name\" : \"王小五\""))
    #expect(json.output.contains("\"note\" : \"建档立卡\""))
    // The default ledger is Ledger/ledger.sqlite in the current folder, beside Sessions/.
    let local = try run(["import", "名单.csv", "--by", "李辉"], in: folder)
    #expect(local.output.hasPrefix("名单.csv：读入 3 人，新建案例 3 个"))
    let attributes = try FileManager.default.attributesOfItem(
      atPath: folder.appendingPathComponent("Ledger/ledger.sqlite").path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test func aCaseFromImportToCloseAndTheOverdueList() throws {
    let (folder, ledger) = try Self.folder("walk")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    let steps: [([String], String)] = [
      (["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"], "案例 1（张**）：确认辍学\n"),
      (
        [
          "update", "1", "--visit", "--date", "2021-10-12", "--visitors", "王老师", "--outcome", "不同意",
          "--by", "李辉",
        ],
        "案例 1（张**）：劝返中\n"
      ),
      (
        ["update", "1", "--notice", "--date", "2021-10-28", "--by", "李辉"],
        "案例 1（张**）：限期复学，复学期限 2021-11-04\n"
      ),
      (["overdue", "--today", "2021-11-04"], "2021-11-04：没有逾期的限期复学通知。\n"),
    ]
    for (arguments, expected) in steps {
      let result = try run(arguments + ledger, in: folder)
      #expect(result.output == expected, "\(arguments)")
      #expect(result.status == 0, "\(arguments): \(result.errors)")
    }
    let overdue = try run(["overdue", "--today", "2021-11-05"] + ledger, in: folder)
    #expect(
      overdue.output.hasPrefix(
        "2021-11-05：1 例限期复学已过期限\n  1  张**  渔沟小学  通知 2021-10-28  期限 2021-11-04  逾期 1 天  逾期\n"))
    let early = try run(
      ["update", "1", "--overdue", "--today", "2021-11-04", "--by", "李辉"] + ledger, in: folder)
    #expect(early.status == 1)
    #expect(early.errors.hasPrefix("案例 1（张**）现在是“限期复学”，复学期限是 2021-11-04，今天 2021-11-04 还没有过期。"))
    let close = try run(
      ["close", "1", "--date", "2021-11-10", "--school", "渔沟小学", "--class", "三年级2班", "--by", "李辉"]
        + ledger,
      in: folder)
    #expect(close.output == "案例 1（张**）：已复学销号\n")
    let show = try run(["show", "1"] + ledger, in: folder)
    #expect(show.output.contains("  复学：2021-11-10 渔沟小学 三年级2班\n"))
    #expect(show.output.contains("限期复学通知（劝返中 → 限期复学） 复学期限：2021-11-04；通知日期：2021-10-28"))
    #expect(!show.output.contains("张小明") && !show.output.contains("990101201301010011"))
  }

  /// A clerk with the Chinese input method still on types the dates full-width: they are the
  /// same days (they were refused as “不是有效的日期”), and a day that does not exist is still
  /// refused.
  @Test func fullWidthDatesFromAChineseInputMethod() throws {
    let (folder, ledger) = try Self.folder("full-width")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    _ = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + ledger, in: folder)
    let notice = try run(
      ["update", "1", "--notice", "--date", "２０２１－１０－２８", "--by", "李辉"] + ledger, in: folder)
    #expect(notice.status == 0, "\(notice.errors)")
    #expect(notice.output == "案例 1（张**）：限期复学，复学期限 2021-11-04\n")
    let overdue = try run(["overdue", "--today", "２０２１／１１／０５"] + ledger, in: folder)
    #expect(overdue.output.hasPrefix("2021-11-05：1 例限期复学已过期限\n"))
    let wrong = try run(["overdue", "--today", "２０２１－１１－３１"] + ledger, in: folder)
    #expect(wrong.status == 64)
    #expect(
      wrong.errors.contains(
        "--today “２０２１－１１－３１” 不是有效的日期。写成 2021-10-12（或 2021/10/12、2021年10月12日），要是存在的日子。\n"))
  }

  @Test func aNoticePastItsDueDayIsOverdueWithoutACommand() throws {
    let (folder, ledger) = try Self.folder("auto-overdue")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    _ = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + ledger, in: folder)
    let notice = try run(
      ["update", "1", "--notice", "--date", "2021-10-28", "--by", "李辉"] + ledger, in: folder)
    #expect(notice.output == "案例 1（张**）：限期复学，复学期限 2021-11-04\n")
    // On the due day: still 限期复学. The day after: 逾期, in every reading, with no command.
    let onDueDay = try run(
      ["list", "--status", "逾期", "--today", "2021-11-04"] + ledger, in: folder)
    #expect(onDueDay.output == "没有符合条件的案例。\n")
    let list = try run(["list", "--status", "逾期", "--today", "2021-11-05"] + ledger, in: folder)
    #expect(
      list.output == """
        编号  姓名  身份证号            乡镇    学校      状态  劝返  期限
        ────  ────  ──────────────────  ──────  ────────  ────  ────  ──────────
           1  张**  990101***********1  渔沟镇  渔沟小学  逾期     0  2021-11-04
        共 1 例：逾期 1

        """)
    let show = try run(["show", "1", "--today", "2021-11-05"] + ledger, in: folder)
    #expect(show.output.hasPrefix("案例 1：张**　逾期\n"))
    #expect(show.output.hasSuffix("    （自动）2021-11-05 逾期（限期复学 → 逾期） 复学期限 2021-11-04 已过，未返校\n"))
    let overdue = try run(["overdue", "--today", "2021-11-05"] + ledger, in: folder)
    #expect(
      overdue.output.hasPrefix(
        "2021-11-05：1 例限期复学已过期限\n  1  张**  渔沟小学  通知 2021-10-28  期限 2021-11-04  逾期 1 天  逾期\n"))
    // The 报告书 to the township, dated after the due day, includes the case.
    let report = folder.appendingPathComponent("报告书.html").path
    let written = try run(
      ["register", "报告书", "-o", report, "--date", "2021-11-06"] + ledger, in: folder)
    #expect(written.status == 0, "\(written.errors)")
    #expect(try String(contentsOfFile: report, encoding: .utf8).contains("张**"))
    // Reported without marking 逾期 first; the history says from which state.
    let reported = try run(
      [
        "update", "1", "--report", "--date", "2021-11-06", "--decision", "渔政罚决字〔2021〕3号",
        "--today", "2021-11-06", "--by", "李辉",
      ] + ledger, in: folder)
    #expect(reported.output == "案例 1（张**）：报乡镇\n", "\(reported.errors)")
    let after = try run(["show", "1"] + ledger, in: folder)
    #expect(after.output.contains(" 报乡镇（逾期 → 报乡镇） 报告日期：2021-11-06；行政处罚决定书：渔政罚决字〔2021〕3号"))
    #expect(!after.output.contains("（自动）"))
  }

  /// The trial's clerk recorded, long after the due day 2021-11-04, that a child under a notice
  /// had come back on 2021-11-03: the history said 逾期 → 已复学销号, a child who returned in time
  /// recorded as past the notice. It now says 限期复学 → 已复学销号.
  @Test func aReturnInTimeRecordedLateIsNotOverdue() throws {
    let (folder, ledger) = try Self.folder("late-return")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    _ = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--date", "2021-10-20", "--by", "李辉"]
        + ledger, in: folder)
    _ = try run(
      ["update", "1", "--notice", "--date", "2021-10-28", "--by", "李辉"] + ledger, in: folder)
    let closed = try run(
      [
        "close", "1", "--date", "2021-11-03", "--school", "渔沟小学", "--class", "三年级2班", "--by",
        "李辉",
      ] + ledger, in: folder)
    #expect(closed.output == "案例 1（张**）：已复学销号\n", "\(closed.errors)")
    let show = try run(["show", "1"] + ledger, in: folder)
    #expect(
      show.output.contains(
        " 复学销号（限期复学 → 已复学销号） 复学学校：渔沟小学；复学日期：2021-11-03；班级：三年级2班\n"))
    #expect(!show.output.contains("逾期"))
  }

  /// Field trial: a child of 15 on the cut-off day who finished 初三 in June is on no roster, so
  /// `ducha compare --ages 6-15` lists them; the clerk had no result to record (`--result
  /// 初中毕业` was refused, the list of results had none), so the case stayed 疑似 or was recorded
  /// under a result that was not true. 已完成义务教育 (初中毕业) now closes it, with the proof.
  @Test func aChildWhoFinishedJuniorSchoolIsClosedAsCompleted() throws {
    let (folder, ledger) = try Self.folder("completed")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    let bare = try run(
      ["update", "3", "--result", "初中毕业", "--reason", "入户核实", "--by", "李辉"] + ledger, in: folder)
    #expect(bare.status == 1)
    #expect(
      bare.errors
        == "“已完成义务教育”（初中毕业）要写证明材料。\n  改法：加上 --proof \"初中毕业证书 编号…\"（或“学籍系统毕业记录”）。\n")
    let closed = try run(
      [
        "update", "3", "--result", "初中毕业", "--proof", "初中毕业证书 2021341323001",
        "--reason", "2021年6月初中毕业", "--date", "2021-09-06", "--by", "李辉",
      ] + ledger, in: folder)
    #expect(closed.output == "案例 3（王**）：已完成义务教育\n", "\(closed.errors)")
    let open = try run(["list", "--open"] + ledger, in: folder)
    #expect(!open.output.contains("王**"))
    let register = folder.appendingPathComponent("清理花名册.csv").path
    _ = try run(["register", "清理花名册", "-o", register] + ledger, in: folder)
    #expect(
      try String(contentsOfFile: register, encoding: .utf8).contains(
        ",已完成义务教育,证明：初中毕业证书 2021341323001,李辉,2021-09-06,已完成义务教育"))
  }

  @Test func changesAnswerInEnglishWithLangEn() throws {
    let (folder, ledger) = try Self.folder("english")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    let checked = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉", "--lang", "en"]
        + ledger,
      in: folder)
    #expect(checked.output == "case 1 (张**): dropout\n")
    let notice = try run(
      ["update", "1", "--notice", "--date", "2021-10-28", "--by", "李辉", "--lang", "en"] + ledger,
      in: folder)
    #expect(notice.output == "case 1 (张**): notice-issued, due 2021-11-04\n")
    let refused = try run(
      [
        "update", "1", "--result", "已入学", "--school", "渔沟小学", "--reason", "x", "--by", "李辉",
        "--lang", "en",
      ]
        + ledger, in: folder)
    #expect(refused.status == 1)
    #expect(
      refused.errors.hasPrefix(
        "case 1 is overdue: a check result is recorded on suspected cases only.\n  fix: "))
    // Without --lang the messages stay Chinese.
    let chinese = try run(
      ["assign", "1", "--person", "王老师", "--by", "李辉"] + ledger, in: folder)
    #expect(chinese.output == "案例 1（张**）：逾期\n")
  }

  @Test func aSessionsAbsentChildrenBecomeCases() throws {
    let (folder, ledger) = try Self.folder("session")
    defer { try? FileManager.default.removeItem(at: folder) }
    // The scripted 灵璧 walk records 籍在人不在 张三、李四 in 三年级2班 of 渔沟小学.
    let sessionPath = try Self.walkedSession(in: folder)
    let imported = try run(
      ["import", sessionPath, "--by", "李辉", "--township", "渔沟镇"] + ledger, in: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.output == "\(sessionPath)：读入 2 人，新建案例 2 个，已在台账中 0 人（不重复建案）\n")
    let again = try run(["import", sessionPath, "--by", "李辉"] + ledger, in: folder)
    #expect(again.output.hasPrefix("\(sessionPath)：读入 2 人，新建案例 0 个，已在台账中 2 人"))
    let show = try run(["show", "2", "--reveal"] + ledger, in: folder)
    #expect(show.output.hasPrefix("案例 2：李四　疑似\n"))
    #expect(show.output.contains("  乡镇：渔沟镇\n  学校：渔沟小学\n  年级班级：三年级2班\n"))
    #expect(show.output.contains("来源：\(sessionPath):点名 三年级2班 籍在人不在 第2人（2021-10-27）"))
  }

  @Test func twoProcessesChangingOneCaseAtOnceLoseNothing() throws {
    let (folder, ledger) = try Self.folder("concurrent")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    _ = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "核实", "--by", "李辉"] + ledger, in: folder)
    let binary = try CLI.binary().path
    let path = ledger[1]
    // Two terminals, each recording 10 visits to case 1, one right after the other.
    func loop(_ who: String) -> String {
      """
      for i in 1 2 3 4 5 6 7 8 9 10; do
        '\(binary)' cases update 1 --ledger '\(path)' --visit --date 2021-10-12 \
          --visitors \(who)$i --outcome 同意 --by \(who) >/dev/null || echo "\(who)$i failed" >> failures
      done
      """
    }
    // Two shells started side by side (a shell's own `wait` hangs when the test runner
    // ignores SIGCHLD), each waited for here.
    let shells = try ["甲", "乙"].map { who in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", loop(who)]
      process.currentDirectoryURL = folder
      try process.run()
      return process
    }
    for shell in shells {
      #expect(poll(timeout: 300) { !shell.isRunning })
      shell.waitUntilExit()
      #expect(shell.terminationStatus == 0)
    }
    let show = try run(["show", "1", "--reveal"] + ledger, in: folder)
    #expect(show.output.contains("  劝返走访 20 次：\n"))
    for who in ["甲", "乙"] {
      for i in 1...10 { #expect(show.output.contains("2021-10-12 \(who)\(i)：同意\n"), "\(who)\(i)") }
    }
    // 1 import + 1 check + 20 visits, numbered without gaps.
    #expect(show.output.contains("\n    22. ") && !show.output.contains("\n    23. "))
  }
}
