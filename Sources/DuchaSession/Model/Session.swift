import DuchaChecklist
import Foundation

/// One inspector's record of one unit against one checklist: everything needed to score it,
/// resume it after a crash, and merge it with colleagues' records.
public struct Session: Codable, Sendable, Equatable {
  /// The version of the file format this code writes; see docs/session-format.md.
  public static let currentFormatVersion = 3

  /// Whether the inspection is still going on.
  public enum Status: String, Sendable, FixedWord {
    /// Being walked; `ducha resume` offers it.
    case inProgress = "进行中"
    /// Finished; changes after this are recorded as corrections.
    case complete = "已完成"
  }

  /// The unit inspected.
  public struct Unit: Codable, Sendable, Equatable {
    /// Its name, e.g. 渔沟中学.
    public var name: String
    /// Its kind.
    public var kind: UnitKind
    /// Its stages, which decide applicability.
    public var stages: [Stage]

    /// Creates a unit.
    public init(name: String, kind: UnitKind, stages: [Stage]) {
      self.name = name
      self.kind = kind
      self.stages = stages
    }
  }

  /// The format version this file was written with.
  public var formatVersion: Int
  /// A unique id, also the file name's last part.
  public var id: String
  /// The checklist's `清单` id.
  public var checklistID: String
  /// The checklist's title, for people reading the file.
  public var checklistTitle: String
  /// The checklist as it was when the inspection started: id, content hash and full text
  /// (format 3; nil in files of versions 1–2, which are scored with the library's checklist).
  public var inspectedChecklist: InspectedChecklist?
  /// The unit.
  public var unit: Unit
  /// 组别.
  public var group: String?
  /// The inspectors who recorded this session.
  public var inspectors: [String]
  /// The day of the visit, `YYYY-MM-DD`.
  public var date: String
  /// The inspection year, which picks year targets.
  public var year: Int?
  /// In progress or complete.
  public var status: Status
  /// The item the inspector is at; resuming continues here.
  public var cursor: String?
  /// The answers to the checklist's inputs and verification items.
  public var answers: Answers
  /// Items the inspector chose to skip for now.
  public var skipped: [String]
  /// Inputs whose bound default (a roll-call or registry figure) the inspector accepted: they
  /// follow the figure as it changes and are not asked again.
  public var acceptedDefaults: [String]
  /// Notes and evidence per item id.
  public var notes: [String: [ItemNote]]
  /// Findings marked for the problem list.
  public var problems: [Problem]
  /// Roll calls per class.
  public var rollCall: [ClassRollCall]
  /// Registry-system counts.
  public var registry: RegistryCheck
  /// Whole-school figures recorded with the roll call (absent in files before they existed).
  public var wholeSchool: WholeSchool?
  /// Statuses of verification lists walked within this session, by checklist id.
  public var verifications: [String: [String: VerificationStatus]]
  /// 第 3 版新增：how many entries each list in `verifications` has, so the entries not
  /// verified are counted (`核验.未核验`) wherever the file is scored. Absent in older files.
  public var verificationSizes: [String: Int]?
  /// Values from the previous inspection of this unit (`上年.X`).
  public var previousValues: [String: Decimal]
  /// The inspection `previousValues` were taken from, when ducha found it (format 3).
  public var previousInspection: PreviousInspection?
  /// Changes made after the session was completed.
  public var corrections: [Correction]
  /// Set on a 回头看 session: the problems re-checked and the previous result (format 2).
  public var followUp: FollowUpRecord?
  /// 案例: the school's case figures from the ledger and the changes made on the spot; absent
  /// until the inspector runs `案例`.
  public var cases: CaseReview?
  /// When the session was created (ISO 8601).
  public var createdAt: String
  /// When it was last saved (ISO 8601).
  public var updatedAt: String
  /// 第 3 版新增：保存序号，每次保存加 1。A save refuses to replace a file whose sequence
  /// is higher (another writer got there first); the newest of several copies is the one with
  /// the highest sequence. Absent (0) in files written before version 3.
  public var saveSequence: Int?
  /// 保存谱系：the latest saves of this file (at most `SaveHistory.limit`), oldest first, each
  /// `序号:指纹` — the save sequence and the fingerprint of what the file held at that save
  /// (`SaveHistory.fingerprint`). A copy is newer than another only when its history holds
  /// the other's save with the other's content; copies whose histories part were continued
  /// apart (two laptops) and neither is taken silently. Absent in files written before it.
  public var saveHistory: [String]?
  /// 第 3 版新增：可撤销的回答和记录，最新的在最后（最多 `undoLimit` 条），so `撤销` still
  /// works after `ducha resume`. Absent when there is nothing to undo.
  public var undoLog: [UndoStep]?
  /// 遮蔽副本: set by the county server on a session it hands out with the ID numbers and the
  /// students' names masked (a pull without `--reveal`, `Session.sharedCopy`). Such a copy is for
  /// reading and summaries only: saving it would write the masked values back as the newest version, over the real ones, so
  /// `SessionStore.save` refuses it, `ducha resume` will not open it, and `ducha sync` does not
  /// push it. Absent on every session an inspector writes.
  public var maskedCopy: Bool?

