import DuchaChecklist
import DuchaRender
import DuchaSession
import DuchaTerminal
import Foundation

/// What a command leaves the walk to do next.
enum WalkStep {
  /// Back to the command prompt.
  case stay
  /// A command typed at a question, to run next.
  case present((Command, String)?)
  /// Leave the REPL with this status.
  case exit(Int32)
}

extension InspectionREPL {
  /// Runs one command of the walk.
  func perform(_ command: Command, _ argument: String) -> WalkStep {
    switch command {
    case .next:
      guard index + 1 < leaves.count else {
        console.say(
          t(
            "已是最后一项。输入“完成”结束检查，或“列表”查看待定项。",
            "This is the last item. Type 'finish' to complete, or 'list' to see what is pending."))
        return .stay
      }
      index += 1
      return .present(present(index))
    case .back:
      guard index > 0 else {
        console.say(t("已是第一项。", "This is the first item."))
        return .stay
      }
      index -= 1
      return .present(present(index))
    case .go:
      guard let target = leafIndex(argument) else {
        complainUnknownItem(argument)
        return .stay
      }
      index = target
      return .present(present(index))
    case .skip:
      let item = leaves[index]
      // Skipping keeps an item's answers: an item already scored is not pending, and saying
      // it is would make the inspector believe the score was taken back.
      if let score = Self.itemResult(item.id, in: evaluate())?.state.score {
        let points = ScoreFormat.string(score)
        console.say(
          t(
            "\(item.id) 已经评了分（\(points) 分），跳过不会清掉分数；要重新录入用“改”，撤回刚才的回答用“撤销”。",
            "\(item.id) is already scored (\(points)); skipping keeps the score. Use 'revise' to record it again, 'undo' to take back the last answer."
          ))
        return perform(.next, "")
      }
      if !session.skipped.contains(item.id) { session.skipped.append(item.id) }
      save()
      console.say(
        t("已跳过 \(item.id)，它留在待定清单里。", "skipped \(item.id); it stays on the pending list."))
      return perform(.next, "")
    case .list:
      console.say(statusList())
      return .stay
    case .revise:
      return .present(revise(argument))
    case .undo:
      undo()
      return .stay
    case .note, .evidence, .problem:
      record(command, argument)
      return .stay
    case .rollCall:
      let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
      if let verb = words.first, ["删除", "删", "delete"].contains(verb.lowercased()) {
        deleteRollCall(words.count > 1 ? words[1] : "")
      } else if argument == "全校" || argument.lowercased() == "school" {
        let before = boundScores(prefix: "点名.")
        wholeSchoolFlow()
        reportRescored(before, prefix: "点名.")
      } else if argument == "列表" || argument.lowercased() == "list" {
        console.say(
          session.rollCall.isEmpty
            ? t("还没有点名记录。", "no roll call yet.")
            : RollCallTable.format(session.rollCall, language: language, width: environment.width))
      } else {
        rollCallFlow()
      }
      return .stay
    case .registry:
      let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
      switch words.first?.lowercased() {
      case "导入", "import": registryImportFlow(words.count > 1 ? words[1] : "")
      case "列表", "list": registryListing()
      default: registryFlow()
      }
      return .stay
    case .verify:
      verificationFlow(argument)
      return .stay
    case .cases:
      casesCommand(argument)
      return .stay
    case .summary:
      console.say(
        ScoreSummary.format(evaluate(), of: checklist, language: language, width: environment.width)
      )
      return .stay
    case .finish:
      return finishFlow() ? .exit(0) : .stay
    case .help:
      console.say(help())
      return .stay
    case .quit:
      guard let status = leaveAsked() else { return .stay }
      return .exit(status)
    }
  }

