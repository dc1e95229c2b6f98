import DuchaRoster
import Foundation
import Testing

@testable import DuchaCases

/// 逾期 needs no command: a 限期复学 notice past its due day reads 逾期 wherever the ledger is
/// read, and the next change stores it.
struct AutomaticOverdueTests {
  /// Case 1 with a notice issued 2021-10-28 (due 2021-11-04); case 2 still 确认辍学.
  static func ledgerWithANotice(_ label: String) throws -> (CaseLedger, SQLiteCaseStore, URL) {
    let (ledger, store, folder) = try CaseFixtures.ledger(label)
    _ = try ledger.importChildren(
      CaseFixtures.imported([("张小明", "990101201301010011"), ("李小红", "990101201402020022")]),
      by: "李辉")
    for id: Int64 in 1...2 {
      _ = ledger.perform(.check(.dropout), on: id, by: "李辉", reason: "入户核实")
    }
    _ = ledger.perform(.issueNotice(date: CaseFixtures.day("2021-10-28")), on: 1, by: "李辉")
    return (ledger, store, folder)
  }

  @Test func aNoticePastItsDueDayReadsOverdueOnlyFromTheDayAfter() throws {
    let (ledger, store, folder) = try Self.ledgerWithANotice("reads")
    defer { try? FileManager.default.removeItem(at: folder) }
    let onDueDay = CaseFixtures.day("2021-11-04")
    let dayAfter = CaseFixtures.day("2021-11-05")
    #expect(try ledger.fetch(1, today: onDueDay)?.status == .noticeIssued)
    #expect(try ledger.fetch(1, today: dayAfter)?.status == .overdue)
    // Nothing was written by reading: the stored state is still the notice.
    #expect(try store.fetch(1)?.status == .noticeIssued)
    #expect(try store.history(1).count == 3)
    // A status filter sees the state of that day.
    func ids(_ status: CaseStatus, _ day: CivilDate) throws -> [Int64] {
      try ledger.list(CaseFilter(status: status), today: day).map(\.id)
    }
    #expect(try ids(.overdue, onDueDay) == [])
    #expect(try ids(.noticeIssued, onDueDay) == [1])
    #expect(try ids(.overdue, dayAfter) == [1])
    #expect(try ids(.noticeIssued, dayAfter) == [])
    #expect(try ids(.dropout, dayAfter) == [2])
    #expect(
      try ledger.overdue(asOf: dayAfter).map { "\($0.record.status.rawValue) \($0.daysLate)" } == [
        "逾期 1"
      ])
    // The school's inspection figure counts it the same way.
    let records = try ledger.list(CaseFilter(school: "渔沟小学"), today: dayAfter)
    #expect(CaseFigures.counts(records, today: dayAfter)["逾期"] == 1)
  }

  @Test func aCasePastDueIsReportedWithoutMarkingItFirst() throws {
    let (ledger, store, folder) = try Self.ledgerWithANotice("report")
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = CaseAction.report(
      date: CaseFixtures.day("2021-11-06"), decisionNumber: "渔政罚〔2021〕3号")
    // On the due day it is not overdue yet: refused, with what to do.
    guard
      case .failure(let early) = ledger.perform(
        report, on: 1, by: "李辉", today: CaseFixtures.day("2021-11-04"))
    else {
      Issue.record("a report on the due day was accepted")
      return
    }
    #expect(early.text().hasPrefix("案例 1（张**）现在是“限期复学”，只有逾期的案例才报乡镇。"))
    #expect(early.text().contains("期限过后自动算逾期（不用另记）"))
    let reported = ledger.perform(report, on: 1, by: "李辉", today: CaseFixtures.day("2021-11-06"))
    #expect((try? reported.get())?.status == .reported)
    let last = try #require(try store.history(1).last)
    #expect(last.action == "报乡镇" && last.from == .overdue && last.to == .reported)
    // A visit on a case past due stores 逾期 (the state it was in), with the visit.
    _ = ledger.perform(.issueNotice(date: CaseFixtures.day("2021-12-28")), on: 2, by: "李辉")
    let visit = CaseVisit(date: "2022-01-06", visitors: "王老师", outcome: "仍未返校")
    _ = ledger.perform(.visit(visit), on: 2, by: "李辉", today: CaseFixtures.day("2022-01-06"))
    #expect(try store.fetch(2)?.status == .overdue)
    #expect(
      try store.history(2).last.map { "\($0.from?.rawValue ?? "")→\($0.to.rawValue)" } == "逾期→逾期")
  }

  /// A child back on the notice's last day, recorded a week later, came back in time: the
  /// history says 限期复学 → 已复学销号, as the case stood that day. It said 逾期 → 已复学销号,
  /// because the case was taken as it stood on the day of typing.
  @Test func aReturnWithinTheNoticeRecordedLateComesFromTheNotice() throws {
    let (ledger, store, folder) = try Self.ledgerWithANotice("late-return")
    defer { try? FileManager.default.removeItem(at: folder) }
    let weekLater = CaseFixtures.day("2021-11-11")
    let back = CaseAction.returnToSchool(
      date: CaseFixtures.day("2021-11-04"), school: "渔沟小学", className: "三年级2班")
    let closed = ledger.perform(back, on: 1, by: "李辉", today: weekLater)
    #expect((try? closed.get())?.status == .returned)
    #expect(
      try store.history(1).last.map { "\($0.from?.rawValue ?? "")→\($0.to.rawValue)" }
        == "限期复学→已复学销号")
    // A visit within the notice's days, typed after them, leaves the stored notice as it was;
    // read after the due day the case is still 逾期.
    _ = ledger.perform(.issueNotice(date: CaseFixtures.day("2021-10-28")), on: 2, by: "李辉")
    let visit = CaseVisit(date: "2021-11-02", visitors: "王老师", outcome: "家长答应周一送回")
    _ = ledger.perform(.visit(visit), on: 2, by: "李辉", today: weekLater)
    #expect(
      try store.history(2).last.map { "\($0.from?.rawValue ?? "")→\($0.to.rawValue)" }
        == "限期复学→限期复学")
    #expect(try ledger.fetch(2, today: weekLater)?.status == .overdue)
    // A return after the due day still comes from 逾期.
    let late = CaseAction.returnToSchool(
      date: CaseFixtures.day("2021-11-08"), school: "渔沟小学", className: "四年级1班")
    _ = ledger.perform(late, on: 2, by: "李辉", today: weekLater)
    #expect(
      try store.history(2).last.map { "\($0.from?.rawValue ?? "")→\($0.to.rawValue)" }
        == "逾期→已复学销号")
  }

  @Test func showMarksTheDerivedOverdueInTheHistory() throws {
    let (ledger, store, folder) = try Self.ledgerWithANotice("show")
    defer { try? FileManager.default.removeItem(at: folder) }
    let privacy = CasePrivacy(reveal: false)
    let record = try #require(try ledger.fetch(1, today: CaseFixtures.day("2021-11-05")))
    let text = CaseDetailText.text(record, history: try store.history(1), privacy: privacy)
    #expect(text.hasPrefix("案例 1：张**　逾期\n"))
    #expect(text.hasSuffix("\n    （自动）2021-11-05 逾期（限期复学 → 逾期） 复学期限 2021-11-04 已过，未返校"))
    let before = try #require(try ledger.fetch(1, today: CaseFixtures.day("2021-11-04")))
    #expect(
      !CaseDetailText.text(before, history: try store.history(1), privacy: privacy).contains("（自动）")
    )
  }
}
