import DuchaChecklist
import DuchaServer
import DuchaSession
import DuchaSync
import Foundation
import Testing

/// Pushing and pulling sessions against a real server and PostgreSQL.
@Suite(.serialized) struct SessionPushTests {
  @Test func everyVersionIsKeptOnceAndPushingAgainChangesNothing() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      let first = try sessionFile(id: "a1b2c3d4", sequence: 1)
      let second = try sessionFile(id: "a1b2c3d4", sequence: 2)
      var receipts: [Bool] = []
      for body in [first, second, second, first] {
        receipts.append(
          try await li.post(SyncRoute.sessions, body: body, as: PushReceipt.self).stored)
      }
      #expect(receipts == [true, true, false, false])
      let counts = try await server.database { try await $0.counts() }
      #expect(counts.versions == 2)
      #expect(counts.sessions == 1)
      let index = try await li.get(SyncRoute.sessionIndex, as: SessionIndex.self)
      #expect(Set(index.versions.map(\.saveSequence)) == [1, 2])
    }
  }

  @Test func anOlderVersionPushedLastNeverReplacesTheNewer() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      _ = try await li.post(
        SyncRoute.sessions, body: try sessionFile(id: "a1b2c3d4", sequence: 5), as: PushReceipt.self
      )
      _ = try await li.post(
        SyncRoute.sessions, body: try sessionFile(id: "a1b2c3d4", sequence: 3), as: PushReceipt.self
      )
      let pull = try await li.get(SyncRoute.sessions, as: SessionPull.self)
      #expect(pull.sessions.map(\.key.saveSequence) == [5])
      let session = try SessionStore.decode(Data(pull.sessions[0].body.utf8), path: "pulled")
      #expect(session.answers.values["人籍不一致人数"] == Answer(.number(5)))
      #expect(try await server.database { try await $0.counts() }.versions == 2)
    }
  }

  @Test func anInspectorPushesOnlyTheirGroupsSessions() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      let body = try sessionFile(id: "e5f6a7b8", group: "第三组", sequence: 1)
      await #expect(
        throws: SyncError.refused(
          status: 403, message: "记录 e5f6a7b8 属于“第三组”，账号“李明”属于“第二组”，只能上传本组的检查记录。")
      ) {
        _ = try await li.post(SyncRoute.sessions, body: body, as: PushReceipt.self)
      }
      // A session without a group is filed under the inspector's.
      _ = try await li.post(
        SyncRoute.sessions, body: try sessionFile(id: "c0c0c0c0", group: nil, sequence: 1),
        as: PushReceipt.self)
      let other = try await server.account("赵六", .inspector, group: "第三组")
      #expect(try await other.get(SyncRoute.sessions, as: SessionPull.self).sessions.isEmpty)
      #expect(try await li.get(SyncRoute.sessions, as: SessionPull.self).sessions.count == 1)
    }
  }

  @Test func aDamagedFileIsRefusedWithTheReason() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      let body = Data(#"{"formatVersion": 9, "id": "x"}"#.utf8)
      await #expect(
        throws: SyncError.refused(
          status: 422, message: "上传的记录：记录格式第 9 版，比本程序支持的第 3 版新。请升级 ducha 后再打开；文件没有改动。")
      ) {
        _ = try await li.post(SyncRoute.sessions, body: body, as: PushReceipt.self)
      }
    }
  }

  @Test func requestsWithoutAValidTokenAreRefused() async throws {
    try await TestServer.with { server in
      let anonymous = try SyncClient(address: server.url, token: nil, retry: .quick)
      await #expect(
        throws: SyncError.refused(
          status: 401, message: "缺少账号令牌；请用 --token 或环境变量 DUCHA_TOKEN 给出管理员发的令牌。")
      ) {
        _ = try await anonymous.get(SyncRoute.sessions, as: SessionPull.self)
      }
      let forged = try SyncClient(address: server.url, token: Token.make(), retry: .quick)
      await #expect(throws: SyncError.refused(status: 401, message: "令牌不对或账号已停用；请向管理员要新的令牌。")) {
        _ = try await forged.get(SyncRoute.sessions, as: SessionPull.self)
      }
      let health = try await anonymous.get(SyncRoute.health, as: [String: String].self)
      #expect(health == ["status": "ok"])
    }
  }

  /// 李明's laptop was lost: the clerk disables the account, then gives him a new token on his
  /// new laptop. The message every refused laptop sees tells him to ask for a new token, and
  /// until now the clerk had no way to give one (user add refused the name as taken).
  @Test func aLostTokenIsDisabledAndReplaced() async throws {
    try await TestServer.with { server in
      let lost = try await server.account("李明", .inspector, group: "第二组")
      #expect(try await lost.get(SyncRoute.whoami, as: AccountInfo.self).name == "李明")
      #expect(try await server.database { try await $0.disable("李明", by: "管理员") })
      let refused = SyncError.refused(status: 401, message: "令牌不对或账号已停用；请向管理员要新的令牌。")
      await #expect(throws: refused) {
        _ = try await lost.get(SyncRoute.whoami, as: AccountInfo.self)
      }
      #expect(try await server.database { try await $0.disabledAccounts() } == ["李明"])

      let token = Token.make()
      #expect(
        try await server.database { try await $0.replaceToken(of: "李明", with: token, by: "管理员") })
      let renewed = try SyncClient(address: server.url, token: token, retry: .quick)
      let info = try await renewed.get(SyncRoute.whoami, as: AccountInfo.self)
      #expect((info.name, info.group) == ("李明", "第二组"))
      await #expect(throws: refused) {
        _ = try await lost.get(SyncRoute.whoami, as: AccountInfo.self)
      }
      #expect(try await server.database { try await $0.disabledAccounts() } == [])
      #expect(
        try await !server.database { try await $0.replaceToken(of: "李鸣", with: token, by: "管理员") })
      #expect(try await !server.database { try await $0.disable("李鸣", by: "管理员") })
      let audit = try await server.database { try await $0.audit(limit: 2) }
      #expect(audit.map(\.action) == ["user token", "user disable"])
      #expect(audit.map(\.target) == ["李明", "李明"])
    }
  }

  @Test func idNumbersAreMaskedUnlessTheCountyAsksToSeeThem() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      let county = try await server.account("教育局", .county)
      let school = try await server.account("渔沟中学", .school, unit: "渔沟中学")
      _ = try await li.post(
        SyncRoute.sessions,
        body: try sessionFile(id: "a1b2c3d4", sequence: 1, duplicates: ["11010519491231002X"]),
        as: PushReceipt.self)
      for client in [li, county, school] {
        let body = try await client.get(SyncRoute.sessions, as: SessionPull.self).sessions[0].body
        #expect(body.contains("110105***********X"))
        #expect(!body.contains("11010519491231002X"))
      }
      let revealed = try await county.get(
        SyncRoute.sessions, query: [URLQueryItem(name: "reveal", value: "1")], as: SessionPull.self)
      #expect(revealed.sessions[0].body.contains("11010519491231002X"))
      await #expect(throws: SyncError.refused(status: 403, message: "只有县教育局的账号可以看完整的身份证号。")) {
        _ = try await li.get(
          SyncRoute.sessions, query: [URLQueryItem(name: "reveal", value: "1")],
          as: SessionPull.self)
      }
    }
  }

  @Test func everyWriteIsLoggedWithWhoAndWhen() async throws {
    try await TestServer.with { server in
      let li = try await server.account("李明", .inspector, group: "第二组")
      _ = try await li.post(
        SyncRoute.sessions, body: try sessionFile(id: "a1b2c3d4", sequence: 1), as: PushReceipt.self
      )
      _ = try await li.post(
        SyncRoute.sessions, body: try sessionFile(id: "a1b2c3d4", sequence: 1), as: PushReceipt.self
      )
      let log = try await server.database { try await $0.audit(limit: 10) }
      #expect(log.map(\.action) == ["push session", "user add"])
      #expect(log[0].account == "李明")
      #expect(log[0].target == "a1b2c3d4 #1 渔沟中学 第二组")
      #expect(log[1].account == "测试")
      #expect(log[0].at.hasSuffix("Z") && log[0].at.count == 20)
    }
  }

  @Test func migrationsRunOnceAndAgainAreANoOp() async throws {
    try await TestServer.with { server in
      let applied = try await server.database {
        try await Migrations.run(on: $0.client, logger: server.logger)
      }
      #expect(applied.isEmpty)
    }
  }
}