  /// Shows item `position`, asks what it still needs, then shows its score and the running
  /// total. Returns a command typed at one of its questions.
  func present(_ position: Int, askAll: Bool = false) -> (Command, String)? {
    let item = leaves[position]
    session.cursor = item.id
    save()
    console.say("")
    console.say(
      ItemCard.format(
        item, in: checklist, language: language, style: console.style, width: environment.width))
    let before = evaluate()
    if Self.itemResult(item.id, in: before)?.state == .notApplicable {
      // The condition is shown, and the unit's 学段 only when the condition is about 学段:
      // 贵州 1.2 `适用：新建于2011年后` at a 小学 said “本单位（小学）不适用此项”, as if the
      // item were for another stage.
      let condition = item.applicability
      let byStage =
        condition.map { c in Stage.allCases.contains { c.mentions($0.rawValue) } } ?? true
      let stages =
        byStage ? checklist.stagesName(session.unit.stages, kind: session.unit.kind) : nil
      console.say(
        t(
          "本单位\(stages.map { "（\($0)）" } ?? "")不适用此项\(condition.map { "（适用：\($0)）" } ?? "")。",
          "not applicable to this unit\(stages == nil ? "" : "'s stages")"
            + "\(condition.map { " (applies when: \($0))" } ?? "")."))
      return nil
    }
    return continueItem(position, askAll: askAll)
  }

  /// Asks what item `position` still needs (or everything, when revising), then shows its score.
  func continueItem(_ position: Int, askAll: Bool = false) -> (Command, String)? {
    let item = leaves[position]
    // A verification line with a `判定` rule judges from recorded figures (在校生数 …); only a
    // line without one takes 齐全 / 缺失 / 不全 from the inspector.
    if checklist.kind == .verification, item.rules.isEmpty {
      if askAll || session.answers.statuses[item.id] == nil {
        switch askStatus(item) {
        case .command(let command, let argument): return (command, argument)
        case .answered, .backedOut: break
        }
      }
    } else {
      for name in questionNames(item) where askAll || needsAnswer(name) {
        // An earlier answer (是不足50人的教学点) can take the item out of this unit's form.
        // (The score shown next says so.)
        if !askAll, Self.itemResult(item.id, in: evaluate())?.state == .notApplicable { break }
        // Re-judged before each question: an earlier answer can settle the item without it.
        if !askAll, isMoot(name, in: item) {
          console.say(
            "  "
              + t(
                "（不用录“\(name)”：按已录的数，本项得分与它无关）",
                "(\(name) is not asked: with the answers so far it does not change this item)"))
          continue
        }
        switch askInput(name, revising: askAll) {
        case .answered: continue
        case .backedOut: return showScore(item)
        case .command(let command, let argument): return (command, argument)
        }
      }
    }
    return showScore(item)
  }

  /// Prints the item's score with reasons and the running total.
  @discardableResult
  func showScore(_ item: Item) -> (Command, String)? {
    let result = evaluate()
    // Worked out beside the form on the save's other thread when the answer was saved
    // (`ScoreInAdvance`), for this item and this very form; else here.
    let blocks =
      scored?.lines.flatMap { $0.itemID == item.id ? $0.blocks : nil }
      ?? scoreLines(for: item.id).render(result)
    for block in blocks { console.say(block) }
    return nil
  }

  /// How `showScore` renders item `id` in this walk's language, style and width.
  func scoreLines(for id: String) -> ScoreLines {
    ScoreLines(
      itemID: id, kind: checklist.kind, verdictWords: verdictWords,
      bonusSections: bonusSections, language: language, style: console.style,
      width: environment.width)
  }

  /// The result of item or part `id`: `result.allItems.first { $0.id == id }` without building
  /// (and copying every result into) that array, which happened a few times per answer.
  static func itemResult(_ id: String, in result: FormResult) -> ItemResult? {
    for section in result.sections {
      for item in section.items {
        if item.id == id { return item }
        if let part = item.parts.first(where: { $0.id == id }) { return part }
      }
    }
    return nil
  }

  /// `累计：已评 12/19 项，得分 85.5 / 100；待定 3 项` (`ScoreLines.runningTotal`).
  func runningTotal(_ result: FormResult) -> String {
    ScoreLines.runningTotal(
      result, kind: checklist.kind, verdictWords: verdictWords, bonusSections: bonusSections,
      language: language)
  }

