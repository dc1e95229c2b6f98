import DuchaChecklist
import Foundation

/// Reads a session file straight from its bytes into a `Session`, without `JSONDecoder`.
///
/// `ducha summary` reads thousands of files; `JSONDecoder`, the re-encoding that finds unknown
/// fields and the duplicate-key scan cost several times the bytes' parse (see the README's
/// speed section). This reader takes exactly the session format as ducha writes it and reads
/// every field in one pass. It is strict: an unknown or repeated key, a `null` where the format
/// has none, a type other than the field's, a missing field, an escape it does not take, a
/// format version other than 1…3 — anything unusual returns nil, and the caller reads the file
/// the exact way (`SessionStore.read`), which gives the same session or says precisely what is
/// wrong. So every accepted file is one the exact path accepts too, as the same session
/// (`SessionReaderTests` holds the two to that), and every message stays the exact path's.
///
/// The embedded checklist text (most of a format-3 file) is the same in every session of a
/// checklist version: its bytes are compared with the texts already read (`EmbeddedTexts`) and
/// the one `String` is shared, so it is neither decoded nor held again for every session.
enum SessionReader {
  /// `DUCHA_EXACT_READ=1` reads every file the exact way (`JSONDecoder` and its checks), so
  /// `scripts/bench` can measure the two readers on the same files, and a user who doubts this
  /// reader can compare.
  static let switchedOff = ProcessInfo.processInfo.environment["DUCHA_EXACT_READ"] == "1"

  /// The session in `bytes`, or nil when anything is unusual (see the type's comment).
  /// `keepingUndoLog: false` checks the undo log as strictly but leaves it out of the session
  /// (`UndoLogCheck`).
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, texts: EmbeddedTexts = .shared,
    keepingUndoLog: Bool = true
  ) -> Session? {
    var reader = JSONBytes(bytes)
    do throws(JSONBytes.Unusual) {
      let session = try reader.session(texts, keepingUndoLog: keepingUndoLog)
      try reader.expectEnd()
      return session
    } catch {
      return nil
    }
  }
}

extension JSONBytes {
  private static let sessionFields: [StaticString] = [
    "formatVersion", "id", "checklistID", "checklistTitle", "inspectedChecklist", "unit", "group",
    "inspectors", "date", "year", "status", "cursor", "answers", "skipped", "acceptedDefaults",
    "notes", "problems", "rollCall", "registry", "wholeSchool", "verifications",
    "verificationSizes", "previousValues", "previousInspection", "corrections", "followUp",
    "cases", "createdAt", "updatedAt", "saveSequence", "undoLog", "saveHistory",
  ]
  /// The fields `Session` cannot do without (its non-optional properties).
  private static let sessionRequired: [Int] = [
    0, 1, 2, 3, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 27, 28,
  ]

