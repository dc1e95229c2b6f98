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
    id = record.id > 0 ? record.id : nil
    childKey = record.child.key
    name = record.child.name
    idNumber = record.child.idNumber
    school = record.child.school
    township = record.child.township
    responsibleSchool = record.responsibleSchool
    assignee = record.assignee
    status = record.status.rawValue
    dueDate = record.facts.dueDate
    visitCount = record.facts.visits.count
    childJSON = try JSONText.encode(record.child)
    factsJSON = try JSONText.encode(record.facts)
    source = record.source
    createdAt = record.createdAt
    updatedAt = record.updatedAt
    version = record.version
  }

  /// The domain record; a row another program damaged is reported, not guessed at.
  func record() throws -> CaseRecord {
    guard let status = CaseStatus(rawValue: status) else {
      throw CaseStoreError.unavailable(path: "cases#\(id ?? 0)", reason: "未知状态“\(status)”")
    }
    return CaseRecord(
      id: id ?? 0, child: try JSONText.decode(CaseChild.self, childJSON), status: status,
      responsibleSchool: responsibleSchool, assignee: assignee,
      facts: try JSONText.decode(CaseFacts.self, factsJSON), source: source,
      createdAt: createdAt, updatedAt: updatedAt, version: version)
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
    detailsJSON = try JSONText.encode(event.details)
  }

  func event() throws -> CaseEvent {
    guard let to = CaseStatus(rawValue: toState) else {
      throw CaseStoreError.unavailable(path: "case_events#\(id ?? 0)", reason: "未知状态“\(toState)”")
    }
    return CaseEvent(
      caseID: caseID, sequence: sequence, time: time, by: by, reason: reason, action: action,
      from: fromState.flatMap(CaseStatus.init(rawValue:)), to: to,
      details: try JSONText.decode([String: String].self, detailsJSON))
  }
}

/// JSON columns: sorted keys, so the same value is always the same text.
enum JSONText {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