  /// The ids of the form's 加分项 sections.
  var bonusSections: Set<String> { Set(checklist.sections.filter(\.isBonus).map(\.id)) }

  /// Scored items and applicable items (不适用 left out of both).
  func progress(_ result: FormResult) -> (done: Int, total: Int) {
    ScoreLines.progress(result)
  }

  /// Whether the answers so far make input `name` irrelevant to `item` (`Evaluator.isMoot`).
  func isMoot(_ name: String, in item: Item) -> Bool {
    Evaluator.isMoot(
      name, in: item, of: checklist, answers: session.evaluationAnswers,
      context: session.evaluationContext())
  }

  /// Whether an input still needs the inspector: no answer and no accepted binding. An input
  /// with a literal default (`默认 0`) is asked too, with Enter taking the default: the form's
  /// judgement (会理 2.4 “工作不力的视情况扣2—5分”) is the inspector's to make, and a walk that
  /// scored it from the default without a question left it unjudged.
  func needsAnswer(_ name: String) -> Bool {
    session.answers.values[name] == nil && !session.acceptedDefaults.contains(name)
  }

  /// The walk position of an item, part or input's item; an item with parts goes to its first part.
  /// `到 7。2` typed with a Chinese input method (。 for the point, full-width digits) is read
  /// as `7.2` when the reference as typed names nothing.
  func leafIndex(_ reference: String) -> Int? {
    let id = reference.trimmingCharacters(in: .whitespaces)
    if let found = leafIndex(exactly: id) { return found }
    let typed = AnswerParser.normalize(id)
    if typed != id, let found = leafIndex(exactly: typed) { return found }
    // 到 第7.2项, 改 第3条: the number as it is said, inside 第…项 or 第…条.
    if typed.hasPrefix("第"), let last = typed.last, "项条".contains(last), typed.count > 2 {
      return leafIndex(exactly: String(typed.dropFirst().dropLast()))
    }
    return nil
  }

  private func leafIndex(exactly id: String) -> Int? {
    if let exact = leaves.firstIndex(where: { $0.id == id }) { return exact }
    if let item = checklist.item(id), let first = item.parts.first {
      return leaves.firstIndex { $0.id == first.id }
    }
    if let input = checklist.inputs[id] {
      // A figure declared on an item with parts is asked at the first part that reads it.
      return leaves.firstIndex { $0.id == input.itemID }
        ?? leaves.firstIndex { questionNames($0).contains(id) }
    }
    return nil
  }

  /// The inputs asked at `item` (`Checklist.questionNames(for:)`), worked out once per item.
  func questionNames(_ item: Item) -> [String] {
    if let known = cachedQuestions[item.id] { return known }
    let names = checklist.questionNames(for: item)
    cachedQuestions[item.id] = names
    return names
  }

  func complainUnknownItem(_ reference: String) {
    let ids = leaves.map(\.id)
    let close = ids.filter { $0.hasPrefix(reference) && !reference.isEmpty }.prefix(5)
    let hint = close.isEmpty ? "" : t("；相近的有 ", "; close: ") + close.joined(separator: "、")
    console.complain(
      Localized(
        "没有编号“\(reference)”\(hint.isEmpty ? "" : hint)。输入“列表”查看全部编号。",
        en: "no item '\(reference)'\(hint). Type 'list' to see every id."))
  }

  /// Re-asks every input of the current item, an item given by id, or one input by name.
  func revise(_ argument: String) -> (Command, String)? {
    if let input = checklist.inputs[argument] {
      // A figure shared by parts is revised at the first part that asks it, whose result shows.
      index = leafIndex(input.name) ?? index
      switch askInput(input.name, revising: true) {
      case .command(let command, let rest): return (command, rest)
      case .backedOut: return showScore(leaves[index])
      case .answered:
        // 档内评分: a band changed under its score (执行好 9 → 较差 1—3) asks the score again
        // at once, within the new band, instead of leaving the item pending.
        for score in checklist.scoresOutsideChosenBand(input.name, given: session.answers) {
          if case .command(let command, let rest) = askInput(score) { return (command, rest) }
        }
        return showScore(leaves[index])
      }
    }
    if !argument.isEmpty {
      guard let target = leafIndex(argument) else {
        complainUnknownItem(argument)
        return nil
      }
      index = target
    }
    return present(index, askAll: true)
  }

