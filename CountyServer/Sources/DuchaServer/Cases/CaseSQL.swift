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
  static func record(_ row: PostgresRow) throws -> CaseRecord {
    let (id, status, responsible, assignee, child, facts, source, created, updated, version) =
      try row.decode(
        (Int64, String, String, String?, String, String, String, String, String, Int).self)
    guard let state = CaseStatus(rawValue: status) else {
      throw CaseStoreError.unavailable(path: "cases#\(id)", reason: "未知状态“\(status)”")
    }
    return CaseRecord(
      id: id, child: try decode(CaseChild.self, child), status: state,
      responsibleSchool: responsible, assignee: assignee, facts: try decode(CaseFacts.self, facts),
      source: source, createdAt: created, updatedAt: updated, version: version)
  }

  /// A `case_events` row (selected as in `PostgresCaseStore.history`).
  static func event(_ row: PostgresRow) throws -> CaseEvent {
    let (caseID, sequence, time, by, reason, action, from, to, details) = try row.decode(
      (Int64, Int, String, String, String, String, String?, String, String).self)
    guard let state = CaseStatus(rawValue: to) else {
      throw CaseStoreError.unavailable(path: "case_events#\(caseID)", reason: "未知状态“\(to)”")
    }
    return CaseEvent(
      caseID: caseID, sequence: sequence, time: time, by: by, reason: reason, action: action,
      from: from.flatMap(CaseStatus.init(rawValue:)), to: state,
      details: try decode([String: String].self, details))
  }

  /// A record's column values.
  struct Columns {
    var name: String
    var idNumber: String
    var school: String
    var township: String
    var responsibleSchool: String
    var assignee: String?
    var status: String
    var dueDate: String?
    var visitCount: Int
    var childJSON: String
    var factsJSON: String
    var source: String
    var createdAt: String
    var updatedAt: String
    var version: Int

    init(_ record: CaseRecord) throws {
      name = record.child.name
      idNumber = record.child.idNumber
      school = record.child.school
      township = record.child.township
      responsibleSchool = record.responsibleSchool
      assignee = record.assignee
      status = record.status.rawValue
      dueDate = record.facts.dueDate
      visitCount = record.facts.visits.count
      childJSON = try json(record.child)
      factsJSON = try json(record.facts)
      source = record.source
      createdAt = record.createdAt
      updatedAt = record.updatedAt
      version = record.version
    }
  }

  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    do {
      return try JSONDecoder().decode(type, from: Data(text.utf8))
    } catch {
      throw CaseStoreError.unavailable(path: "cases", reason: "读不懂的 JSON 列：\(error)")
    }
  }
}
