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
/// A class called from the imported export's list keeps its label and the children marked
/// instead of the counts: the names are in this personal file only, as in the session.
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
  /// 籍在人不在: the names typed, once answered; without `absentCount`, fewer names than the
  /// difference were typed and `共几人` is still to be answered.
  public var absentNames: [String]?
  /// 籍在人不在: the number of children, once answered.
  public var absentCount: Int?
  /// 人在籍不在: the names typed while `共几人` is still to be answered (fewer names than the
  /// difference); the side becomes part of the row once it is.
  public var unregisteredNames: [String]?
  /// 人在籍不在: the number of children, kept with the names while the reason for correcting a
  /// completed inspection is asked (the rest of the row is answered by then).
  public var unregisteredCount: Int?
  /// 按名单点名: the class as the imported export names it (`三年级2班`); nil when counted by hand.
  public var listClass: String?
  /// 按名单点名: the children of the list marked absent, once answered (empty: all present).
  public var listAbsent: [ListedChild]?
  /// 按名单点名: which of the absent children are on approved leave, once answered.
  public var listOnLeave: [ListedChild]?
  /// Text typed at 年级 (or, once the grade is in, at 班级) that looks like a command
  /// (`到 三年级`), not yet confirmed (仍然这样填吗): it was only in memory, and a terminal closed
  /// there lost it. `ducha resume` shows it and asks the confirmation again.
  public var unconfirmedText: String?
  /// The reason for correcting a completed inspection with this class, typed but looking like a
  /// command (`到 99 人`) and not yet confirmed (仍然当作理由记下吗); `ducha resume` shows it and
  /// asks the confirmation again. Nil when none was typed so.
  public var correctionReason: String?

  /// A child of the export's class list, as the inspector ticked it: 班内学号 and 姓名, which
  /// find the child again when the export is read anew after a resume.
  public struct ListedChild: Codable, Sendable, Equatable {
    /// 班内学号, empty when the export has none.
    public var number: String
    /// 姓名.
    public var name: String

    /// A child numbered `number` called `name`.
    public init(number: String, name: String) {
      self.number = number
      self.name = name
    }
  }

  /// An empty draft for session `sessionID`.
  public init(sessionID: String) {
    self.sessionID = sessionID
  }

  /// An empty draft for session `sessionID` of the export's class `listClass`.
  public init(sessionID: String, listClass: String) {
    self.sessionID = sessionID
    self.listClass = listClass
  }

  /// Whether the class is known, so that it can be finished: chosen from the list, or its
  /// grade and class answered.
  public var namesAClass: Bool { listClass != nil || (grade != nil && className != nil) }

  /// What has been answered, as the questions say it: `三年级2班：学籍 45，实到 42`.
  public var answered: Localized {
    var zh: [String] = []
    var en: [String] = []
    if let registered { (zh, en) = (zh + ["学籍 \(registered)"], en + ["registered \(registered)"]) }
    if let present { (zh, en) = (zh + ["实到 \(present)"], en + ["present \(present)"]) }
    if let onLeave { (zh, en) = (zh + ["请假 \(onLeave)"], en + ["on leave \(onLeave)"]) }
    if let absentCount {
      (zh, en) = (zh + ["籍在人不在 \(absentCount)"], en + ["absent \(absentCount)"])
    } else if let absentNames {
      zh.append("籍在人不在 \(absentNames.joined(separator: "、"))（共几人还没有答）")
      en.append("absent \(absentNames.joined(separator: ", ")) (how many in all not answered)")
    }
    if let unregisteredCount {
      (zh, en) = (zh + ["人在籍不在 \(unregisteredCount)"], en + ["unregistered \(unregisteredCount)"])
    } else if let unregisteredNames {
      zh.append("人在籍不在 \(unregisteredNames.joined(separator: "、"))（共几人还没有答）")
      en.append(
        "unregistered \(unregisteredNames.joined(separator: ", ")) (how many in all not answered)")
    }
    if let listAbsent {
      let names = listAbsent.map(\.name)
      zh.append(names.isEmpty ? "全到" : "不在 \(names.count) 人（\(names.joined(separator: "、"))）")
      en.append(
        names.isEmpty ? "all present" : "absent \(names.count) (\(names.joined(separator: ", ")))")
    }
    if let listOnLeave, !listOnLeave.isEmpty {
      let names = listOnLeave.map(\.name)
      zh.append("其中请假 \(names.count) 人（\(names.joined(separator: "、"))）")
      en.append("on leave \(names.count) (\(names.joined(separator: ", ")))")
    }
    if let correctionReason {
      zh.append("更正的理由填了“\(correctionReason)”，还没确认")
      en.append("the reason for the correction '\(correctionReason)' not yet confirmed")
    }
    let label = listClass.map { $0 + "（按名单）" } ?? (grade ?? "") + (className ?? "")
    // Cut at the confirmation of text that looks like a command, typed for the grade or class.
    if listClass == nil, className == nil, let typed = unconfirmedText {
      return grade == nil
        ? Localized(
          "年级填了“\(typed)”，还没确认是否这样填", en: "the grade '\(typed)' was typed, not yet confirmed")
        : Localized(
          "只录了年级 \(label)，班级填了“\(typed)”，还没确认是否这样填",
          en: "only the grade \(label); the class '\(typed)' was typed, not yet confirmed")
    }
    // Cut after the grade alone: said so, not as if 三年级 were the whole class.
    if listClass == nil, grade != nil, className == nil {
      return Localized("只录了年级 \(label)，班级还没有录", en: "only the grade \(label); no class yet")
    }
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