  /// 备注, 证据 and 问题: `列表`, `改 N [文字]`, `删除 N`, or a new entry for the current item or
  /// the item named first (`问题 4.1 制度未上墙`); the text is asked when not given. On a
  /// completed inspection a new entry asks the reason for the correction first, as rewording or
  /// deleting one does; it was added without a word in the corrections. False when nothing
  /// was recorded.
  /// `typed`: an entry whose text looked like a command, cut short at 仍然当作…记下吗 (kept in
  /// the draft), asked about again on resuming.
  @discardableResult
  func record(
    _ command: Command, _ argument: String, typed: (itemID: String, text: String)? = nil
  ) -> Bool {
    let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
    let verb = words.first.map { AnswerParser.normalize($0).lowercased() } ?? ""
    let rest = words.count > 1 ? words[1] : ""
    if ["列表", "list"].contains(verb), rest.isEmpty {
      console.say(recordList(command))
      return false
    }
    if ["删除", "删", "delete"].contains(verb) {
      deleteRecord(command, rest)
      return false
    }
    if ["改", "edit"].contains(verb), let first = rest.split(separator: " ").first, Int(first) != nil
    {
      editRecord(command, rest)
      return false
    }
    var item = leaves[index]
    var text = typed == nil ? argument : ""
    if let typed, let target = leafIndex(typed.itemID) {
      item = leaves[target]
    } else if words.count > 1, let target = leafIndex(words[0]) {
      item = leaves[target]
      text = rest
    }
    let entryKind = recordTarget(command)
    if text.isEmpty {
      // Text that looks like a command waits beside the session while it is asked about.
      guard
        let line = askFreeText(
          recordLabel(command), what: recordWord(command), typed: typed?.text,
          keep: {
            self.keepAnswerDraft(
              AnswerDraft(
                sessionID: self.session.id, input: item.id, answer: Answer(.text($0)),
                target: entryKind, confirmed: false))
          })
      else {
        leaveAnswerUnrecorded()
        console.say(t("（未记录）", "(nothing recorded)"))
        return false
      }
      text = line
    }
    // The entry as typed (`公开 …` and all) waits beside the session while the reason is asked.
    let draft = AnswerDraft(
      sessionID: session.id, input: item.id, answer: Answer(.text(text)), target: entryKind)
    guard confirmCorrection(recordWord(command), before: "", after: text, keeping: draft) else {
      console.say(t("（未记录）", "(nothing recorded)"))
      return false
    }
    var kind = noteKind(command)
    if command == .note, let published = Self.publishedNote(text) {
      kind = .publicNote
      text = published
    }
    pushUndo(t("\(recordWord(command))（\(item.id)）", "\(recordWord(command)) (\(item.id))"))
    switch command {
    case .problem:
      session.problems.append(Problem(itemID: item.id, description: text, time: timestamp))
    default:
      session.notes[item.id, default: []].append(ItemNote(kind: kind, text: text, time: timestamp))
    }
    if save() { dropAnswerDraft() }
    if kind == .publicNote {
      console.say(
        t(
          "已记下公开备注（\(item.id)），会写进检查总结草稿。",
          "public note recorded for \(item.id); the draft summary will quote it."))
    } else {
      console.say(
        t(
          "已记下\(recordWord(command))（\(item.id)）。",
          "\(recordWord(command)) recorded for \(item.id).")
      )
    }
    hintIfNamed(text, command)
    return true
  }

  func recordWord(_ command: Command) -> String {
    command == .problem
      ? t("问题", "problem") : command == .note ? t("备注", "note") : t("证据", "evidence")
  }

  func recordLabel(_ command: Command) -> String {
    command == .problem
      ? t("问题（一句话）", "problem (one line)")
      : command == .note ? t("备注", "note") : t("证据（照片或材料名称）", "evidence (file name)")
  }

