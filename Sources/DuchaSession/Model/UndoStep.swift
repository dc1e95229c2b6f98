import DuchaChecklist

/// What one answer or record changed, kept in the session so `撤销` works after `ducha resume`
/// too: only the parts that changed, as they were before (format 3, field `undoLog`).
public struct UndoStep: Codable, Sendable, Equatable {
  /// What the step did, as the inspector saw it (`学籍系统中无照片的学生数：3`).
  public var what: String
  /// When it was recorded.
  public var time: String
  /// Input answers before the step, by input name; `null` where there was no answer.
  public var values: [String: Answer?]?
  /// Verification statuses before the step, by item id; `null` where there was none.
  public var statuses: [String: VerificationStatus?]?
  /// The accepted bound defaults, when the step changed them.
  public var acceptedDefaults: [String]?
  /// The skipped items, when the step changed them.
  public var skipped: [String]?
  /// Notes and evidence, when the step changed them.
  public var notes: [String: [ItemNote]]?
  /// The problems, when the step changed them.
  public var problems: [Problem]?
  /// The roll call, when the step changed it.
  public var rollCall: [ClassRollCall]?

  /// The step that turns `after` back into `before`, or nil when nothing undoable changed.
  public init?(what: String, time: String, before: Session, after: Session) {
    self.what = what
    self.time = time
    values = Self.changed(before.answers.values, after.answers.values)
    statuses = Self.changed(before.answers.statuses, after.answers.statuses)
    acceptedDefaults =
      before.acceptedDefaults == after.acceptedDefaults ? nil : before.acceptedDefaults
    skipped = before.skipped == after.skipped ? nil : before.skipped
    notes = before.notes == after.notes ? nil : before.notes
    problems = before.problems == after.problems ? nil : before.problems
    rollCall = before.rollCall == after.rollCall ? nil : before.rollCall
    let empty =
      values == nil && statuses == nil && acceptedDefaults == nil && skipped == nil && notes == nil
      && problems == nil && rollCall == nil
    if empty { return nil }
  }

  /// The entries of `before` whose value differs in `after` (nil values for keys added).
  static func changed<Value: Equatable>(_ before: [String: Value], _ after: [String: Value])
    -> [String: Value?]?
  {
    var changes: [String: Value?] = [:]
    // Each key is looked up once, in the other dictionary: a set of both dictionaries' keys
    // hashed every (Chinese) name four times, at every answer.
    for (key, value) in after where before[key] != value { changes[key] = .some(before[key]) }
    for (key, value) in before where after[key] == nil { changes[key] = .some(value) }
    return changes.isEmpty ? nil : changes
  }

  /// Puts back what the step changed; everything else in `session` stays as it is.
  public func undo(in session: inout Session) {
    for (name, answer) in values ?? [:] { session.answers.values[name] = answer }
    for (id, status) in statuses ?? [:] { session.answers.statuses[id] = status }
    if let acceptedDefaults { session.acceptedDefaults = acceptedDefaults }
    if let skipped { session.skipped = skipped }
    if let notes { session.notes = notes }
    if let problems { session.problems = problems }
    if let rollCall { session.rollCall = rollCall }
  }
}

extension Session {
  /// The most steps kept for `撤销`; older ones are dropped.
  public static let undoLimit = 50

  /// Records `step` for `撤销`, keeping the newest `undoLimit`.
  public mutating func recordUndo(_ step: UndoStep) {
    var log = undoLog ?? []
    log.append(step)
    if log.count > Self.undoLimit { log.removeFirst(log.count - Self.undoLimit) }
    undoLog = log
  }

  /// Undoes the newest step and returns it; nil when there is none.
  public mutating func undoLast() -> UndoStep? {
    guard var log = undoLog, let step = log.popLast() else { return nil }
    undoLog = log.isEmpty ? nil : log
    step.undo(in: &self)
    return step
  }
}
