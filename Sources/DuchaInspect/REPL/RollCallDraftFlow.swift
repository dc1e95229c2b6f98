import DuchaChecklist
import DuchaRoster
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

  /// The children of `list` the draft holds at `field`, or else the ones `ask` gets, written to
  /// the draft before the next question. Children the list no longer holds (the export was
  /// changed since) are asked again. Nil on Ctrl-D.
  func draftChildren(
    _ draft: inout RollCallDraft,
    _ field: WritableKeyPath<RollCallDraft, [RollCallDraft.ListedChild]?>,
    in list: [Student], _ ask: @autoclosure () -> [Student]?
  ) -> [Student]? {
    if let kept = draft[keyPath: field] {
      let found = kept.compactMap { child in
        let matches = list.filter {
          $0[.classNumber] == child.number && PersonName.same($0.name, child.name)
        }
        return matches.count == 1 ? matches.first : nil
      }
      if found.count == kept.count { return found }
      console.complain(
        Localized(
          "学籍导出变了，上次记下的学生有的在名单里找不到了；请重新输入这一项。",
          en:
            "the export has changed and some children recorded last time are not on it; answer again."
        ))
    }
    guard let typed = ask() else { return nil }
    draft[keyPath: field] = typed.map {
      RollCallDraft.ListedChild(number: $0[.classNumber], name: $0.name)
    }
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

  /// A class left at Ctrl-D is cancelled and its answers dropped. One left because the
  /// terminal closed under it (the window shut, the SSH link dropped: an end of input nobody
  /// typed) is kept, as after a crash, for `ducha resume` to offer.
  func leaveClassUnrecorded() {
    guard !console.reader.terminalClosed else { return }
    dropDraft()
    console.say(t("（已取消，这个班没有记录）", "(cancelled; class not recorded)"))
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
    // Nothing answered yet (the draft of a class whose grade was not typed): nothing to offer.
    guard draft.namesAClass || draft.grade != nil || draft.unconfirmedText != nil else {
      return dropDraft()
    }
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
    guard let label = draft.listClass else { return rollCallFlow(continuing: draft) }
    let classes: [RosterClass]?
    do {
      classes = try rosterClasses()
    } catch {
      console.complain(
        Localized(
          "\(label) 是按学籍导出的名单点的，但导出 \(error.path) 读不了：\(error.why.zh)上次录的先留着。"
            + "可以：找回文件（插好 U 盘，放回原处）后再 ducha resume 接着录；或重新“学籍 导入 文件路径”后再 ducha resume；"
            + "或用“点名”重新点这个班。",
          en: "\(label) was called from the registry export's list, but \(error.path) cannot be"
            + " read: \(error.why.en) What was recorded is kept. Get the file back and run ducha"
            + " resume again; or 'registry import <path>' and resume; or call the class again."))
      return
    }
    guard let entry = classes?.first(where: { $0.label == label }) else {
      console.complain(
        Localized(
          "学籍导出里找不到 \(label)，上次录的先留着：重新“学籍 导入 文件”后再 ducha resume 接着录，或用“点名”重新点这个班。",
          en:
            "\(label) is not on the registry export; what was recorded is kept: import the export again and resume, or call the class again."
        ))
      return
    }
    rollCall(of: entry, continuing: draft)
  }
}
