import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// The count the draft holds at `field`, or else the one `ask` gets, written to the draft
  /// before the next question. Nil on Ctrl-D.
  func draftCount(
    _ draft: inout RollCallDraft, _ field: WritableKeyPath<RollCallDraft, Int?>,
    _ ask: @autoclosure () -> Int?
  ) -> Int? {
    if let known = draft[keyPath: field] { return known }
    guard let typed = ask() else { return nil }
    draft[keyPath: field] = typed
    keepDraft(draft)
    return typed
  }

  /// Writes the class being called beside the session, as every answer is saved.
  func keepDraft(_ draft: RollCallDraft) {
    do {
      try draft.save(in: environment.store.directory)
    } catch {
      complainSaveFailed(error)
    }
  }

  /// Forgets the class being called: it was recorded or cancelled.
  func dropDraft() {
    RollCallDraft.remove(directory: environment.store.directory, id: session.id)
  }

  /// On resuming: a class whose roll call was cut short (the process was killed, the battery
  /// ran out) is said with what was answered, and finished from where it stopped, or given up.
  func offerUnfinishedRollCall() {
    guard let draft = RollCallDraft.load(directory: environment.store.directory, id: session.id)
    else { return }
    guard draft.grade != nil, draft.className != nil else { return dropDraft() }
    console.say(
      t(
        "上次点名没有录完：\(draft.answered.zh)。",
        "a roll call was cut short: \(draft.answered.en)."))
    guard
      let finish = askYesNo(
        t("接着录这个班吗？（是/否，否=不要这些数字）", "finish this class? (yes/no; no = drop these figures)"),
        fallback: true)
    else { return }
    guard finish else {
      dropDraft()
      console.say(t("（已丢掉，这个班没有记录）", "(dropped; class not recorded)"))
      return
    }
    rollCallFlow(continuing: draft)
  }
}
