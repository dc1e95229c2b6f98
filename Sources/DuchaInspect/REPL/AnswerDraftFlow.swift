import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// The reason an answer of `input` needs before it is recorded, as it is asked; nil when it
  /// needs none: a 酌情 score that moves the score, or a value other than the figure it follows.
  func reasonLabel(for input: Input, _ value: AnswerValue, bound: Value?) -> String? {
    if case .discretionary = input.type, discretionChangesScore(input, value) {
      return t("酌情的理由（必填）", "reason for the discretionary score (required)")
    }
    if let bound, input.defaultValue?.referencedNames.isEmpty == false,
      Self.value(of: value) != bound
    {
      return t(
        "与检查数据 \(display(bound)) 不同，改写的理由（必填）",
        "differs from the recorded figure \(display(bound)); reason (required)")
    }
    return nil
  }

  /// Records `typed`, first asking the reason it needs and, on a completed inspection, the
  /// reason for the correction. While either is asked the answer waits in an `AnswerDraft`
  /// beside the session, written before the question appears, so a crash there keeps it for
  /// `ducha resume` (an answer is durable before the next prompt). Ctrl-D drops it, as before.
  /// A reason that looks like a command waits in the draft too (`confirmed: false`) while
  /// 仍然当作理由记下吗 is asked; `typedReason` is one kept so before a crash, asked about again.
  func record(
    _ name: String, _ typed: Answer, input: Input, bound: Value?, typedReason: String? = nil
  ) -> AskResult {
    var answer = typed
    let label = answer.reason == nil ? reasonLabel(for: input, answer.value, bound: bound) : nil
    let corrects = correcting && currentDisplay(name) != AnswerParser.display(answer.value)
    guard label != nil || corrects else { return store(name, answer, input: input) }
    keepAnswerDraft(AnswerDraft(sessionID: session.id, input: name, answer: answer))
    if let label {
      let pending = { (reason: String) in
        var waiting = answer
        waiting.reason = reason
        self.keepAnswerDraft(
          AnswerDraft(sessionID: self.session.id, input: name, answer: waiting, confirmed: false))
      }
      guard let reason = askReason(label, typed: typedReason, keep: pending) else {
        leaveAnswerUnrecorded()
        return .backedOut
      }
      answer.reason = reason
      if corrects {
        keepAnswerDraft(AnswerDraft(sessionID: session.id, input: name, answer: answer))
      }
    }
    let result = store(name, answer, input: input, drafted: true)
    if case .backedOut = result { leaveAnswerUnrecorded() }
    return result
  }

  /// Writes the answer waiting for its reason beside the session, as every answer is saved.
  func keepAnswerDraft(_ draft: AnswerDraft) {
    do {
      try draft.save(in: environment.store.directory)
    } catch {
      complainSaveFailed(error)
    }
  }

  /// Forgets the answer waiting for its reason: it was recorded or given up.
  func dropAnswerDraft() {
    AnswerDraft.remove(directory: environment.store.directory, id: session.id)
  }

  /// An answer left at Ctrl-D is dropped. One left because the terminal closed under it (the
  /// window shut, the SSH link dropped: an end of input nobody typed) is kept, as after a
  /// crash, for `ducha resume` to ask its reason.
  func leaveAnswerUnrecorded() {
    guard !console.reader.terminalClosed else { return }
    dropAnswerDraft()
  }

  /// On resuming: an answer typed but cut short at its reason (the process was killed, the
  /// battery ran out) is said, and its reason asked again; Ctrl-D gives it up.
  func offerUnfinishedAnswer() {
    guard let draft = AnswerDraft.load(directory: environment.store.directory, id: session.id)
    else { return }
    // A reason for the correction that looked like a command, not yet confirmed: shown again
    // when that reason is asked; gone once this answer is settled.
    typedCorrectionReason = draft.correctionReason
    defer { typedCorrectionReason = nil }
    switch draft.target {
    case nil: break
    case .registry: return offerUnfinishedFigure(draft)
    case .figure: return offerUnfinishedRegistryFigure(draft)
    case .status, .problem, .note, .evidence, .rollCall: return offerUnfinishedCorrection(draft)
    case .registryImport: return offerUnfinishedImport(draft)
    case .students: return offerUnfinishedStudents(draft)
    case .followsFigure: return offerUnfinishedFollowedFigure(draft)
    // Offered with the follow-up's problems; still here, the terminal closed at it again.
    case .followUpEvidence: return
    }
    // Recorded after all (the draft outlived a save that failed and a later one that did not),
    // or of an input the checklist does not have: nothing to ask.
    guard let input = checklist.inputs[draft.input],
      session.answers.values[draft.input] != draft.answer
    else { return dropAnswerDraft() }
    // A reason that looked like a command, not yet confirmed: the answer's own reason is still
    // asked, the text typed shown first.
    var answer = draft.answer
    var typedReason: String?
    if draft.confirmed == false { (typedReason, answer.reason) = (answer.reason, nil) }
    let item = checklist.item(input.itemID).map { "\($0.id) \($0.title)" } ?? draft.input
    var value = AnswerParser.display(answer.value)
    // Cut short at a completed inspection's correction reason, its own reason already written.
    var missing = Localized("理由还没写", en: "its reason was not written")
    if let reason = answer.reason {
      value += t("（理由：\(reason)）", " (reason: \(reason))")
      missing = Localized("更正的理由还没写", en: "the reason for the correction was not written")
    }
    console.say(
      t(
        "上次答到一半：\(item) 答了 \(value)，\(missing.zh)。写了理由才记下（Ctrl-D=不要这个回答）。",
        "an answer was cut short: \(item) was answered \(value), but \(missing.en)."
          + " It is recorded once the reason is (Ctrl-D drops it)."))
    if case .backedOut = record(
      draft.input, answer, input: input, bound: boundDefault(input), typedReason: typedReason)
    {
      console.say(t("（已丢掉，这个回答没有记录）", "(dropped; the answer was not recorded)"))
    }
  }
}
