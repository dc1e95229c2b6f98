import Foundation
import Testing

/// `ducha cases show 1 --lang en` printed the whole case in Chinese (状态, 身份证号, 历史, 核查（疑似
/// → 确认辍学） 理由：…), and other `cases` lines named a history's action in Chinese inside English
/// (`'重新打开' needs a reason.`, keep-copy's `case 2's “核查”`); `cases register 花名` and
/// `cases list -o x.xls` refused in Chinese. The ledger keeps its Chinese words; each is now
/// said in English under `--lang en`, and Chinese without `--lang` is unchanged.
struct CasesShowEnglishCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  /// The clock's times (`2026-12-05 10:55`) as `<time>`; everything else compared exactly.
  func timeless(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, with: "<time>", options: .regularExpression)
  }

  @Test func aCaseAndItsHistoryAreShownInEnglish() throws {
    let folder = try CLI.temporaryDirectory("cases-show-english")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(CasesCLITests.compareList.utf8).write(to: folder.appendingPathComponent("名单.csv"))
    for change in [
      ["import", "名单.csv", "--by", "李辉"],
      ["assign", "1", "--school", "渔沟小学", "--person", "王老师", "--by", "李辉"],
      [
        "update", "1", "--result", "确认辍学", "--reason", "入户核实", "--date", "2021-10-08", "--by", "李辉",
      ],
      [
        "update", "1", "--visit", "--date", "2021-10-12", "--visitors", "王老师", "--outcome", "同意返校",
        "--by", "李辉",
      ],
      ["update", "1", "--notice", "--date", "2021-10-28", "--by", "李辉"],
    ] {
      // The list's fourth row is masked and refused (C104): the import ends with status 1.
      let done = try run(change, in: folder)
      #expect(done.status == (change[0] == "import" ? 1 : 0), "\(change): \(done.errors)")
    }
    let english = try run(["show", "1", "--today", "2021-11-06", "--lang", "en"], in: folder)
    #expect(english.status == 0, "\(english.errors)")
    #expect(
      timeless(english.output) == """
        case 1: 张**  overdue
          ID number: 990101***********1
          sex: male
          born: 2013-**-**
          township: 渔沟镇
          school: 渔沟小学
          responsible school: 渔沟小学
          person responsible: 王**
          guardian: 张**
          note: 留守
          notice to return: issued 2021-10-28, due 2021-11-04
          visits to persuade the family (1):
            2021-10-12 王老师: 同意返校
          source: 名单.csv:3
          history:
            1. <time> 李辉 import (suspected) source: 名单.csv:3
            2. <time> 李辉 assign (suspected) person responsible: 王老师; responsible school: 渔沟小学
            3. <time> 李辉 check (suspected → dropout) date checked: 2021-10-08 reason: 入户核实
            4. <time> 李辉 visit (dropout → persuading) outcome: 同意返校; visitors: 王老师; visit date: 2021-10-12
            5. <time> 李辉 notice (persuading → notice-issued) due: 2021-11-04; notice date: 2021-10-28
            (automatic) 2021-11-05 overdue (notice-issued → overdue) due 2021-11-04 passed, not back at school

        """)
    let chinese = try run(["show", "1", "--today", "2021-11-06"], in: folder)
    #expect(
      timeless(chinese.output).hasSuffix(
        """
          历史：
            1. <time> 李辉 导入（疑似） 来源：名单.csv:3
            2. <time> 李辉 分配（疑似） 包保责任人：王老师；责任学校：渔沟小学
            3. <time> 李辉 核查（疑似 → 确认辍学） 核查日期：2021-10-08 理由：入户核实
            4. <time> 李辉 走访（确认辍学 → 劝返中） 结果：同意返校；走访人：王老师；走访日期：2021-10-12
            5. <time> 李辉 限期复学通知（劝返中 → 限期复学） 复学期限：2021-11-04；通知日期：2021-10-28
            （自动）2021-11-05 逾期（限期复学 → 逾期） 复学期限 2021-11-04 已过，未返校

        """), "\(chinese.output)")
    #expect(chinese.output.hasPrefix("案例 1：张**　逾期\n  身份证号：990101***********1\n  性别：男\n"))

    let reopen = try run(["update", "1", "--reopen", "--by", "李辉", "--lang", "en"], in: folder)
    #expect(reopen.status == 1)
    #expect(
      reopen.errors
        == "'reopen' needs a reason.\n  fix: add --reason \"…\" saying what it rests on.\n")
    let kept = try run(["keep-copy", "--by", "李辉", "--lang", "en"], in: folder)
    #expect(kept.output.contains("the newest case 1's “notice” by 李辉"), "\(kept.output)")

    let register = try run(["register", "花名", "-o", "x.csv", "--lang", "en"], in: folder)
    #expect(register.status == 64)
    #expect(
      register.errors.hasPrefix(
        "unknown register “花名”. Use one of: cleanup (清理花名册), returns (销号花名册), deadline-notice"
          + " (限期复学通知书), urge-notice (敦促复学通知书), report (报告书), visit-card (记录卡)"),
      "\(register.errors)")
    let xls = try run(["list", "-o", "x.xls", "--lang", "en"], in: folder)
    #expect(xls.status == 64)
    #expect(
      xls.errors.hasPrefix(
        "-o x.xls: cannot write a .xls file. Use .txt, .csv, .json, or name the format with --format."
      ),
      "\(xls.errors)")
    #expect(
      try run(["list", "-o", "x.xls"], in: folder).errors.hasPrefix(
        "-o x.xls：不能写成 .xls 文件。"))
  }
}
