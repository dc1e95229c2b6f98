import DuchaChecklist
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An answer typed but not yet recorded because a question about it is still open: the reason
/// a 酌情 score or a changed figure needs, the reason for changing a figure computed from an
/// imported registry export, the confirmation of a registry figure above 系统学生数, or the reason for correcting a completed inspection (an answer,
/// a verification status, a problem or note reworded or deleted, a class's roll call deleted).
/// The answer reaches the session only once those are answered, so a crash (`kill -9`, a flat
/// battery) at the reason lost the score just typed. It is written here first, beside the
/// session as `.<id>.answer.json` (hidden, mode 0600, written atomically; no leader's tool
/// reads it), and `ducha resume` asks for the reason again.
public struct AnswerDraft: Codable, Sendable, Equatable {
  /// The session the answer belongs to.
  public var sessionID: String
  /// The input answered (`人员配备扣分`); for another `target`, what it names: the registry
  /// figure (`重复学籍`), the verification-list item, the item a note is kept under.
  public var input: String
  /// The value typed and, once written, its reason: a registry figure is a number, a status
  /// its word (`缺失`), a reworded problem or note its text.
  public var answer: Answer
  /// What is answered when it is not a checklist input; nil for one (and in drafts written
  /// before the others were kept).
  public var target: Target?
  /// A reworded problem or note: its position in its list (the problems, the item's notes);
  /// nil for a new one, added on a completed inspection.
  public var position: Int?
  /// What the answer replaces, so that resuming finds the same thing unchanged: a registry
  /// figure's count computed from the export, a problem's or note's text before.
  public var before: String?
  /// A `figure`: whether its count, above 系统学生数, was confirmed (what is still asked is the
  /// reason for correcting a completed inspection); nil when it was not yet.
  public var confirmed: Bool?
  /// The reason for correcting a completed inspection, typed but looking like a command
  /// (`到 99 份`) and not yet confirmed (仍然当作理由记下吗); `ducha resume` shows it and asks
  /// the confirmation again. Nil when none was typed so.
  public var correctionReason: String?
  /// What is corrected is deleted rather than changed: the problem, note or piece of evidence at
  /// `position` (`问题 删除 2`), or the class of a `rollCall` draft. Nil for every other draft.
  public var removed: Bool?

  /// What a draft answers besides a checklist input.
  public enum Target: String, Codable, Sendable {
    /// A registry figure (学籍系统核查) other than the one an imported export gives.
    case registry
    /// A verification-list item's 齐全 / 缺失 / 不全, changed on a completed inspection.
    case status
    /// A problem reworded on a completed inspection (`问题 改`).
    case problem
    /// A note reworded on a completed inspection (`备注 改`).
    case note
    /// A piece of evidence renamed on a completed inspection (`证据 改`).
    case evidence
    /// A registry figure typed in the registry check (学籍) and not yet recorded: a count above
    /// 系统学生数 waiting to be confirmed, or, on a completed inspection, one waiting for the
    /// reason for the correction.
    case figure
    /// `学籍 导入` on a completed inspection, waiting for the reason for the correction: `answer`
    /// is the export's files (absolute, as `学籍 导入` takes them), read again on resuming.
    case registryImport
    /// The students behind a registry figure (涉及的学生), typed and not yet recorded: `answer`
    /// the text as typed, `before` the students recorded, `confirmed` true once text that looks
    /// like a command was confirmed and the reason for correcting a completed inspection is
    /// what is asked (nil: the confirmation is).
    case students
    /// A class's roll call deleted on a completed inspection (`点名 删除 三年级2班`), waiting
    /// for the reason for the correction: `input` is the class as the session names it.
    case rollCall
    /// 回头看: the evidence of a re-checked problem, typed but looking like a command or like an
    /// answer to 已整改？ and not yet confirmed (the check itself is recorded by then): `input`
    /// is the problem's number on the list, `answer` the text as typed, `confirmed` false.
    case followUpEvidence
    /// An input set to follow its figure again (Enter at its question: `回车=1（取自检查数据）`)
    /// on a completed inspection, waiting for the reason for the correction: `input` is the
    /// input, `answer` the figure's value then.
    case followsFigure
  }

  /// The answer `answer` to `input` of session `sessionID` (a checklist input unless `target`
  /// says otherwise).
  public init(
    sessionID: String, input: String, answer: Answer, target: Target? = nil, position: Int? = nil,
    before: String? = nil, confirmed: Bool? = nil, correctionReason: String? = nil,
    removed: Bool? = nil
  ) {
    self.sessionID = sessionID
    self.input = input
    self.answer = answer
    self.target = target
    self.position = position
    self.before = before
    self.confirmed = confirmed
    self.correctionReason = correctionReason
    self.removed = removed
  }

  /// The draft file of session `id` in the sessions folder `directory`.
  public static func path(directory: String, id: String) -> String {
    (directory.isEmpty ? "." : directory) + "/.\(id).answer.json"
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
  public static func load(directory: String, id: String) -> AnswerDraft? {
    guard let data = FileManager.default.contents(atPath: path(directory: directory, id: id)),
      let draft = try? JSONDecoder().decode(AnswerDraft.self, from: data), draft.sessionID == id
    else { return nil }
    return draft
  }

  /// Removes the draft of session `id`: the answer was recorded, or given up.
  public static func remove(directory: String, id: String) {
    unlink(path(directory: directory, id: id))
  }
}
