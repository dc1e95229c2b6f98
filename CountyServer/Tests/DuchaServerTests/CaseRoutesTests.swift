import DuchaCases
import DuchaServer
import DuchaSync
import Foundation
import Testing

/// The case ledger over HTTP on the real server: who sees which cases, masked numbers, changes
/// through the state machine with the account as author, stale versions refused, and several
/// clerks at once losing nothing.
@Suite(.serialized) struct CaseRoutesTests {
  /// 张小明 and 李小红 belong to 渔沟小学, 王五 to 渔沟中学 (fictitious region 990101).
  static func seed(_ server: TestServer) async throws {
    let address = server.address
    try await onThread {
      let ledger = CaseLedger(store: try PostgresCaseStore(address: address))
      let children = [
        ("张小明", "990101201301010011", "渔沟小学"), ("李小红", "990101201402020022", "渔沟小学"),
        ("王五", "990101201203030033", "渔沟中学"),
      ].enumerated().map { index, entry in
        ImportedChild(
          child: CaseChild(name: entry.0, idNumber: entry.1, school: entry.2, township: "渔沟镇"),
          source: "名单.csv:\(index + 2)")
      }
      _ = try ledger.importChildren(children, by: "教育局")
    }
  }

  static func change(_ action: CaseAction, reason: String = "", version: Int? = nil) throws -> Data
  {
    try JSONEncoder().encode(
      CaseChangeRequest(action: action, reason: reason, expectedVersion: version))
  }

