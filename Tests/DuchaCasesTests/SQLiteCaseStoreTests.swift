import DuchaRoster
import Foundation
import GRDB
import Testing

@testable import DuchaCases

/// The embedded ledger: imports never duplicate, changes are versioned, history is append-only.
struct SQLiteCaseStoreTests {
  @Test func importingTheSameListTwiceCreatesNoDuplicates() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("import")
    defer { try? FileManager.default.removeItem(at: folder) }
    let list = CaseFixtures.imported([
      ("张小明", "990101201301010011"), ("李小红", "990101201402020022"),
      // The same child twice in one list (two population sources): one case.
      ("张小明", "990101201301010011"), ("王五", ""),
    ])
    let first = try ledger.importChildren(list, by: "李辉")
    #expect(first.created.map(\.id) == [1, 2, 3])
    #expect(first.existing.map(\.source) == ["名单.csv:4"])
    let second = try ledger.importChildren(list, by: "李辉")
    #expect(second.created.isEmpty)
    #expect(second.existing.map(\.record.id) == [1, 2, 1, 3])
    #expect(try store.list(CaseFilter()).count == 3)
    // A lower-case x in the ID number is the same child.
    let again = try ledger.importChildren(
      CaseFixtures.imported([("赵六", "99010120130101003x"), ("赵六", "99010120130101003X")]),
      by: "李辉")
    #expect(again.created.count == 1 && again.existing.count == 1)
    #expect(try store.history(1).map(\.action) == ["导入"])
  }

  @Test func aStaleVersionIsAConflictAndChangesNothing() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("conflict")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(CaseFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")
    let read = try #require(try store.fetch(1))
    // Another terminal confirms the dropout first.
    _ = ledger.perform(.check(.dropout), on: 1, by: "王雷", reason: "家访")
    let (late, event) = try CaseTransitions.apply(
      .check(.enrolled(school: "渔沟小学", className: nil)), to: read, nextSequence: 2,
      author: CaseFixtures.author
    ).get()
    #expect(throws: CaseStoreError.conflict(caseID: 1)) {
      try store.commit(late, event: event, expectedVersion: read.version)
    }
    #expect(try store.fetch(1)?.status == .dropout)
    #expect(try store.history(1).count == 2)
    // Through the ledger the same late change is checked again against the case as it is now.
    let retried = ledger.perform(
      .check(.enrolled(school: "渔沟小学", className: nil)), on: 1, by: "李辉", reason: "核实")
    guard case .failure(.refused(let refusal)) = retried else {
      Issue.record("expected a refusal, got \(retried)")
      return
    }
    #expect(refusal.message.zh == "案例 1（张**）现在是“确认辍学”，核查结果只能记在“疑似”的案例上。")
  }

  @Test func theHistoryCannotBeRewrittenEvenFromOutside() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("append")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(CaseFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")
    let queue = try DatabaseQueue(path: store.path)
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: "UPDATE case_events SET by = 'someone'") }
    }
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: "DELETE FROM case_events") }
    }
    #expect(try store.history(1).map(\.by) == ["李辉"])
  }

  @Test func theLedgerFileIsPrivate() throws {
    let (_, store, folder) = try CaseFixtures.ledger("mode")
    defer { try? FileManager.default.removeItem(at: folder) }
    let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let folderAttributes = try FileManager.default.attributesOfItem(
      atPath: (store.path as NSString).deletingLastPathComponent)
    #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
  }

  @Test func listFiltersByStatusSchoolAndOpenness() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("filter")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(
      CaseFixtures.imported([("张小明", "990101201301010011"), ("李小红", "990101201402020022")])
        + CaseFixtures.imported([("王五", "990101201203030033")], school: "渔沟中学"), by: "李辉")
    _ = ledger.perform(.check(.dropout), on: 1, by: "李辉", reason: "家访")
    _ = ledger.perform(
      .check(.enrolled(school: "渔沟中学", className: "七年级1班")), on: 2, by: "李辉", reason: "学籍系统")
    _ = ledger.perform(.assign(school: "渔沟中学", person: "陈老师"), on: 1, by: "李辉")
    #expect(try store.list(CaseFilter(status: .dropout)).map(\.id) == [1])
    // Case 1 belongs to 渔沟小学 and is now also the responsibility of 渔沟中学.
    #expect(try store.list(CaseFilter(school: "渔沟中学")).map(\.id) == [1, 3])
    #expect(try store.list(CaseFilter(school: "渔沟小学", openOnly: true)).map(\.id) == [1])
    for filter in [
      CaseFilter(status: .suspected), CaseFilter(school: "渔沟小学"), CaseFilter(openOnly: true),
    ] {
      #expect(try store.list(filter) == (try store.list(CaseFilter())).filter(filter.matches))
    }
  }

  @Test func overdueListsNoticesPastDueAcrossMonthEnds() throws {
    let (ledger, _, folder) = try CaseFixtures.ledger("overdue")
    defer { try? FileManager.default.removeItem(at: folder) }
    // Notices issued 2021-01-28 (due 02-04), 2021-02-25 (due 03-04), 2021-03-31 (due 04-07).
    let issued = ["2021-01-28", "2021-02-25", "2021-03-31"]
    _ = try ledger.importChildren(
      CaseFixtures.imported([
        ("甲", "990101201301010011"), ("乙", "990101201402020022"), ("丙", "990101201203030033"),
      ]), by: "李辉")
    for (index, date) in issued.enumerated() {
      let id = Int64(index + 1)
      _ = ledger.perform(.check(.dropout), on: id, by: "李辉", reason: "家访")
      _ = ledger.perform(.issueNotice(date: CaseFixtures.day(date)), on: id, by: "李辉")
    }
    func overdue(_ today: String) throws -> [String] {
      try ledger.overdue(asOf: CaseFixtures.day(today)).map { "\($0.record.id):\($0.daysLate)" }
    }
    #expect(try overdue("2021-02-04") == [])
    #expect(try overdue("2021-02-05") == ["1:1"])
    #expect(try overdue("2021-03-04") == ["1:28"])
    #expect(try overdue("2021-03-05") == ["1:29", "2:1"])
    #expect(try overdue("2021-04-07") == ["1:62", "2:34"])
    #expect(try overdue("2021-04-08") == ["1:63", "2:35", "3:1"])
    // Marked 逾期 it stays on the list; reported to the township it leaves it.
    _ = ledger.perform(.markOverdue(today: CaseFixtures.day("2021-02-05")), on: 1, by: "李辉")
    #expect(try overdue("2021-03-05") == ["1:29", "2:1"])
    _ = ledger.perform(
      .report(date: CaseFixtures.day("2021-02-08"), decisionNumber: "渔政罚〔2021〕1号"), on: 1, by: "李辉")
    #expect(try overdue("2021-03-05") == ["2:1"])
  }

  @Test func aWholeCaseMovesToItsCloseWithItsHistory() throws {
    let (ledger, store, folder) = try CaseFixtures.ledger("walk")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ledger.importChildren(CaseFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")
    let steps: [(CaseAction, String)] = [
      (.check(.dropout), "入户核实"),
      (.visit(CaseVisit(date: "2021-10-12", visitors: "王老师", outcome: "监护人不同意")), ""),
      (.issueNotice(date: CaseFixtures.day("2021-10-28")), ""),
      (.markOverdue(today: CaseFixtures.day("2021-11-05")), ""),
      (.report(date: CaseFixtures.day("2021-11-06"), decisionNumber: "渔政罚〔2021〕3号"), ""),
      (
        .returnToSchool(date: CaseFixtures.day("2021-11-10"), school: "渔沟小学", className: "三年级2班"),
        ""
      ),
    ]
    for (action, reason) in steps {
      if case .failure(let error) = ledger.perform(action, on: 1, by: "李辉", reason: reason) {
        Issue.record("\(action): \(error.text())")
      }
    }
    let history = try store.history(1)
    #expect(
      history.map { "\($0.from?.rawValue ?? "-")→\($0.to.rawValue)" } == [
        "-→疑似", "疑似→确认辍学", "确认辍学→劝返中", "劝返中→限期复学", "限期复学→逾期", "逾期→报乡镇", "报乡镇→已复学销号",
      ])
    #expect(history.map(\.sequence) == Array(1...7))
    let record = try #require(try store.fetch(1))
    #expect(record.version == 7)
    #expect(record.facts.decisionNumber == "渔政罚〔2021〕3号" && record.facts.className == "三年级2班")
  }
}