  /// Creates a new, empty session.
  public init(
    id: String, checklist: Checklist, unit: Unit, group: String?, inspectors: [String],
    date: String,
    year: Int?, now: String
  ) {
    self.formatVersion = Self.currentFormatVersion
    self.id = id
    self.checklistID = checklist.id
    self.checklistTitle = checklist.title
    self.inspectedChecklist = checklist.source.isEmpty ? nil : InspectedChecklist(checklist)
    self.unit = unit
    self.group = group
    self.inspectors = inspectors
    self.date = date
    self.year = year
    self.status = .inProgress
    self.cursor = checklist.leafItems.first?.id
    self.answers = Answers()
    self.skipped = []
    self.acceptedDefaults = []
    self.notes = [:]
    self.problems = []
    self.rollCall = []
    self.registry = RegistryCheck()
    self.verifications = [:]
    self.previousValues = [:]
    self.corrections = []
    self.createdAt = now
    self.updatedAt = now
  }
}

/// A note or evidence reference attached to an item.
public struct ItemNote: Codable, Sendable, Equatable {
  /// What kind of note.
  public enum Kind: String, Sendable, FixedWord {
    /// A free-text note: the inspector's own, never published (`备注 …`).
    case note = "备注"
    /// A note the inspector marked for the report (`备注 公开 …`): the draft 检查总结 quotes it.
    case publicNote = "公开备注"
    /// A photo or document name.
    case evidence = "证据"
  }

  /// Note or evidence.
  public var kind: Kind
  /// The text or file name.
  public var text: String
  /// When it was added.
  public var time: String

  /// Creates a note.
  public init(kind: Kind, text: String, time: String) {
    self.kind = kind
    self.text = text
    self.time = time
  }
}

/// A finding the inspector marked for the problem list.
public struct Problem: Codable, Sendable, Equatable {
  /// The item it concerns.
  public var itemID: String
  /// One line describing the finding.
  public var description: String
  /// When it was marked.
  public var time: String

  /// Creates a problem.
  public init(itemID: String, description: String, time: String) {
    self.itemID = itemID
    self.description = description
    self.time = time
  }
}

/// A change made to a completed session, with who-knows-why recorded.
public struct Correction: Codable, Sendable, Equatable {
  /// When.
  public var time: String
  /// What was changed (an input name or item id).
  public var target: String
  /// The value before, as shown.
  public var before: String
  /// The value after, as shown.
  public var after: String
  /// Why.
  public var reason: String

  /// Creates a correction.
  public init(time: String, target: String, before: String, after: String, reason: String) {
    self.time = time
    self.target = target
    self.before = before
    self.after = after
    self.reason = reason
  }
}
