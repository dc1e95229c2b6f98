import DuchaChecklist
import DuchaRender
import DuchaSession
import DuchaTerminal
import Foundation

extension InspectionREPL {
  /// `ducha inspect`: asks what the options did not say, creates the session, walks it.
  public func runNew(_ options: InspectOptions) -> Int32 {
    // Counted without reading every finished session whole (`unfinishedCount`).
    let unfinished = environment.store.unfinishedCount()
    if options.checklist == nil, unfinished > 0 {
      console.say(
        t(
          "有 \(unfinished) 个未完成的检查；输入“继续”接着做，或选择清单开始新的检查。",
          "\(unfinished) unfinished inspection(s): type 'resume' to continue one, or choose a checklist to start anew."
        ))
    }
    let choice = chooseChecklist(options.checklist, offerResume: unfinished > 0)
    if case .resume = choice { return runResume(nil) }
    if case .refusedOption = choice { return 1 }
    guard case .checklist(let chosen) = choice else { return cancelled() }
    checklist = chosen
    // `--unit "渔沟小学　"` with the space a Chinese input method leaves, or `渔沟 小学` typed
    // in two words, would make a second 渔沟小学 in every summary: the option is read as a
    // typed name is, and both are kept as `UnitName` keeps names.
    // `--unit "$学校"` with the variable unset was asked for again without a word about it.
    let given = options.unit.map(AnswerParser.normalize)
    if given?.isEmpty == true {
      if !console.interactive {
        console.complain(UnitName.emptyOption())
        return stopForRefusedOption("--unit")
      }
      console.complain(
        UnitName.emptyOption(
          then: Localized("下面请输入被检查单位名称。", en: "Type the unit's name below.")))
    }
    guard
      let unit = given.flatMap({ $0.isEmpty ? nil : $0 })
        ?? askText(t("被检查单位名称", "unit inspected"), required: true, quitLeaves: true)
    else {
      return cancelled()
    }
    var stages = options.stages ?? checklist.unitStages
    var asksStages = options.stages == nil && checklist.stages.count > 1 && checklist.readsStages
    var stageRefused = false
    if options.preschool {
      // Refused as a --checklist no folder has is: said, then asked (on a terminal; a script stops).
      if checklist.takesPreschool {
        stages = []
        asksStages = false
      } else {
        console.complain(preschoolRefused())
        stageRefused = true
      }
    }
    // `--stage 高中` for a form of 小学、初中 would record a stage the form cannot score (and
    // batch the unit apart from its peers): refused as 学前 is, then asked among the form's own.
    if let given = options.stages, checklist.readsStages,
      let refusal = foreignStagesRefused(given)
    {
      console.complain(refusal)
      stageRefused = true
      stages = checklist.unitStages
      asksStages = checklist.stages.count > 1
    }
    // A form of one stage takes its own and asks nothing: only a question is stopped.
    if stageRefused, asksStages, !console.interactive { return stopForRefusedOption("--stage") }
    if asksStages {
      guard let text = askStages() else { return cancelled() }
      stages = text
    }
    guard
      let group = options.group.map(AnswerParser.normalize)
        ?? askText(t("组别", "group"), quitLeaves: true)
    else {
      return cancelled()
    }
    let inspectorsText =
      options.inspectors.map { $0.joined(separator: "、") }
      ?? askText(
        t("检查人员（用、分隔）", "inspectors (separated by 、 or spaces)"), quitLeaves: true)
    guard let inspectorsText else { return cancelled() }
    let today = String(timestamp.prefix(10))
    guard let date = options.date ?? askDate(today) else { return cancelled() }
    let defaultYear = defaultInspectionYear(date)
    var year = options.year ?? defaultYear
    if options.year == nil, checklist.assessmentYears.map({ $0.count > 1 }) == true {
      guard let asked = askYear(defaultYear) else { return cancelled() }
      year = asked
    }
    session = Session(
      id: environment.makeID(), checklist: checklist,
      unit: Session.Unit(name: UnitName.normalized(unit), kind: checklist.unitKind, stages: stages),
      group: group.isEmpty ? nil : group, inspectors: names(inspectorsText), date: date, year: year,
      now: timestamp)
    fillLastYearValues(from: options.lastYearFolders)
    // Saved first: the folder may not exist before; nobody else knows the new id yet.
    guard save(), lockSession() else { return 1 }
    console.say(
      t(
        "已建立检查记录：\(environment.store.path(for: session))\n每个回答都会立即存盘。输入“帮助”查看命令。",
        "session created: \(environment.store.path(for: session))\nEvery answer is saved at once. Type 'help' for commands."
      ))
    if unfinished > 0 { sayEarlierUnfinished() }
    return walk()
  }

