import DuchaChecklist
import DuchaSession
import Foundation

extension InspectionREPL {
  /// Records `count` for `figure` in place of `current`, the count computed from the imported
  /// export, once the reason for the change is written. While the reason is asked the count
  /// waits in an `AnswerDraft` beside the session, so a crash there keeps it for `ducha resume`
  /// (it was held only in memory, and a kill at the reason lost it). False on Ctrl-D: the
  /// count is dropped and the figure keeps the export's. A reason that looks like a command
  /// (`撤销 两条重复`) waits in the draft too while 仍然这样填吗 is asked; `typedReason` is one
  /// kept so before a crash, asked about again.
  func overrideImported(
    _ figure: String, _ count: Int, over current: Int, typedReason: String? = nil
  ) -> Bool {
    let draft = AnswerDraft(
      sessionID: session.id, input: figure, answer: Answer(.number(Decimal(count))),
      target: .registry, before: String(current))
    keepAnswerDraft(draft)
    guard
      let reason = askText(
        "    " + t("导入算出的是 \(current)，改写的理由", "the export gives \(current); reason for the change"),
        required: true, typed: typedReason,
        keep: { typed in
          var pending = draft
          pending.answer.reason = typed
          self.keepAnswerDraft(pending)
        })
    else {
      leaveAnswerUnrecorded()
      return false
    }
    session.registry.imported?.overrides = (session.registry.imported?.overrides ?? [:])
      .merging([figure: reason]) { _, new in new }
    // On a completed inspection the reason for the change is the correction's too.
    if correcting {
      session.corrections.append(
        Correction(
          time: timestamp, target: "学籍." + figure, before: String(current), after: String(count),
          reason: reason))
    }
    session.registry.counts[figure] = count
    if save() { dropAnswerDraft() }
    return true
  }

  /// On resuming: a registry figure typed over the export's but cut short at its reason is
  /// said, and the reason asked again; Ctrl-D gives it up.
  func offerUnfinishedFigure(_ draft: AnswerDraft) {
    // Recorded after all, or the export no longer gives the figure (imported again without
    // it): nothing to ask.
    guard case .number(let number) = draft.answer.value, let count = Int("\(number)"),
      session.registry.imported?.figures.contains(draft.input) == true,
      let current = session.registry.counts[draft.input], current != count
    else { return dropAnswerDraft() }
    console.say(
      t(
        "上次答到一半：学籍系统核查 \(draft.input) 答了 \(count)（导入算出的是 \(current)），改写的理由还没写。"
          + "写了理由才记下（Ctrl-D=不要这个回答）。",
        "an answer was cut short: registry check \(draft.input) was answered \(count) (the export"
          + " gives \(current)), but the reason for the change was not written. It is recorded"
          + " once the reason is (Ctrl-D drops it)."))
    let before = boundScores(prefix: "学籍.")
    guard overrideImported(draft.input, count, over: current, typedReason: draft.answer.reason)
    else {
      console.say(
        t(
          "（已丢掉，\(draft.input)仍是导入算出的 \(current)）",
          "(dropped; \(draft.input) stays \(current), as the export gives)"))
      return
    }
    console.say(t("已记录：\(draft.input) \(count)", "recorded: \(draft.input) \(count)"))
    reportRescored(before, prefix: "学籍.")
  }
}
