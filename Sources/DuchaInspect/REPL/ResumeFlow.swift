import DuchaChecklist
import DuchaSession
import Foundation

extension InspectionREPL {
  /// `ducha resume [id]`: lists unfinished sessions (or finds the one named) and continues
  /// at the item where it stopped, with every earlier answer.
  ///
  /// `settle`: of two copies of the session continued apart (`CopiesApart`), go on with the one
  /// chosen and record the other's saves as held by it (`Session.recordSettled`), after saying
  /// the other's differing answers for the inspector to re-enter; without it such copies are
  /// refused. Either copy may be named, by its file.
  public func runResume(_ reference: String?, settle: Bool = false) -> Int32 {
    var (all, problems) = environment.store.list(checkingAgainst: environment.checklists)
    if settle {
      // The copy the listing set aside may be the one to keep: it is offered too.
      for case .divergentCopy(let path, _, _, _) in problems {
        if let other = try? SessionStore.load(path: path) { all.append((path, other)) }
      }
    }
    for problem in problems {
      // The leader's wording names --allow-partial, which resume does not have.
      if case .divergentCopy(let path, let used, let id, let apart) = problem {
        // Settled below, with the other copy's answers said there.
        if settle { continue }
        console.complain(
          Localized(
            apart.described(path: path, used: used, id: id, english: false)
              + "要接着做这次检查，请核对两份，用 ducha resume 要用的那份文件 --settle 以它为准（另一份不同的回答会列出来，接着做时补上）。两份都没有改动。",
            en: apart.described(path: path, used: used, id: id, english: true)
              + " To go on with this inspection, compare them and run ducha resume FILE --settle with the"
              + " one to use (the other's differing answers are listed to re-enter). Both files are untouched."
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
      // `ducha resume 2`: the number `ducha resume` alone lists it under (the README says a
      // number answers; typed as the argument it was looked up as an id and not found).
      if candidates.isEmpty, let number = Int(AnswerParser.normalize(reference)) {
        let unfinished = all.filter { $0.session.status == .inProgress }
        if let entry = unfinished.entry(numbered: number) {
          candidates = [entry]
        } else {
          console.complain(
            Localized(
              "没有第 \(number) 个未完成的检查（共 \(unfinished.count) 个）。不带参数运行 ducha resume 可列出它们。",
              en:
                "there is no unfinished inspection number \(number) (\(unfinished.count) in all). Run ducha resume alone to list them."
            ))
          return 1
        }
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
        // An inspection kept in another folder (`--sessions 第三组`) cut off before it could
        // say where it was is named, not started again.
        let nearby = environment.store.unfinishedNearby()
        guard nearby.isEmpty else {
          console.say(
            t(
              "\(environment.store.directory)/ 里没有未完成的检查，旁边的文件夹里有：",
              "no unfinished inspection in \(environment.store.directory)/; the folders beside it hold some:"
            ))
          for (store, sessions) in nearby {
            let units = sessions.map(\.unit.name).joined(separator: t("、", ", "))
            console.say("  \(store.resumeCommand)    # \(units)")
          }
          console.say(
            t(
              "用上面的命令接着做（不要为同一所学校另开一次检查）。",
              "Continue with the command above (do not start the same school again)."))
          return 0
        }
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
    var settled: [(path: String, session: Session)] = []
    for case .divergentCopy(let path, let used, let id, let apart) in problems
    where id == chosen.id {
      let other = used == chosenPath ? path : used
      if settle, let otherSession = try? SessionStore.load(path: other) {
        settled.append((other, otherSession))
        continue
      }
      let saves = apart.otherSaveWords(other: other, chosen: chosenPath, used: used)
      console.complain(
        Localized(
          "不能接着做：\(other) 是同一次检查（编号 \(id)）的另一份副本，\(saves.zh)。"
            + "在 \(chosenPath) 上接着做，那一份的回答以后就当作旧的、不再使用。请先核对两份；要以这份为准，运行 "
            + "ducha resume \(chosenPath) --settle（那一份不同的回答会列出来，接着做时补上）。两份都没有改动。",
          en:
            "cannot go on: \(other) is another copy of session \(id), \(saves.en). Going on"
            + " with \(chosenPath) would leave that copy's answers older and never used. Compare the two; to go on with this"
            + " one, run ducha resume \(chosenPath) --settle (that copy's differing answers are listed to re-enter)."
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
      let folder = ParentFolder.of(path)
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
    if !settled.isEmpty, !settleCopies(settled, into: chosenPath) { return 1 }
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
    offerUnfinishedAnswer()
    return walk()
  }

  /// Where an inspector keeps a checklist file of their own (`--checklist 我的表.ducha`): the
  /// folder ducha runs in, and the one holding the sessions folder.
  static func foldersBeside(_ sessions: String) -> [String] {
    let here = FileManager.default.currentDirectoryPath
    let folder =
      sessions.hasPrefix("/") ? sessions : (here as NSString).appendingPathComponent(sessions)
    let parent = ParentFolder.of((folder as NSString).standardizingPath)
    return parent == here ? [here] : [here, parent]
  }
}

extension InspectionREPL {
  /// Settles the copies continued apart onto the session resumed (`--settle`): each one's
  /// differing answers said, for the inspector to re-enter; its saves recorded as held, and
  /// saved at once, so that from now on every listing takes it as older. The other files are
  /// not touched. False when the save fails (said).
  func settleCopies(_ copies: [(path: String, session: Session)], into path: String) -> Bool {
    // The session is saved under its own name: where the other copy lies, it would be
    // written over, and that copy's answers lost.
    let target = environment.store.path(for: session)
    if let other = copies.first(where: { $0.path == target })?.path {
      console.complain(
        Localized(
          "不能以 \(path) 为准接着做：它会保存为 \(other)，正是另一份副本的文件名，会把那份盖掉。"
            + "请先给 \(other) 改个名字（例如在 .json 前加上“-另一份”，留在这个文件夹里），再运行同一条命令。两份都没有改动。",
          en:
            "cannot go on with \(path): it is saved as \(other), the other copy's file, which would be written over."
            + " Rename \(other) first (add “-另一份” before .json, keeping it in this folder), then run the same command."
            + " Both files are untouched."))
      return false
    }
    for (other, copy) in copies {
      let differences = CopiesApart.differences(copy, session)
      let lines = differences.map { "\n  \($0.what)：那份 \($0.here)，这份 \($0.there)" }.joined()
      let linesEnglish = differences.map {
        "\n  \($0.what): that copy \($0.here), this copy \($0.there)"
      }
      .joined()
      console.say(
        t(
          "以 \(path) 为准接着做；\(other)（第 \(copy.saveSequence ?? 0) 次保存）里不同的回答如下，还要的请接着做时补上："
            + lines + "\n从这次保存起，\(other) 算作较旧的副本（文件没有改动，可以移出文件夹）。",
          "going on with \(path); the answers \(other) (save \(copy.saveSequence ?? 0)) has otherwise are below: re-enter those still needed as you go on:"
            + linesEnglish
            + "\nFrom this save on \(other) counts as an older copy (the file is untouched; it may be moved out)."
        ))
      session.recordSettled(copy)
    }
    return save()
  }
}
