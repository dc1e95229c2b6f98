import DuchaChecklist
import DuchaRender
import DuchaSession

extension InspectionREPL {
  /// Takes the one-writer lock of the session about to be edited. When another ducha holds it,
  /// says who (host, pid, since when), offers a read-only view, and returns false: this
  /// process then never saves the session.
  func lockSession() -> Bool {
    do {
      sessionLock = try SessionLock.acquire(
        directory: environment.store.directory, id: session.id, now: timestamp)
      return true
    } catch {
      return lockRefused(error)
    }
  }

  /// Reports a lock that could not be taken; true when saving may still be tried.
  private func lockRefused(_ failure: SessionLock.Failure) -> Bool {
    switch failure {
    case .held(let holder):
      let who = holder?.description ?? Localized("另一个 ducha 进程", en: "another ducha process")
      console.complain(
        Localized(
          "这份检查记录（\(session.unit.name)，编号 \(session.id)）正由\(who.zh)编辑。为免两边互相覆盖，这里不能修改它；请在那个窗口里继续，或等它退出。",
          en:
            "this session (\(session.unit.name), \(session.id)) is being edited by \(who.en). To avoid overwriting each other it cannot be changed here; continue in that window, or wait for it to quit."
        ))
      offerReadOnlyView()
      return false
    case .unavailable(_, let code) where SessionSaveProblem.isUnwritable(code):
      // Nothing can be saved there either: the inspector would type answers that all get lost.
      let why = SessionSaveProblem.explain(
        folder: environment.store.directory, code: code, detail: "")
      console.complain(
        Localized(
          "这份检查记录（\(session.unit.name)，编号 \(session.id)）不能在这里继续：" + why.zh,
          en: "this session (\(session.unit.name), \(session.id)) cannot be continued here: "
            + why.en))
      offerReadOnlyView()
      return false
    case .unavailable(let path, let code):
      // Another cause (a network share without locks, …): say so, and let the save report
      // whether the file itself can be written.
      console.complain(
        Localized(
          "无法建立锁文件 \(path)（错误 \(code)）。", en: "cannot create the lock file \(path) (errno \(code))."
        ))
      return true
    }
  }

  /// The scored form of a session this process may not save, shown when the inspector wants
  /// it; nothing is asked after it.
  private func offerReadOnlyView() {
    // Read as every yes/no question is: 是的, 对 or 好的 here ended the run without the view.
    guard
      askYesNo(
        t("只读查看这份记录？（是/否）", "view it read-only? (yes/no)"), fallback: true,
        alsoYes: ["好", "好的", "看"]) == true
    else { return }
    index = leaves.firstIndex { $0.id == session.cursor } ?? 0
    console.say(statusList())
    console.say(
      ScoreSummary.format(evaluate(), of: checklist, language: language, width: environment.width))
    console.say(t("（只读，没有修改）", "(read-only, nothing changed)"))
  }
}
