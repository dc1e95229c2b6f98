import DuchaChecklist
import DuchaSession
import Foundation

/// One unit's merged record against one checklist, scored.
public struct UnitResult: Sendable {
  /// The unit.
  public var unit: Session.Unit
  /// The checklist.
  public var checklistID: String
  /// The merged session (a plain session when only one inspector recorded the unit).
  public var session: Session
  /// The ids of the sessions merged into it.
  public var sourceSessionIDs: [String]
  /// The score, with cohort-ranked items scored across the cohort when it is complete.
  public var result: FormResult
  /// Conflicts between inspectors that the leader has not decided yet.
  public var openConflicts: [MergeConflict]

  /// Creates a unit result.
  public init(
    unit: Session.Unit, checklistID: String, session: Session, sourceSessionIDs: [String],
    result: FormResult,
    openConflicts: [MergeConflict]
  ) {
    self.unit = unit
    self.checklistID = checklistID
    self.session = session
    self.sourceSessionIDs = sourceSessionIDs
    self.result = result
    self.openConflicts = openConflicts
  }

  /// Leaf items (items without parts, and parts) that are still pending.
  public var pendingItems: [ItemResult] {
    result.pendingItems
  }

  /// Leaf items whose score carries a caveat (scored from a partly verified list).
  public var caveatedItems: [ItemResult] {
    result.leafItems.filter { !$0.caveats.isEmpty }
  }
}

/// Two or more inspectors recorded different values for the same thing.
public struct MergeConflict: Sendable, Equatable {
  /// One inspector's value.
  public struct Candidate: Sendable, Equatable {
    /// The session it comes from.
    public var sessionID: String
    /// Who recorded it.
    public var inspectors: [String]
    /// When the session was last saved.
    public var time: String
    /// The value as shown.
    public var display: String
    /// The inspector's written reason for the value, when there is one.
    public var reason: String?
    /// Students' names behind the value (a roll-call row's 籍在人不在 and 人在籍不在), for the
    /// leader's own merge screen only: summaries and reports show `display`, which has none.
    public var names: String?

    /// Creates a candidate.
    public init(
      sessionID: String, inspectors: [String], time: String, display: String,
      reason: String? = nil, names: String? = nil
    ) {
      self.sessionID = sessionID
      self.inspectors = inspectors
      self.time = time
      self.display = display
      self.reason = reason
      self.names = names
    }
  }

  /// What is in conflict: `录入:名称`, `核验:编号`, `点名:班级`, `学籍:名称`.
  public var key: String
  /// A readable label, e.g. `5 人籍一致情况 · 人籍不一致人数`.
  public var label: String
  /// The candidates, in session order.
  public var candidates: [Candidate]

  /// Creates a conflict.
  public init(key: String, label: String, candidates: [Candidate]) {
    self.key = key
    self.label = label
    self.candidates = candidates
  }
}

/// A leader's choice between conflicting values, with the reason, kept in the folder.
public struct MergeDecision: Codable, Sendable, Equatable {
  /// The unit.
  public var unit: String
  /// The checklist.
  public var checklistID: String
  /// The conflict key.
  public var key: String
  /// The session whose value was kept.
  public var chosenSessionID: String
  /// Why.
  public var reason: String
  /// Who decided.
  public var decidedBy: String?
  /// When.
  public var time: String
  /// A value the leader typed instead of any inspector's (`改 4`), with `reason` saying why:
  /// an answer as in `answers`, a registry count or figure as a number, a verification status as
  /// a choice (`{"choice": "缺失"}`); absent in decisions that pick an inspector's value.
  public var correctedValue: AnswerValue?
  /// A class's roll-call row the leader typed instead of any inspector's (`改 45 42 1 2 0` at a
  /// roll-call conflict); absent otherwise.
  public var correctedRollCall: ClassRollCall?

  /// Creates a decision.
  public init(
    unit: String, checklistID: String, key: String, chosenSessionID: String, reason: String,
    decidedBy: String?,
    time: String, correctedValue: AnswerValue? = nil
  ) {
    self.correctedValue = correctedValue
    self.unit = unit
    self.checklistID = checklistID
    self.key = key
    self.chosenSessionID = chosenSessionID
    self.reason = reason
    self.decidedBy = decidedBy
    self.time = time
  }
}
