import DuchaChecklist
import DuchaRoster
import DuchaSession

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
    /// The child as the row gives it (its 乡镇 and 学校 may differ from the case's); set by
    /// `CaseLedger.importChildren`, nil from a store alone.
    public var listed: CaseChild?
    /// Whether the row was taken for the case by name and birth date (or name and school),
    /// one of the two having no ID number: worth a look, where a number match is not.
    public var matchedByName = false

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
  public var status: CaseStatus? {
    get { statuses?.count == 1 ? statuses?.first : nil }
    set { statuses = newValue.map { [$0] } }
  }
  /// Only cases in one of these states (`CaseStatusChoice`: `辍学` is five); nil: any state.
  public var statuses: Set<CaseStatus>?
  /// Only cases of this school: the child's school or the responsible school. Kept as
  /// `UnitName` has it (`--school "大庙 小学"` finds 大庙小学), as the ledger stores it.
  public var school: String? {
    get { schoolName }
    set { schoolName = newValue.map(UnitName.normalized) }
  }
  /// Only cases of this 乡镇, kept as `UnitName` has it.
  public var township: String? {
    get { townshipName }
    set { townshipName = newValue.map(UnitName.normalized) }
  }
  private var schoolName: String?
  private var townshipName: String?
  /// Only cases not closed.
  public var openOnly: Bool

  /// Creates a filter; the default returns every case.
  public init(
    status: CaseStatus? = nil, school: String? = nil, township: String? = nil,
    openOnly: Bool = false
  ) {
    self.statuses = status.map { [$0] }
    self.schoolName = school.map(UnitName.normalized)
    self.townshipName = township.map(UnitName.normalized)
    self.openOnly = openOnly
  }

  /// Whether `record` passes; stores that cannot express a condition in their query language
  /// filter with this, and it is the reference the store tests compare against.
  public func matches(_ record: CaseRecord) -> Bool {
    if let statuses, !statuses.contains(record.status) { return false }
    if let school, record.child.school != school, record.responsibleSchool != school {
      return false
    }
    if let township, record.child.township != township { return false }
    if openOnly, record.status.isClosed { return false }
    return true
  }
}

/// Why a store refused or failed.
public enum CaseStoreError: UserFacingError, Sendable, Equatable {
  /// The case changed since it was read (another terminal): read it again and re-check.
  case conflict(caseID: Int64)
  /// No case has this number.
  case notFound(caseID: Int64)
  /// The ledger file cannot be opened or written; `reason` in both languages (`--lang en`
  /// printed the Chinese reason inside the English sentence).
  case unavailable(path: String, reason: Localized)
  /// Reading or writing the ledger failed part-way (a full disk, another program holding it,
  /// a USB stick pulled out): nothing was changed. `reason` says what, `fix` what to do.
  case failed(path: String, reason: Localized, fix: Localized)
  /// No ledger file where one is read (only `cases import` starts a ledger): a list run in the
  /// wrong folder must not answer from a new, empty ledger that there are no cases.
  case noLedger(path: String)
  /// A row holds what the ledger never writes: another program changed it (a status typed by
  /// hand in an SQLite browser, JSON cut short). `canWrite`: whether the reader can change this
  /// ledger; a read-only copy's reader (a township given the file) is told whom to ask.
  case damagedRow(
    ledger: String, caseID: Int64, column: String, reason: Localized, canWrite: Bool = true)
  /// The file lacks the newest history entry this machine saw in it (`LedgerMark`): an older
  /// copy put back over the ledger, or a copy written apart. Nothing is written to it.
  case olderCopy(ledger: String, seen: LedgerMark, found: LedgerMark)
  /// The file or its folder cannot be written by this user (a copy from a USB stick, another
  /// user's folder): it is read as usual, and every change is refused with why and the fix.
  case readOnly(path: String, reason: Localized)

  /// What this machine last saw of the file, when it is an older copy.
  public var seenMark: LedgerMark? {
    guard case .olderCopy(_, let seen, _) = self else { return nil }
    return seen
  }

  /// The message with its fix, as printed (`UserFacingError`).
  public func said(in language: Language) -> String { message.text(language) }

