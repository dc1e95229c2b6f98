import DuchaChecklist
import Foundation

// Initialisers for `SessionReader`, which builds values field by field as `Decodable` does; the
// public initialisers compute defaults a file's values must not go through.

extension Session {
  /// A session with the required fields read from a file; the rest are set by the reader.
  static func decoded(
    formatVersion: Int, id: String, checklistID: String, checklistTitle: String, unit: Unit,
    inspectors: [String], date: String, status: Status, answers: Answers, createdAt: String,
    updatedAt: String
  ) -> Session {
    Session(
      formatVersion: formatVersion, id: id, checklistID: checklistID,
      checklistTitle: checklistTitle, unit: unit, inspectors: inspectors, date: date,
      status: status, answers: answers, createdAt: createdAt, updatedAt: updatedAt)
  }

  private init(
    formatVersion: Int, id: String, checklistID: String, checklistTitle: String, unit: Unit,
    inspectors: [String], date: String, status: Status, answers: Answers, createdAt: String,
    updatedAt: String
  ) {
    self.formatVersion = formatVersion
    self.id = id
    self.checklistID = checklistID
    self.checklistTitle = checklistTitle
    self.unit = unit
    self.inspectors = inspectors
    self.date = date
    self.status = status
    self.answers = answers
    self.skipped = []
    self.acceptedDefaults = []
    self.notes = [:]
    self.problems = []
    self.rollCall = []
    self.registry = RegistryCheck()
    self.verifications = [:]
    self.previousValues = [:]
    self.corrections = []
    self.createdAt = createdAt
    self.updatedAt = updatedAt
  }
}

extension InspectedChecklist {
  /// The record as read from a file.
  init(id: String, contentHash: String, fileName: String, source: String) {
    self.id = id
    self.contentHash = contentHash
    self.fileName = fileName
    self.source = source
  }
}

extension UndoStep {
  /// A step with nothing recorded yet; the reader sets what the file holds.
  static func decoded(what: String, time: String) -> UndoStep {
    UndoStep(what: what, time: time)
  }

  private init(what: String, time: String) {
    self.what = what
    self.time = time
  }
}
