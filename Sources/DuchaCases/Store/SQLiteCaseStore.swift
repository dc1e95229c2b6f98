import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The embedded ledger: one SQLite file through GRDB. WAL mode lets one terminal read while
/// another writes; every change is one IMMEDIATE transaction (the write lock is taken before
/// anything is read), and a busy timeout makes a second process wait for it instead of failing.
/// The file and its WAL are 0600: the ledger names children. A ledger this user cannot write
/// (a copy from a USB stick, another user's folder) is opened read-only: it is listed and
/// shown as usual and every change is refused with `readOnly`.
public final class SQLiteCaseStore: CaseStore {
  /// The ledger file.
  public let path: String
  /// The ledger file, as messages name it.
  public var location: String { path }
  /// How long a change waits for another program holding the ledger, in seconds.
  let busyTimeout: TimeInterval
  let pool: any DatabaseWriter
  /// Set when the file or its folder cannot be written: every write throws it, reads go on.
  public let readOnly: CaseStoreError?
  /// Where what this machine saw of the file is kept; nil: not checked (tests, the server).
  let marks: LedgerMarkBook?
  /// Set when the file lacks the newest history entry `marks` recorded of it (an older copy
  /// put back): every write throws it, reads go on (the caller warns with `readingWarning`).
  public let olderCopy: CaseStoreError?

  /// Opens and migrates the ledger at `path`; when it is missing, creates it (with its folder)
  /// if `creating`, else throws `noLedger` (reading commands never start a ledger). With
  /// `marks`, the file is compared with what this machine last saw of it (`olderCopy`), and
  /// what it holds after every change is recorded there.
  public init(
    path: String, creating: Bool = true, busyTimeout: TimeInterval = 30,
    marks: LedgerMarkBook? = nil
  ) throws {
    self.path = path
    self.busyTimeout = busyTimeout
    self.marks = marks
    let manager = FileManager.default
    let folder = ParentFolder.of(path)
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw CaseStoreError.unavailable(
        path: path,
        reason: Localized(
          "这是一个文件夹，不是台账文件（台账是 .sqlite 文件，如 Ledger/ledger.sqlite）",
          en: "this is a folder, not a ledger file (a ledger is a .sqlite file, such as"
            + " Ledger/ledger.sqlite)"))
    }
    if !creating, !manager.fileExists(atPath: path) { throw CaseStoreError.noLedger(path: path) }
    do {
      if !folder.isEmpty, !manager.fileExists(atPath: folder) {
        try manager.createDirectory(
          atPath: folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      }
      var configuration = Configuration()
      configuration.busyMode = .timeout(busyTimeout)
      configuration.foreignKeysEnabled = true
      // A ledger received read-only (from a CD, a zip, another user's folder) answered even
      // `cases list` with SQLite's “attempt to write a readonly database”: a WAL database is
      // opened for writing by default. It is read without writing instead.
      if manager.fileExists(atPath: path), let reason = LedgerReadOnly.reason(path: path) {
        readOnly = .readOnly(path: path, reason: reason)
        pool = try LedgerReadOnly.open(path: path, configuration: configuration)
        // The first migration makes the tables; later ones only guard them (v2's trigger), so
        // a read-only copy made before them is read as it is.
        guard try pool.read({ db in try SQLiteSchema.isReadable(db) }) else {
          throw CaseStoreError.unavailable(
            path: path,
            reason: Localized(
              "这份台账是旧版本的，要先升级才能读，而它不能写。把它复制到自己能写的文件夹（例如 Ledger/）再用 --ledger 指定",
              en: "this ledger was written by an older version and must be upgraded before it"
                + " can be read, but it cannot be written. Copy it to a folder you can write"
                + " (such as Ledger/) and pass the copy with --ledger"))
        }
      } else {
        readOnly = nil
        // Created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the
        // database file's permissions.
        try Self.createEmptyFile(at: path)
        configuration.prepareDatabase { db in
          // FULL: a committed change is on disk before the command says it is done.
          try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let pool = try Self.openPool(path: path, configuration: configuration, waiting: busyTimeout)
        try Self.migrate(pool)
        self.pool = pool
      }
      olderCopy = try Self.compare(pool, path: path, marks: marks)
    } catch let error as CaseStoreError {
      throw error
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      // A list or a session file given as --ledger: say so rather than SQLite's English.
      throw CaseStoreError.unavailable(
        path: path,
        reason: Localized(
          "这个文件不是台账（不是 ducha 的 SQLite 台账文件，多半是名单或别的文件）",
          en: "this file is not a ledger (not a ducha SQLite ledger; most likely a list or"
            + " another file)"))
    } catch let error as DatabaseError where Self.isPassing(error) {
      // A full disk, another program holding the file, a pulled stick: not the path's fault.
      throw SQLiteFailure.error(error, path: path, waited: busyTimeout)
    } catch {
      throw CaseStoreError.opening(error, path: path)
    }
  }

  /// Creates the ledger file, 0600, unless it exists. Exclusive: Foundation's `createFile`
  /// writes a new file and renames it over the path, so a second terminal starting the same
  /// new ledger a moment later replaced the file the first had begun to fill.
  private static func createEmptyFile(at path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      _ = fchmod(descriptor, 0o600)  // whatever the umask
      close(descriptor)
    } else if errno != EEXIST {
      throw CaseStoreError.unavailable(
        path: path,
        reason: Localized(
          "无法创建文件（\(String(cString: strerror(errno)))）",
          en: "cannot create the file (\(String(cString: strerror(errno))))"))
    }
  }

