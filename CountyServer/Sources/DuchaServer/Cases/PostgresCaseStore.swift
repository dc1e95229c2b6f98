import DuchaCases
import DuchaChecklist
import DuchaRoster
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// The county's case ledger in PostgreSQL, behind the same `CaseStore` protocol as the
/// laptop's SQLite file, so `CaseLedger` (and the state machine) run unchanged on both.
///
/// The protocol is synchronous (the REPL, `ducha cases` and the ledger workflow are), while
/// postgres-nio is asynchronous. This store does not bridge through Swift tasks (a blocked
/// cooperative thread waiting for a task that needs that pool can deadlock on two cores):
/// it keeps one connection on a SwiftNIO event loop and uses postgres-nio's EventLoopFuture
/// API, so the I/O runs on that event loop and the calling thread only waits for the future.
/// Calls from several threads take turns on the connection (a lock around each transaction);
/// more clerks at once means more stores (connections), as the server's routes do. Never call
/// it from an event loop thread (NIO refuses to wait there); async code calls it through
/// `NIOThreadPool` (see `CaseRoutes`).
///
/// Row versions and transactions make concurrent changes safe: `commit` updates only `WHERE
/// version = expected` (a concurrent commit of the same case waits for the first's row lock,
/// then finds the version moved and reports a conflict, which `CaseLedger` re-checks); imports
/// take an advisory lock so two clerks importing the same child make one case.
public final class PostgresCaseStore: CaseStore {
  /// Where the database is (for messages; the password is never printed).
  public let address: DatabaseAddress
  /// The database, as messages name it (the password left out).
  public var location: String { address.display }
  private let logger: Logger
  private let eventLoop: any EventLoop
  private let connection: NIOLockedValueBox<PostgresConnection?>

  /// Connects to the database at `address`, whose schema `ducha-server migrate` (or the
  /// server's start) has brought up to date; says so if the case tables are missing.
  public init(
    address: DatabaseAddress, logger: Logger = Logger(label: "ducha-cases"),
    eventLoop: any EventLoop = MultiThreadedEventLoopGroup.singleton.next()
  ) throws {
    self.address = address
    self.logger = logger
    self.eventLoop = eventLoop
    self.connection = NIOLockedValueBox(nil)
    let found = try transaction { sql in
      try sql.rows("SELECT to_regclass('public.case_events') IS NOT NULL")
        .first?.decode(Bool.self) ?? false
    }
    guard found else {
      throw CaseStoreError.unavailable(
        path: address.display,
        reason: Localized(
          "数据库里还没有案例台账的表，请先运行 ducha-server migrate",
          en: "the database has no case ledger tables yet; run ducha-server migrate first"))
    }
  }

  deinit {
    // postgres-nio asserts that a connection is closed before it goes: the completion handler
    // holds it until the close is done.
    connection.withLockedValue { current in
      guard let open = current else { return }
      open.close().whenComplete { _ in withExtendedLifetime(open) {} }
    }
  }

  // MARK: CaseStore

