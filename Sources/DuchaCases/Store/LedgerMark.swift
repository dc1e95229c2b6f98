import DuchaChecklist
import Foundation
import GRDB

/// How far a ledger file has come: how many history entries it holds and which is the newest.
/// The history is append-only and its rows are numbered in the order they were written, so any
/// later state of the same ledger still holds the newest entry an earlier state had, unchanged.
/// A file that lacks that entry, or holds another in its place, is an older copy (yesterday's,
/// restored from WeChat) or a copy that others went on writing apart.
public struct LedgerMark: Codable, Sendable, Equatable {
  /// The number of history entries.
  public var entries: Int
  /// The newest entry; nil in a ledger with no case yet.
  public var newest: Entry?
  /// Who gave up later entries with `ducha cases keep-copy`, and when: carried into the marks
  /// recorded after it, so a later warning about this ledger still says who chose the copy.
  /// Nil in marks older versions wrote.
  public var kept: Keep?

  /// A `keep-copy`: who ran it and when (ISO 8601, China time), as a change's history entry
  /// records its author.
  public struct Keep: Codable, Sendable, Equatable {
    /// Who (`--by`).
    public var by: String
    /// When.
    public var time: String

    /// Creates a keep.
    public init(by: String, time: String) {
      self.by = by
      self.time = time
    }

    /// `2026-12-05 10:55 李辉`.
    var description: String {
      String(time.prefix(16)).replacingOccurrences(of: "T", with: " ") + " " + by
    }
  }

  /// One history entry, as much of it as identifies it.
  public struct Entry: Codable, Sendable, Equatable {
    /// Its row number in `case_events`.
    public var row: Int64
    /// The case it belongs to.
    public var caseID: Int64
    /// Its step in the case's history.
    public var sequence: Int
    /// When it was written.
    public var time: String
    /// Who wrote it.
    public var by: String
    /// What it records (导入, 走访 …).
    public var action: String

    /// `2026-12-05 10:55 李辉 记的案例 1“走访”`.
    var description: Localized {
      let minute = String(time.prefix(16)).replacingOccurrences(of: "T", with: " ")
      return Localized(
        "\(minute) \(by) 记的案例 \(caseID)“\(action)”",
        en: "case \(caseID)'s “\(CaseTerms.term(action, .english))” by \(by) at \(minute)")
    }
  }

  /// Creates a mark.
  public init(entries: Int, newest: Entry?, kept: Keep? = nil) {
    self.entries = entries
    self.newest = newest
    self.kept = kept
  }

  /// Whether `other` marks the same state of the file (who kept a copy aside).
  func sameState(as other: LedgerMark?) -> Bool {
    entries == other?.entries && newest == other?.newest
  }

  /// The mark of the ledger open in `db`.
  static func read(_ db: Database) throws -> LedgerMark {
    let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_events") ?? 0
    let newest = try Row.fetchOne(
      db,
      sql: """
        SELECT id, case_id, sequence, time, "by", action FROM case_events ORDER BY id DESC LIMIT 1
        """
    ).map(entry)
    return LedgerMark(entries: count, newest: newest)
  }

  /// Whether the ledger open in `db` is this mark's ledger as it was or later: it holds the
  /// newest entry seen, unchanged.
  func isHeld(in db: Database) throws -> Bool {
    guard let newest else { return true }
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT id, case_id, sequence, time, "by", action FROM case_events WHERE id = ?
        """, arguments: [newest.row])
    return row.map(Self.entry) == newest
  }

  private static func entry(_ row: Row) -> Entry {
    Entry(
      row: row[0], caseID: row[1], sequence: row[2], time: row[3], by: row[4], action: row[5])
  }

  /// What `ducha cases keep-copy` says after recording this mark for `ledger`; `gaveUp` is
  /// what this machine had seen before when the file was an older copy.
  public func keptReport(ledger: String, gaveUp: LedgerMark?) -> Localized {
    let state = Localized(
      "以 \(ledger) 现在的内容为准（\(stateDescription.zh)）",
      en: "\(ledger) is kept as it is now (\(stateDescription.en))")
    guard let lost = gaveUp?.newest, let kept else {
      return Localized(
        "已记下：" + state.zh + "；它本来就不比这台电脑上次见到的旧。",
        en: "recorded: " + state.en + "; it was not older than what this machine last saw.")
    }
    return Localized(
      "已记下：\(kept.description) 定下" + state.zh
        + "，这台电脑上次见到的最新一条（\(lost.description.zh)）不在这份文件里，不要了；可以在它上面接着记了。",
      en: "recorded: " + state.en
        + " by \(kept.description); the newest entry this machine had seen ("
        + lost.description.en + ") is not in it and is given up. Go on recording on it.")
  }

  /// `5 条历史记录，最新一条是 …`, without who kept a copy.
  var stateDescription: Localized {
    guard let newest else { return Localized("没有历史记录", en: "no history entry") }
    return Localized(
      "\(entries) 条历史记录，最新一条是 \(newest.description.zh)",
      en: "\(entries) history entries, the newest \(newest.description.en)")
  }

  /// `5 条历史记录，最新一条是 …`, and who kept a copy (`（2026-12-05 10:55 李辉 用 keep-copy
  /// 定下以当时的文件为准）`).
  public var description: Localized {
    guard let kept else { return stateDescription }
    return Localized(
      stateDescription.zh + "（\(kept.description) 用 keep-copy 定下以当时的文件为准）",
      en: stateDescription.en + " (\(kept.description) kept the file as it was with keep-copy)")
  }
}