  mutating func session(_ texts: EmbeddedTexts, keepingUndoLog: Bool = true) throws(Unusual)
    -> Session
  {
    try beginObject()
    var seen = SeenFields()
    var version = 0
    var id = ""
    var checklistID = ""
    var checklistTitle = ""
    var inspected: InspectedChecklist?
    var unit = Session.Unit(name: "", kind: .school, stages: [])
    var group: String?
    var inspectors: [String] = []
    var date = ""
    var year: Int?
    var status = Session.Status.inProgress
    var cursor: String?
    var answers = Answers()
    var skipped: [String] = []
    var acceptedDefaults: [String] = []
    var notes: [String: [ItemNote]] = [:]
    var problems: [Problem] = []
    var rollCall: [ClassRollCall] = []
    var registry = RegistryCheck()
    var wholeSchool: WholeSchool?
    var verifications: [String: [String: VerificationStatus]] = [:]
    var verificationSizes: [String: Int]?
    var previousValues: [String: Decimal] = [:]
    var previousInspection: PreviousInspection?
    var corrections: [Correction] = []
    var followUp: FollowUpRecord?
    var cases: CaseReview?
    var createdAt = ""
    var updatedAt = ""
    var saveSequence: Int?
    var undoLog: [UndoStep]?
    var saveHistory: [String]?
    var first = true
    while let key = try nextKey(first: &first) {
      guard let index = field(key, Self.sessionFields) else { throw Unusual() }
      try seen.insert(index)
      switch index {
      case 0:
        version = try int()
        // Other versions get the exact path's message (newer or older format).
        guard (1...Session.currentFormatVersion).contains(version) else { throw Unusual() }
      case 1: id = try string()
      case 2: checklistID = try string()
      case 3: checklistTitle = try string()
      case 4:
        inspected = try optional { (r: inout JSONBytes) throws(Unusual) in
          try r.inspectedChecklist(texts)
        }
      case 5: unit = try sessionUnit()
      case 6: group = try optional { (r: inout JSONBytes) throws(Unusual) in try r.string() }
      case 7: inspectors = try strings()
      case 8: date = try string()
      case 9: year = try optional { (r: inout JSONBytes) throws(Unusual) in try r.int() }
      case 10: status = try rawValue(Session.Status.self)
      case 11: cursor = try optional { (r: inout JSONBytes) throws(Unusual) in try r.string() }
      case 12: answers = try answerSet()
      case 13: skipped = try strings()
      case 14: acceptedDefaults = try strings()
      case 15: notes = try dictionary { (r: inout JSONBytes) throws(Unusual) in try r.itemNotes() }
      case 16: problems = try array { (r: inout JSONBytes) throws(Unusual) in try r.problem() }
      case 17: rollCall = try array { (r: inout JSONBytes) throws(Unusual) in try r.rollCall() }
      case 18: registry = try registryCheck()
      case 19:
        wholeSchool = try optional { (r: inout JSONBytes) throws(Unusual) in try r.wholeSchool() }
      case 20:
        verifications = try dictionary { (r: inout JSONBytes) throws(Unusual) in
          try r.dictionary { (s: inout JSONBytes) throws(Unusual) in
            try s.rawValue(VerificationStatus.self)
          }
        }
      case 21:
        verificationSizes = try optional { (r: inout JSONBytes) throws(Unusual) in
          try r.dictionary { (s: inout JSONBytes) throws(Unusual) in try s.int() }
        }
      case 22:
        previousValues = try dictionary { (r: inout JSONBytes) throws(Unusual) in try r.decimal() }
      case 23:
        previousInspection = try optional { (r: inout JSONBytes) throws(Unusual) in
          try r.previousInspection()
        }
      case 24:
        corrections = try array { (r: inout JSONBytes) throws(Unusual) in try r.correction() }
      case 25: followUp = try optional { (r: inout JSONBytes) throws(Unusual) in try r.followUp() }
      case 26: cases = try optional { (r: inout JSONBytes) throws(Unusual) in try r.caseReview() }
      case 27: createdAt = try string()
      case 28: updatedAt = try string()
      case 29: saveSequence = try optional { (r: inout JSONBytes) throws(Unusual) in try r.int() }
      case 31:
        saveHistory = try optional { (r: inout JSONBytes) throws(Unusual) in try r.strings() }
      default:
        guard keepingUndoLog else {
          try checkUndoLog()
          continue
        }
        undoLog = try optional { (r: inout JSONBytes) throws(Unusual) in
          try r.array { (s: inout JSONBytes) throws(Unusual) in try s.undoStep() }
        }
      }
    }
    for index in Self.sessionRequired where !seen.contains(index) { throw Unusual() }
    var session = Session.decoded(
      formatVersion: version, id: id, checklistID: checklistID, checklistTitle: checklistTitle,
      unit: unit, inspectors: inspectors, date: date, status: status, answers: answers,
      createdAt: createdAt, updatedAt: updatedAt)
    session.inspectedChecklist = inspected
    session.group = group
    session.year = year
    session.cursor = cursor
    session.skipped = skipped
    session.acceptedDefaults = acceptedDefaults
    session.notes = notes
    session.problems = problems
    session.rollCall = rollCall
    session.registry = registry
    session.wholeSchool = wholeSchool
    session.verifications = verifications
    session.verificationSizes = verificationSizes
    session.previousValues = previousValues
    session.previousInspection = previousInspection
    session.corrections = corrections
    session.followUp = followUp
    session.cases = cases
    session.saveSequence = saveSequence
    session.undoLog = undoLog
    session.saveHistory = saveHistory
    return session
  }

