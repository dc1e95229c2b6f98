import DuchaChecklist
import DuchaRoster

/// A child to import, with where the row came from.
public struct ImportedChild: Sendable, Equatable {
  /// The child.
  public var child: CaseChild
  /// `file:row` of the list.
  public var source: String

  /// Creates an entry.
  public init(child: CaseChild, source: String) {
    self.child = child
    self.source = source
  }
}

/// What an import did: the cases it created and the children already in the ledger.
public struct ImportResult: Sendable, Equatable {
  /// New cases, in the order of the list.
  public var created: [CaseRecord]
  /// Children that already had a case (from an earlier import or twice in this list): the case,
  /// and the row that named the child again.
  public var existing: [Existing]

  /// A child already in the ledger.
  public struct Existing: Sendable, Equatable {
    /// The case the child already has.
    public var record: CaseRecord
    /// The row that named the child again.
    public var source: String

    /// Creates an entry.
    public init(record: CaseRecord, source: String) {
      self.record = record
      self.source = source
    }
  }

  /// Creates a result.
  public init(created: [CaseRecord] = [], existing: [Existing] = []) {
    self.created = created
    self.existing = existing
  }
}

/// Which cases `list` returns.
public struct CaseFilter: Sendable, Equatable {
  /// Only cases in this state.
  public var status: CaseStatus?
  /// Only cases of this school: the child's school or the responsible school.
  public var school: String?
  /// Only cases of this 乡镇.
  public var township: String?
  /// Only cases not closed.
  public var openOnly: Bool

  /// Creates a filter; the default returns every case.
  public init(
    status: CaseStatus? = nil, school: String? = nil, township: String? = nil,
    openOnly: Bool = false
  ) {
    self.status = status
    self.school = school
    self.township = township
    self.openOnly = openOnly
  }

  /// Whether `record` passes; stores that cannot express a condition in their query language
  /// filter with this, and it is the reference the store tests compare against.
  public func matches(_ record: CaseRecord) -> Bool {
    if let status, record.status != status { return false }
    if let school, record.child.school != school, record.responsibleSchool != school {
      return false
    }
    if let township, record.child.township != township { return false }
    if openOnly, record.status.isClosed { return false }
    return true
  }
}

/// Why a store refused or failed.
public enum CaseStoreError: Error, Sendable, Equatable {
  /// The case changed since it was read (another terminal): read it again and re-check.
  case conflict(caseID: Int64)
  /// No case has this number.
  case notFound(caseID: Int64)
  /// The ledger file cannot be opened or written.
  case unavailable(path: String, reason: String)
  /// No ledger file where one is read (only `cases import` starts a ledger): a list run in the
  /// wrong folder must not answer from a new, empty ledger that there are no cases.
  case noLedger(path: String)
  /// A row holds what the ledger never writes: another program changed it (a status typed by
  /// hand in an SQLite browser, JSON cut short).
  case damagedRow(ledger: String, caseID: Int64, column: String, reason: Localized)

  /// What happened and how to fix it.
  public var message: Localized {
    switch self {
    case .conflict(let id):
      Localized(
        "案例 \(id) 刚被另一处修改过，请重新查看后再改（ducha cases show \(id)）。",
        en: "case \(id) was just changed elsewhere; look at it again (ducha cases show \(id)).")
    case .notFound(let id):
      Localized(
        "台账里没有编号为 \(id) 的案例。用 ducha cases list 查看全部编号。",
        en: "there is no case \(id) in the ledger; ducha cases list shows every number.")
    case .unavailable(let path, let reason):
      Localized(
        "无法打开台账 \(path)：\(reason)。检查路径和权限，或用 --ledger 指定另一个文件。",
        en:
          "cannot open the ledger \(path): \(reason). Check the path and permissions, or use --ledger."
      )
    case .noLedger(let path):
      Localized(
        "这里没有台账文件 \(path)，没有读到任何案例。改法：到放台账的文件夹（里面有 Ledger/ 的那个）里运行，或用 --ledger 指定台账文件；还没有台账时先用 ducha cases import 名单.csv --by 姓名 建台账。",
        en:
          "there is no ledger file \(path); no case was read. Run this in the folder that holds the ledger (the one with Ledger/), or pass --ledger FILE; to start a ledger, run ducha cases import LIST --by NAME."
      )
    case .damagedRow(let ledger, let id, let column, let reason):
      Localized(
        "台账 \(ledger) 里案例 \(id) 的 \(column) 列被别的程序改过：\(reason.zh)。"
          + "请把它改回原来的值（或从备份恢复）；状态只用 ducha cases update / close 改。",
        en: "case \(id) in the ledger \(ledger) was changed by another program in its column"
          + " \(column): \(reason.en). Put the old value back (or restore a backup); change a status"
          + " only with ducha cases update / close.")
    }
  }
}

/// Where the ledger lives. The workflow (`CaseLedger`) talks only to this protocol, so a shared
/// PostgreSQL store for a county server can replace the embedded SQLite file without touching
/// it. Every method is one transaction: it happens entirely or not at all, and what it
/// committed survives a crash.
public protocol CaseStore: Sendable {
  /// Creates a 疑似 case (and its first history entry, 导入) for each child whose key is not in
  /// the ledger yet; a child already there is reported, never created twice.
  func importChildren(_ children: [ImportedChild], time: String, by: String) throws
    -> ImportResult

  /// The case with this number, or nil.
  func fetch(_ id: Int64) throws -> CaseRecord?

  /// The cases that pass `filter`, by number.
  func list(_ filter: CaseFilter) throws -> [CaseRecord]

  /// The case's history, oldest first.
  func history(_ id: Int64) throws -> [CaseEvent]

  /// Stores `record` and appends `event` together, only if the stored case is still at
  /// `expectedVersion`; otherwise throws `CaseStoreError.conflict` and changes nothing.
  func commit(_ record: CaseRecord, event: CaseEvent, expectedVersion: Int) throws

  /// Cases whose 限期复学 notice is past due on `today` (due date before today), whether or
  /// not already marked 逾期, and not yet reported or closed; by due date.
  func overdue(asOf today: CivilDate) throws -> [CaseRecord]
}
