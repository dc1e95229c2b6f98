import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation

extension InspectionREPL {
  /// `ducha followup DIR --unit NAME`: a 回头看 session for a unit, started from the folder's
  /// problem list. Walks the unit's open problems (rectified or not, with evidence), carries the
  /// previous inspection's values as `上年.*` so 指标浮动 items compare with them, records each
  /// result in the problem list, then walks the checklist as usual.
  public func runFollowUp(
    folder: String, unit typedUnit: String, options: InspectOptions, rescore: Bool = false
  ) -> Int32 {
    let listStore = ProblemListStore(directory: folder)
    var list: ProblemList
    do {
      list = try listStore.load()
    } catch {
      console.complain(error.message)
      return 1
    }
    let target: FollowUpTarget
    switch FollowUpTarget.choose(
      in: list, unit: typedUnit, checklist: options.checklist, checklists: environment.checklists)
    {
    case .failure(let refusal):
      console.complain(refusal.message)
      return 1
    case .success(let chosen): target = chosen
    }
    if let saidBack = target.saidBack { console.say(saidBack.text(console.language)) }
    let (unit, checklistID, open) = (target.unit, target.checklistID, target.open)
    // The previous sessions are scored with the checklist they were inspected with; the new
    // inspection uses the current library's version (or, when the library lacks it, the one
    // recorded in the previous sessions).
    let collection = SessionCollection.load(
      [folder], library: environment.checklists, rescore: rescore)
    // The files left out were named by `ducha followup` before it started (and it stopped
    // there unless --allow-partial): naming them again here printed each one twice.
    // The unit's latest 考核年度 is the one followed up, not last year's record left in the
    // folder (each year is a group of its own).
    let matching = collection.groups.filter {
      $0.checklist.id == checklistID && $0.sessions.contains { $0.unit.name == unit }
    }
    let latest = matching.compactMap(\.year).max()
    let group = matching.first { $0.year == latest } ?? matching.first
    guard
      let found = environment.checklists.first(where: { $0.id == checklistID }) ?? group?.checklist
    else {
      console.complain(Localized("找不到清单“\(checklistID)”。", en: "no checklist '\(checklistID)'."))
      return 1
    }
    checklist = found
    // The scores before come from the leader's merge: a damaged decisions file is said, never
    // read as no decisions (the 整改前 scores would silently be another merge's).
    let decisions: [MergeDecision]
    do {
      decisions = try MergeDecisionStore(directory: folder).load()
    } catch {
      console.complain(error.message)
      return 1
    }
    let previous = group.flatMap { group in
      SummaryBuilder.build(
        checklist: group.checklist, sessions: group.sessions, decisions: decisions
      )
      .units.first { $0.unit.name == unit }
    }
    guard
      let inspectorsText = options.inspectors.map({ $0.joined(separator: "、") })
        ?? askText(t("检查人员（用、分隔）", "inspectors"), quitLeaves: true),
      let date = options.date ?? askDate(String(timestamp.prefix(10)))
    else { return cancelled() }
    let stages = options.stages ?? previous?.unit.stages ?? found.unitStages
    session = Session(
      id: environment.makeID(), checklist: found,
      unit: Session.Unit(name: unit, kind: found.unitKind, stages: stages),
      group: options.group ?? previous?.session.group, inspectors: names(inspectorsText),
      date: date,
      year: options.year ?? defaultInspectionYear(date), now: timestamp)
    session.previousValues =
      previous.map { previousValues(of: $0.session, with: group?.checklist ?? found) } ?? [:]
    session.followUp = FollowUpRecord(
      problemList: listStore.path, previousSessionIDs: previous?.sourceSessionIDs ?? [],
      previousTotal: previous?.result.total.score, previousDate: previous?.session.date)
    guard save() else { return 1 }
    // A verification list has no total: last time's result is its words (达标 3，不达标 1).
    let lastZh =
      checklist.kind == .verification
      ? previous.map {
        $0.result.verificationWords(.chinese, formWords: verdictWords).joined(separator: "，")
      }
        ?? "—"
      : "总分 \(previous?.result.total.label(.chinese) ?? "—")"
    let lastEn =
      checklist.kind == .verification
      ? previous.map {
        $0.result.verificationWords(.english, formWords: verdictWords).joined(separator: ", ")
      }
        ?? "-"
      : "total \(previous?.result.total.label(.english) ?? "-")"
    console.say(
      t(
        "回头看：\(unit)，上次检查 \(previous?.session.date ?? "（无记录）")，\(lastZh)；未整改的问题 \(open.count) 条。\n记录保存在 \(environment.store.path(for: session))。",
        "follow-up: \(unit), last inspected \(previous?.session.date ?? "-"), \(lastEn); \(open.count) open problems."
      ))
    guard recheckProblems(open, in: &list, store: listStore) else { return leave() }
    let done = session.followUp?.checks ?? []
    console.say("")
    console.say(
      t(
        "问题复查完毕：已整改 \(done.filter(\.rectified).count) 条，未整改 \(done.filter { !$0.rectified }.count) 条。接着按清单复查，指标浮动项与上次检查比较。",
        "problems re-checked: \(done.filter(\.rectified).count) rectified, \(done.filter { !$0.rectified }.count) not. Now the checklist; trend items compare with last time."
      ))
    // 回头看 also re-checks the school's cases in the 控辍保学 ledger, when there is one.
    if openLedger(quiet: true) != nil {
      console.say("")
      casesCommand("")
    }
    return walk()
  }