  /// An optional field: `null` reads as absent, as `decodeIfPresent` does.
  mutating func optional<Value>(
    _ value: (inout JSONBytes) throws(Unusual) -> Value
  ) throws(Unusual) -> Value? {
    if try null() { return nil }
    return try value(&self)
  }

  /// Reads an object of `names` fields, calling `body` with each field's index; throws unless
  /// every field of `required` was there.
  mutating func object(
    _ names: [StaticString], required: [Int],
    _ body: (inout JSONBytes, Int) throws(Unusual) -> Void
  ) throws(Unusual) {
    try beginObject()
    var seen = SeenFields()
    var first = true
    while let key = try nextKey(first: &first) {
      guard let index = field(key, names) else { throw Unusual() }
      try seen.insert(index)
      try body(&self, index)
    }
    for index in required where !seen.contains(index) { throw Unusual() }
  }

  mutating func inspectedChecklist(_ texts: EmbeddedTexts) throws(Unusual) -> InspectedChecklist {
    var (id, hash, file, source) = ("", "", "", "")
    try object(["id", "contentHash", "fileName", "source"], required: [0, 1, 2, 3]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: id = try r.string()
      case 1: hash = try r.string()
      case 2: file = try r.string()
      default:
        // A text read before is recognised by its bytes without scanning them for the end.
        if let known = texts.known(r.bytes, at: try r.openString()) {
          source = known.text
          r.position = known.end
          return
        }
        let range = try r.rawString()
        source = try texts.text(r.bytes, range) { () throws(Unusual) in try r.text(range) }
      }
    }
    return InspectedChecklist(id: id, contentHash: hash, fileName: file, source: source)
  }

  mutating func sessionUnit() throws(Unusual) -> Session.Unit {
    var unit = Session.Unit(name: "", kind: .school, stages: [])
    try object(["name", "kind", "stages"], required: [0, 1, 2]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: unit.name = try r.string()
      case 1: unit.kind = try r.rawValue(UnitKind.self)
      default:
        unit.stages = try r.array { (s: inout JSONBytes) throws(Unusual) in
          try s.rawValue(Stage.self)
        }
      }
    }
    return unit
  }

  mutating func answerSet() throws(Unusual) -> Answers {
    var answers = Answers()
    try object(["values", "statuses", "figures"], required: [0, 1, 2]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0:
        answers.values = try r.dictionary { (s: inout JSONBytes) throws(Unusual) in
          try s.answer()
        }
      case 1:
        answers.statuses = try r.dictionary { (s: inout JSONBytes) throws(Unusual) in
          try s.rawValue(VerificationStatus.self)
        }
      default:
        answers.figures = try r.dictionary { (s: inout JSONBytes) throws(Unusual) in
          try s.decimal()
        }
      }
    }
    return answers
  }

  mutating func answer() throws(Unusual) -> Answer {
    var value: AnswerValue?
    var reason: String?
    try object(["value", "reason"], required: [0]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      if index == 0 {
        value = try r.answerValue()
      } else {
        reason = try r.optional { (s: inout JSONBytes) throws(Unusual) in try s.string() }
      }
    }
    guard let value else { throw Unusual() }
    return Answer(value, reason: reason)
  }

  /// `{"number": 8.5}`, `{"choice": "仅有资料"}` …: exactly one key naming the type.
  mutating func answerValue() throws(Unusual) -> AnswerValue {
    var value: AnswerValue?
    try object(
      ["number", "bool", "choice", "multiple", "date", "text", "verification"], required: []
    ) { (r: inout JSONBytes, index: Int) throws(Unusual) in
      guard value == nil else { throw Unusual() }
      switch index {
      case 0: value = .number(try r.decimal())
      case 1: value = .bool(try r.bool())
      case 2: value = .choice(try r.string())
      case 3: value = .multiple(try r.strings())
      case 4: value = .date(try r.string())
      case 5: value = .text(try r.string())
      default:
        value = .verification(
          try r.dictionary { (s: inout JSONBytes) throws(Unusual) in
            try s.rawValue(VerificationStatus.self)
          })
      }
    }
    guard let value else { throw Unusual() }
    return value
  }

  mutating func itemNotes() throws(Unusual) -> [ItemNote] {
    try array { (r: inout JSONBytes) throws(Unusual) in
      var note = ItemNote(kind: .note, text: "", time: "")
      try r.object(["kind", "text", "time"], required: [0, 1, 2]) {
        (s: inout JSONBytes, index: Int) throws(Unusual) in
        switch index {
        case 0: note.kind = try s.rawValue(ItemNote.Kind.self)
        case 1: note.text = try s.string()
        default: note.time = try s.string()
        }
      }
      return note
    }
  }

  mutating func problem() throws(Unusual) -> Problem {
    var problem = Problem(itemID: "", description: "", time: "")
    try object(["itemID", "description", "time"], required: [0, 1, 2]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: problem.itemID = try r.string()
      case 1: problem.description = try r.string()
      default: problem.time = try r.string()
      }
    }
    return problem
  }

  mutating func correction() throws(Unusual) -> Correction {
    var correction = Correction(time: "", target: "", before: "", after: "", reason: "")
    try object(["time", "target", "before", "after", "reason"], required: [0, 1, 2, 3, 4]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: correction.time = try r.string()
      case 1: correction.target = try r.string()
      case 2: correction.before = try r.string()
      case 3: correction.after = try r.string()
      default: correction.reason = try r.string()
      }
    }
    return correction
  }

  mutating func rollCall() throws(Unusual) -> ClassRollCall {
    var row = ClassRollCall(grade: "", className: "", registered: 0, present: 0, onLeave: 0)
    try object(
      [
        "grade", "className", "registered", "present", "onLeave", "absentNames",
        "unregisteredNames", "absentCount", "unregisteredCount",
      ], required: [0, 1, 2, 3, 4, 5, 6, 7, 8]
    ) { (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: row.grade = try r.string()
      case 1: row.className = try r.string()
      case 2: row.registered = try r.int()
      case 3: row.present = try r.int()
      case 4: row.onLeave = try r.int()
      case 5: row.absentNames = try r.strings()
      case 6: row.unregisteredNames = try r.strings()
      case 7: row.absentCount = try r.int()
      default: row.unregisteredCount = try r.int()
      }
    }
    return row
  }

  mutating func registryCheck() throws(Unusual) -> RegistryCheck {
    var check = RegistryCheck()
    try object(["counts", "students", "imported"], required: [0, 1]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0:
        check.counts = try r.dictionary { (s: inout JSONBytes) throws(Unusual) in try s.int() }
      case 1:
        check.students = try r.dictionary { (s: inout JSONBytes) throws(Unusual) in
          try s.strings()
        }
      default:
        check.imported = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.registryImport()
        }
      }
    }
    return check
  }

  mutating func registryImport() throws(Unusual) -> RegistryImport {
    var record = RegistryImport(files: [], time: "", students: 0, figures: [])
    try object(["files", "time", "students", "figures", "overrides"], required: [0, 1, 2, 3]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: record.files = try r.strings()
      case 1: record.time = try r.string()
      case 2: record.students = try r.int()
      case 3: record.figures = try r.strings()
      default:
        record.overrides = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.dictionary { (t: inout JSONBytes) throws(Unusual) in try t.string() }
        }
      }
    }
    return record
  }

  mutating func wholeSchool() throws(Unusual) -> WholeSchool {
    var figures = WholeSchool()
    try object(["classes", "students"], required: []) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      let value = try r.optional { (s: inout JSONBytes) throws(Unusual) in try s.int() }
      if index == 0 { figures.classes = value } else { figures.students = value }
    }
    return figures
  }

  mutating func previousInspection() throws(Unusual) -> PreviousInspection {
    var record = PreviousInspection(file: "", sessionID: "", date: "", inspectors: [])
    try object(["file", "sessionID", "date", "inspectors"], required: [0, 1, 2, 3]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: record.file = try r.string()
      case 1: record.sessionID = try r.string()
      case 2: record.date = try r.string()
      default: record.inspectors = try r.strings()
      }
    }
    return record
  }

  mutating func followUp() throws(Unusual) -> FollowUpRecord {
    var record = FollowUpRecord(
      problemList: "", previousSessionIDs: [], previousTotal: nil, previousDate: nil)
    try object(
      ["problemList", "previousSessionIDs", "previousTotal", "previousDate", "checks"],
      required: [0, 1, 4]
    ) { (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: record.problemList = try r.string()
      case 1: record.previousSessionIDs = try r.strings()
      case 2:
        record.previousTotal = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.decimal()
        }
      case 3:
        record.previousDate = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.string()
        }
      default: record.checks = try r.array { (s: inout JSONBytes) throws(Unusual) in try s.check() }
      }
    }
    return record
  }

  mutating func check() throws(Unusual) -> FollowUpRecord.Check {
    var check = FollowUpRecord.Check(
      number: 0, itemID: "", finding: "", rectified: false, evidence: nil, time: "")
    try object(
      ["number", "itemID", "finding", "rectified", "evidence", "time"], required: [0, 1, 2, 3, 5]
    ) { (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: check.number = try r.int()
      case 1: check.itemID = try r.string()
      case 2: check.finding = try r.string()
      case 3: check.rectified = try r.bool()
      case 4:
        check.evidence = try r.optional { (s: inout JSONBytes) throws(Unusual) in try s.string() }
      default: check.time = try r.string()
      }
    }
    return check
  }

  mutating func caseReview() throws(Unusual) -> CaseReview {
    var review = CaseReview(ledger: "", time: "", counts: [:])
    try object(["ledger", "time", "counts", "actions"], required: [0, 1, 2, 3]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: review.ledger = try r.string()
      case 1: review.time = try r.string()
      case 2:
        review.counts = try r.dictionary { (s: inout JSONBytes) throws(Unusual) in try s.int() }
      default:
        review.actions = try r.array { (s: inout JSONBytes) throws(Unusual) in try s.caseAction() }
      }
    }
    return review
  }

  mutating func caseAction() throws(Unusual) -> CaseReview.Action {
    var action = CaseReview.Action(caseID: 0, action: "", status: "", note: "", time: "")
    try object(["caseID", "action", "status", "note", "time"], required: [0, 1, 2, 3, 4]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: action.caseID = Int64(try r.int())
      case 1: action.action = try r.string()
      case 2: action.status = try r.string()
      case 3: action.note = try r.string()
      default: action.time = try r.string()
      }
    }
    return action
  }

  mutating func undoStep() throws(Unusual) -> UndoStep {
    var step = UndoStep.decoded(what: "", time: "")
    try object(Self.undoStepFields, required: [0, 1]) {
      (r: inout JSONBytes, index: Int) throws(Unusual) in
      switch index {
      case 0: step.what = try r.string()
      case 1: step.time = try r.string()
      case 2:
        // `null` inside the map is meaningful here: no answer before the step.
        step.values = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.dictionary { (t: inout JSONBytes) throws(Unusual) -> Answer? in
            try t.optional { (u: inout JSONBytes) throws(Unusual) in try u.answer() }
          }
        }
      case 3:
        step.statuses = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.dictionary { (t: inout JSONBytes) throws(Unusual) -> VerificationStatus? in
            try t.optional { (u: inout JSONBytes) throws(Unusual) in
              try u.rawValue(VerificationStatus.self)
            }
          }
        }
      case 4:
        step.acceptedDefaults = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.strings()
        }
      case 5:
        step.skipped = try r.optional { (s: inout JSONBytes) throws(Unusual) in try s.strings() }
      case 6:
        step.notes = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.dictionary { (t: inout JSONBytes) throws(Unusual) in try t.itemNotes() }
        }
      case 7:
        step.problems = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.array { (t: inout JSONBytes) throws(Unusual) in try t.problem() }
        }
      default:
        step.rollCall = try r.optional { (s: inout JSONBytes) throws(Unusual) in
          try s.array { (t: inout JSONBytes) throws(Unusual) in try t.rollCall() }
        }
      }
    }
    return step
  }
}
