import DuchaCases
import DuchaRoster
import Foundation
import Testing

/// The ledger's behaviour every store must give, run against each store by its package's tests
/// (`SQLiteCaseStore` in DuchaCasesTests, the PostgreSQL store in the county server's tests):
/// `@Test(arguments: LedgerSuite.checks)` with a fresh `LedgerPlace` per check.
public enum LedgerSuite {
  /// Every check, in the order the ledger is used.
  public static let checks: [LedgerCheck] = [
    LedgerCheck(
      name: "importing the same list twice creates no duplicates",
      run: importingTheSameListTwiceCreatesNoDuplicates),
    LedgerCheck(
      name: "a stale version is a conflict and changes nothing",
      run: aStaleVersionIsAConflictAndChangesNothing),
    LedgerCheck(
      name: "list filters by status, school and openness", run: listFiltersByStatusSchoolAndOpenness
    ),
    LedgerCheck(
      name: "辍学 lists every dropout not yet back", run: dropoutListsEveryDropoutNotYetBack),
    LedgerCheck(
      name: "overdue lists notices past due across month ends",
      run: overdueListsNoticesPastDueAcrossMonthEnds),
    LedgerCheck(
      name: "a whole case moves to its close with its history",
      run: aWholeCaseMovesToItsCloseWithItsHistory),
    LedgerCheck(
      name: "clerks updating at once lose no update", run: clerksUpdatingAtOnceLoseNoUpdate),
    LedgerCheck(
      name: "an unknown case is not found, not created", run: anUnknownCaseIsNotFoundNotCreated),
  ]

  /// Performs `action`, recording an issue when it is refused.
  static func perform(
    _ ledger: CaseLedger, _ action: CaseAction, on id: Int64, by: String = "李辉",
    reason: String = "", sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if case .failure(let error) = ledger.perform(action, on: id, by: by, reason: reason) {
      Issue.record("\(action) on case \(id): \(error.text())", sourceLocation: sourceLocation)
    }
  }

