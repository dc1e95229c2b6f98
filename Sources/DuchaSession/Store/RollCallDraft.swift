import DuchaChecklist
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The class being called, as far as it has been answered: the roll call of one class is up to
/// seven questions and becomes a row of the session only when the last is answered, so a crash
/// (`kill -9`, a flat battery) in between lost every answer of the class. Each answer is written
/// here first, beside the session as `.<id>.rollcall.json` (hidden, mode 0600, written
/// atomically; no leader's tool reads it), and `ducha resume` offers to finish the class.
public struct RollCallDraft: Codable, Sendable, Equatable {
  /// The session the class belongs to.
  public var sessionID: String
  /// 年级, once answered.
  public var grade: String?
  /// 班级, once answered (with the grade).
  public var className: String?
  /// 学籍系统人数, once answered.
  public var registered: Int?
  /// 实到人数, once answered.
  public var present: Int?
  /// 请假人数, once answered.
  public var onLeave: Int?
  /// 籍在人不在: the names typed, once answered.
  public var absentNames: [String]?
  /// 籍在人不在: the number of children, once answered.
  public var absentCount: Int?

  /// An empty draft for session `sessionID`.
  public init(sessionID: String) {
    self.sessionID = sessionID
  }

  /// What has been answered, as the questions say it: `三年级2班：学籍 45，实到 42`.
  public var answered: Localized {
    var zh: [String] = []
    var en: [String] = []
    if let registered { (zh, en) = (zh + ["学籍 \(registered)"], en + ["registered \(registered)"]) }
    if let present { (zh, en) = (zh + ["实到 \(present)"], en + ["present \(present)"]) }
    if let onLeave { (zh, en) = (zh + ["请假 \(onLeave)"], en + ["on leave \(onLeave)"]) }
    if let absentCount {
      (zh, en) = (zh + ["籍在人不在 \(absentCount)"], en + ["absent \(absentCount)"])
    }
    let label = (grade ?? "") + (className ?? "")
    return Localized(
      zh.isEmpty ? label : label + "：" + zh.joined(separator: "，"),
      en: en.isEmpty ? label : label + ": " + en.joined(separator: ", "))
  }

  /// The draft file of session `id` in the sessions folder `directory`.
  public static func path(directory: String, id: String) -> String {
    (directory.isEmpty ? "." : directory) + "/.\(id).rollcall.json"
  }

  /// Writes the draft durably (the folder exists: the session was saved there first).
  public func save(in directory: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try AtomicFile.write(
      try encoder.encode(self), to: Self.path(directory: directory, id: sessionID))
  }

  /// The draft of session `id`, when one was left; nil when there is none or it cannot be read
  /// (a draft is a convenience: the session file is the record).
  public static func load(directory: String, id: String) -> RollCallDraft? {
    guard let data = FileManager.default.contents(atPath: path(directory: directory, id: id)),
      let draft = try? JSONDecoder().decode(RollCallDraft.self, from: data), draft.sessionID == id
    else { return nil }
    return draft
  }

  /// Removes the draft of session `id`: the class was recorded, cancelled or given up.
  public static func remove(directory: String, id: String) {
    unlink(path(directory: directory, id: id))
  }
}