  /// Creates the cases of children not in the ledger, all in one transaction. Imports take
  /// turns (an advisory lock): numbers are given in list order without gaps, and two clerks
  /// importing the same child at once make one case.
  public func importChildren(_ children: [ImportedChild], time: String, by: String) throws
    -> ImportResult
  {
    try transaction { sql in
      try sql.run("SELECT pg_advisory_xact_lock(\(CaseSQL.importLock))")
      var result = ImportResult()
      for entry in children {
        let key = entry.child.key
        if let row = try sql.rows(
          PostgresQuery(unsafeSQL: CaseSQL.selectCase + " WHERE child_key = $1", binds: binds(key))
        ).first {
          result.existing.append(
            .init(record: try CaseSQL.record(row, ledger: address.display), source: entry.source))
          continue
        }
        var record = CaseRecord(id: 0, child: entry.child, source: entry.source, createdAt: time)
        let columns = try CaseColumns(record)
        let inserted = try sql.rows(
          """
          INSERT INTO cases (child_key, name, id_number, school, township, responsible_school,
            assignee, status, due_date, visit_count, child_json, facts_json, source, created_at,
            updated_at, version)
          VALUES (\(key), \(columns.name), \(columns.idNumber), \(columns.school),
            \(columns.township), \(columns.responsibleSchool), \(columns.assignee),
            \(columns.status), \(columns.dueDate), \(columns.visitCount),
            \(columns.childJSON)::jsonb, \(columns.factsJSON)::jsonb, \(columns.source),
            \(columns.createdAt), \(columns.updatedAt), \(columns.version))
          RETURNING id
          """)
        guard let id = try inserted.first?.decode(Int64.self) else {
          throw CaseStoreError.unavailable(
            path: address.display,
            reason: Localized("新建案例没有返回编号", en: "the new case came back without a number"))
        }
        record.id = id
        try insert(
          CaseEvent(
            caseID: id, sequence: 1, time: time, by: by, reason: "", action: "导入", from: nil,
            to: .suspected, details: ["来源": entry.source]), sql)
        result.created.append(record)
      }
      return result
    }
  }

  /// The case with this number.
  public func fetch(_ id: Int64) throws -> CaseRecord? {
    try transaction { sql in
      try sql.rows(
        PostgresQuery(unsafeSQL: CaseSQL.selectCase + " WHERE id = $1", binds: binds(id))
      )
      .first.map { try CaseSQL.record($0, ledger: address.display) }
    }
  }

  /// The cases passing `filter`, by number.
  public func list(_ filter: CaseFilter) throws -> [CaseRecord] {
    var conditions: [String] = []
    var values = PostgresBindings()
    if let statuses = filter.statuses {
      values.append(statuses.map(\.rawValue).sorted())
      conditions.append("status = ANY($\(values.count))")
    }
    if let school = filter.school {
      values.append(school)
      conditions.append("(school = $\(values.count) OR responsible_school = $\(values.count))")
    }
    if let township = filter.township {
      values.append(township)
      conditions.append("township = $\(values.count)")
    }
    if filter.openOnly {
      values.append(CaseStatus.allCases.filter(\.isClosed).map(\.rawValue))
      conditions.append("NOT (status = ANY($\(values.count)))")
    }
    let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    let query = PostgresQuery(
      unsafeSQL: CaseSQL.selectCase + whereClause + " ORDER BY id", binds: values)
    return try transaction { sql in
      try sql.rows(query).map { try CaseSQL.record($0, ledger: address.display) }
    }
  }

  /// The case's history, oldest first.
  public func history(_ id: Int64) throws -> [CaseEvent] {
    try transaction { sql in
      try sql.rows(
        """
        SELECT case_id, sequence, "time", "by", reason, action, from_state, to_state,
          details_json::text
        FROM case_events WHERE case_id = \(id) ORDER BY sequence
        """
      ).map { try CaseSQL.event($0, ledger: address.display) }
    }
  }

  /// Stores the change and its history entry if nobody changed the case meanwhile.
  public func commit(_ record: CaseRecord, event: CaseEvent, expectedVersion: Int) throws {
    let columns = try CaseColumns(record)
    try transaction { sql in
      let updated = try sql.run(
        """
        UPDATE cases SET name = \(columns.name), id_number = \(columns.idNumber),
          school = \(columns.school), township = \(columns.township),
          responsible_school = \(columns.responsibleSchool), assignee = \(columns.assignee),
          status = \(columns.status), due_date = \(columns.dueDate),
          visit_count = \(columns.visitCount), child_json = \(columns.childJSON)::jsonb,
          facts_json = \(columns.factsJSON)::jsonb, source = \(columns.source),
          updated_at = \(columns.updatedAt), version = \(columns.version)
        WHERE id = \(record.id) AND version = \(expectedVersion)
        """)
      guard updated == 1 else {
        let exists = try sql.rows("SELECT 1 FROM cases WHERE id = \(record.id)").isEmpty == false
        throw exists
          ? CaseStoreError.conflict(caseID: record.id) : CaseStoreError.notFound(caseID: record.id)
      }
      try insert(event, sql)
    }
  }

