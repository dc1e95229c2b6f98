import DuchaReport
import DuchaSession

extension InspectionREPL {
  /// Adds `evidence` (empty: none given) to the check of problem `number` just recorded, in the
  /// session and on the problem list, and forgets the draft it waited in.
  func recordEvidence(
    _ evidence: String, of number: Int, in list: inout ProblemList, _ listStore: ProblemListStore
  ) {
    guard !evidence.isEmpty,
      let index = session.followUp?.checks.lastIndex(where: { $0.number == number })
    else { return dropAnswerDraft() }
    session.followUp?.checks[index].evidence = evidence
    if save() { dropAnswerDraft() }
    updateList(&list, listStore) {
      (fresh: inout ProblemList, actor) throws(ProblemListEditError) in
      try fresh.recordFollowUpEvidence(number, evidence: evidence, by: actor)
    }
  }

  /// On resuming a 回头看: evidence typed for a re-checked problem but cut short while it was
  /// asked about (it looked like a command, or like 已整改) is said and asked about again, and
  /// recorded in the session and on the list (`list`, when it could be read) once confirmed;
  /// Ctrl-D gives it up. The 已整改/未整改 answer itself was on disk already.
  func offerUnconfirmedEvidence(in list: inout ProblemList?, _ listStore: ProblemListStore) {
    guard let draft = AnswerDraft.load(directory: environment.store.directory, id: session.id),
      draft.target == .followUpEvidence
    else { return }
    // Recorded after all, or a check this session does not hold: nothing to ask.
    guard case .text(let text) = draft.answer.value, let number = Int(draft.input),
      let check = session.followUp?.checks.last(where: { $0.number == number }),
      check.evidence == nil
    else { return dropAnswerDraft() }
    let shown = IDNumber.maskAll(in: text)
    console.say(
      t(
        "上次答到一半：问题 \(number) 已记为“\(check.rectified ? "已整改" : "未整改")”，证据“\(shown)”还没确认是否这样记（Ctrl-D=不要这个证据）。",
        "an answer was cut short: problem \(number) is recorded \(check.rectified ? "rectified" : "not rectified"),"
          + " and the evidence '\(shown)' was not yet confirmed (Ctrl-D drops it)."))
    guard let evidence = askEvidence(of: number, typed: text) else {
      guard !console.reader.terminalClosed else { return }
      dropAnswerDraft()
      console.say(t("（已丢掉，这个证据没有记）", "(dropped; the evidence was not recorded)"))
      return
    }
    if var fresh = list {
      recordEvidence(evidence, of: number, in: &fresh, listStore)
      list = fresh
    } else if !evidence.isEmpty,
      let index = session.followUp?.checks.lastIndex(where: { $0.number == number })
    {
      // The list cannot be read now: the evidence is in the inspection record at least.
      session.followUp?.checks[index].evidence = evidence
      if save() { dropAnswerDraft() }
    } else {
      dropAnswerDraft()
    }
  }
}
