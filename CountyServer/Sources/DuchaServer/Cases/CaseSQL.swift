import DuchaCases
import Foundation
import PostgresNIO

/// The `cases` and `case_events` tables (migration 3) as the store reads and writes them: the
/// columns that queries filter on are columns; the child and the facts are `jsonb`, so a new
/// fact needs no migration — the layout of the SQLite ledger (`SQLiteSchema`).
enum CaseSQL {
  /// Any fixed number: the advisory lock imports take (see `Migrations` for the other).
  static let importLock: Int64 = 20_211_106

  /// The columns `record(_:)` reads, in order.
  static let selectCase = """
    SELECT id, status, responsible_school, assignee, child_json::text, facts_json::text, source,
      created_at, updated_at, version
    FROM cases
    """

  /// A `cases` row as the domain record; a row another program damaged is reported.
  static func record(_ row: PostgresRow, ledger: String) throws -> CaseRecord {
    let (id, status, responsible, assignee, child, facts, source, created, updated, version) =
      try row.decode(
        (Int64, String, String, String?, String, String, String, String, String, Int).self)
    return try CaseColumns.record(
      ledger: ledger, id: id, status: status, responsibleSchool: responsible, assignee: assignee,
      childJSON: child, factsJSON: facts, source: source, createdAt: created, updatedAt: updated,
      version: version)
  }

  /// A `case_events` row (selected as in `PostgresCaseStore.history`).
  static func event(_ row: PostgresRow, ledger: String) throws -> CaseEvent {
    let (caseID, sequence, time, by, reason, action, from, to, details) = try row.decode(
      (Int64, Int, String, String, String, String, String?, String, String).self)
    return try CaseColumns.event(
      ledger: ledger, caseID: caseID, sequence: sequence, time: time, by: by, reason: reason,
      action: action, fromState: from, toState: to, detailsJSON: details)
  }
}
