import DuchaChecklist
import Foundation

/// Whether one copy of a session descends from another, decided on what the files record
/// (`Session.saveHistory`), not on which save number is higher.
///
/// A session copied at save 62 to a second laptop and continued on both (64 on one, 63 on the
/// other) used to be settled by the higher number: the 63's answer was dropped without a word.
/// Each save now records `序号:指纹` — its save sequence and the fingerprint of what the file
/// holds — keeping the latest `limit`. A copy holds another when its history has the other's
/// save with the other's fingerprint; when it has that save with another fingerprint, the two
/// went apart after their last common save. A copy edited by hand without its save sequence
/// raised holds what no save recorded, so no other copy holds it either.
public enum SaveHistory {
  /// How many of the latest saves a file records: a copy further behind than this cannot be
  /// told apart from an ancestor, and is taken as older, as before the history existed.
  public static let limit = 200

  /// How a copy with a later (or equal) save stands to another copy of the same session.
  public enum Relation: Equatable, Sendable {
    /// The later copy's history holds the other's save with the other's content: it is newer.
    case holds
    /// The histories part: the copies were continued apart after save `since` (nil when
    /// their histories share no recorded save), or one was edited by hand.
    case apart(since: Int?)
    /// The later copy does not record the other's save (written before the history existed,
    /// or more than `limit` saves ahead): taken as newer, as before.
    case unknown
  }

  /// The fingerprint of the session file's bytes as ducha writes them without `saveHistory`
  /// and `undoLog`: the first 16 hex digits of their SHA-256. The undo log is left out because
  /// shared copies drop it; two copies with the same answers have the same fingerprint.
  static func fingerprint(ofBytes bytes: [UInt8]) -> String {
    String(SHA256.hex(bytes).prefix(16))
  }

  /// The fingerprint of what `session` holds (see `fingerprint(ofBytes:)`), worked out again
  /// from the session as read; nil if it cannot be encoded.
  public static func fingerprint(of session: Session) -> String? {
    var bare = session
    bare.saveHistory = nil
    bare.undoLog = nil
    guard let data = try? SessionStore.encode(bare) else { return nil }
    return fingerprint(ofBytes: [UInt8](data))
  }

  /// `history` with `sequence:fingerprint` added, keeping the latest `limit` entries.
  static func appending(_ sequence: Int, _ fingerprint: String, to history: [String]?)
    -> [String]
  {
    var entries = history ?? []
    entries.append("\(sequence):\(fingerprint)")
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    return entries
  }

  /// The recorded saves, sequence → fingerprints, the file's own first; a copy settled onto
  /// this one (`recordSettled`) adds the other copy's saves after them. Entries that do not
  /// read (a hand edit) are left out, as if not recorded.
  static func recorded(_ session: Session) -> [Int: [Substring]] {
    var saves: [Int: [Substring]] = [:]
    for entry in session.saveHistory ?? [] {
      let parts = entry.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, let sequence = Int(parts[0]), !parts[1].isEmpty else { continue }
      saves[sequence, default: []].append(parts[1])
    }
    return saves
  }

  /// What a copy holds, as its fingerprint (`own`): worked out from its content, except for a masked
  /// copy from the county server, whose masking changed the content; it stands for the save
  /// it records as its own.
  static func own(_ session: Session) -> Substring? {
    if session.maskedCopy == true {
      return recorded(session)[session.saveSequence ?? 0]?.first
    }
    return fingerprint(of: session).map { Substring($0) }
  }

  /// The fingerprint the file records for its own last save (nil without a history): cheap,
  /// for a record of which save something was built from (a problem list's sources).
  public static func recordedFingerprint(of session: Session) -> String? {
    recorded(session)[session.saveSequence ?? 0]?.first.map(String.init)
  }

  /// Whether `session`'s history records save `sequence` with another fingerprint than
  /// `fingerprint`: the copy at hand went apart from the one that save was (nil: cannot tell,
  /// the history does not reach that save).
  public static func wentApart(_ session: Session, from sequence: Int, _ fingerprint: String)
    -> Bool?
  {
    recorded(session)[sequence].map { !$0.contains(Substring(fingerprint)) }
  }

  /// What a copy holds, as its fingerprint (`own`): for a store that decides later which
  /// versions a later one holds (the county server).
  public static func ownFingerprint(of session: Session) -> String? {
    own(session).map(String.init)
  }

  /// Whether a copy in hand (`mine`) holds `other`: its history records the other's save
  /// with the other's content, or (files without a history) its save is at least as late.
  public static func holds(_ mine: Session, _ other: Session) -> Bool {
    guard (mine.saveSequence ?? 0) >= (other.saveSequence ?? 0) else { return false }
    switch relation(of: mine, to: other) {
    case .holds, .unknown: return true
    case .apart: return false
    }
  }

  /// How `later` (a save at least as late as `earlier`'s) stands to `earlier`.
  public static func relation(of later: Session, to earlier: Session) -> Relation {
    let earlierSave = earlier.saveSequence ?? 0
    let laterSaves = recorded(later)
    let earlierSaves = recorded(earlier)
    let common = earlierSaves.filter { sequence, prints in
      prints.contains { laterSaves[sequence]?.contains($0) == true }
    }.keys.max()
    if (later.saveSequence ?? 0) == earlierSave {
      guard let held = own(earlier) else { return .unknown }
      return own(later) == held ? .holds : .apart(since: common)
    }
    guard let laterHad = laterSaves[earlierSave], let held = own(earlier) else { return .unknown }
    return laterHad.contains(held) ? .holds : .apart(since: common)
  }
}

extension Session {
  /// Records the save this session was read at in its history when the file has none (written
  /// before `saveHistory` existed), so that the next save's history holds it and the copy left
  /// behind on another laptop is known as its ancestor. Called when a session is opened to be
  /// continued.
  public mutating func recordOpenedSave() {
    guard saveHistory == nil, let sequence = saveSequence, sequence > 0,
      let fingerprint = SaveHistory.fingerprint(of: self)
    else { return }
    saveHistory = SaveHistory.appending(sequence, fingerprint, to: nil)
  }
}

extension Session {
  /// Settles `other`, a copy of this session continued apart, onto this one: its saves are
  /// recorded in this one's history as held, and the save sequence raised to the later of the
  /// two, so that this copy's next save holds both and every listing, problem list and the
  /// county server take the other as older from then on. The other copy's answers are not
  /// taken: the inspector re-enters those still needed (`ducha resume … --settle`).
  public mutating func recordSettled(_ other: Session) {
    var entries = saveHistory ?? []
    var added = other.saveHistory ?? []
    if let held = SaveHistory.ownFingerprint(of: other) {
      added.append("\(other.saveSequence ?? 0):\(held)")
    }
    for entry in added where !entries.contains(entry) { entries.append(entry) }
    if entries.count > SaveHistory.limit { entries.removeFirst(entries.count - SaveHistory.limit) }
    saveHistory = entries
    saveSequence = max(saveSequence ?? 0, other.saveSequence ?? 0)
  }
}
