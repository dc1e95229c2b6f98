import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// Enter at the question of an input bound to a figure: the input follows the figure
  /// (`bound`) again. On a completed inspection the reason for the correction is asked first,
  /// while the choice waits beside the session (it was only in memory, and a window closed at
  /// the reason lost it). `.backedOut` on Ctrl-D.
  func followFigure(_ name: String, input: Input, bound: Value) -> AskResult {
    let draft = AnswerDraft(
      sessionID: session.id, input: name,
      answer: Answer(answerValue(bound) ?? .text(display(bound))),
      target: .followsFigure)
    guard
      confirmCorrection(
        name, before: currentDisplay(name),
        after: display(bound) + t("（取自检查数据）", " (from figures)"), keeping: draft)
    else { return .backedOut }
    pushUndo(input.prompt ?? name)
    session.answers.values[name] = nil
    if !session.acceptedDefaults.contains(name) { session.acceptedDefaults.append(name) }
    if save() { dropAnswerDraft() }
    return .answered
  }

  /// On resuming a completed inspection: an input set to follow its figure but cut short at the
  /// reason for the correction is said, and the reason asked again; Ctrl-D gives it up. Nothing
  /// is asked when it follows the figure already, or has no figure now.
  func offerUnfinishedFollowedFigure(_ draft: AnswerDraft) {
    guard correcting, let input = checklist.inputs[draft.input],
      input.defaultValue?.referencedNames.isEmpty == false, let bound = boundDefault(input),
      session.answers.values[input.name] != nil || !session.acceptedDefaults.contains(input.name)
    else { return dropAnswerDraft() }
    let item = checklist.item(input.itemID).map { "\($0.id) \($0.title)" } ?? input.name
    console.say(
      t(
        "上次答到一半：\(item) 改为取自检查数据 \(display(bound))，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。",
        "an answer was cut short: \(item) set to follow the figure \(display(bound)), but the reason"
          + " for the correction was not written. It is recorded once the reason is (Ctrl-D drops it)."
      ))
    if case .backedOut = followFigure(input.name, input: input, bound: bound) {
      console.say(t("（已丢掉，这个回答没有记录）", "(dropped; the answer was not recorded)"))
    }
  }
}
