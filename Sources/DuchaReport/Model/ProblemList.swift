import DuchaChecklist
import DuchaSession
import Foundation

/// 问题清单: the findings a group hands in, signed by its convener, tracked through 回头看.
public struct ProblemList: Codable, Sendable, Equatable {
  /// The version of this file's format.
  public static let currentFormatVersion = 1

  /// Where a problem stands.
  public enum Status: String, Codable, Sendable, CaseIterable {
    /// 未整改: open.
    case open = "未整改"
    /// 已整改: the unit says it is fixed (recorded in a follow-up).
    case rectified = "已整改"
    /// 已核实: the follow-up verified the fix.
    case verified = "已核实"
    /// 已删除: dropped by the leader, with a reason; kept for the record.
    case dropped = "已删除"
    /// 已合并: folded into another entry.
    case merged = "已合并"
  }

  /// One change to the list.
  public struct Change: Codable, Sendable, Equatable {
    /// When.
    public var time: String
    /// Who (when known).
    public var by: String?
    /// What happened, e.g. `修改 责任人`, `删除`, `合并入 3`, `回头看`.
    public var action: String
    /// The detail: old → new values, merged ids.
    public var detail: String
    /// Why (required for drops and amendments).
    public var reason: String?
    /// Whether the change was made after signing.
    public var amendment: Bool

    /// Creates a change.
    public init(
      time: String, by: String?, action: String, detail: String, reason: String?, amendment: Bool
    ) {
      self.time = time
      self.by = by
      self.action = action
      self.detail = detail
      self.reason = reason
      self.amendment = amendment
    }
  }

  /// One problem.
  public struct Entry: Codable, Sendable, Equatable {
    /// A number, stable for the life of the list.
    public var number: Int
    /// The unit.
    public var unit: String
    /// The checklist.
    public var checklistID: String
    /// The item id.
    public var itemID: String
    /// The item title.
    public var itemTitle: String
    /// What was found.
    public var finding: String
    /// Evidence: photo and document names.
    public var evidence: [String]
    /// Points lost on the item, when it was scored.
    public var pointsLost: Decimal?
    /// How many cases were found (例数、人次、缺项数), when the item's rules count one kind of
    /// case; nil when they count none, or several kinds (then `counts`).
    public var count: Decimal?
    /// The counts of an item whose rules count different things, one per thing in the order
    /// of its rules (会理 1.1: 4 meetings short, 98 meetings without records): never added up
    /// into one 例数. Nil otherwise, and in lists written before.
    public var counts: [Decimal]?
    /// 整改要求.
    public var requirement: String
    /// 责任人.
    public var responsible: String?
    /// 整改期限.
    public var deadline: String?
    /// Status.
    public var status: Status
    /// The sessions it came from.
    public var sourceSessionIDs: [String]
    /// The entry this one was merged into, for merged entries.
    public var mergedInto: Int?

    /// Creates an entry.
    public init(
      number: Int, unit: String, checklistID: String, itemID: String, itemTitle: String,
      finding: String,
      evidence: [String], pointsLost: Decimal?, count: Decimal? = nil, requirement: String,
      responsible: String? = nil,
      deadline: String? = nil, status: Status = .open, sourceSessionIDs: [String],
      mergedInto: Int? = nil, counts: [Decimal]? = nil
    ) {
      self.number = number
      self.unit = unit
      self.checklistID = checklistID
      self.itemID = itemID
      self.itemTitle = itemTitle
      self.finding = finding
      self.evidence = evidence
      self.pointsLost = pointsLost
      self.count = count
      self.requirement = requirement
      self.responsible = responsible
      self.deadline = deadline
      self.status = status
      self.sourceSessionIDs = sourceSessionIDs
      self.mergedInto = mergedInto
      self.counts = counts
    }

    /// The 例数 cell: `98`, or the counts of unlike things each apart, `4；98`; empty when
    /// nothing is counted.
    public var countText: String {
      if let counts, !counts.isEmpty {
        return counts.map { ScoreFormat.string($0) }.joined(separator: "；")
      }
      return count.map { ScoreFormat.string($0) } ?? ""
    }
  }

  /// The convener's signature.
  public struct Signature: Codable, Sendable, Equatable {
    /// The convener's name.
    public var name: String
    /// When.
    public var time: String

    /// Creates a signature.
    public init(name: String, time: String) {
      self.name = name
      self.time = time
    }
  }

  /// One session a list was built from, as it was then: a rebuild refuses a folder where the
  /// same session is older (a copy from another laptop put over the newer file), which would
  /// take back problems and findings the leader already had.
  public struct Source: Codable, Sendable, Equatable {
    /// The session's id.
    public var id: String
    /// Its save sequence then (0 for files without one).
    public var saveSequence: Int
    /// When it was last saved then.
    public var updatedAt: String
    /// The fingerprint the session's history recorded for that save (`SaveHistory`), so a
    /// copy continued apart from it on another laptop is told from a later save of it. Absent
    /// in lists written before, and for sessions without a history.
    public var fingerprint: String?

    /// The source as `session` stands.
    public init(_ session: Session) {
      id = session.id
      saveSequence = session.saveSequence ?? 0
      updatedAt = session.updatedAt
      fingerprint = SaveHistory.recordedFingerprint(of: session)
    }

    /// Whether `session` (the same id) went apart from this save: its history records the save
    /// with another fingerprint (another laptop's save of that number, or at the same save
    /// other answers), so it does not hold what the list was built from, whatever its number.
    public func wentApart(from session: Session) -> Bool {
      guard let fingerprint else { return false }
      return SaveHistory.wentApart(session, from: saveSequence, fingerprint) ?? false
    }

    /// Whether `session` (the same id) is an older save than this one.
    public func isNewer(than session: Session) -> Bool {
      let other = (session.saveSequence ?? 0, session.updatedAt)
      return (saveSequence, updatedAt) > other
    }
  }

  /// Format version.
  public var formatVersion: Int
  /// A title, e.g. `第三组问题清单`.
  public var title: String
  /// The entries, including dropped and merged ones.
  public var entries: [Entry]
  /// Every change, in order.
  public var history: [Change]
  /// Set once the convener signs; later changes are amendments.
  public var signature: Signature?
  /// The students' names the sessions behind the list know (roll calls, registry lists),
  /// so every output can mask them in the findings (`maskingPersonalData()`); nil in lists
  /// written before names were kept, which take them from the folder's sessions on loading.
  public var studentNames: [String]?
  /// The sessions the list was last built from; nil in lists written before rebuilding kept
  /// them (`problems build` then cannot tell an older copy and says so).
  public var sources: [Source]?

  /// Creates an unsigned list.
  public init(title: String, entries: [Entry], history: [Change] = []) {
    self.formatVersion = Self.currentFormatVersion
    self.title = title
    self.entries = entries
    self.history = history
    self.signature = nil
  }

  /// Entries that are neither dropped nor merged away.
  public var activeEntries: [Entry] {
    entries.filter { $0.status != .dropped && $0.status != .merged }
  }
}