  /// Asks 已整改？ and the evidence for each of `open`, saving each answer in the session and
  /// the problem list at once; false when the leader stopped (退出 or Ctrl-D).
  func recheckProblems(
    _ open: [ProblemList.Entry], in list: inout ProblemList, store listStore: ProblemListStore
  ) -> Bool {
    for entry in open {
      console.say("")
      console.say(
        t(
          "问题 \(entry.number)：\(entry.itemID) \(entry.itemTitle)",
          "problem \(entry.number): \(entry.itemID) \(entry.itemTitle)"))
      console.say("  " + t("问题：", "finding: ") + PrivacyMask(names: list.knownNames)(entry.finding))
      console.say(
        "  " + t("整改要求：", "requirement: ") + entry.requirement
          + (entry.deadline.map { t("（期限 \($0)）", " (by \($0))") } ?? ""))
      let stopped = t(
        "（回头看中断；已复查的结果已保存，\(environment.store.resumeCommand) 先接着复查其余的问题，再按清单复查）",
        "(stopped; results so far are saved: \(environment.store.resumeCommand) re-checks the other problems, then the checklist)"
      )
      guard let rectified = askRectified() else {
        console.say(stopped)
        return false
      }
      // The 已整改/未整改 just given is on disk (session and list) before the evidence is asked:
      // a window closed at the evidence prompt lost it, and resuming asked 已整改？ again as if
      // it had never been answered. The evidence follows when given.
      session.followUp?.checks.append(
        FollowUpRecord.Check(
          number: entry.number, itemID: entry.itemID, finding: entry.finding, rectified: rectified,
          evidence: nil, time: timestamp))
      save()
      updateList(&list, listStore) {
        (fresh: inout ProblemList, actor) throws(ProblemListEditError) in
        try fresh.recordFollowUp(entry.number, rectified: rectified, evidence: nil, by: actor)
      }
      let typed = askEvidence(of: entry.number)
      if let evidence = typed {
        recordEvidence(evidence, of: entry.number, in: &list, listStore)
      } else {
        leaveAnswerUnrecorded()
      }
      if typed == nil {
        console.say(
          t(
            "（问题 \(entry.number) 已记为“\(rectified ? "已整改" : "未整改")”，没有证据。）",
            "(problem \(entry.number) recorded as \(rectified ? "rectified" : "not rectified"), without evidence.)"
          ) + stopped)
        return false
      }
    }
    return true
  }