  func noteKind(_ command: Command) -> ItemNote.Kind { command == .note ? .note : .evidence }

  /// The entries of one kind in walk order: (item id, position in its list, text).
  func recordEntries(_ command: Command) -> [(itemID: String, position: Int, text: String)] {
    if command == .problem {
      return session.problems.enumerated().map {
        ($0.element.itemID, $0.offset, $0.element.description)
      }
    }
    let order =
      leaves.map(\.id)
      + session.notes.keys.filter { id in !leaves.contains { $0.id == id } }.sorted()
    return order.flatMap { id in
      (session.notes[id] ?? []).enumerated().filter {
        $0.element.kind == noteKind(command)
          || (command == .note && $0.element.kind == .publicNote)
      }.map {
        (
          id, $0.offset,
          ($0.element.kind == .publicNote ? t("（公开）", "(public) ") : "") + $0.element.text
        )
      }
    }
  }

  /// `1  [5] 三年级2班张三、李四籍在人不在` …, numbered for 改 and 删除.
  func recordList(_ command: Command) -> String {
    let entries = recordEntries(command)
    guard !entries.isEmpty else {
      return t("还没有\(recordWord(command))。", "no \(recordWord(command)) yet.")
    }
    return entries.enumerated().map {
      "  \($0.offset + 1)  [\($0.element.itemID)] \(IDNumber.maskAll(in: $0.element.text))"
    }
    .joined(separator: "\n")
  }

  /// The entry numbered `text` in `recordList`, or a message.
  func recordEntry(_ command: Command, _ text: String) -> (
    itemID: String, position: Int, text: String
  )? {
    let entries = recordEntries(command)
    guard let entry = Int(AnswerParser.normalize(text)).flatMap(entries.entry(numbered:)) else {
      console.complain(
        Localized(
          "没有第“\(text)”条\(recordWord(command))。输入“\(command.names[0]) 列表”查看编号。",
          en:
            "no \(recordWord(command)) number '\(text)'. Type '\(command.names[1]) list' for the numbers."
        ))
      return nil
    }
    return entry
  }

  func deleteRecord(_ command: Command, _ text: String) {
    guard let entry = recordEntry(command, text) else { return }
    delete(command, entry)
  }

  /// Deletes problem, note or evidence `entry`; on a completed inspection first asking the
  /// reason for the correction, while the deletion waits beside the session (it was only in
  /// memory, and a window closed at the reason lost it). False when backed out.
  @discardableResult
  func delete(_ command: Command, _ entry: (itemID: String, position: Int, text: String)) -> Bool {
    let draft = AnswerDraft(
      sessionID: session.id, input: entry.itemID, answer: Answer(.text("")),
      target: recordTarget(command), position: entry.position, before: entry.text, removed: true)
    guard confirmCorrection(recordWord(command), before: entry.text, after: "", keeping: draft)
    else { return false }
    pushUndo(t("删除\(recordWord(command))", "delete \(recordWord(command))"))
    if command == .problem {
      session.problems.remove(at: entry.position)
    } else {
      session.notes[entry.itemID]?.remove(at: entry.position)
      if session.notes[entry.itemID]?.isEmpty == true { session.notes[entry.itemID] = nil }
    }
    if save() { dropAnswerDraft() }
    console.say(
      t(
        "已删除\(recordWord(command))：\(IDNumber.maskAll(in: entry.text))",
        "deleted: \(IDNumber.maskAll(in: entry.text))"))
    return true
  }

  func editRecord(_ command: Command, _ argument: String) {
    let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
    guard let entry = recordEntry(command, words[0]) else { return }
    var text = words.count > 1 ? words[1] : ""
    if text.isEmpty {
      guard let line = askRewording(command, entry) else { return }
      text = line
    }
    reword(command, entry, to: text)
  }