  func cancelled() -> Int32 {
    endedBeforeSession = true
    console.say(t("已取消，没有建立检查记录。", "cancelled; no session was created."))
    return 0
  }

  /// Without a terminal (`--script`, a pipe) the lines that follow are the script's answers,
  /// not replies to a question about a refused option: the inspection is not started (exit 1).
  /// A mistyped `--checklist` in a script used to list the checklists and take the script's
  /// next lines as the choice, and began a walk on whichever form they picked.
  func stopForRefusedOption(_ option: String) -> Int32 {
    endedBeforeSession = true
    console.say(
      t(
        "不在终端上运行，不再提问：请改正命令行里的 \(option) 后重新运行。没有建立检查记录。",
        "not on a terminal, so nothing is asked: correct \(option) on the command line and run again. No session was created."
      ))
    return 1
  }

  /// What the inspector chose at the start.
  enum StartChoice {
    case checklist(Checklist)
    case resume
    case cancelled
    /// `--checklist` named no usable checklist, and there is no terminal to ask on.
    case refusedOption
  }

  /// Lists the checklists and asks for one by number, id or file name; `继续` resumes instead.
  /// The list comes from the checklists' headers; only the one chosen is parsed and validated,
  /// and one with errors is reported as `ducha validate` reports it and the question asked again.
  func chooseChecklist(_ reference: String?, offerResume: Bool = false) -> StartChoice {
    let entries = environment.catalogue.entries
    if let reference {
      // `--checklist sichuan` is read as the prompt reads it (it was refused with 是不是：
      // sichuan-shifanxian？ though the prompt took it): then the list and the question.
      switch resolveEntry(reference) {
      case .found(let index):
        if let checklist = usableChecklist(index) { return .checklist(checklist) }
      case .refused(let complaint):
        console.complain(complaint(false))
      }
      if !console.interactive {
        if !entries.isEmpty { showChecklists() }
        _ = stopForRefusedOption("--checklist")
        return .refusedOption
      }
    }
    guard !entries.isEmpty else {
      console.complain(
        Localized("清单目录里没有可用的清单。", en: "no usable checklist in the checklist folder."))
      return .cancelled
    }
    showChecklists()
    while true {
      // A number or an id is asked for: 退出 here means leaving, not text to keep.
      guard
        let text = askText(
          t("选择清单（序号或编号）", "choose a checklist (number or id)"), required: true,
          checkCommands: false),
        !Command.quit.names.contains(text.lowercased())
      else {
        return .cancelled
      }
      if offerResume, ["继续", "resume"].contains(text.lowercased()) { return .resume }
      if let index = Int(text).flatMap(entries.index(numbered:)) {
        if let checklist = usableChecklist(index) { return .checklist(checklist) }
        continue
      }
      switch resolveEntry(text) {
      case .found(let index):
        if let checklist = usableChecklist(index) { return .checklist(checklist) }
      case .refused(let complaint):
        console.complain(complaint(true))
      }
    }
  }

  /// The numbered list of checklists the prompt chooses from.
  func showChecklists() {
    console.say(t("可用的清单：", "checklists:"))
    var table = TextTable(columns: [
      TextTable.Column("", alignment: .right, wraps: false),
      TextTable.Column(t("编号", "id"), wraps: false),
      TextTable.Column(t("清单", "checklist")),
    ])
    for (offset, entry) in environment.catalogue.entries.enumerated() {
      table.rows.append(["\(offset + 1)", entry.id, entry.title])
    }
    console.say(table.render(maxWidth: environment.width))
  }

  /// How a typed checklist reference resolved: an entry, or the complaint to make (at the
  /// prompt, `true`, it points at the list above).
  enum EntryResolution {
    case found(Int)
    case refused((_ atPrompt: Bool) -> Localized)
  }

  /// Resolves what was typed at the prompt or after `--checklist`, the same way for both: an
  /// id, title, file name or path; else the one checklist whose id, file name or title begins
  /// so (said back, so an inspector who meant another sees which form the walk is on); else
  /// the ones that begin so, when several do (`huili` begins six), or the nearest names.
  func resolveEntry(_ text: String) -> EntryResolution {
    if let index = findEntry(text) { return .found(index) }
    let beginning = entriesBeginning(text)
    if beginning.count == 1, let index = beginning.first {
      let entry = environment.catalogue.entries[index]
      console.say(t("→ \(entry.id)（\(entry.title)）", "→ \(entry.id) (\(entry.title))"))
      return .found(index)
    }
    if beginning.count > 1 {
      let ids = beginning.map { environment.catalogue.entries[$0].id }
      return .refused { atPrompt in
        Localized(
          "“\(text)”开头的清单有 \(ids.count) 张：\(ids.joined(separator: "、"))。请写到能分出是哪一张"
            + (atPrompt ? "，或输入上面列出的序号。" : "。"),
          en:
            "\(ids.count) checklists begin with '\(text)': \(ids.joined(separator: ", ")). Type enough"
            + " to tell which" + (atPrompt ? ", or a number from the list." : "."))
      }
    }
    return .refused { atPrompt in
      guard atPrompt else { return self.checklistNotFound(text) }
      let guesses = self.checklistGuesses(text)
      return Localized(
        "没有“\(text)”。" + (guesses.isEmpty ? "" : "是不是：\(guesses.joined(separator: "、"))？")
          + "请输入上面列出的序号或编号。",
        en: "no '\(text)'. "
          + (guesses.isEmpty ? "" : "Did you mean: \(guesses.joined(separator: ", "))? ")
          + "Type a number or id from the list.")
    }
  }

