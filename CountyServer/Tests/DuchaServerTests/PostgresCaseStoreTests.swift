import DuchaCases
import DuchaCasesSuite
import DuchaServer
import Foundation
import Logging
import PostgresNIO
import Testing

/// The county's case ledger in PostgreSQL passes the same ledger suite as the laptop's SQLite
/// file (DuchaCasesTests runs it there), each check on a fresh, migrated database of the real
/// cluster, with several connections where the check has several clerks.
struct PostgresCaseStoreTests {
  @Test(arguments: LedgerSuite.checks) func ledgerSuite(_ check: LedgerCheck) async throws {
    try await TestDatabase.with { address, logger in
      let place = LedgerPlace(
        store: "PostgreSQL", open: { try PostgresCaseStore(address: address, logger: logger) },
        remove: {})
      try await onThread { try check.run(place) }
    }
  }

  @Test func theHistoryCannotBeRewrittenEvenFromPsql() async throws {
    try await TestDatabase.with { address, logger in
      try await onThread {
        let ledger = CaseLedger(store: try PostgresCaseStore(address: address, logger: logger))
        _ = try ledger.importChildren(
          [
            ImportedChild(
              child: CaseChild(name: "张小明", idNumber: "990101201301010011", school: "渔沟小学"),
              source: "名单.csv:2")
          ], by: "李辉")
      }
      try await CountyServer.withDatabase(address, logger: logger) { database in
        for statement in [
          "UPDATE case_events SET \"by\" = 'someone'", "DELETE FROM case_events",
          "TRUNCATE case_events",
        ] {
          await #expect(throws: PSQLError.self, "\(statement)") {
            try await database.client.query(PostgresQuery(unsafeSQL: statement))
          }
        }
      }
      let history = try await onThread {
        try PostgresCaseStore(address: address, logger: logger).history(1)
      }
      #expect(history.map(\.by) == ["李辉"])
    }
  }

  @Test func aDatabaseWithoutTheCaseTablesSaysToMigrate() async throws {
    let admin = try TestServer.adminAddress()
    let message = try await onThread { () -> String in
      do {
        _ = try PostgresCaseStore(address: admin.with(database: "postgres"))
        return "opened"
      } catch let error as CaseStoreError {
        return error.message.zh
      }
    }
    #expect(
      message
        == "无法打开台账 postgres://\(admin.user)@\(admin.host):\(admin.port)/postgres：数据库里还没有案例台账的表，请先运行 ducha-server migrate。检查路径和权限，或用 --ledger 指定另一个文件。"
    )
  }

  @Test func anUnreachableDatabaseIsUnavailableNotACrash() async throws {
    let nowhere = DatabaseAddress(
      host: "127.0.0.1", port: 1, user: "ducha", password: "secret", database: "ducha")
    let message = try await onThread { () -> String in
      do {
        _ = try PostgresCaseStore(address: nowhere)
        return "opened"
      } catch let error as CaseStoreError {
        return error.message.zh
      }
    }
    #expect(message.hasPrefix("无法打开台账 postgres://ducha@127.0.0.1:1/ducha："))
    #expect(!message.contains("secret"))
  }
}

/// A fresh database on the test cluster, migrated by the server's migrations, dropped after.
enum TestDatabase {
  static func with(_ body: (DatabaseAddress, Logger) async throws -> Void) async throws {
    let admin = try TestServer.adminAddress()
    let name = "ducha_cases_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    let logger = {
      var logger = Logger(label: "test")
      logger.logLevel = .critical
      return logger
    }()
    try await CountyServer.withDatabase(admin, logger: logger) { database in
      try await database.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
    }
    let address = admin.with(database: name)
    try await CountyServer.withDatabase(address, logger: logger) { database in
      try await Migrations.run(on: database.client, logger: logger)
    }
    do {
      try await body(address, logger)
    } catch {
      try await drop(name, admin, logger)
      throw error
    }
    try await drop(name, admin, logger)
  }

  private static func drop(_ name: String, _ admin: DatabaseAddress, _ logger: Logger) async throws
  {
    try await CountyServer.withDatabase(admin, logger: logger) { database in
      try await database.client.query(
        PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
    }
  }
}

/// Runs blocking work (the synchronous case store) on a thread of its own, so the test's task
/// waits without holding one of Swift's cooperative threads.
func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    Thread { continuation.resume(with: Result { try work() }) }.start()
  }
}

/// PostgreSQL restarted or a connection cut (an administrator, a failover): the store says so
/// for the call that was cut and reconnects for the next.
struct PostgresCaseStoreReconnectTests {
  @Test func aCutConnectionIsReportedOnceAndTheNextCallReconnects() async throws {
    try await TestDatabase.with { address, logger in
      let store = try await onThread { try PostgresCaseStore(address: address, logger: logger) }
      try await onThread {
        _ = try CaseLedger(store: store).importChildren(
          [
            ImportedChild(
              child: CaseChild(name: "张小明", idNumber: "990101201301010011", school: "渔沟小学"),
              source: "名单.csv:2")
          ], by: "李辉")
      }
      let admin = try TestServer.adminAddress()
      try await CountyServer.withDatabase(admin, logger: logger) { database in
        try await database.client.query(
          """
          SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = \(address.database) AND pid <> pg_backend_pid()
          """)
        // pg_terminate_backend only signals the backend: until it has gone, the store's next
        // call may still be answered on the old connection, and the cut falls on the call
        // after it (a failure the clean-clone CI saw once). Wait for it to be gone (5 s at most).
        for _ in 0..<100 {
          let rows = try await database.client.query(
            """
            SELECT count(*)::int FROM pg_stat_activity
            WHERE datname = \(address.database) AND pid <> pg_backend_pid()
            """)
          var left = 0
          for try await count in rows.decode(Int.self) { left = count }
          if left == 0 { break }
          try await Task.sleep(nanoseconds: 50_000_000)
        }
      }
      // The cut may be noticed by this call (unavailable, nothing half-done) or before it.
      let first = try await onThread { () -> String in
        do {
          return try store.fetch(1)?.child.name ?? "none"
        } catch let error as CaseStoreError {
          return error.message.zh
        }
      }
      #expect(first == "张小明" || first.hasPrefix("无法打开台账 \(address.display)："), "\(first)")
      let second = try await onThread { try store.fetch(1)?.child.name }
      #expect(second == "张小明")
    }
  }
}