  /// Opens the pool. A new ledger file is switched to WAL on first opening, which needs the file
  /// to itself; SQLite answers a second terminal opening it in that moment "database is locked"
  /// at once, without the busy timeout's wait. Tried again until the timeout.
  private static func openPool(
    path: String, configuration: Configuration, waiting timeout: TimeInterval
  ) throws -> DatabasePool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      do {
        return try DatabasePool(path: path, configuration: configuration)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline
      {
        usleep(20_000)
      }
    }
  }

  /// Creates or upgrades the tables. GRDB's migrator reads which migrations the file has before
  /// it takes the write lock, so two terminals starting a new ledger at once both find none,
  /// and the second, once the first has committed, fails on `CREATE TABLE` ("table cases already
  /// exists"). Then the file holds every migration: the tables are there and nothing is wrong.
  private static func migrate(_ pool: DatabasePool) throws {
    do {
      try SQLiteSchema.migrator.migrate(pool)
    } catch {
      let complete = try pool.read { db in try SQLiteSchema.migrator.hasCompletedMigrations(db) }
      guard complete else { throw error }
    }
  }

  /// Compares the file with what `marks` recorded of it: nil when it holds the newest entry
  /// seen (recording what it holds now), else the `olderCopy` error.
  private static func compare(_ pool: any DatabaseWriter, path: String, marks: LedgerMarkBook?)
    throws
    -> CaseStoreError?
  {
    guard let marks else { return nil }
    let seen = marks.seen(path)
    let (held, found) = try pool.read { db in
      (try seen?.isHeld(in: db) ?? true, try LedgerMark.read(db))
    }
    guard held else { return .olderCopy(ledger: path, seen: seen ?? found, found: found) }
    if !found.sameState(as: seen) { marks.record(found, for: path) }
    return nil
  }

  /// Takes the file as it is now as the ledger (`ducha cases keep-copy`): what it holds is
  /// recorded as seen, so it is written to again; returns what it holds. When it was an older
  /// copy, who gave up the later entries (`by`) and when is recorded with it.
  @discardableResult
  public func keepThisCopy(by: String, now: Date = Date()) throws -> LedgerMark {
    var found = try pool.read { db in try LedgerMark.read(db) }
    if olderCopy != nil { found.kept = LedgerMark.Keep(by: by, time: Timestamp.string(from: now)) }
    guard let marks, marks.record(found, for: path) else {
      throw CaseStoreError.unavailable(
        path: path,
        reason: Localized(
          "无法记下这台电脑见到的台账状态", en: "cannot record what this computer saw of the ledger"))
    }
    return found
  }

  /// Runs `body` in an IMMEDIATE transaction, committed when it returns; refused on an older
  /// copy. What the file holds after the change is recorded as seen.
  func writeTransaction<T>(_ body: (Database) throws -> T) throws -> T {
    if let readOnly { throw readOnly }
    if let olderCopy { throw olderCopy }
    do {
      return try writeCommitted(body)
    } catch let error as DatabaseError {
      throw SQLiteFailure.error(error, path: path, waited: busyTimeout)
    }
  }

  /// Whether `error`, met while opening, comes from the disk or another program rather than
  /// from the file named: said as `failed` (what happened and the fix), not as a bad path.
  static func isPassing(_ error: DatabaseError) -> Bool {
    [.SQLITE_FULL, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR].contains(error.resultCode)
  }

  /// `writeTransaction`'s body, its SQLite errors untranslated.
  private func writeCommitted<T>(_ body: (Database) throws -> T) throws -> T {
    let (result, mark): (T, LedgerMark?) = try pool.writeWithoutTransaction { db in
      var result: T?
      var mark: LedgerMark?
      try db.inTransaction(.immediate) {
        result = try body(db)
        if marks != nil { mark = try LedgerMark.read(db) }
        return .commit
      }
      guard let result else {
        throw CaseStoreError.unavailable(
          path: path, reason: Localized("事务未完成", en: "the transaction did not finish"))
      }
      return (result, mark)
    }
    if let marks, let mark { marks.record(mark, for: path) }
    return result
  }

  /// Creates the cases of children not in the ledger, all in one transaction.
  public func importChildren(_ children: [ImportedChild], time: String, by: String) throws
    -> ImportResult
  {
    try writeTransaction { db in
      var result = ImportResult()
      for entry in children {
        if let row = try CaseRow.filter(Column("child_key") == entry.child.key).fetchOne(db) {
          result.existing.append(.init(record: try row.record(ledger: path), source: entry.source))
          continue
        }
        var record = CaseRecord(id: 0, child: entry.child, source: entry.source, createdAt: time)
        let row = try CaseRow(record)
        try row.insert(db)
        record.id = db.lastInsertedRowID
        try CaseEventRow(
          CaseEvent(
            caseID: record.id, sequence: 1, time: time, by: by, reason: "", action: "导入",
            from: nil, to: .suspected, details: ["来源": entry.source])
        ).insert(db)
        result.created.append(record)
      }
      return result
    }
  }

  /// Reads with `body`; a damaged row found in a ledger this user cannot write is said as such
  /// (whom to ask), not with commands that would be refused here.
  private func reading<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try pool.read(body)
    } catch CaseStoreError.damagedRow(let ledger, let id, let column, let reason, _)
      where readOnly != nil
    {
      throw CaseStoreError.damagedRow(
        ledger: ledger, caseID: id, column: column, reason: reason, canWrite: false)
    }
  }

  /// The histories whose case row is gone (deleted by another program), each with the case
  /// since imported from the same row of a list, if any.
  public func orphanedHistories() throws -> [OrphanedHistory] {
    try reading { db in
      let rows = try CaseEventRow.filter(
        sql: "case_id NOT IN (SELECT id FROM cases)"
      ).order(Column("case_id"), Column("sequence")).fetchAll(db)
      var found: [OrphanedHistory] = []
      for row in rows {
        let event = try row.event(ledger: path)
        if found.last?.caseID == row.caseID {
          found[found.count - 1].events.append(event)
        } else {
          found.append(OrphanedHistory(caseID: row.caseID, events: [event]))
        }
      }
      for index in found.indices {
        guard let source = found[index].importSource else { continue }
        found[index].reimportedAs = try Int64.fetchOne(
          db, sql: "SELECT id FROM cases WHERE source = ? AND id > ? ORDER BY id LIMIT 1",
          arguments: [source, found[index].caseID])
      }
      return found
    }
  }

  /// The case with this number.
  public func fetch(_ id: Int64) throws -> CaseRecord? {
    try reading { db in try CaseRow.fetchOne(db, key: id)?.record(ledger: path) }
  }

  /// The cases passing `filter`, by number.
  public func list(_ filter: CaseFilter) throws -> [CaseRecord] {
    try reading { db in
      var request = CaseRow.all()
      if let statuses = filter.statuses {
        request = request.filter(statuses.map(\.rawValue).contains(Column("status")))
      }
      if let school = filter.school {
        request = request.filter(
          Column("school") == school || Column("responsible_school") == school)
      }
      if let township = filter.township { request = request.filter(Column("township") == township) }
      if filter.openOnly {
        let closed = CaseStatus.allCases.filter(\.isClosed).map(\.rawValue)
        request = request.filter(!closed.contains(Column("status")))
      }
      return try request.order(Column("id")).fetchAll(db).map { try $0.record(ledger: path) }
    }
  }

  /// The case's history, oldest first.
  public func history(_ id: Int64) throws -> [CaseEvent] {
    try reading { db in
      try CaseEventRow.filter(Column("case_id") == id).order(Column("sequence")).fetchAll(db)
        .map { try $0.event(ledger: path) }
    }
  }

  /// Stores the change and its history entry if nobody changed the case meanwhile.
  public func commit(_ record: CaseRecord, event: CaseEvent, expectedVersion: Int) throws {
    try writeTransaction { db in
      guard let current = try CaseRow.fetchOne(db, key: record.id) else {
        throw CaseStoreError.notFound(caseID: record.id)
      }
      guard current.version == expectedVersion else {
        throw CaseStoreError.conflict(caseID: record.id)
      }
      try CaseRow(record).update(db)
      try CaseEventRow(event).insert(db)
    }
  }

  /// Notices past due on `today`, not yet reported or closed.
  public func overdue(asOf today: CivilDate) throws -> [CaseRecord] {
    try reading { db in
      try CaseRow
        .filter(
          [CaseStatus.noticeIssued.rawValue, CaseStatus.overdue.rawValue].contains(Column("status"))
        )
        .filter(Column("due_date") < today.description)
        .order(Column("due_date"), Column("id"))
        .fetchAll(db).map { try $0.record(ledger: path) }
    }
  }
}