  /// Records a re-check on the problem list as it is on disk now: the walk can run for an hour,
  /// and a leader's `problems edit` or `sign` made meanwhile must not be written over. A
  /// failure is said; the re-check stays in the inspection record.
  func updateList(
    _ list: inout ProblemList, _ listStore: ProblemListStore,
    _ change: (inout ProblemList, ProblemList.Actor) throws(ProblemListEditError) -> Void
  ) {
    let actor = ProblemList.Actor(
      name: session.inspectors.joined(separator: "、"), time: timestamp,
      reason: t("回头看", "follow-up"))
    do {
      list = try listStore.update { (fresh: inout ProblemList) throws(ProblemListEditError) in
        try change(&fresh, actor)
      }
    } catch {
      let reason = (error as? ProblemListEditError)?.message ?? listStore.explain(error)
      console.complain(
        Localized(
          "更新问题清单失败：\(reason.zh) 复查结果已保存在检查记录里。",
          en:
            "could not update the problem list: \(reason.en) The re-check is saved in the inspection record."
        ))
    }
  }

  /// On `ducha resume` of a 回头看 stopped among its problems: the school's open problems not
  /// re-checked yet are asked first, as `ducha followup` would have; they used to be skipped,
  /// and the walk went on to the checklist with them never looked at.
  func recheckRemainingProblems() -> Bool {
    guard let record = session.followUp else { return true }
    let listStore = ProblemListStore(
      directory: ParentFolder.of(record.problemList))
    var loaded = try? listStore.load()
    offerUnconfirmedEvidence(in: &loaded, listStore)
    guard var list = loaded else { return true }
    let checked = Set(record.checks.map(\.number))
    let remaining = list.activeEntries.filter {
      $0.unit == session.unit.name && $0.status == .open && !checked.contains($0.number)
    }
    guard !remaining.isEmpty else { return true }
    console.say(
      t(
        "回头看还有 \(remaining.count) 条问题没有复查，先复查这些。",
        "\(remaining.count) problems of this follow-up are not re-checked yet; those first."))
    return recheckProblems(remaining, in: &list, store: listStore)
  }

  /// Every input's value in the previous session (answers and bound figures alike), as `上年.*`.
  func previousValues(of previous: Session, with checklist: Checklist) -> [String: Decimal] {
    let evaluator = ExpressionEvaluator(
      checklist: checklist, answers: previous.evaluationAnswers,
      context: previous.evaluationContext())
    var values: [String: Decimal] = [:]
    for name in checklist.inputOrder {
      if let value = try? evaluator.number(
        DuchaChecklist.Expression(
          .name(name), SourceRange(start: SourceLocation(file: "", line: 0, column: 0))))
      {
        values[name] = value
      }
    }
    return values
  }

  /// 已整改？ for one problem. Besides 是/否 it takes the problem list's own words (已整改,
  /// 未整改), and 退出 stops the follow-up with what was re-checked saved, as Ctrl-D does: the
  /// leader types what the status column says, and 退出 as at every other prompt.
  /// The evidence of re-checked problem `number`. An answer to 已整改？ typed here (a second tap
  /// of the answer, a script a line short) is asked about, as a command typed where text goes
  /// is: taken as it was, 未整改 stood as the evidence of a problem recorded rectified. Nil on
  /// Ctrl-D. Text asked about so waits beside the session while it is (it was only in memory,
  /// and a window closed there lost it); `typed` is text kept so before a crash, asked again.
  func askEvidence(of number: Int, typed: String? = nil) -> String? {
    let keep = { (text: String) in
      self.keepAnswerDraft(
        AnswerDraft(
          sessionID: self.session.id, input: String(number), answer: Answer(.text(text)),
          target: .followUpEvidence, confirmed: false))
    }
    var pending = typed
    while true {
      guard
        let text = askText(
          "  " + t("证据（照片或材料名称）", "evidence (photo or document)"), typed: pending, keep: keep)
      else { return nil }
      pending = nil
      guard isRectifiedAnswer(text) else { return text }
      keep(text)
      guard
        let keep = askYesNo(
          "  "
            + t(
              "“\(text)”像是对“已整改？”的回答，不是证据。仍然把它记作证据吗？（是/否，否=重新输入）",
              "'\(text)' looks like an answer to 'rectified?', not evidence. Keep it as the evidence? (yes/no, no = type again)"
            ))
      else { return nil }
      if keep { return text }
    }
  }

