import Foundation
import Testing

/// A clerk types a visit's year wrong (2030 for 2022): the ledger refuses a change dated after
/// today and says so, instead of keeping a visit that has not happened.
struct CasesFutureDateCLITests {
  func run(_ arguments: [String], in folder: URL) throws -> Finished {
    try runDucha(["cases"] + arguments, in: folder, workingDirectory: folder)
  }

  @Test func aVisitOrReturnDatedAfterTodayIsRefused() throws {
    let (folder, ledger) = try CasesCLITests.folder("future-date")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["import", "名单.csv", "--by", "李辉"] + ledger, in: folder)
    _ = try run(
      ["update", "1", "--result", "确认辍学", "--reason", "入户核实", "--by", "李辉"] + ledger, in: folder)
    let visit = ["update", "1", "--visit", "--visitors", "李辉", "--outcome", "不在家", "--by", "李辉"]
    let slip = try run(
      visit + ["--date", "2030/9/5", "--today", "2022-09-06"] + ledger, in: folder)
    #expect(slip.status == 1)
    #expect(
      slip.errors
        == "案例 1（张**）：走访的日期 2030-09-05 在今天（2022-09-06）之后，台账只记已经发生的事，没有记。\n"
        + "  改法：写实际发生的日期（--date 年-月-日，不晚于今天 2022-09-06）；是以后的事，到那一天再记。\n")
    let fixed = try run(
      visit + ["--date", "2022/9/5", "--today", "2022-09-06"] + ledger, in: folder)
    #expect(fixed.status == 0, "\(fixed.errors)")
    #expect(fixed.output == "案例 1（张**）：劝返中\n")
    let show = try run(["show", "1"] + ledger, in: folder)
    #expect(show.output.contains("劝返走访 1 次：\n    2022-09-05 李辉：不在家\n"))

    let close = try run(
      ["close", "1", "--date", "2999-01-01", "--school", "渔沟小学", "--class", "三年级1班", "--by", "李辉"]
        + ledger, in: folder)
    #expect(close.status == 1)
    #expect(close.errors.hasPrefix("案例 1（张**）：复学销号的日期 2999-01-01 在今天（"))
    #expect(try run(["show", "1"] + ledger, in: folder).output.hasPrefix("案例 1：张**　劝返中\n"))
  }
}