  /// What happened and how to fix it.
  public var message: Localized {
    switch self {
    case .olderCopy(let ledger, let seen, let found):
      Self.olderCopyRefusal(ledger: ledger, seen: seen, found: found)
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
        "无法打开台账 \(path)：\(reason.zh)。检查路径和权限，或用 --ledger 指定另一个文件。",
        en:
          "cannot open the ledger \(path): \(reason.en). Check the path and permissions, or use --ledger."
      )
    case .failed(let path, let reason, let fix):
      Localized(
        "台账 \(path) 读写出错，这次什么也没有改：\(reason.zh)。改法：\(fix.zh)。",
        en: "the ledger \(path) could not be read or written; nothing was changed: \(reason.en)."
          + " Fix: \(fix.en).")
    case .noLedger(let path):
      Localized(
        "这里没有台账文件 \(path)，没有读到任何案例。改法：到放台账的文件夹（里面有 Ledger/ 的那个）里运行，或用 --ledger 指定台账文件；还没有台账时先用 ducha cases import 名单.csv --by 姓名 建台账。",
        en:
          "there is no ledger file \(path); no case was read. Run this in the folder that holds the ledger (the one with Ledger/), or pass --ledger FILE; to start a ledger, run ducha cases import LIST --by NAME."
      )
    case .readOnly(let path, let reason):
      Self.readOnlyRefusal(path: path, reason: reason)
    case .damagedRow(let ledger, let id, let column, let reason, true):
      Localized(
        "台账 \(ledger) 里案例 \(id) 的 \(column) 列被别的程序改过：\(reason.zh)。"
          + "请把它改回原来的值（或从备份恢复）；状态只用 ducha cases update / close 改。",
        en: "case \(id) in the ledger \(ledger) was changed by another program in its column"
          + " \(column): \(reason.en). Put the old value back (or restore a backup); change a status"
          + " only with ducha cases update / close.")
    case .damagedRow(let ledger, let id, let column, let reason, false):
      Localized(
        "台账 \(ledger) 里案例 \(id) 的 \(column) 列被别的程序改过：\(reason.zh)。"
          + "这份台账在这台电脑上只读，在这里改不了：请告诉管理台账的人（发来这份台账的县控辍办），"
          + "请他们把它改回原来的值（或从备份恢复），再发一份新的。",
        en: "case \(id) in the ledger \(ledger) was changed by another program in its column"
          + " \(column): \(reason.en). This copy of the ledger is read-only here: tell whoever keeps"
          + " the ledger (who sent this copy) to put the old value back or restore a backup, and to"
          + " send a new copy.")
    }
  }
}

extension CaseStoreError {
  /// What is wrong with a ledger file older than what this machine saw: which file, what was
  /// seen, what the file holds.
  static func olderCopyFinding(ledger: String, seen: LedgerMark, found: LedgerMark) -> Localized {
    let older = found.entries < seen.entries
    let (held, heldEN) =
      found.newest == nil
      ? (
        "这个文件里一条历史记录也没有（新建的或空的台账）", "this file has no history entry at all (a new or empty ledger)"
      )
      : (
        "这个文件里没有这一条，它有 \(found.description.zh)",
        "this file lacks that entry and has \(found.description.en)"
      )
    let (cause, causeEN) =
      found.newest == nil
      ? (
        "多半是原来的台账文件被删掉或挪走了，这里又新建了一个。",
        "Most likely the ledger file was deleted or moved and a new one started here."
      )
      : older
        ? (
          "多半是把较早的一份（微信、U 盘里的副本）拷回来盖住了较新的台账。",
          "Most likely an earlier copy (from WeChat or a USB stick) was put back over the newer ledger."
        )
        : (
          "多半是另一台电脑上分头记过的副本拷了过来。",
          "Most likely a copy written apart on another computer was copied here."
        )
    return Localized(
      "台账 \(ledger) " + (older ? "比这台电脑上次见到的旧" : "不是这台电脑上次见到的那一份的延续")
        + "：上次见到 \(seen.description.zh)；\(held)。\(cause)",
      en: "the ledger \(ledger) is " + (older ? "older than" : "not a continuation of")
        + " what this machine last saw: \(seen.description.en); \(heldEN). \(causeEN)")
  }

  /// The refusal of a change to such a file.
  static func olderCopyRefusal(ledger: String, seen: LedgerMark, found: LedgerMark) -> Localized {
    let finding = olderCopyFinding(ledger: ledger, seen: seen, found: found)
    return Localized(
      finding.zh + "为了不在旧副本上接着记、让后来的记录丢掉，这次没有写入。\n" + olderCopyFix(ledger, seen).zh,
      en: finding.en + " Nothing was written, so that the later entries are not lost.\n"
        + olderCopyFix(ledger, seen).en)
  }