  /// Whether `text` is one of the answers `askRectified` takes (已整改, 未整改, 是, 否 …).
  func isRectifiedAnswer(_ text: String) -> Bool {
    let word = AnswerParser.normalize(text).drop { $0 == "/" }.lowercased()
    if Self.rectifiedWords.contains(word) || Self.openWords.contains(word)
      || Self.unfinishedWords.contains(word)
    {
      return true
    }
    let input = Input(
      name: "", type: .yesNo, itemID: "", location: SourceLocation(file: "", line: 0, column: 0))
    if case .value(.bool) = AnswerParser.parse(text, for: input) { return true }
    return false
  }

  func askRectified() -> Bool? {
    let label = t("  已整改？（是/否）", "  rectified? (yes/no)")
    while true {
      switch console.ask(label + "> ") {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let text):
        let word = AnswerParser.normalize(text).drop { $0 == "/" }.lowercased()
        if Self.rectifiedWords.contains(word) { return true }
        if Self.openWords.contains(word) { return false }
        // Work begun but not finished is still open: said, so no one reads 部分整改 as done.
        if Self.unfinishedWords.contains(word) {
          console.say(
            t("  （记为“未整改”：整改完成前都算未整改）", "  (recorded as open: it is open until the work is done)"))
          return false
        }
        if Command.quit.names.contains(word) { return nil }
        let input = Input(
          name: "", type: .yesNo, itemID: "", location: SourceLocation(file: "", line: 0, column: 0)
        )
        if case .value(.bool(let flag)) = AnswerParser.parse(text, for: input) { return flag }
        console.complain(
          Localized(
            "请回答“是”（已整改）或“否”（未整改）；输入“退出”保存已复查的结果并停下。",
            en: "answer yes (rectified) or no (open); 'quit' saves what was re-checked and stops."))
      }
    }
  }

  static let rectifiedWords: Set<String> = ["已整改", "整改了", "已改", "改了", "rectified"]
  static let openWords: Set<String> = [
    "未整改", "没整改", "没有整改", "没改", "未改", "还没", "还没有", "还没改", "还没整改", "尚未整改", "open",
  ]
  /// Answers that say the work is under way, which the problem list has no status for.
  static let unfinishedWords: Set<String> = ["部分整改", "正在整改", "整改中", "在整改"]

  /// Asks a yes/no question, read as the checklist's yes/no questions are (`是的`, `对`, `√`,
  /// `没有` …) or one of `alsoYes`; Enter gives `fallback` when there is one; nil on Ctrl-D.
  func askYesNo(_ label: String, fallback: Bool? = nil, alsoYes: Set<String> = []) -> Bool? {
    let hint = fallback.map { $0 ? t("（回车=是）", " (Enter = yes)") : t("（回车=否）", " (Enter = no)") }
    while true {
      switch console.ask(label + (hint ?? "") + "> ") {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let text):
        if let fallback, text.trimmingSpaces().isEmpty { return fallback }
        if alsoYes.contains(AnswerParser.normalize(text)) { return true }
        let input = Input(
          name: "", type: .yesNo, itemID: "", location: SourceLocation(file: "", line: 0, column: 0)
        )
        if case .value(.bool(let flag)) = AnswerParser.parse(text, for: input) { return flag }
        console.complain(Localized("请回答“是”或“否”。", en: "answer yes or no."))
      }
    }
  }
}