  /// Notices past due on `today`, not yet reported or closed.
  public func overdue(asOf today: CivilDate) throws -> [CaseRecord] {
    let states = [CaseStatus.noticeIssued.rawValue, CaseStatus.overdue.rawValue]
    // COLLATE "C": the dates compare as the text YYYY-MM-DD whatever the cluster's locale.
    let query = PostgresQuery(
      unsafeSQL: CaseSQL.selectCase
        + """
         WHERE status = ANY($1) AND due_date COLLATE "C" < $2 COLLATE "C"
        ORDER BY due_date COLLATE "C", id
        """, binds: binds(states, today.description))
    return try transaction { sql in
      try sql.rows(query).map { try CaseSQL.record($0, ledger: address.display) }
    }
  }

  // MARK: Connection

  private func insert(_ event: CaseEvent, _ sql: CaseTransaction) throws {
    let details = try CaseColumns.encode(event.details)
    try sql.run(
      """
      INSERT INTO case_events (case_id, sequence, "time", "by", reason, action, from_state,
        to_state, details_json)
      VALUES (\(event.caseID), \(event.sequence), \(event.time), \(event.by), \(event.reason),
        \(event.action), \(event.from?.rawValue), \(event.to.rawValue), \(details)::jsonb)
      """)
  }

  /// Runs `body` in one transaction on this store's connection (connecting, or reconnecting
  /// after PostgreSQL restarted, first). Any error rolls back; errors that are not the
  /// ledger's own become `CaseStoreError.unavailable` with PostgreSQL's message.
  func transaction<T>(_ body: (CaseTransaction) throws -> T) throws -> T {
    try connection.withLockedValue { current in
      do {
        if current == nil || current?.isClosed == true {
          current = nil
          current = try PostgresConnection.connect(
            on: eventLoop, configuration: address.connectionConfiguration, id: 1, logger: logger
          ).wait()
        }
        guard let live = current else {
          throw CaseStoreError.unavailable(
            path: address.display, reason: Localized("没有连接", en: "not connected"))
        }
        let sql = CaseTransaction(connection: live, logger: logger)
        try sql.run("BEGIN")
        do {
          let result = try body(sql)
          try sql.run("COMMIT")
          return result
        } catch {
          _ = try? sql.run("ROLLBACK")
          throw error
        }
      } catch let error as CaseStoreError {
        throw error
      } catch {
        if current?.isClosed == true { current = nil }
        let said = Self.describe(error)
        throw CaseStoreError.unavailable(path: address.display, reason: Localized(said, en: said))
      }
    }
  }

  private static func describe(_ error: any Error) -> String {
    if let error = error as? PSQLError {
      if let message = error.serverInfo?[.message] { return message }
      return "\(error.code)"
    }
    return "\(error)"
  }

  private func binds(_ values: any PostgresDynamicTypeEncodable...) -> PostgresBindings {
    var bindings = PostgresBindings()
    for value in values { bindings.append(value) }
    return bindings
  }
}

/// The statements of one transaction, each waited for on the calling thread.
struct CaseTransaction {
  let connection: PostgresConnection
  let logger: Logger

  /// Runs a statement; returns the number of rows it changed (nil for a command without one).
  @discardableResult
  func run(_ query: PostgresQuery) throws -> Int? {
    try connection.query(query, logger: logger).wait().metadata.rows
  }

  /// Runs a query and collects its rows.
  func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
    try connection.query(query, logger: logger).wait().rows
  }
}

extension DatabaseAddress {
  /// The address as messages show it: no password.
  public var display: String { "postgres://\(user)@\(host):\(port)/\(database)" }

  /// One connection's configuration (the case store's), plain TCP like the server's pool.
  public var connectionConfiguration: PostgresConnection.Configuration {
    var configuration = PostgresConnection.Configuration(
      host: host, port: port, username: user, password: password, database: database,
      tls: .disable)
    configuration.options.connectTimeout = .seconds(5)
    return configuration
  }
}
