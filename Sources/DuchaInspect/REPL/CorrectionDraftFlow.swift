import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// `confirmCorrection`, with the corrected value waiting in `draft` beside the session while
  /// the reason is asked: a crash there kept nothing of what was typed (the status, the new
  /// wording), and now `ducha resume` offers it again. True when there is nothing to correct
  /// or the reason was written; the caller saves and then drops the draft. False on Ctrl-D,
  /// which drops the draft.
  func confirmCorrection(
    _ target: String, before: String, after: String, keeping draft: AnswerDraft
  ) -> Bool {
    guard correcting, before != after else { return true }
    keepAnswerDraft(draft)
    guard confirmCorrection(target, before: before, after: after, draft: draft) else {
      leaveAnswerUnrecorded()
      return false
    }
    return true
  }

  /// Records the 齐全 / 缺失 / 不全 of verification-list item `item`; on a completed inspection
  /// first asking the reason for the correction. False when backed out.
  func setStatus(_ status: VerificationStatus, of item: Item) -> Bool {
    let draft = AnswerDraft(
      sessionID: session.id, input: item.id, answer: Answer(.choice(status.rawValue)),
      target: .status)
    guard
      confirmCorrection(
        item.id, before: session.answers.statuses[item.id]?.rawValue ?? "",
        after: status.rawValue, keeping: draft)
    else { return false }
    pushUndo("\(item.id) \(item.title)：\(status.rawValue)")
    session.answers.statuses[item.id] = status
    if save() { dropAnswerDraft() }
    return true
  }

  /// Rewords problem, note or evidence `entry` as `text`; on a completed inspection first
  /// asking the reason for the correction. False when backed out.
  @discardableResult
  func reword(
    _ command: Command, _ entry: (itemID: String, position: Int, text: String), to text: String
  ) -> Bool {
    let target = recordTarget(command)
    let draft = AnswerDraft(
      sessionID: session.id, input: entry.itemID, answer: Answer(.text(text)), target: target,
      position: entry.position, before: entry.text)
    guard confirmCorrection(recordWord(command), before: entry.text, after: text, keeping: draft)
    else { return false }
    pushUndo(t("改\(recordWord(command))", "edit \(recordWord(command))"))
    if command == .problem {
      session.problems[entry.position].description = text
    } else {
      session.notes[entry.itemID]?[entry.position].text = text
    }
    if save() { dropAnswerDraft() }
    console.say(t("已改为：\(IDNumber.maskAll(in: text))", "now: \(IDNumber.maskAll(in: text))"))
    hintIfNamed(text, command)
    return true
  }

  /// On resuming: a new problem, note or piece of evidence whose text looked like a command,
  /// cut short at 仍然当作…记下吗, is said and asked about again, as is a rewording of one
  /// (`问题 改 1`); Ctrl-D gives it up.
  func offerUnconfirmedEntry(_ draft: AnswerDraft) {
    guard case .text(let text) = draft.answer.value, let target = draft.target,
      [.problem, .note, .evidence].contains(target)
    else { return dropAnswerDraft() }
    let command: Command = target == .problem ? .problem : target == .note ? .note : .evidence
    let word = recordWord(command)
    if draft.position != nil {
      // The entry as it was when the rewording was typed; gone or changed since, nothing is
      // asked.
      guard
        let entry = recordEntries(command).first(where: {
          $0.itemID == draft.input && $0.position == draft.position && $0.text == draft.before
        })
      else { return dropAnswerDraft() }
      let (old, new) = (IDNumber.maskAll(in: entry.text), IDNumber.maskAll(in: text))
      console.say(
        t(
          "上次答到一半：\(word)“\(old)”改为“\(new)”，还没确认是否这样改。（Ctrl-D=不要这个回答）",
          "an answer was cut short: the \(word) '\(old)' reworded '\(new)', not yet confirmed"
            + " (Ctrl-D drops it)."))
      guard let line = askRewording(command, entry, typed: text) else { return }
      reword(command, entry, to: line)
      return
    }
    guard checklist.item(draft.input) != nil else { return dropAnswerDraft() }
    let shown = IDNumber.maskAll(in: text)
    console.say(
      t(
        "上次答到一半：\(draft.input) 记下\(word)“\(shown)”，还没确认是否这样记。（Ctrl-D=不要这个回答）",
        "an answer was cut short: the \(word) '\(shown)' for \(draft.input), not yet confirmed"
          + " (Ctrl-D drops it)."))
    record(command, "", typed: (draft.input, text))
  }

  /// On resuming a completed inspection: a status or a rewording cut short at the reason for
  /// the correction is said, and the reason asked again; Ctrl-D gives it up.
  func offerUnfinishedCorrection(_ draft: AnswerDraft) {
    if draft.confirmed == false { return offerUnconfirmedEntry(draft) }
    let said: (zh: String, en: String)
    let finish: () -> Bool
    switch (draft.target, draft.answer.value) {
    case (.rollCall, _):
      // Deleted after all, or called under another name since: nothing to ask.
      guard session.rollCall.contains(where: { $0.label == draft.input }) else {
        return dropAnswerDraft()
      }
      said = (
        "删除 \(draft.input) 的点名记录", "the roll call of \(draft.input) was being deleted"
      )
      finish = { self.deleteRollCall(draft.input) }
    case (let target?, _)
    where draft.removed == true && [.problem, .note, .evidence].contains(target):
      let command: Command = target == .problem ? .problem : target == .note ? .note : .evidence
      // The entry as it was when its deletion was typed; gone or changed since, nothing is
      // asked.
      guard
        let entry = recordEntries(command).first(where: {
          $0.itemID == draft.input && $0.position == draft.position && $0.text == draft.before
        })
      else { return dropAnswerDraft() }
      let word = recordWord(command)
      let old = IDNumber.maskAll(in: entry.text)
      said = ("删除\(word)“\(old)”", "the \(word) '\(old)' was being deleted")
      finish = { self.delete(command, entry) }
    case (.status, .choice(let word)):
      // Recorded after all, or an item the checklist no longer has: nothing to ask.
      guard let item = checklist.item(draft.input), let status = VerificationStatus(rawValue: word),
        session.answers.statuses[item.id] != status
      else { return dropAnswerDraft() }
      said = (
        "\(item.id) \(item.title) 核验改为 \(word)", "\(item.id) \(item.title) was changed to \(word)"
      )
      finish = { self.setStatus(status, of: item) }
    case (let target?, .text(let text))
    where draft.position == nil && [.problem, .note, .evidence].contains(target):
      // A new entry: recorded as it was typed, once the reason is written.
      guard checklist.item(draft.input) != nil else { return dropAnswerDraft() }
      let command: Command = target == .problem ? .problem : target == .note ? .note : .evidence
      let word = recordWord(command)
      let shown = IDNumber.maskAll(in: text)
      said = ("\(draft.input) 记下\(word)“\(shown)”", "the \(word) '\(shown)' for \(draft.input)")
      finish = { self.record(command, draft.input + " " + text) }
    case (let target?, .text(let text)) where target != .registry && target != .status:
      let command: Command = target == .problem ? .problem : target == .note ? .note : .evidence
      // The entry as it was when the rewording was typed; gone or changed since (the session
      // edited on another laptop and copied over), nothing is asked.
      guard
        let entry = recordEntries(command).first(where: {
          $0.itemID == draft.input && $0.position == draft.position && $0.text == draft.before
        }), entry.text != text
      else { return dropAnswerDraft() }
      let word = recordWord(command)
      let (old, new) = (IDNumber.maskAll(in: entry.text), IDNumber.maskAll(in: text))
      said = ("\(word)“\(old)”改为“\(new)”", "the \(word) '\(old)' was reworded '\(new)'")
      finish = { self.reword(command, entry, to: text) }
    default:
      return dropAnswerDraft()
    }
    guard correcting else { return dropAnswerDraft() }
    console.say(
      t(
        "上次答到一半：\(said.zh)，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。",
        "an answer was cut short: \(said.en), but the reason for the correction was not written."
          + " It is recorded once the reason is (Ctrl-D drops it)."))
    if !finish() {
      console.say(t("（已丢掉，这个回答没有记录）", "(dropped; the answer was not recorded)"))
    }
  }
}