  /// The chosen entry's checklist, parsed and validated now; nil after reporting every
  /// diagnostic of a file with errors, exactly as `ducha validate` prints them.
  func usableChecklist(_ index: Int) -> Checklist? {
    let (checklist, diagnostics) = environment.catalogue.load(index)
    if let checklist { return checklist }
    let path = environment.catalogue.entries[index].path
    console.complain(
      Localized(
        "清单 \(path) 有错误，不能使用：", en: "the checklist \(path) has errors and cannot be used:"))
    console.say(DiagnosticReport.format(diagnostics, files: 1, language: console.language))
    console.say(
      t(
        "请改正后再选（ducha validate \(path) 可再次检查），或选择别的清单。",
        "fix it and choose it again (ducha validate \(path) checks it), or choose another checklist."
      ))
    return nil
  }

  /// The checklists' ids, file names and titles nearest to a mistyped `reference`.
  func checklistGuesses(_ reference: String) -> [String] {
    let names = environment.catalogue.entries.flatMap { entry in
      [
        entry.id, entry.title,
        PathName.stem(entry.path),
      ]
    }
    return NameSuggestions.nearOrStartingNear(reference, in: names)
  }

  /// "找不到清单…", with "是不是…" when a checklist is near (the list follows).
  func checklistNotFound(_ reference: String) -> Localized {
    let guesses = checklistGuesses(reference)
    return Localized(
      "找不到清单“\(reference)”。" + (guesses.isEmpty ? "" : "是不是：\(guesses.joined(separator: "、"))？"),
      en: "no checklist '\(reference)'."
        + (guesses.isEmpty ? "" : " Did you mean: \(guesses.joined(separator: ", "))?"))
  }

  /// The first entry whose id, title, file name (with or without `.ducha`) or path is
  /// `reference`.
  func findEntry(_ reference: String) -> Int? {
    environment.catalogue.entries.firstIndex {
      $0.id == reference || $0.title == reference
        || PathName.last($0.path) == reference || PathName.stem($0.path) == reference
        || $0.path == reference
    }
  }

  /// The entries whose id, file name or title begins with `text` (two characters at least,
  /// letters in either case).
  func entriesBeginning(_ text: String) -> [Int] {
    let typed = text.lowercased()
    guard typed.count >= 2 else { return [] }
    return environment.catalogue.entries.indices.filter { index in
      let entry = environment.catalogue.entries[index]
      return [entry.id, PathName.stem(entry.path), entry.title].contains {
        $0.lowercased().hasPrefix(typed)
      }
    }
  }

  /// The first usable checklist whose id, title, file name or path is `reference`.
  func findChecklist(_ reference: String) -> Checklist? {
    environment.checklists.first {
      $0.id == reference || $0.title == reference
        || PathName.last($0.file) == reference || PathName.stem($0.file) == reference
        || $0.file == reference
    }
  }

  /// Asks the unit's stages among the checklist's own (`学段：`): the prompt lists them
  /// (`单位学段（小学/初中/高中，可写几个）`), and a stage the form does not cover is refused
  /// with the ones it does, not recorded for a unit the form cannot score.
  func askStages() -> [Stage]? {
    let offered = checklist.stages
    let all = offered.map(\.rawValue).joined(separator: " ")
    let slashed = offered.map(\.rawValue).joined(separator: "/")
    let listed = offered.map { "“\($0.rawValue)”" }.joined(separator: "、")
    while true {
      guard
        let text = askText(
          t("单位学段（\(slashed)，可写几个）", "stages (\(slashed); one or more)"), fallback: all,
          quitLeaves: true)
      else {
        return nil
      }
      let words = Stage.listedWords(text)
      let stages = words.compactMap { Stage(rawValue: $0) }
      let foreign = stages.filter { !offered.contains($0) }
      if !foreign.isEmpty {
        console.complain(
          Localized(
            "本清单的学段是\(listed)，不含“\(foreign.map(\.rawValue).joined(separator: " "))”。请从中选一个或几个，如“\(all)”。",
            en: "this checklist covers \(slashed) only; choose among them, e.g. '\(all)'."))
        continue
      }
      if !stages.isEmpty, stages.count == words.count { return Array(Set(stages)).sorted() }
      console.complain(
        Localized("请输入\(listed)中的一个或几个，如“\(all)”。", en: "type some of \(slashed), e.g. '\(all)'."))
    }
  }

