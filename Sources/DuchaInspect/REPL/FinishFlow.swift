import DuchaChecklist
import DuchaRender
import DuchaSession

extension InspectionREPL {
  /// 完成: lists what is still pending, asks to confirm, marks the session complete and
  /// prints the scored form. Returns whether the session was completed.
  func finishFlow() -> Bool {
    let result = evaluate()
    let pending = result.pendingItems
    if !pending.isEmpty {
      console.say(t("还有 \(pending.count) 项待定：", "\(pending.count) items are still pending:"))
      for item in pending { console.say("  \(item.id) \(item.title)") }
      // Read as every yes/no question is: 是的 or 对 here left the inspection unfinished.
      guard
        askYesNo(t("仍然完成吗？（是/否）", "complete anyway? (yes/no)"), fallback: false) == true
      else {
        console.say(t("未完成，继续检查。", "not completed; carry on."))
        return false
      }
    }
    session.status = .complete
    guard save() else { return false }
    console.say(
      ScoreSummary.format(result, of: checklist, language: language, width: environment.width))
    if !session.problems.isEmpty {
      console.say(
        t("记为问题的 \(session.problems.count) 条：", "\(session.problems.count) problems marked:"))
      for problem in session.problems { console.say("  \(problem.itemID) \(problem.description)") }
    }
    console.say(
      t(
        "检查已完成，记录在 \(environment.store.path(for: session))。",
        "inspection complete; saved in \(environment.store.path(for: session))."))
    return true
  }
}