  /// Which copy to keep and how.
  static func olderCopyFix(_ ledger: String, _ seen: LedgerMark) -> Localized {
    let newest = seen.newest?.description
    return Localized(
      "  改法：找到较新的那一份（有 \(newest?.zh ?? "") 的那份，可能在别的文件夹、U 盘或微信里），放回 \(ledger) 再做；"
        + "确定要以现在这一份为准（后来的记录不要了），运行 ducha cases keep-copy --ledger \(ledger) --by 姓名，以后就在这一份上记。",
      en:
        "  fix: find the newer copy (the one with \(newest?.en ?? "")), perhaps in another folder, on a USB"
        + " stick or in WeChat, and put it back as \(ledger); to keep this copy instead (the later entries"
        + " are given up), run ducha cases keep-copy --ledger \(ledger) --by NAME.")
  }

  /// The warning a reading command prints before showing such a file.
  public var readingWarning: Localized? {
    guard case .olderCopy(let ledger, let seen, let found) = self else { return nil }
    let finding = Self.olderCopyFinding(ledger: ledger, seen: seen, found: found)
    return Localized(
      "注意：" + finding.zh + "下面显示的是这个文件的内容，可能少了后来的记录；在它上面改的命令会被拒绝。\n"
        + Self.olderCopyFix(ledger, seen).zh,
      en: "warning: " + finding.en
        + " What follows is this file's content and may lack later entries; changes to it are refused.\n"
        + Self.olderCopyFix(ledger, seen).en)
  }
}

/// Where the ledger lives. The workflow (`CaseLedger`) talks only to this protocol, so a shared
/// PostgreSQL store for a county server can replace the embedded SQLite file without touching
/// it. Every method is one transaction: it happens entirely or not at all, and what it
/// committed survives a crash.
public protocol CaseStore: Sendable {
  /// Where the cases are kept, as messages name it: the ledger file, the server's database.
  var location: String { get }

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

extension CaseStoreError {
  /// The refusal of a change to a ledger this user cannot write. The fix copies it to a new
  /// folder of one's own (not over `Ledger/ledger.sqlite`, which may be the clerk's own newer
  /// ledger) and makes the copy writable (`cp` keeps the 0444 of a file from a CD).
  static func readOnlyRefusal(path: String, reason: Localized) -> Localized {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let copy = "台账副本/\(name)"
    return Localized(
      "台账 \(path) 只能查看，不能修改：\(reason.zh)。没有写入任何改动。"
        + "改法：复制到自己能写的文件夹并改成可写，再用 --ledger 指定："
        + "mkdir -p 台账副本 && cp \(path) \(copy) && chmod 600 \(copy)，之后加 --ledger \(copy)；"
        + "或请文件的主人（管理员）给你写的权限。",
      en: "the ledger \(path) can be read but not changed: \(reason.en). Nothing was written."
        + " Copy it to a folder of your own and make the copy writable: mkdir -p 台账副本 &&"
        + " cp \(path) \(copy) && chmod 600 \(copy), then pass --ledger \(copy);"
        + " or ask the file's owner for write permission.")
  }
}

extension CaseStoreError {
  /// An error a store threw that is not one of its own (`CaseStoreError`): the store's
  /// location, what the error says, and a fix that fits a failure met part-way.
  public static func failed(_ error: any Error, in store: any CaseStore) -> CaseStoreError {
    if let known = error as? CaseStoreError { return known }
    let said = String(describing: error)
    return .failed(
      path: store.location, reason: Localized(said, en: said),
      fix: Localized(
        "再做一次；还不行，把这段话告诉管理台账的人",
        en: "do it again; if it fails again, pass this message to whoever keeps the ledger"))
  }
}

extension CaseStoreError {
  /// An error met while opening the ledger at `path`: itself when it is one of the ledger's
  /// own, else `unavailable` with what it means in words.
  public static func opening(_ error: any Error, path: String) -> CaseStoreError {
    if let known = error as? CaseStoreError { return known }
    return .unavailable(path: path, reason: SQLiteFailure.said(error))
  }
}