  /// The new wording of `entry`, asked; nil when kept as it is or backed out. Text that looks
  /// like a command waits beside the session (`confirmed: false`) while it is asked about, as
  /// a new entry's does; `typed` is text kept so before a crash, asked about again.
  func askRewording(
    _ command: Command, _ entry: (itemID: String, position: Int, text: String),
    typed: String? = nil
  ) -> String? {
    console.say("  " + t("现在：", "now: ") + IDNumber.maskAll(in: entry.text))
    guard
      let line = askFreeText(
        recordLabel(command) + t("（回车保留）", " (Enter keeps)"), what: recordWord(command),
        allowEmpty: true, typed: typed,
        keep: {
          self.keepAnswerDraft(
            AnswerDraft(
              sessionID: self.session.id, input: entry.itemID, answer: Answer(.text($0)),
              target: self.recordTarget(command), position: entry.position, before: entry.text,
              confirmed: false))
        })
    else {
      leaveAnswerUnrecorded()
      return nil
    }
    if line.isEmpty {
      dropAnswerDraft()
      console.say(t("（未改动）", "(unchanged)"))
      return nil
    }
    return line
  }

  /// The kind of draft an entry of `command` waits in.
  func recordTarget(_ command: Command) -> AnswerDraft.Target {
    command == .problem ? .problem : command == .note ? .note : .evidence
  }

  /// `点名 删除 三年级2班`. On a completed inspection the deletion waits beside the session
  /// while the reason for the correction is asked: it was only in memory, and a window closed
  /// there lost it. False when nothing was deleted.
  @discardableResult
  func deleteRollCall(_ label: String) -> Bool {
    var wanted = AnswerParser.normalize(label).replacingOccurrences(of: " ", with: "")
    // 点名 删除 三（2）班 for the row 三年级2班: the same class, spelt another way.
    let key = ClassName.split(wanted).map {
      ClassName.matchKey(grade: $0.grade, className: $0.className)
    }
    guard
      let position = session.rollCall.firstIndex(where: { $0.label == wanted })
        ?? session.rollCall.firstIndex(where: { $0.matchKey == key })
    else {
      let known = session.rollCall.map(\.label).joined(separator: "、")
      console.complain(
        Localized(
          "没有“\(label)”的点名记录。" + (known.isEmpty ? "" : "已点名的班：\(known)。"),
          en: "no roll call of '\(label)'." + (known.isEmpty ? "" : " Classes: \(known).")))
      return false
    }
    wanted = session.rollCall[position].label
    let before = boundScores(prefix: "点名.")
    let draft = AnswerDraft(
      sessionID: session.id, input: wanted, answer: Answer(.text("")), target: .rollCall,
      removed: true)
    guard confirmCorrection(t("点名", "roll call"), before: wanted, after: "", keeping: draft)
    else { return false }
    let offeredBefore = offeredSchoolStudents()
    pushUndo(t("删除点名 \(wanted)", "delete roll call \(wanted)"))
    session.rollCall.remove(at: position)
    if save() { dropAnswerDraft() }
    console.say(t("已删除 \(wanted) 的点名记录。", "deleted the roll call of \(wanted)."))
    followSchoolStudents(offeredBefore: offeredBefore)
    reportRescored(before, prefix: "点名.")
    return true
  }

  /// Remembers the session before a change, for `撤销`; the save that follows records what
  /// changed in the session, so it can be undone after `ducha resume` too.
  func pushUndo(_ what: String) {
    pendingUndo = (session, what)
  }