  static func importingTheSameListTwiceCreatesNoDuplicates(_ place: LedgerPlace) throws {
    let store = try place.open()
    let ledger = CaseLedger(store: store)
    let list = LedgerFixtures.imported([
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
      LedgerFixtures.imported([("赵六", "99010120130101003x"), ("赵六", "99010120130101003X")]),
      by: "李辉")
    #expect(again.created.count == 1 && again.existing.count == 1)
    #expect(try store.history(1).map(\.action) == ["导入"])
    #expect(try store.history(1).first?.details == ["来源": "名单.csv:2"])
    // What was stored reads back as it was imported, through another connection too.
    let other = try place.open()
    #expect(try other.fetch(2) == first.created[1])
  }

  static func aStaleVersionIsAConflictAndChangesNothing(_ place: LedgerPlace) throws {
    let store = try place.open()
    let ledger = CaseLedger(store: store)
    _ = try ledger.importChildren(
      LedgerFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")
    let read = try #require(try store.fetch(1))
    // Another terminal confirms the dropout first.
    perform(CaseLedger(store: try place.open()), .check(.dropout), on: 1, by: "王雷", reason: "家访")
    let (late, event) = try CaseTransitions.apply(
      .check(.enrolled(school: "渔沟小学", className: nil)), to: read, nextSequence: 2,
      author: LedgerFixtures.author
    ).get()
    #expect(throws: CaseStoreError.conflict(caseID: 1)) {
      try store.commit(late, event: event, expectedVersion: read.version)
    }
    #expect(
      CaseStoreError.conflict(caseID: 1).message.zh
        == "案例 1 刚被另一处修改过，请重新查看后再改（ducha cases show 1）。")
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

  static func listFiltersByStatusSchoolAndOpenness(_ place: LedgerPlace) throws {
    let store = try place.open()
    let ledger = CaseLedger(store: store)
    _ = try ledger.importChildren(
      LedgerFixtures.imported([("张小明", "990101201301010011"), ("李小红", "990101201402020022")])
        + LedgerFixtures.imported([("王五", "990101201203030033")], school: "渔沟中学"), by: "李辉")
    perform(ledger, .check(.dropout), on: 1, reason: "家访")
    perform(
      ledger, .check(.enrolled(school: "渔沟中学", className: "七年级1班")), on: 2, reason: "学籍系统")
    perform(ledger, .assign(school: "渔沟中学", person: "陈老师"), on: 1)
    #expect(try store.list(CaseFilter(status: .dropout)).map(\.id) == [1])
    // Case 1 belongs to 渔沟小学 and is now also the responsibility of 渔沟中学.
    #expect(try store.list(CaseFilter(school: "渔沟中学")).map(\.id) == [1, 3])
    #expect(try store.list(CaseFilter(school: "渔沟小学", openOnly: true)).map(\.id) == [1])
    #expect(try store.list(CaseFilter(township: "渔沟镇")).map(\.id) == [1, 2, 3])
    #expect(try store.list(CaseFilter(township: "大路乡")).isEmpty)
    for filter in [
      CaseFilter(status: .suspected), CaseFilter(school: "渔沟小学"), CaseFilter(openOnly: true),
      CaseFilter(status: .enrolled, school: "渔沟小学"),
    ] {
      #expect(try store.list(filter) == (try store.list(CaseFilter())).filter(filter.matches))
    }
  }

  /// `--status 辍学` showed only 确认辍学: a child being persuaded, under a notice (past due,
  /// so 逾期) or reported is a dropout too; one back in school, one not checked, one enrolled
  /// are not.
  static func dropoutListsEveryDropoutNotYetBack(_ place: LedgerPlace) throws {
    let store = try place.open()
    let ledger = CaseLedger(store: store)
    _ = try ledger.importChildren(
      LedgerFixtures.imported([
        ("张一", "990101201301010011"), ("李二", "990101201402020022"),
        ("王三", "990101201203030033"), ("赵四", "990101201204040044"),
        ("钱五", "990101201205050055"), ("孙六", "990101201206060066"),
      ]), by: "李辉")
    for id: Int64 in 1...4 { perform(ledger, .check(.dropout), on: id, reason: "入户核实") }
    let day = try #require(CivilDate(parsing: "2021-10-28"))
    perform(ledger, .visit(CaseVisit(date: "2021-10-12", visitors: "王老师", outcome: "不肯回")), on: 2)
    perform(ledger, .issueNotice(date: day), on: 3)
    perform(ledger, .returnToSchool(date: day, school: "渔沟小学", className: "三年级2班"), on: 4)
    perform(
      ledger, .check(.enrolled(school: "渔沟中学", className: "七年级1班")), on: 6, reason: "学籍系统")
    var dropouts = CaseFilter()
    dropouts.statuses = CaseStatusChoice.dropouts.statuses
    let listed = try ledger.list(dropouts)
    #expect(listed.map(\.id) == [1, 2, 3])
    #expect(listed.map(\.status) == [.dropout, .persuading, .overdue])
    // The store itself holds case 3 as 限期复学, still a dropout state.
    #expect(try store.list(dropouts).map(\.id) == [1, 2, 3])
    #expect(try store.list(dropouts) == (try store.list(CaseFilter())).filter(dropouts.matches))
    #expect(try ledger.list(CaseFilter(status: .dropout)).map(\.id) == [1])
  }

  static func overdueListsNoticesPastDueAcrossMonthEnds(_ place: LedgerPlace) throws {
    let ledger = CaseLedger(store: try place.open())
    // Notices issued 2021-01-28 (due 02-04), 2021-02-25 (due 03-04), 2021-03-31 (due 04-07).
    let issued = ["2021-01-28", "2021-02-25", "2021-03-31"]
    _ = try ledger.importChildren(
      LedgerFixtures.imported([
        ("甲", "990101201301010011"), ("乙", "990101201402020022"), ("丙", "990101201203030033"),
      ]), by: "李辉")
    for (index, date) in issued.enumerated() {
      let id = Int64(index + 1)
      perform(ledger, .check(.dropout), on: id, reason: "家访")
      perform(ledger, .issueNotice(date: LedgerFixtures.day(date)), on: id)
    }
    func overdue(_ today: String) throws -> [String] {
      try ledger.overdue(asOf: LedgerFixtures.day(today)).map { "\($0.record.id):\($0.daysLate)" }
    }
    #expect(try overdue("2021-02-04") == [])
    #expect(try overdue("2021-02-05") == ["1:1"])
    #expect(try overdue("2021-03-04") == ["1:28"])
    #expect(try overdue("2021-03-05") == ["1:29", "2:1"])
    #expect(try overdue("2021-04-07") == ["1:62", "2:34"])
    #expect(try overdue("2021-04-08") == ["1:63", "2:35", "3:1"])
    // Marked 逾期 it stays on the list; reported to the township it leaves it.
    perform(ledger, .markOverdue(today: LedgerFixtures.day("2021-02-05")), on: 1)
    #expect(try overdue("2021-03-05") == ["1:29", "2:1"])
    perform(
      ledger, .report(date: LedgerFixtures.day("2021-02-08"), decisionNumber: "渔政罚〔2021〕1号"), on: 1
    )
    #expect(try overdue("2021-03-05") == ["2:1"])
  }

  static func aWholeCaseMovesToItsCloseWithItsHistory(_ place: LedgerPlace) throws {
    let store = try place.open()
    let ledger = CaseLedger(store: store)
    _ = try ledger.importChildren(
      LedgerFixtures.imported([("张小明", "990101201301010011")]), by: "李辉")
    let steps: [(CaseAction, String)] = [
      (.check(.dropout), "入户核实"),
      (.visit(CaseVisit(date: "2021-10-12", visitors: "王老师", outcome: "监护人不同意")), ""),
      (.issueNotice(date: LedgerFixtures.day("2021-10-28")), ""),
      (.markOverdue(today: LedgerFixtures.day("2021-11-05")), ""),
      (.report(date: LedgerFixtures.day("2021-11-06"), decisionNumber: "渔政罚〔2021〕3号"), ""),
      (
        .returnToSchool(
          date: LedgerFixtures.day("2021-11-10"), school: "渔沟小学", className: "三年级2班"), ""
      ),
    ]
    for (action, reason) in steps {
      perform(ledger, action, on: 1, reason: reason)
    }
    let history = try store.history(1)
    #expect(
      history.map { "\($0.from?.rawValue ?? "-")→\($0.to.rawValue)" } == [
        "-→疑似", "疑似→确认辍学", "确认辍学→劝返中", "劝返中→限期复学", "限期复学→逾期", "逾期→报乡镇", "报乡镇→已复学销号",
      ])
    #expect(history.map(\.sequence) == Array(1...7))
    #expect(history[1].reason == "入户核实" && history[1].by == "李辉")
    let record = try #require(try store.fetch(1))
    #expect(record.version == 7)
    #expect(record.facts.decisionNumber == "渔政罚〔2021〕3号" && record.facts.className == "三年级2班")
    #expect(record.facts.visits.map(\.outcome) == ["监护人不同意"])
  }