  /// `--stage 高中` for a form whose `学段：` has no 高中: the stages it has and what to type
  /// (for a form of one stage, that the session takes it); nil when every stage given is the
  /// form's.
  func foreignStagesRefused(_ given: [Stage]) -> Localized? {
    let foreign = given.filter { !checklist.stages.contains($0) }
    guard !foreign.isEmpty else { return nil }
    let named = foreign.map(\.rawValue).joined(separator: "、")
    let listed = checklist.stages.map(\.rawValue).joined(separator: "、")
    let options = checklist.stages.map { "--stage \($0.rawValue)" }.joined(separator: "、")
    let single = checklist.stages.count == 1
    return Localized(
      "--stage \(named)：本清单的学段只有\(listed)，没有\(named)。"
        + (single ? "本次记为\(listed)" : "请改写 \(options)（可写几次）")
        + "；检查\(named)请选学段有\(named)的清单（ducha show 清单 可看学段）。",
      en: "--stage \(named): this checklist covers \(listed) only. "
        + (single ? "The session records \(listed)" : "Use \(options) (repeatable)")
        + "; for \(named), choose a checklist that covers it (ducha show shows a checklist's stages)."
    )
  }

  /// `--stage 学前` for a form that scores by 学段: what to type instead.
  func preschoolRefused() -> Localized {
    let slashed = checklist.stages.map(\.rawValue).joined(separator: "/")
    let options = checklist.stages.map { "--stage \($0.rawValue)" }.joined(separator: "、")
    return Localized(
      "--stage 学前：本清单按学段检查（\(slashed)），没有“学前”（学前只用于幼儿园的清单）。请改写 \(options)（可写几次）。",
      en:
        "--stage 学前: this checklist is by stage (\(slashed)) and has no 学前 (for kindergarten checklists only). Use \(options) (repeatable)."
    )
  }

  func askDate(_ today: String) -> String? {
    while true {
      guard let text = askText(t("检查日期", "visit date"), fallback: today, quitLeaves: true) else {
        return nil
      }
      switch AnswerParser.optionDate(text, atPrompt: true) {
      case .success(let date): return date
      case .failure(let refusal): console.complain(refusal.message)
      }
    }
  }

  /// Asks the inspection year until it is one (`21` or `2021年度x` was taken as 21 or as the
  /// default without a word); nil when the inspector leaves.
  func askYear(_ defaultYear: Int?) -> Int? {
    while true {
      guard
        let text = askText(
          t("考核年度（决定年度目标）", "inspection year (picks year targets)"),
          fallback: defaultYear.map(String.init), quitLeaves: true)
      else {
        return nil
      }
      switch AnswerParser.inspectionYear(text) {
      case .success(let year): return year
      case .failure(let refusal): console.complain(refusal.message)
      }
    }
  }

  /// The visit's year when the form covers it, else the form's first assessment year.
  func defaultInspectionYear(_ date: String) -> Int? {
    let visit = Int(date.prefix(4))
    if let years = checklist.assessmentYears {
      if let visit, years.contains(visit) { return visit }
      return years.lowerBound
    }
    return checklist.year ?? visit
  }
}

extension Input {
  init(name: String, type: InputType, itemID: String, location: SourceLocation) {
    self.init(
      name: name, type: type, defaultValue: nil, prompt: nil, rangeMessage: nil, itemID: itemID,
      location: location)
  }
}

extension InspectionREPL {
  /// Whether a refused start option is asked about again (a terminal) or ends the run.
  public var asksOnTerminal: Bool { console.interactive }

  /// Why `--checklist reference` names no checklist, with every checklist's id (the inspector
  /// needs them to type it right); nil when it names one (or begins only one's id, file name
  /// or title). Without a terminal `ducha inspect` refuses it as every command refuses an
  /// option value (its usage, status 64): it printed the REPL's complaint and table, status 1.
  public func checklistOptionRefusal(_ reference: String) -> Localized? {
    if findEntry(reference) != nil || entriesBeginning(reference).count == 1 { return nil }
    guard case .refused(let complaint) = resolveEntry(reference) else { return nil }
    let said = complaint(false)
    let ids = environment.catalogue.entries.map(\.id)
    guard !ids.isEmpty else { return said }
    return Localized(
      said.zh + "可用的清单：" + ids.joined(separator: "、") + "。",
      en: said.en + " Checklists: " + ids.joined(separator: ", ") + ".")
  }
}