  /// `撤销`: puts back what the last answer or record changed (the session's own undo log).
  func undo() {
    let cursor = session.cursor
    let rollCallScores = boundScores(prefix: "点名.")
    let offeredBefore = offeredSchoolStudents()
    guard let step = session.undoLast() else {
      // Right after a roll call, 学籍 or the whole-school figures, 撤销 is what the inspector
      // reaches for: say how those are changed instead. (A class is no undo step: its rows
      // copied into the undo log would stand beside the real ones in a file a leader edits.)
      var hints: [Localized] = []
      if let last = session.rollCall.last {
        hints.append(
          Localized(
            "点名的班不能撤销：用“点名 删除 \(last.label)”删除。",
            en: " A roll call is not undone: 'rollcall delete \(last.label)' deletes it."))
      }
      if !session.registry.counts.isEmpty || session.wholeSchool != nil {
        hints.append(
          Localized(
            "学籍核查和全校的数字不能撤销：用“学籍”或“点名 全校”重新录入。",
            en:
              " The registry and whole-school figures are not undone: enter them again with 'registry' or 'rollcall school'."
          ))
      }
      console.say(
        t("没有可撤销的回答。", "nothing to undo.") + hints.map { $0.text(language) }.joined())
      return
    }
    if correcting {
      session.corrections.append(
        Correction(
          time: timestamp, target: step.what, before: "", after: "", reason: t("撤销", "undo")))
    }
    save()
    console.say(t("已撤销：\(step.what)", "undone: \(step.what)"))
    // A class taken back changes the items bound to the roll call, as recording it did.
    if step.rollCall != nil {
      followSchoolStudents(offeredBefore: offeredBefore)
      reportRescored(rollCallScores, prefix: "点名.")
    }
    if let item = leaves.first(where: { $0.id == cursor }) { showScore(item) }
  }

  /// The text of a note marked for the report — `公开 …`, `公开：…` or `public …` — or nil for a
  /// private note. A note that is only the mark is not a public note (nothing to publish).
  public static func publishedNote(_ text: String) -> String? {
    for mark in ["公开", "public", "Public"] where text.hasPrefix(mark) {
      let rest = text.dropFirst(mark.count)
      guard let first = rest.first, first == " " || first == "：" || first == ":" else { continue }
      let published = rest.dropFirst().trimmingCharacters(in: .whitespaces)
      return published.isEmpty ? nil : published
    }
    return nil
  }

  /// Every leaf item with its status and score.
  func statusList() -> String {
    let result = evaluate()
    var table = TextTable(columns: [
      TextTable.Column(t("编号", "id"), wraps: false), TextTable.Column(t("考核内容", "item")),
      TextTable.Column(t("状态", "status"), wraps: false),
      TextTable.Column(t("得分", "score"), alignment: .right, wraps: false),
    ])
    for item in leaves {
      let state = result.allItems.first { $0.id == item.id }?.state ?? .notApplicable
      var status: String
      switch state {
      case .scored: status = t("已评", "scored")
      case .pending: status = t("待定", "pending")
      case .notApplicable: status = t("不适用", "n/a")
      case .awaitingCohort: status = t("待全体", "cohort")
      }
      if session.skipped.contains(item.id), state.score == nil { status = t("跳过", "skipped") }
      if session.problems.contains(where: { $0.itemID == item.id }) {
        status += t("·问题", "·problem")
      }
      let marker = item.id == leaves[index].id ? "▶ " : "  "
      let score =
        checklist.kind == .verification
        ? (result.allItems.first { $0.id == item.id }.flatMap { $0.status?.rawValue ?? $0.verdict }
          ?? "")
        : state.label(language)
      table.rows.append([marker + item.id, item.title, status, score])
    }
    return table.render(maxWidth: environment.width) + "\n" + runningTotal(result)
  }

  func help() -> String {
    var lines = [
      t(
        "命令（中英文都可以，答题时在命令前加“/”）：", "commands (Chinese or English; prefix with '/' while answering):"
      )
    ]
    var table = TextTable(columns: [
      TextTable.Column(t("命令", "command"), wraps: false), TextTable.Column(t("作用", "what it does")),
    ])
    for command in Command.allCases {
      table.rows.append([
        command.names.prefix(2).joined(separator: " / "), command.help.text(language),
      ])
    }
    lines.append(table.render(maxWidth: environment.width))
    lines.append(
      t(
        "答题时：直接回车接受默认值；Ctrl-D 退出这道题；Ctrl-C 清掉正在输入的内容。每个回答都立即存盘。",
        "While answering: Enter accepts the default; Ctrl-D backs out of the question; Ctrl-C clears the line. Every answer is saved at once."
      ))
    return lines.joined(separator: "\n")
  }
}
