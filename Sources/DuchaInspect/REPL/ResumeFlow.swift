import DuchaChecklist
import DuchaSession
import Foundation

extension InspectionREPL {
  /// `ducha resume [id]`: lists unfinished sessions (or finds the one named) and continues
  /// at the item where it stopped, with every earlier answer.
  public func runResume(_ reference: String?) -> Int32 {
    let (all, problems) = environment.store.list(checkingAgainst: environment.checklists)
    for problem in problems {
      // The leader's wording names --allow-partial, which resume does not have.
      if case .divergentCopy(let path, let used, let id, let apart) = problem {
        console.complain(
          Localized(
            apart.described(path: path, used: used, id: id, english: false)
              + "要接着做这次检查，请先核对两份，把不用的一份移出这个文件夹（其中还要的回答记下来，接着做时补上）。两份都没有改动。",
            en: apart.described(path: path, used: used, id: id, english: true)
              + " To go on with this inspection, compare them and move the one not kept out of this"
              + " folder first (note any answer still needed and add it as you go on). Both files are untouched."
          ))
      } else {
        console.complain(problem.message)
      }
    }
    var candidates: [(path: String, session: Session)]
    if let reference {
      candidates = all.filter {
        $0.session.id == reference || $0.path == reference
          || ($0.path as NSString).lastPathComponent == reference
          || UnitName.normalized($0.session.unit.name) == UnitName.normalized(reference)
      }
      if candidates.isEmpty {
        console.complain(
          Localized(
            "找不到检查记录“\(reference)”。不带参数运行 ducha resume 可列出未完成的检查。",
            en: "no session '\(reference)'. Run ducha resume alone to list unfinished ones."))
        return 1
      }
    } else {
      candidates = all.filter { $0.session.status == .inProgress }
      // An older copy is no record of its own: its newer one was looked at.
      let unusable = problems.filter {
        if case .olderCopy = $0 { false } else { true }
      }
      if candidates.isEmpty, !unusable.isEmpty {
        // Said only as "no unfinished inspection, start one", the school's own record, damaged
        // by a hand edit, was set aside for a second inspection of the same school.
        console.complain(
          Localized(
            "没有可以继续的检查：上面 \(unusable.count) 个记录文件用不了，其中可能有要继续的那一份。请先按上面的说明改好（或向发送者要完整的文件），再运行 ducha resume；不要为同一所学校另开一次检查。",
            en:
              "no inspection to continue: the \(unusable.count) session files above cannot be used, and the one to continue may be among them. Fix them as said above (or ask the sender for a whole file), then run ducha resume again; do not start a second inspection of the same school."
          ))
        return 1
      }
      if candidates.isEmpty {
        console.say(
          t(
            "没有未完成的检查。用 ducha inspect 开始新的检查。",
            "no unfinished inspection. Start one with ducha inspect."))
        return 0
      }
    }
    var chosen = candidates[0].session
    var chosenPath = candidates[0].path
    if candidates.count > 1 {
      // Named by its unit, a school's finished inspections are listed too (to be corrected):
      // each says which it is.
      console.say(
        reference.map { t("“\($0)”的检查：", "inspections of '\($0)':") }
          ?? t("未完成的检查：", "unfinished inspections:"))
      for (offset, entry) in candidates.enumerated() {
        let s = entry.session
        let whereItStands =
          s.status == .complete
          ? t("已完成（打开作更正）", "complete (opens for corrections)")
          : t("到 \(s.cursor ?? "-")", "at \(s.cursor ?? "-")")
        // Who inspected: two inspectors of one team on one laptop each have an inspection of
        // the school, and the rows were otherwise the same.
        let who = s.inspectors.isEmpty ? "" : s.inspectors.joined(separator: "、") + "  "
        console.say(
          "  \(offset + 1)  \(s.date)  \(s.unit.name)  \(s.checklistID)  " + who + whereItStands
            + "  \(s.id)")
      }
      while true {
        // A number is asked for: 退出 here means "none of them", not text to keep.
        guard
          let text = askText(
            t("继续哪一个（序号或单位名）", "which one (number or unit)"), fallback: "1",
            checkCommands: false),
          !Command.quit.names.contains(text.lowercased())
        else {
          endedBeforeSession = true
          return 0
        }
        if let candidate = Int(AnswerParser.normalize(text)).flatMap(candidates.entry(numbered:)) {
          chosen = candidate.session
          chosenPath = candidate.path
          break
        }
        // 城关镇 or the id shown at the end of its row: the one inspection it names.
        let typed = AnswerParser.normalize(text).filter { !$0.isWhitespace }
        let named = candidates.indices.filter {
          candidates[$0].session.unit.name.filter { !$0.isWhitespace } == typed
            || candidates[$0].session.id == typed
        }
        if named.count == 1 {
          chosen = candidates[named[0]].session
          chosenPath = candidates[named[0]].path
          break
        }
        console.complain(
          Localized(
            "请输入 1 到 \(candidates.count) 的序号"
              + (named.count > 1 ? "（“\(text)”有 \(named.count) 份，用序号区分）" : "") + "。",
            en: "type a number from 1 to \(candidates.count)."))
      }
    }
    // A masked copy pulled from the county server would save its masked numbers over the real
    // ones: refused before any answer is typed, not at the first save.
    if chosen.maskedCopy == true {
      console.complain(SessionStore.SaveError.maskedCopy(path: chosenPath).message)
      return 1
    }
    // Another copy at the same save with other answers (resumed apart on two laptops): going
    // on with this one would make the other an older copy, its answers never used again.
    for case .divergentCopy(let path, let used, let id, let apart) in problems
    where id == chosen.id {
      let other = used == chosenPath ? path : used
      let saves = apart.otherSaveWords(other: other, chosen: chosenPath, used: used)
      console.complain(
        Localized(
          "不能接着做：\(other) 是同一次检查（编号 \(id)）的另一份副本，\(saves.zh)。"
            + "在 \(chosenPath) 上接着做，那一份的回答以后就当作旧的、不再使用。请先核对两份，把不用的一份移出这个文件夹"
            + "（其中还要的回答记下来，接着做时补上），再运行 ducha resume。两份都没有改动。",
          en:
            "cannot go on: \(other) is another copy of session \(id), \(saves.en). Going on"
            + " with \(chosenPath) would leave that copy's answers older and never used. Compare the two, move the one not"
            + " kept out of this folder (note any answer still needed and add it as you go on), then run ducha resume."
            + " Both files are untouched."))
      return 1
    }
    // An inspection continues with the checklist it started with, whatever the library holds now.
    let choice = SessionChecklist.resolve(
      chosen, path: chosenPath, library: environment.checklists, rescore: false)
    guard let found = choice.checklist else {
      console.complain(
        choice.problem
          ?? Localized(
            "这份记录用的清单“\(chosen.checklistID)”不在清单目录里，或者有错误（ducha validate 可查）。",
            en:
              "the session's checklist '\(chosen.checklistID)' is missing or invalid (see ducha validate)."
          ))
      return 1
    }
    if choice.note != nil {
      // Not the leader's note: there is no --rescore while inspecting.
      console.say(
        t(
          "注意：清单“\(found.id)”现在的版本与这次检查开始时不同；继续按开始时的版本检查和计分。",
          "note: checklist '\(found.id)' has changed since this inspection started; it continues with the version it started with."
        ))
    } else if let recorded = chosen.inspectedChecklist,
      let (path, now) = recorded.changedFile(in: Self.foldersBeside(environment.store.directory))
    {
      // A file given with --checklist FILE is in no checklist folder: said once here, as the
      // note above says it of the library's version.
      let folder = (path as NSString).deletingLastPathComponent
      console.say(
        t(
          "注意：清单文件 \(path) 在这次检查开始后改过（现在 \(ContentHash.short(now))，这次检查用的是开始时的版本 \(ContentHash.short(recorded.contentHash))，已存在检查记录里）；继续按开始时的版本检查和计分。检查完成后要按新版本计分：汇总时加 --checklists \(folder) --rescore。",
          "note: the checklist file \(path) has changed since this inspection started (now \(ContentHash.short(now)); this inspection uses the version it started with, \(ContentHash.short(recorded.contentHash)), kept in the session); it continues with that version. To score with the new one afterwards: summary --checklists \(folder) --rescore."
        ))
    }
    checklist = found
    session = chosen
    // A file from before the save history: the save it is opened at is recorded, so a copy of
    // it left on another laptop is known as this one's ancestor, not as a copy gone apart.
    session.recordOpenedSave()
    guard lockSession() else { return 1 }
    if session.status == .complete {
      correcting = true
      console.say(
        t(
          "这次检查已经完成。现在的修改都会作为更正记录下来，每处都要写理由。",
          "This inspection was completed. Changes now are recorded as corrections, each with a reason."
        ))
    }
    // The same count as the walk's progress line: scored items of the applicable ones.
    let (done, total) = progress(evaluate())
    console.say(
      t(
        "继续：\(session.unit.name) · \(checklist.title)，已评 \(done)/\(total) 项，从 \(session.cursor ?? "第一项") 继续。",
        "resuming: \(session.unit.name) · \(checklist.title), \(done)/\(total) items scored, at \(session.cursor ?? "the start")."
      ))
    guard recheckRemainingProblems() else { return leave() }
    offerUnfinishedRollCall()
    return walk()
  }

  /// Where an inspector keeps a checklist file of their own (`--checklist 我的表.ducha`): the
  /// folder ducha runs in, and the one holding the sessions folder.
  static func foldersBeside(_ sessions: String) -> [String] {
    let here = FileManager.default.currentDirectoryPath
    let folder =
      sessions.hasPrefix("/") ? sessions : (here as NSString).appendingPathComponent(sessions)
    let parent = ((folder as NSString).standardizingPath as NSString).deletingLastPathComponent
    return parent == here ? [here] : [here, parent]
  }
}
