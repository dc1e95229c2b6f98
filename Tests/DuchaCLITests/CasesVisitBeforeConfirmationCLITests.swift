import Foundation
import Testing

/// A clerk records 确认辍学 checked on 2021-10-08, then types the visit of 2021-10-12 as
/// 2021-09-12 and the notice of 2021-10-28 as 2021-09-28. Both went in without a word, and the
/// 劝返工作记录卡 showed a visit a month before the child was found out of school. Now a visit or
/// a notice dated before the confirmation is refused like a return before the notice: both
/// dates named, nothing written, the day to type. A confirmation recorded without `--date`
/// gives no check date (the day typed is often weeks after the visits it sums up): it bounds
/// nothing.
struct CasesVisitBeforeConfirmationCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  @Test func aVisitOrNoticeBeforeTheConfirmationIsRefused() throws {
    let (folder, ledger) = try CasesCLITests.folder("visit-before-confirmation")
    defer { try? FileManager.default.removeItem(at: folder) }
    let today = ["--today", "2021-11-20"]
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    let confirm = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--date", "2021-10-08", "--by", "李辉"]
        + ledger, in: folder)
    #expect(confirm.status == 0, "\(confirm.errors)")

    let visit = [
      "update", "1", "--visit", "--visitors", "王老师", "--outcome", "监护人不同意", "--by", "李辉",
    ]
    let early = try run(visit + ["--date", "2021-09-12"] + today + ledger, in: folder)
    #expect(early.status == 1)
    #expect(early.output == "")
    #expect(
      early.errors
        == "案例 1（张**）：走访的日期 2021-09-12 早于确认辍学的核查日期 2021-10-08，先劝返后确认辍学对不上，没有记。\n"
        + "  改法：写实际的走访日期（--date 年-月-日，不早于 2021-10-08）。\n")
    let notice = ["update", "1", "--notice", "--by", "李辉", "--lang", "en"]
    let earlyNotice = try run(notice + ["--date", "2021-09-28"] + today + ledger, in: folder)
    #expect(earlyNotice.status == 1)
    #expect(
      earlyNotice.errors
        == "case 1: the notice date 2021-09-28 is before the case was checked and confirmed a dropout (2021-10-08); nothing was recorded.\n"
        + "  fix: give the day of the notice (--date, not before 2021-10-08).\n")
    let shown = try run(["show", "1"] + today + ledger, in: folder).output
    #expect(shown.hasPrefix("案例 1：张**　确认辍学\n"))
    #expect(!shown.contains("走访"))

    // The right days go in; the confirmation's own day is allowed.
    let visited = try run(visit + ["--date", "2021-10-08"] + today + ledger, in: folder)
    #expect(visited.output == "案例 1（张**）：劝返中\n", "\(visited.errors)")
    let noticed = try run(notice + ["--date", "2021-10-28"] + today + ledger, in: folder)
    #expect(noticed.status == 0, "\(noticed.errors)")
  }

  @Test func aConfirmationWithoutItsCheckDateBoundsNothing() throws {
    let (folder, ledger) = try CasesCLITests.folder("visit-before-undated-confirmation")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    _ = try run(
      ["update", "2", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + ledger, in: folder)
    // Typed today, it sums up a visit of 2021: the day typed is no check date.
    let visited = try run(
      [
        "update", "2", "--visit", "--date", "2021-09-12", "--visitors", "王老师", "--outcome", "同意",
        "--by", "李辉",
      ] + ledger, in: folder)
    #expect(visited.status == 0, "\(visited.errors)")
    #expect(visited.output == "案例 2（李**）：劝返中\n")
  }
}
