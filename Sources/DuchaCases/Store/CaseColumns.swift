import DuchaChecklist
import Foundation

/// A case as both ledgers store it — the laptop's SQLite file (`CaseRow`) and the county
/// server's PostgreSQL tables: the columns that queries filter on are columns; the child and the
/// facts are JSON text, so a new fact needs no migration. One mapping for both stores, so the two
/// ledgers cannot drift apart.
public struct CaseColumns: Sendable, Equatable {
  /// The child's key (ID number, or name and birth date), unique in the ledger.
  public var childKey: String
  /// The child's name.
  public var name: String
  /// The child's ID number.
  public var idNumber: String
  /// The school of the registry row.
  public var school: String
  /// The township.
  public var township: String
  /// The school responsible for bringing the child back.
  public var responsibleSchool: String
  /// Who follows the case up, when assigned.
  public var assignee: String?
  /// `CaseStatus.rawValue`.
  public var status: String
  /// The 限期复学 notice's due date, when one was issued.
  public var dueDate: String?
  /// How many home visits are recorded.
  public var visitCount: Int
  /// The child, as sorted-key JSON.
  public var childJSON: String
  /// The facts, as sorted-key JSON.
  public var factsJSON: String
  /// Where the case came from (a 数据比对 run, a school's report).
  public var source: String
  /// When the case was created.
  public var createdAt: String
  /// When it last changed.
  public var updatedAt: String
  /// The optimistic-locking version.
  public var version: Int

  /// The columns of `record`.
  public init(_ record: CaseRecord) throws {
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
    childJSON = try CaseColumns.encode(record.child)
    factsJSON = try CaseColumns.encode(record.facts)
    source = record.source
    createdAt = record.createdAt
    updatedAt = record.updatedAt
    version = record.version
  }

  /// The record from the columns a query read back. A row another program changed into
  /// something the ledger never writes (a status typed by hand, JSON cut short) is reported
  /// with the ledger, the case and the column, never guessed at.
  /// `filtered`: the columns queries filter on, as read; each must say what the JSON says.
  public static func record(
    ledger: String, id: Int64, status: String, responsibleSchool: String, assignee: String?,
    childJSON: String, factsJSON: String, source: String, createdAt: String,
    updatedAt: String, version: Int, filtered: Filtered? = nil
  ) throws -> CaseRecord {
    let record = CaseRecord(
      id: id,
      child: try decode(
        CaseChild.self, childJSON, ledger: ledger, caseID: id, column: "child_json"),
      status: try decodeStatus(status, ledger: ledger, caseID: id, column: "status"),
      responsibleSchool: responsibleSchool, assignee: assignee,
      facts: try decode(
        CaseFacts.self, factsJSON, ledger: ledger, caseID: id, column: "facts_json"),
      source: source, createdAt: createdAt, updatedAt: updatedAt, version: version)
    try filtered?.check(record, ledger: ledger)
    return record
  }

  /// The columns that repeat what the JSON holds so queries can filter on them (乡镇, 学校,
  /// 姓名, 身份证号, 复学期限). Changed by hand in a database browser — the obvious place to fix a
  /// misspelt township — one answered `cases list --township` and the other was shown: a case
  /// listed under 新华 read 北坪镇, and one under neither. Such a row is reported, as a status
  /// typed by hand is, with the change to make through ducha (which keeps it in the history).
  public struct Filtered: Sendable, Equatable {
    /// `name` as read.
    public var name: String
    /// `id_number` as read.
    public var idNumber: String
    /// `school` as read.
    public var school: String
    /// `township` as read.
    public var township: String
    /// `due_date` as read.
    public var dueDate: String?

    /// The columns as read.
    public init(name: String, idNumber: String, school: String, township: String, dueDate: String?)
    {
      self.name = name
      self.idNumber = idNumber
      self.school = school
      self.township = township
      self.dueDate = dueDate
    }

    func check(_ record: CaseRecord, ledger: String) throws {
      let pairs: [(column: String, read: String, json: String, fix: String)] = [
        (
          "township", township, record.child.township,
          "ducha cases assign \(record.id) --township \(township) --by 姓名"
        ),
        ("school", school, record.child.school, ""),
        ("name", name, record.child.name, ""),
        ("id_number", idNumber, record.child.idNumber, ""),
        ("due_date", dueDate ?? "", record.facts.dueDate ?? "", ""),
      ]
      for pair in pairs where pair.read != pair.json {
        let also = pair.fix.isEmpty ? "" : "；真要改成“\(pair.read)”，改回后用 \(pair.fix)（记入历史）"
        throw CaseStoreError.damagedRow(
          ledger: ledger, caseID: record.id, column: pair.column,
          reason: Localized(
            "这一列是“\(pair.read)”，同一行 JSON 里是原来的“\(pair.json)”（筛选按这一列，显示按 JSON）\(also)",
            en: "the column reads “\(pair.read)” while the row's JSON holds “\(pair.json)”"
              + (pair.fix.isEmpty ? "" : " and change it with \(pair.fix) (kept in the history)")))
      }
    }
  }

  /// A history entry from the columns of `case_events`, checked like `record`.
  public static func event(
    ledger: String, caseID: Int64, sequence: Int, time: String, by: String, reason: String,
    action: String, fromState: String?, toState: String, detailsJSON: String
  ) throws -> CaseEvent {
    CaseEvent(
      caseID: caseID, sequence: sequence, time: time, by: by, reason: reason, action: action,
      from: fromState.flatMap(CaseStatus.init(rawValue:)),
      to: try decodeStatus(toState, ledger: ledger, caseID: caseID, column: "case_events.to_state"),
      details: try decode(
        [String: String].self, detailsJSON, ledger: ledger, caseID: caseID,
        column: "case_events.details_json"))
  }

  /// JSON text of a column: sorted keys, so the same value is always the same text.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func decode<T: Decodable>(
    _ type: T.Type, _ text: String, ledger: String, caseID: Int64, column: String
  ) throws -> T {
    do {
      return try JSONDecoder().decode(type, from: Data(text.utf8))
    } catch {
      throw CaseStoreError.damagedRow(
        ledger: ledger, caseID: caseID, column: column,
        reason: Localized("不是台账写入的 JSON", en: "not JSON the ledger writes"))
    }
  }

  static func decodeStatus(_ text: String, ledger: String, caseID: Int64, column: String) throws
    -> CaseStatus
  {
    guard let status = CaseStatus(rawValue: text) else {
      let known = CaseStatus.allCases.map(\.rawValue).joined(separator: "、")
      throw CaseStoreError.damagedRow(
        ledger: ledger, caseID: caseID, column: column,
        reason: Localized(
          "“\(text)”不是台账的状态（状态只有：\(known)）",
          en: "“\(text)” is not a ledger status (the statuses are: \(known))"))
    }
    return status
  }
}
