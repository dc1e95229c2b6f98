import DuchaChecklist
import DuchaServer
import DuchaSession
import DuchaSync
import Foundation
import Logging
import PostgresNIO
import Testing

/// A real county server for one test: a fresh database on the PostgreSQL cluster named by
/// `DUCHA_TEST_DATABASE_URL` (scripts/test-server starts one on loopback), migrated, served on
/// a free loopback port, and dropped afterwards. There is no mock database.
struct TestServer {
  let address: DatabaseAddress
  let url: String
  let logger: Logger

  static func adminAddress() throws -> DatabaseAddress {
    guard let text = ProcessInfo.processInfo.environment["DUCHA_TEST_DATABASE_URL"] else {
      Issue.record(
        "DUCHA_TEST_DATABASE_URL is not set: these tests need a real PostgreSQL; run scripts/test-server"
      )
      throw CancellationError()
    }
    return try DatabaseAddress(url: text)
  }

  /// Runs `body` against a fresh server; the database is dropped afterwards.
  static func with(_ body: (TestServer) async throws -> Void) async throws {
    let admin = try adminAddress()
    let name = "ducha_test_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    try await CountyServer.withDatabase(admin, logger: logger) { database in
      try await database.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
    }
    let address = admin.with(database: name)
    let port = PortBox()
    let task = Task {
      try await CountyServer.serve(
        database: address, host: "127.0.0.1", port: 0, logger: logger
      ) { bound in await port.set(bound) }
    }
    var bound = 0
    for _ in 0..<200 {
      if let value = await port.value {
        bound = value
        break
      }
      try await Task.sleep(for: .milliseconds(50))
    }
    #expect(bound > 0, "the server did not start")
    do {
      try await body(TestServer(address: address, url: "http://127.0.0.1:\(bound)", logger: logger))
    } catch {
      task.cancel()
      _ = await task.result
      try await drop(name, admin, logger)
      throw error
    }
    task.cancel()
    _ = await task.result
    try await drop(name, admin, logger)
  }

  private static func drop(_ name: String, _ admin: DatabaseAddress, _ logger: Logger) async throws
  {
    try await CountyServer.withDatabase(admin, logger: logger) { database in
      try await database.client.query(
        PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
    }
  }

  /// Runs `work` with this server's database.
  func database<T: Sendable>(_ work: @Sendable (ServerDatabase) async throws -> T) async throws
    -> T
  {
    try await CountyServer.withDatabase(address, logger: logger, work)
  }

  /// Creates an account and returns a client signed in with its token.
  func account(
    _ name: String, _ role: ServerRole, group: String? = nil, unit: String? = nil
  ) async throws -> SyncClient {
    let token = Token.make()
    try await database {
      try await $0.addAccount(
        Account(name: name, role: role, group: group, unit: unit), token: token, by: "测试")
    }
    return try SyncClient(address: url, token: token, retry: .quick)
  }
}

extension RetryPolicy {
  /// Tests want an answer quickly.
  static let quick = RetryPolicy(
    attempts: 3, initialDelay: .milliseconds(50), maximumDelay: .milliseconds(200))
}

actor PortBox {
  var value: Int?
  func set(_ port: Int) { value = port }
}

/// A small valid checklist to create sessions from.
func smallChecklist() throws -> Checklist {
  let text = """
    清单 lingbi-xueji-2021
    标题：灵璧县学籍管理工作专项核查记录表
    对象：学校
    总分：10
    部分 一 学籍管理 10分
    条目 1 人籍一致情况 10分
      录入 人籍不一致人数 计数 默认 点名.人籍不一致
      规则 每例扣分(人籍不一致人数, 每例=0.5)
    """
  let (checklist, _) = ChecklistLoader.load(source: SourceText(file: "small.ducha", text: text))
  return try #require(checklist)
}

/// A session of `unit` in `group` at save `sequence`, as a laptop's file would hold it.
func sessionFile(
  id: String, unit: String = "渔沟中学", group: String? = "第二组", sequence: Int,
  updatedAt: String = "2021-11-05T10:00:00+08:00", duplicates: [String] = []
) throws -> Data {
  var session = Session(
    id: id, checklist: try smallChecklist(),
    unit: Session.Unit(name: unit, kind: .school, stages: [.primary]), group: group,
    inspectors: ["李明"], date: "2021-11-05", year: 2021, now: "2021-11-05T09:00:00+08:00")
  session.saveSequence = sequence
  session.updatedAt = updatedAt
  session.answers.values["人籍不一致人数"] = Answer(.number(Decimal(sequence)))
  if !duplicates.isEmpty {
    session.registry.counts["重复学籍"] = duplicates.count
    session.registry.students["重复学籍"] = duplicates
  }
  return try SessionStore.encode(session)
}