  @Test func eachRoleSeesItsCasesWithNumbersMasked() async throws {
    try await TestServer.with { server in
      try await Self.seed(server)
      let county = try await server.account("教育局", .county)
      let all = try await county.get(CaseRoute.cases, as: CaseListReply.self)
      #expect(all.cases.map(\.child.name) == ["张小明", "李小红", "王五"])
      #expect(
        all.cases.map(\.child.idNumber) == [
          "990101***********1", "990101***********2", "990101***********3",
        ])
      let revealed = try await county.get(
        CaseRoute.cases, query: [URLQueryItem(name: "reveal", value: "1")], as: CaseListReply.self)
      #expect(revealed.cases.first?.child.idNumber == "990101201301010011")

      let school = try await server.account("渔沟小学", .school, unit: "渔沟小学")
      let own = try await school.get(CaseRoute.cases, as: CaseListReply.self)
      #expect(own.cases.map(\.id) == [1, 2])
      #expect(own.cases.allSatisfy { $0.child.idNumber.contains("*") })
      // Another school's case is not found, as if the number were free.
      await #expect(
        throws: SyncError.refused(
          status: 404, message: "台账里没有编号为 3 的案例。用 ducha cases list 查看全部编号。")
      ) { _ = try await school.get(CaseRoute.one(3), as: CaseDetailReply.self) }
      await #expect(
        throws: SyncError.refused(status: 403, message: "学校账号只能看本校（渔沟小学）的案例。")
      ) {
        _ = try await school.get(
          CaseRoute.cases, query: [URLQueryItem(name: "school", value: "渔沟中学")],
          as: CaseListReply.self)
      }
      await #expect(
        throws: SyncError.refused(status: 403, message: "只有县教育局的账号可以看完整的身份证号。")
      ) {
        _ = try await school.get(
          CaseRoute.cases, query: [URLQueryItem(name: "reveal", value: "1")],
          as: CaseListReply.self)
      }
      let inspector = try await server.account("李辉", .inspector, group: "第三组")
      await #expect(
        throws: SyncError.refused(
          status: 403, message: "县服务器上的案例台账只对县教育局和学校的账号开放；检查时用本机台账（--ledger）。")
      ) { _ = try await inspector.get(CaseRoute.cases, as: CaseListReply.self) }
    }
  }

  /// A child's birth date, the guardian's phone and the home address leave the server as
  /// `ducha cases list` prints them without `--reveal` (year, last four digits, village): a
  /// school's clerk and a county list not asking `reveal=1` get the masked fields, in the list,
  /// the case and a change's answer alike; the county's `reveal=1` gets them whole.
  @Test func birthDatesPhonesAndAddressesAreMaskedUnlessTheCountyReveals() async throws {
    try await TestServer.with { server in
      let address = server.address
      try await onThread {
        let ledger = CaseLedger(store: try PostgresCaseStore(address: address))
        let child = CaseChild(
          name: "赵小兰", idNumber: "990101201305070028", gender: "女", birthDate: "2013-05-07",
          school: "渔沟小学", township: "渔沟镇", village: "张庄村", guardian: "赵大山",
          guardianPhone: "13912345678", address: "渔沟镇张庄村三组18号")
        _ = try ledger.importChildren(
          [ImportedChild(child: child, source: "名单.csv:2")], by: "教育局")
      }
      let masked = CaseChild(
        name: "赵小兰", idNumber: "990101***********8", gender: "女", birthDate: "2013-**-**",
        school: "渔沟小学", township: "渔沟镇", village: "张庄村", guardian: "赵大山",
        guardianPhone: "*******5678", address: "渔沟镇张庄村**")
      let county = try await server.account("教育局", .county)
      let school = try await server.account("渔沟小学", .school, unit: "渔沟小学")
      for client in [county, school] {
        #expect(
          try await client.get(CaseRoute.cases, as: CaseListReply.self).cases.map(\.child) == [
            masked
          ])
        #expect(
          try await client.get(CaseRoute.one(1), as: CaseDetailReply.self).record.child == masked)
      }
      let changed = try await school.post(
        CaseRoute.one(1), body: try Self.change(.check(.dropout), reason: "入户走访"),
        as: CaseDetailReply.self)
      #expect(changed.record.child == masked)

      let reveal = [URLQueryItem(name: "reveal", value: "1")]
      let whole = try await county.get(CaseRoute.cases, query: reveal, as: CaseListReply.self)
      #expect(whole.cases.first?.child.birthDate == "2013-05-07")
      #expect(whole.cases.first?.child.guardianPhone == "13912345678")
      #expect(whole.cases.first?.child.address == "渔沟镇张庄村三组18号")
      let one = try await county.get(CaseRoute.one(1), query: reveal, as: CaseDetailReply.self)
      #expect(one.record.child.birthDate == "2013-05-07")
    }
  }

  /// A guardian's phone typed into a visit's outcome or a change's reason reached every school
  /// account whole: the answers masked only ID numbers, while `ducha cases show` masks phones
  /// in free text too. Now the answers mask them as the CLI does, unless the county reveals.
  @Test func phonesTypedIntoFreeTextAreMaskedUnlessTheCountyReveals() async throws {
    try await TestServer.with { server in
      let address = server.address
      try await onThread {
        let ledger = CaseLedger(store: try PostgresCaseStore(address: address))
        let child = CaseChild(
          name: "赵小兰", idNumber: "990101201305070028", gender: "女", birthDate: "2013-05-07",
          school: "渔沟小学", township: "渔沟镇", village: "张庄村")
        _ = try ledger.importChildren(
          [ImportedChild(child: child, source: "名单.csv:2")], by: "教育局")
      }
      let school = try await server.account("渔沟小学", .school, unit: "渔沟小学")
      _ = try await school.post(
        CaseRoute.one(1), body: try Self.change(.check(.dropout), reason: "入户走访"),
        as: CaseDetailReply.self)
      let visit = CaseVisit(
        date: "2021-10-12", visitors: "李辉", outcome: "监护人电话13912345678，答应下周一返校")
      let changed = try await school.post(
        CaseRoute.one(1), body: try Self.change(.visit(visit), reason: "村委会电话0557-7654321"),
        as: CaseDetailReply.self)
      let outcome = "监护人电话139****5678，答应下周一返校"
      #expect(changed.record.facts.visits.map(\.outcome) == [outcome])
      #expect(changed.history.last?.reason == "村委会电话0557-***4321")
      let shown = try await school.get(CaseRoute.one(1), as: CaseDetailReply.self)
      #expect(shown.record.facts.visits.map(\.outcome) == [outcome])
      let county = try await server.account("教育局", .county)
      let whole = try await county.get(
        CaseRoute.one(1), query: [URLQueryItem(name: "reveal", value: "1")],
        as: CaseDetailReply.self)
      #expect(whole.record.facts.visits.map(\.outcome) == [visit.outcome])
    }
  }

  @Test func aSchoolChangesItsCaseThroughTheStateMachine() async throws {
    try await TestServer.with { server in
      try await Self.seed(server)
      let school = try await server.account("渔沟小学", .school, unit: "渔沟小学")
      let checked = try await school.post(
        CaseRoute.one(1), body: try Self.change(.check(.dropout), reason: "入户走访，孩子在家务农"),
        as: CaseDetailReply.self)
      #expect(checked.record.status == .dropout && checked.record.version == 2)
      #expect(checked.history.map(\.action) == ["导入", "核查"])
      #expect(checked.history.last?.by == "渔沟小学")
      #expect(checked.history.last?.reason == "入户走访，孩子在家务农")
      // A second check is refused with the state machine's own words.
      let expected = try #require(
        CaseTransitions.apply(
          .check(.enrolled(school: "渔沟小学", className: nil)), to: checked.record,
          nextSequence: 3,
          author: .init(by: "渔沟小学", reason: "学籍系统", time: "2021-11-05T10:00:00+08:00")
        ).failureValue)
      await #expect(throws: SyncError.refused(status: 409, message: expected.text())) {
        _ = try await school.post(
          CaseRoute.one(1),
          body: try Self.change(.check(.enrolled(school: "渔沟小学", className: nil)), reason: "学籍系统"),
          as: CaseDetailReply.self)
      }
      // A change made on version 1 (the clerk's screen is stale) is refused, not applied.
      await #expect(
        throws: SyncError.refused(
          status: 409, message: "案例 1 刚被另一处修改过，请重新查看后再改（ducha cases show 1）。")
      ) {
        _ = try await school.post(
          CaseRoute.one(1), body: try Self.change(.confirm, reason: "回头看", version: 1),
          as: CaseDetailReply.self)
      }
      // On version 2 it goes in.
      let confirmed = try await school.post(
        CaseRoute.one(1), body: try Self.change(.confirm, reason: "回头看", version: 2),
        as: CaseDetailReply.self)
      #expect(confirmed.record.version == 3)
      // Another school's case cannot be changed.
      await #expect(
        throws: SyncError.refused(
          status: 404, message: "台账里没有编号为 3 的案例。用 ducha cases list 查看全部编号。")
      ) {
        _ = try await school.post(
          CaseRoute.one(3), body: try Self.change(.check(.dropout), reason: "x"),
          as: CaseDetailReply.self)
      }
      let log = try await server.database { try await $0.audit(limit: 10) }
      #expect(
        log.filter { $0.account == "渔沟小学" }.map { "\($0.action) \($0.target)" } == [
          "case 核实 case 1", "case 核查 case 1",
        ])
    }
  }

  @Test func clerksChangingOneCaseAtOnceOverHTTPLoseNothing() async throws {
    try await TestServer.with { server in
      try await Self.seed(server)
      let county = try await server.account("教育局", .county)
      _ = try await county.post(
        CaseRoute.one(1), body: try Self.change(.check(.dropout), reason: "家访"),
        as: CaseDetailReply.self)
      var clerks: [(String, SyncClient)] = []
      for name in ["渔沟小学", "教育局二", "教育局三"] {
        clerks.append(
          name == "渔沟小学"
            ? (name, try await server.account(name, .school, unit: "渔沟小学"))
            : (name, try await server.account(name, .county)))
      }
      try await withThrowingTaskGroup(of: Void.self) { group in
        for (name, client) in clerks {
          group.addTask {
            for visit in 1...4 {
              let body = try Self.change(
                .visit(CaseVisit(date: "2021-10-1\(visit)", visitors: name, outcome: "第\(visit)次")))
              _ = try await client.post(CaseRoute.one(1), body: body, as: CaseDetailReply.self)
            }
          }
        }
        try await group.waitForAll()
      }
      let detail = try await county.get(CaseRoute.one(1), as: CaseDetailReply.self)
      #expect(detail.record.facts.visits.count == 12)
      #expect(detail.record.version == 14)
      #expect(detail.history.map(\.sequence) == Array(1...14))
      for (name, _) in clerks {
        #expect(
          detail.record.facts.visits.filter { $0.visitors == name }.map(\.outcome)
            == ["第1次", "第2次", "第3次", "第4次"])
      }
    }
  }
}

extension Result {
  /// The failure, if this is one.
  var failureValue: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
