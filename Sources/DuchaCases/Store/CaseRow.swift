import Foundation
import GRDB

/// A row of the `cases` table. The columns that queries filter on are columns; the rest of the
/// child and the facts are JSON, so a new fact needs no migration.
struct CaseRow: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "cases"

  var id: Int64?
  var childKey: String
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

  enum CodingKeys: String, CodingKey {
    case id, name, school, township, assignee, status, source, version
    case childKey = "child_key"
    case idNumber = "id_number"
    case responsibleSchool = "responsible_school"
    case dueDate = "due_date"
    case visitCount = "visit_count"
    case childJSON = "child_json"
    case factsJSON = "facts_json"
    case createdAt = "created_at"
    case updatedAt = "updated_at"
  }

  init(_ record: CaseRecord) throws {
    let columns = try CaseColumns(record)
    id = record.id > 0 ? record.id : nil
    childKey = columns.childKey
    name = columns.name
    idNumber = columns.idNumber
    school = columns.school
    township = columns.township
    responsibleSchool = columns.responsibleSchool
    assignee = columns.assignee
    status = columns.status
    dueDate = columns.dueDate
    visitCount = columns.visitCount
    childJSON = columns.childJSON
    factsJSON = columns.factsJSON
    source = columns.source
    createdAt = columns.createdAt
    updatedAt = columns.updatedAt
    version = columns.version
  }

  /// The domain record; a row another program damaged is reported, not guessed at.
  func record(ledger: String) throws -> CaseRecord {
    try CaseColumns.record(
      ledger: ledger, id: id ?? 0, status: status, responsibleSchool: responsibleSchool,
      assignee: assignee, childJSON: childJSON, factsJSON: factsJSON, source: source,
      createdAt: createdAt, updatedAt: updatedAt, version: version,
      filtered: .init(
        name: name, idNumber: idNumber, school: school, township: township, dueDate: dueDate))
  }
}

/// A row of the append-only `case_events` table.
struct CaseEventRow: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "case_events"

  var id: Int64?
  var caseID: Int64
  var sequence: Int
  var time: String
  var by: String
  var reason: String
  var action: String
  var fromState: String?
  var toState: String
  var detailsJSON: String

  enum CodingKeys: String, CodingKey {
    case id, sequence, time, by, reason, action
    case caseID = "case_id"
    case fromState = "from_state"
    case toState = "to_state"
    case detailsJSON = "details_json"
  }

  init(_ event: CaseEvent) throws {
    caseID = event.caseID
    sequence = event.sequence
    time = event.time
    by = event.by
    reason = event.reason
    action = event.action
    fromState = event.from?.rawValue
    toState = event.to.rawValue
    detailsJSON = try CaseColumns.encode(event.details)
  }

  /// The history entry; a row another program damaged is reported, not guessed at.
  func event(ledger: String) throws -> CaseEvent {
    try CaseColumns.event(
      ledger: ledger, caseID: caseID, sequence: sequence, time: time, by: by, reason: reason,
      action: action, fromState: fromState, toState: toState, detailsJSON: detailsJSON)
  }
}