  /// Four clerks, each on their own connection, record visits at the same time: five each on
  /// one shared case and five each on a case of their own. Every visit is kept, in one
  /// unbroken history per case, and no clerk's visit replaces another's.
  static func clerksUpdatingAtOnceLoseNoUpdate(_ place: LedgerPlace) throws {
    let clerks = ["李辉", "王雷", "张敏", "陈静"]
    let visitsEach = 5
    let setup = CaseLedger(store: try place.open())
    _ = try setup.importChildren(
      LedgerFixtures.imported([
        ("共同", "990101201301010011"), ("甲", "990101201402020022"), ("乙", "990101201203030033"),
        ("丙", "990101201104040044"), ("丁", "990101201005050055"),
      ]), by: "李辉")
    for id in Int64(1)...5 { perform(setup, .check(.dropout), on: id, reason: "家访") }
    let ledgers = try clerks.map { _ in CaseLedger(store: try place.open()) }
    let failures = FailureList()
    let clerkRuns: [@Sendable () -> Void] = clerks.indices.map { index in
      {
        let ledger = ledgers[index]
        for visit in 1...visitsEach {
          for id in [Int64(1), Int64(index + 2)] {
            let record = CaseVisit(
              date: "2021-10-1\(visit)", visitors: clerks[index], outcome: "第\(visit)次")
            if case .failure(let error) = ledger.perform(.visit(record), on: id, by: clerks[index])
            {
              failures.append("\(clerks[index]) case \(id): \(error.text())")
            }
          }
        }
      }
    }
    try runConcurrently(clerkRuns)
    #expect(failures.all == [])
    let store = try place.open()
    let shared = try #require(try store.fetch(1))
    let total = clerks.count * visitsEach
    #expect(shared.facts.visits.count == total)
    #expect(shared.version == 2 + total)
    let history = try store.history(1)
    #expect(history.map(\.sequence) == Array(1...(2 + total)))
    for clerk in clerks {
      #expect(
        shared.facts.visits.filter { $0.visitors == clerk }.map(\.outcome)
          == (1...visitsEach).map { "第\($0)次" })
      #expect(history.filter { $0.by == clerk && $0.action == "走访" }.count == visitsEach)
    }
    for index in clerks.indices {
      let own = try #require(try store.fetch(Int64(index + 2)))
      #expect(own.version == 2 + visitsEach && own.status == .persuading)
      #expect(own.facts.visits.allSatisfy { $0.visitors == clerks[index] })
      #expect(try store.history(own.id).count == 2 + visitsEach)
    }
  }

  static func anUnknownCaseIsNotFoundNotCreated(_ place: LedgerPlace) throws {
    let store = try place.open()
    let ledger = CaseLedger(store: store)
    #expect(try store.fetch(9) == nil)
    #expect(try store.history(9).isEmpty)
    let result = ledger.perform(.confirm, on: 9, by: "李辉", reason: "回头看")
    guard case .failure(let error) = result else {
      Issue.record("expected not found, got \(result)")
      return
    }
    #expect(error == .store(.notFound(caseID: 9)))
    #expect(error.text() == "台账里没有编号为 9 的案例。用 ducha cases list 查看全部编号。")
    var ghost = CaseRecord(
      id: 9, child: CaseChild(name: "无名", idNumber: "990101201301010011"), source: "x",
      createdAt: "2021-11-05T10:00:00+08:00")
    ghost.version = 2
    let event = CaseEvent(
      caseID: 9, sequence: 2, time: ghost.createdAt, by: "李辉", reason: "", action: "核实",
      from: .suspected, to: .suspected)
    #expect(throws: CaseStoreError.notFound(caseID: 9)) {
      try store.commit(ghost, event: event, expectedVersion: 1)
    }
    #expect(try store.list(CaseFilter()).isEmpty)
  }
}
