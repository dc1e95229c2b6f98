import Foundation
import Testing

/// A clerk walks a case from 确认辍学 to 复学销号 and slips on two dates: 报乡镇 typed on a day
/// the notice had not yet run out, and the return typed as 2021-09-01 for 2021-11-09, before
/// the visit, notice and report that found the child still at home. Both are refused with the
/// day to type, nothing is written, and the right dates go in.
struct CasesDateOrderCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  @Test func aReturnBeforeTheNoticeOrAReportBeforeTheDueDayIsRefused() throws {
    let (folder, ledger) = try CasesCLITests.folder("date-order")
    defer { try? FileManager.default.removeItem(at: folder) }
    let today = ["--today", "2021-11-20"]
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    for step in [
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"],
      [
        "update", "1", "--visit", "--date", "2021-10-12", "--visitors", "王老师", "--outcome",
        "监护人不同意",
        "--by", "李辉",
      ],
      ["update", "1", "--notice", "--date", "2021-10-28", "--by", "李辉"],
    ] {
      let done = try run(step + today + ledger, in: folder)
      #expect(done.status == 0, "\(step): \(done.errors)")
    }
    // The notice of 2021-10-28 is due 2021-11-04: on that day the case was not yet late.
    let report = ["update", "1", "--report", "--decision", "渔政罚决字〔2021〕3号", "--by", "李辉"]
    let early = try run(report + ["--date", "2021-11-04"] + today + ledger, in: folder)
    #expect(early.status == 1)
    #expect(
      early.errors
        == "案例 1（张**）：报乡镇的日期 2021-11-04 不晚于复学期限 2021-11-04，那天还没有逾期，没有记。\n"
        + "  改法：写实际报乡镇的日期（--date 年-月-日，晚于 2021-11-04）。\n")
    let reported = try run(report + ["--date", "2021-11-06"] + today + ledger, in: folder)
    #expect(reported.output == "案例 1（张**）：报乡镇\n", "\(reported.errors)")

    let close = ["close", "1", "--school", "渔沟小学", "--class", "三年级2班", "--by", "李辉"]
    let slip = try run(close + ["--date", "2021-09-01"] + ledger, in: folder)
    #expect(slip.status == 1)
    #expect(
      slip.errors
        == "案例 1（张**）：复学销号的日期 2021-09-01 早于已记下的报乡镇（2021-11-06），那时孩子还没有返校，没有记。\n"
        + "  改法：写孩子实际返校的日期（--date 年-月-日，不早于 2021-11-06）。\n")
    #expect(try run(["show", "1"] + today + ledger, in: folder).output.hasPrefix("案例 1：张**　报乡镇\n"))
    let back = try run(close + ["--date", "2021-11-09"] + ledger, in: folder)
    #expect(back.status == 0, "\(back.errors)")
    #expect(back.output == "案例 1（张**）：已复学销号\n")
    #expect(
      try run(["show", "1"] + today + ledger, in: folder).output.contains(
        "  复学：2021-11-09 渔沟小学 三年级2班\n"))
  }
}
