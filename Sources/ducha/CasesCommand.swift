import ArgumentParser
import DuchaCases
import DuchaChecklist
import DuchaRoster
import DuchaSession
import DuchaSync
import DuchaTerminal
import Foundation

/// `ducha cases …`: the 控辍保学 case ledger, from 疑似 to 复学销号.
struct CasesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases",
    abstract: "控辍保学台账：疑似失学辍学案例从核查、劝返到复学销号 · the case ledger",
    subcommands: [
      CasesImport.self, CasesList.self, CasesShow.self, CasesAssign.self, CasesUpdate.self,
      CasesClose.self, CasesOverdue.self, CasesRegister.self, CasesKeepCopy.self,
    ])
}

/// Where the ledger is and whether personal data is shown.
struct LedgerOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "台账文件（默认 Ledger/ledger.sqlite，与 Sessions/ 并列）/ ledger file")
  var ledger: String = LedgerOptions.defaultPath

  @Flag(name: .long, help: "显示完整姓名和身份证号 / show full names and ID numbers")
  var reveal = false

  /// `--server`/`--token`: the county server's ledger instead of the file.
  @OptionGroup var server: ServerSource

  /// `Ledger/ledger.sqlite` in the current folder, beside `Sessions/` (as the sessions folder
  /// defaults to `./Sessions`).
  static let defaultPath = "Ledger/ledger.sqlite"

  var privacy: CasePrivacy { CasePrivacy(reveal: reveal) }

  /// The county server's ledger when `--server` is given (list, show, assign, update, close);
  /// the server counts 逾期 on its own today, so `--today` does not go with it.
  func remote(today: String? = nil, language: Language = .chinese) throws -> CaseClient? {
    guard server.server != nil else { return nil }
    guard today == nil else {
      throw ValidationError(
        Localized(
          "--today 不能与 --server 同用：服务器按今天的日期算逾期。",
          en: "--today does not go with --server: the server counts overdue by its own today."
        ).text(language))
    }
    return CaseClient(client: try server.client())
  }

  /// Opens the ledger, or says why not and exits 1; only `creating` (import) starts one. A
  /// file older than what this machine last saw of it refuses every change; a `reading`
  /// command shows it after a warning. A ledger this user cannot write is read as usual; a
  /// command that changes it says so once, before any case (not once per case number).
  /// A ledger with no case at all (a first import that failed) is said as such to a reading
  /// command, exit 1. Messages are in `language` (the command's `--lang`).
  func open(creating: Bool = false, reading: Bool = false, language: Language = .chinese) throws
    -> CaseLedger
  {
    let store = try openStore(creating: creating, language: language)
    // Said by `main` (`UserFacingError`), as every ledger error.
    if !reading, let readOnly = store.readOnly { throw readOnly }
    if reading, let warning = store.olderCopy?.readingWarning {
      printError(warning.text(language))
    }
    // Left by a first import that failed part-way: not a ledger in which nothing matches.
    if reading, (try? store.isEmpty()) == true {
      throw CommandFailure(EmptyLedger.notice(path: store.path))
    }
    sayOrphanedHistories(store, language: language)
    return CaseLedger(store: store)
  }

  /// Says, on every command, each case whose row another program deleted (its history left
  /// behind), with the fix that fits this reader.
  func sayOrphanedHistories(_ store: SQLiteCaseStore, language: Language = .chinese) {
    do {
      for orphan in try store.orphanedHistories() {
        printError(
          orphan.message(ledger: store.path, canWrite: store.readOnly == nil).text(language))
      }
    } catch {
      printError(CaseStoreError.failed(error, in: store).message.text(language))
    }
  }

  /// The ledger file's store, compared with what this user last saw of it.
  func openStore(creating: Bool = false, language: Language = .chinese) throws -> SQLiteCaseStore {
    guard server.server == nil else {
      throw ValidationError(
        Localized(
          "这个命令还不能对县服务器用；--server 只用于 cases list、show、assign、update、close。",
          en:
            "this command does not work with the county server yet; --server goes with cases list,"
            + " show, assign, update and close only."
        ).text(language))
    }
    // A ledger that cannot be opened is said by `main`, in the command's language.
    return try SQLiteCaseStore(
      path: ledger, creating: creating,
      marks: LedgerMarkBook.forUser(
        environment: ProcessEnvironment.values(LedgerMarkBook.environmentNames)))
  }
}

/// Who makes a change, and why.
struct ChangeOptions: ParsableArguments {
  @Option(name: .long, help: "谁做的修改（必填）/ who makes the change (required)") var by: String
  @Option(name: .long, help: "理由 / why") var reason: String = ""
  @Option(name: .long, help: "消息的语言 zh 或 en / language of the messages") var lang: String?

  /// English only when asked for (`--lang en`): the ledger's messages are Chinese by default.
  var language: Language { lang.flatMap(Language.init(option:)) ?? .chinese }

  /// `--lang fr` is refused, as every command's `--lang` is.
  func validate() throws {
    if let lang, Language(option: lang) == nil { throw ValidationError(Language.refusal(lang)) }
  }
}

/// Parses a date option: `2021-10-12`, `2021/10/12`, `2021年10月12日`, full-width digits too.
func parseDay(_ text: String, option: String, language: Language = .chinese) throws -> CivilDate {
  do {
    return try CaseAction.typedDay(text, option: option)
  } catch {
    throw ValidationError(error.message.text(language))
  }
}

/// Prints the outcome of a change: the case's new state, or the refusal (exit 1).
func printChange(
  _ result: Result<CaseRecord, CaseLedger.ChangeError>, privacy: CasePrivacy,
  language: Language = .chinese
) throws {
  switch result {
  case .success(let record):
    print(CaseDetailText.changeLine(record, privacy: privacy, language: language))
  case .failure(let error):
    // Printed here, not thrown to `main`: a bulk assignment goes on with the other cases.
    printError(error.text(language))
    throw ExitCode(1)
  }
}

/// A change made on the county server (`--server`): its outcome printed as a local change's;
/// a refusal is the server's message (the same state machine's words), exit 1. The server
/// records the signed-in account as the author, whatever `--by` says.
func printRemoteChange(
  _ remote: CaseClient, _ action: CaseAction, on id: Int64, reason: String, privacy: CasePrivacy,
  language: Language = .chinese
) throws {
  let record: CaseRecord
  do {
    record = try waitForServer {
      () async throws(SyncError) -> CaseRecord in
      try await remote.perform(action, on: id, reason: reason)
    }
  } catch let error as SyncError {
    // Printed here, not thrown to `main`, as `printChange` prints a refusal: a bulk assignment
    // goes on with the other cases.
    printError(error.said(in: language))
    throw ExitCode(1)
  }
  try printChange(.success(record), privacy: privacy, language: language)
}

/// `ducha cases import FILE…`.
struct CasesImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "导入疑似失学辍学名单（ducha compare 的输出、CSV/XLSX，或检查记录的籍在人不在）")

  @OptionGroup var ledgerOptions: LedgerOptions
  @Argument(help: "名单文件（.csv、.xlsx）或检查记录（.json）/ list or session files") var files: [String]
  @Option(name: .long, help: "导入人 / who imports") var by: String
  @Option(name: .long, help: "名单里没有学校时用这个 / school when the list has none") var school: String?
  @Option(name: .long, help: "名单里没有乡镇时用这个 / township when the list has none") var township: String?
  @Flag(
    name: .long,
    help: "逐行列出全部问题（默认每个文件每种问题列 10 行，其余合成一行）/ list every row's problem")
  var allMessages = false
  @OptionGroup var options: CommonOptions

  func run() throws {
    let language = options.language
    // Every file is read before the ledger is opened: when no row of any can be imported,
    // no ledger is started (an empty one would answer later commands that there are no cases).
    let outcomes = files.map { CaseListReader.read(path: $0, school: school, township: township) }
    var failed = false
    for outcome in outcomes {
      // A list of a thousand bad rows is summed up per kind unless every row is asked for.
      let shown =
        allMessages
        ? outcome.diagnostics
        : DiagnosticDigest.digest(outcome.diagnostics, allOption: "--all-messages")
      for diagnostic in shown { printError(diagnostic.formatted(language)) }
      failed = failed || outcome.diagnostics.hasErrors
    }
    guard outcomes.contains(where: { !$0.children.isEmpty }) else {
      // Each file's count, then what happened to the ledger: one refusal on standard error (the
      // counts were on standard output, as if something had been imported).
      let counts = files.map {
        Localized("\($0)：读入 0 人，没有可以导入的孩子", en: "\($0): 0 read, no child to import")
      }
      let ledgerPath = ledgerOptions.ledger
      let exists = FileManager.default.fileExists(atPath: ledgerPath)
      let what =
        exists
        ? Localized(
          "没有导入任何孩子，台账 \(ledgerPath) 没有改动。",
          en: "no child was imported; the ledger \(ledgerPath) is unchanged.")
        : Localized(
          "没有导入任何孩子，所以没有建立台账 \(ledgerPath)。",
          en: "no child was imported, so no ledger \(ledgerPath) was started.")
      let fix = Localized(
        "按上面每一条的改法改好名单后再导入。",
        en: " Correct the list as each message above says and import it again.")
      throw CommandFailure(
        lines: counts + [failed ? Localized(what.zh + fix.zh, en: what.en + fix.en) : what])
    }
    let ledger = try ledgerOptions.open(creating: true, language: language)
    for (file, outcome) in zip(files, outcomes) {
      let result = try ledger.importChildren(outcome.children, by: by)
      for line in result.report(
        file: file, read: outcome.children.count, privacy: ledgerOptions.privacy,
        language: language)
      {
        print(line)
      }
    }
    if failed { throw ExitCode(1) }
  }
}

/// `ducha cases list`.
struct CasesList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "列出案例 · list cases")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

  @OptionGroup var ledgerOptions: LedgerOptions
  @OptionGroup var options: CommonOptions
  @Option(name: .long, help: "只列这个状态（疑似、劝返中、限期复学 …；辍学：还没复学的全部辍学学生）/ status")
  var status: String?
  @Option(name: .long, help: "只列这所学校 / school") var school: String?
  @Option(name: .long, help: "只列这个乡镇 / township") var township: String?
  @Flag(name: .long, help: "只列未结案的 / open cases only") var open = false
  @Option(name: .long, help: "text、csv、json（默认按 -o 的扩展名，否则 text）/ default: from -o's extension")
  var format: Format?
  @Option(name: [.short, .long], help: "写入文件 / write to a file") var output: String?
  @Option(name: .long, help: "按哪一天算逾期（默认今天）/ the day overdue is counted on") var today: String?

  func run() throws {
    let day = try today.map { try parseDay($0, option: "--today", language: options.language) }
    _ = try chosenFormat()
    var filter = CaseFilter(school: school, township: township, openOnly: open)
    if let status {
      guard let parsed = CaseStatusChoice(typed: status) else {
        throw ValidationError(CaseStatusChoice.refusal(status).text(options.language))
      }
      filter.statuses = parsed.statuses
    }
    let records: [CaseRecord]
    if let remote = try ledgerOptions.remote(today: today, language: options.language) {
      let (chosen, reveal) = (filter, ledgerOptions.reveal)
      records = try waitForServer { () async throws(SyncError) -> [CaseRecord] in
        try await remote.list(chosen, reveal: reveal)
      }
    } else {
      let ledger = try ledgerOptions.open(reading: true, language: options.language)
      records = try ledger.list(filter, today: day)
      if records.isEmpty, school != nil || township != nil {
        for hint in try ledger.unknownNames(school: school, township: township) {
          printError(hint.text(options.language))
        }
      }
    }
    let privacy = ledgerOptions.privacy
    let data: Data
    switch try chosenFormat() {
    case .text:
      // The terminal's width on the screen (a wide window needs no wrapping); 80 in a file.
      let width =
        standardOutputDash(output) == nil
        ? TerminalWidth.detect(
          environment: ProcessEnvironment.values(TerminalWidth.environmentNames)) : 80
      data = Data(
        CaseListOutput.text(records, privacy: privacy, width: width, language: options.language)
          .utf8)
    case .csv: data = CaseListOutput.csv(records, privacy: privacy)
    case .json: data = try CaseListOutput.json(records, privacy: privacy)
    }
    if let output = standardOutputDash(output) {
      try writeDocument(data, to: output, options, holding: .children)
    } else {
      FileHandle.standardOutput.write(data)
      if data.last != 0x0A { print() }
    }
  }
}

extension CasesList {
  /// `--format`, else what `-o`'s extension names (`-o 案例.csv` is CSV), else text.
  func chosenFormat() throws -> Format {
    let choice = OutputFormatChoice(
      [
        .init("text", extensions: ["txt", "text"]), .init("csv", extensions: ["csv"]),
        .init("json", extensions: ["json"]),
      ],
      fallback: Format.text.rawValue)
    return try choice.chosen(
      format, output: standardOutputDash(output), fallback: Format.text, language: options.language)
  }
}

/// `ducha cases show ID`.
struct CasesShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "一个案例的情况和全部历史 · one case and its history")

  @OptionGroup var ledgerOptions: LedgerOptions
  @Argument(help: "案例编号 / case number") var id: Int64
  @Option(name: .long, help: "按哪一天算逾期（默认今天）/ the day overdue is counted on") var today: String?
  @OptionGroup var options: CommonOptions

  func run() throws {
    let language = options.language
    let day = try today.map { try parseDay($0, option: "--today", language: options.language) }
    if let remote = try ledgerOptions.remote(today: today, language: language) {
      let (id, reveal) = (self.id, ledgerOptions.reveal)
      let detail = try waitForServer {
        () async throws(SyncError) -> CaseDetailReply in
        try await remote.detail(id, reveal: reveal)
      }
      print(
        CaseDetailText.text(
          detail.record, history: detail.history, privacy: ledgerOptions.privacy,
          language: language))
      return
    }
    let ledger = try ledgerOptions.open(reading: true, language: language)
    guard let record = try ledger.fetch(id, today: day) else {
      // A row deleted by another program: its history, under the warning open() printed.
      if let store = ledger.store as? SQLiteCaseStore,
        let orphan = try store.orphanedHistories().first(where: { $0.caseID == id })
      {
        print(
          CaseDetailText.orphan(orphan, privacy: ledgerOptions.privacy, language: language))
        throw ExitCode(1)
      }
      throw CaseStoreError.notFound(caseID: id)
    }
    print(
      CaseDetailText.text(
        record, history: try ledger.store.history(id), privacy: ledgerOptions.privacy,
        language: language))
  }
}

/// `ducha cases assign ID… --school S --person P --township T --by X`, or the cases a filter
/// selects (`--where-township 渔沟镇 …`, the filters of `cases list`), shown first and changed
/// once confirmed.
struct CasesAssign: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign", abstract: "分配责任学校和包保责任人，补上或改正乡镇 · assign cases, set their township",
    discussion: """
      按条件一次分配（与 cases list 的筛选相同）：
        ducha cases assign --where-township 渔沟镇 --person 王老师 --by 李辉
      先列出找到的案例和要做的改动；确认（终端上回答 是，或加 --yes）后才写入。
      """)

  @OptionGroup var ledgerOptions: LedgerOptions
  @OptionGroup var change: ChangeOptions
  @Argument(help: "案例编号，可写几个；或用 --where-… 按条件选 / case numbers") var ids: [Int64] = []
  @Option(name: .long, help: "责任学校 / responsible school") var school: String?
  @Option(name: .long, help: "包保责任人 / person responsible") var person: String?
  @Option(name: .long, help: "乡镇：补上名单里没有的，或改正写错的（已结案的也可以）/ the case's township")
  var township: String?
  @Option(name: .long, help: "按条件选：这个状态的案例（同 cases list --status，辍学 也可以）/ select by status")
  var whereStatus: String?
  @Option(name: .long, help: "按条件选：这所学校的案例（同 cases list --school）/ select by school")
  var whereSchool: String?
  @Option(name: .long, help: "按条件选：这个乡镇的案例（同 cases list --township）/ select by township")
  var whereTownship: String?
  @Flag(name: .long, help: "按条件选：只要未结案的（同 cases list --open）/ open cases only") var whereOpen =
    false
  @Flag(name: .long, help: "按条件分配时不再询问，直接写入 / apply without asking") var yes = false

  /// The changes to make on each case (`CaseBulkAssignment.actions`).
  var actions: [CaseAction] {
    CaseBulkAssignment.actions(school: school, person: person, township: township)
  }

  /// The selection by filter, when any `--where-…` is given.
  func filter() throws -> CaseFilter? {
    guard whereStatus != nil || whereSchool != nil || whereTownship != nil || whereOpen else {
      return nil
    }
    var filter = CaseFilter(school: whereSchool, township: whereTownship, openOnly: whereOpen)
    if let whereStatus {
      guard let parsed = CaseStatusChoice(typed: whereStatus) else {
        throw ValidationError(CaseStatusChoice.refusal(whereStatus).text(change.language))
      }
      filter.statuses = parsed.statuses
    }
    return filter
  }

  func validate() throws {
    let filtered = try filter() != nil
    let language = change.language
    if filtered, !ids.isEmpty {
      throw ValidationError(
        Localized(
          "案例编号和 --where-… 条件只能用一种：要么写编号，要么按条件选。",
          en: "give either case numbers or --where-… conditions, not both."
        ).text(language))
    }
    if !filtered, ids.isEmpty {
      throw ValidationError(
        Localized(
          "没有写要分配的案例：写案例编号（ducha cases assign 3 4 5 …），或按条件选（--where-township 渔沟镇、--where-school、--where-status、--where-open）。",
          en: "no case to assign: give case numbers (ducha cases assign 3 4 5 …) or conditions"
            + " (--where-township, --where-school, --where-status, --where-open)."
        ).text(language))
    }
    if filtered, school == nil, person == nil, township == nil {
      throw ValidationError(
        Localized(
          "没有写分配什么：加 --person 包保责任人、--school 责任学校 或 --township 乡镇。",
          en: "nothing to assign: add --person NAME, --school SCHOOL or --township TOWNSHIP."
        ).text(language))
    }
  }

  func run() throws {
    if let filter = try filter() {
      try assignSelected(filter)
      return
    }
    if let remote = try ledgerOptions.remote(language: change.language) {
      let outcome = CaseBulkAssignment.apply(actions, to: ids) { action, id in
        try printRemoteChange(
          remote, action, on: id, reason: change.reason, privacy: ledgerOptions.privacy,
          language: change.language)
      }
      if outcome.failed > 0 { throw ExitCode(1) }
      return
    }
    let ledger = try ledgerOptions.open(language: change.language)
    let hints = try nameHints(ledger)
    let outcome = CaseBulkAssignment.apply(actions, to: ids) { action, id in
      try printChange(
        ledger.perform(action, on: id, by: change.by, reason: change.reason),
        privacy: ledgerOptions.privacy, language: change.language)
    }
    printNameHints(hints, ids: ids)
    if outcome.failed > 0 { throw ExitCode(1) }
  }

  /// The names this assignment gives that no case has yet, looked up before the change.
  func nameHints(_ ledger: CaseLedger) throws -> [CaseBulkAssignment.NameHint] {
    CaseBulkAssignment.hints(
      school: school, township: township, in: try ledger.store.list(CaseFilter()))
  }

  /// Prints `hints` with the command that corrects the cases `ids`.
  func printNameHints(_ hints: [CaseBulkAssignment.NameHint], ids: [Int64]) {
    for (hint, option) in hints.map({ ($0.hint, $0.option) }) {
      let ids = ids.map(String.init).joined(separator: " ")
      printError(
        change.language == .english
          ? "note: \(hint.en) If that was a slip, run ducha cases assign \(ids) \(option.en)."
          : "注意：" + hint.zh + "如果写错了，用 ducha cases assign \(ids) \(option.zh)。")
    }
  }

  /// The cases `filter` selects: listed with what will change, then changed once confirmed.
  func assignSelected(_ filter: CaseFilter) throws {
    let privacy = ledgerOptions.privacy
    let remote = try ledgerOptions.remote(language: change.language)
    let ledger = remote == nil ? try ledgerOptions.open(language: change.language) : nil
    let matched: [CaseRecord]
    if let remote {
      matched = try waitForServer {
        () async throws(SyncError) -> [CaseRecord] in
        try await remote.list(filter)
      }
    } else if let ledger {
      matched = try ledger.list(filter)
    } else {
      matched = []
    }
    guard !matched.isEmpty else {
      throw CommandFailure(
        lines: [Localized("没有符合条件的案例，没有分配。", en: "no case matches; nothing was assigned.")]
          + (try ledger?.unknownNames(school: whereSchool, township: whereTownship) ?? []))
    }
    let language = change.language
    let plan = CaseBulkAssignment(actions: actions, matched: matched)
    print(CaseListOutput.text(matched, privacy: privacy, language: language))
    print(plan.summary.text(language))
    let chosen = plan.applicable
    guard !chosen.isEmpty else { return }
    guard yes || confirmed(count: chosen.count) else {
      let atTerminal = isatty(STDIN_FILENO) != 0
      print(
        Localized(
          "没有改动。" + (atTerminal ? "" : "确认无误后加 --yes 再运行一次。"),
          en: "nothing was changed."
            + (atTerminal ? "" : " Run it again with --yes once it is right.")
        ).text(language))
      return
    }
    let hints = try ledger.map(nameHints) ?? []
    let outcome = plan.apply { action, id in
      if let remote {
        try printRemoteChange(
          remote, action, on: id, reason: change.reason, privacy: privacy,
          language: language)
      } else if let ledger {
        try printChange(
          ledger.perform(action, on: id, by: change.by, reason: change.reason),
          privacy: privacy, language: change.language)
      }
    }
    let done = outcome.done
    let missed = chosen.count - done
    print(
      Localized(
        "已分配 \(done) 例" + (missed > 0 ? "，\(missed) 例没有改成（原因见上）" : "") + "。",
        en: "assigned \(done)" + (missed > 0 ? "; \(missed) not changed (why is said above)" : "")
          + "."
      ).text(language))
    printNameHints(hints, ids: chosen.map(\.record.id))
    if outcome.failed > 0 { throw ExitCode(1) }
  }

  /// Asks at a terminal; elsewhere (a script, a pipe) nothing is changed without `--yes`.
  func confirmed(count: Int) -> Bool {
    guard isatty(STDIN_FILENO) != 0 else { return false }
    print(
      Localized(
        "确认分配这 \(count) 例？输入 是 或 y 确认，其他不改：",
        en: "assign these \(count)? Type y (or 是) to confirm, anything else changes nothing: "
      ).text(change.language), terminator: "")
    guard let answer = readLine()?.trimmingCharacters(in: .whitespaces) else { return false }
    return ["是", "y", "yes", "确认", "好"].contains(answer.lowercased())
  }
}

/// `ducha cases update ID …`: a check result, a visit, a notice, overdue, a report.
struct CasesUpdate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "记核查结果、劝返走访、限期复学通知、逾期、报乡镇、核实、重新打开 · record a change")

  @OptionGroup var ledgerOptions: LedgerOptions
  @OptionGroup var change: ChangeOptions
  @Argument(help: "案例编号 / case number") var id: Int64

  @Option(name: .long, help: "核查结果：已在外地就读、已入学、延缓入学/休学、迁出、死亡、已完成义务教育（初中毕业）、确认辍学") var result: String?
  @Option(name: .long, help: "已在外地就读：在哪里就读") var `where`: String?
  @Option(name: .long, help: "证明材料 / proof") var proof: String?
  @Option(name: .long, help: "延缓入学/休学的批准证明") var certificate: String?
  @Option(name: .long, help: "已入学：学校") var school: String?
  @Option(name: .customLong("class"), help: "班级") var className: String?
  @Flag(name: .long, help: "记一次劝返走访（--date --visitors --outcome）") var visit = false
  @Option(name: .long, help: "走访人") var visitors: String?
  @Option(name: .long, help: "走访结果") var outcome: String?
  @Flag(name: .long, help: "发出限期复学通知书（--date；期限为 7 天后）") var notice = false
  @Flag(name: .long, help: "期限已过，记逾期（不记也会按日期自动算逾期）") var overdue = false
  @Flag(name: .long, help: "报乡镇（--date --decision）") var report = false
  @Option(name: .long, help: "行政处罚决定书编号") var decision: String?
  @Flag(name: .long, help: "当场核实，情况没有变化（--reason 写核实了什么）") var confirm = false
  @Flag(name: .long, help: "重新打开已结案的案例（回到疑似）") var reopen = false
  @Option(name: .long, help: "日期（核查、走访、通知、报乡镇），默认今天") var date: String?
  @Option(name: .long, help: "今天的日期（默认今天；逾期按这一天算）/ today's date") var today: String?

  /// The options as `CaseAction.parse` reads them.
  var request: CaseUpdateRequest {
    var request = CaseUpdateRequest()
    (request.result, request.place, request.proof) = (result, `where`, proof)
    (request.certificate, request.school, request.className) = (certificate, school, className)
    (request.visit, request.visitors, request.outcome) = (visit, visitors, outcome)
    (request.notice, request.overdue, request.report) = (notice, overdue, report)
    (request.decision, request.confirm, request.reopen) = (decision, confirm, reopen)
    (request.date, request.today) = (date, today)
    return request
  }

  func action() throws -> CaseAction {
    do {
      return try CaseAction.parse(request, today: CivilDate.today())
    } catch {
      throw ValidationError(error.message.text(change.language))
    }
  }

  func run() throws {
    let action = try action()
    let day = try today.map { try parseDay($0, option: "--today", language: change.language) }
    if let remote = try ledgerOptions.remote(today: today, language: change.language) {
      try printRemoteChange(
        remote, action, on: id, reason: change.reason, privacy: ledgerOptions.privacy,
        language: change.language)
      return
    }
    let ledger = try ledgerOptions.open(language: change.language)
    try printChange(
      ledger.perform(action, on: id, by: change.by, reason: change.reason, today: day),
      privacy: ledgerOptions.privacy, language: change.language)
  }
}

/// `ducha cases close ID --date --school --class`: 复学销号.
struct CasesClose: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close", abstract: "复学销号 · the child is back in school")

  @OptionGroup var ledgerOptions: LedgerOptions
  @OptionGroup var change: ChangeOptions
  @Argument(help: "案例编号 / case number") var id: Int64
  @Option(name: .long, help: "复学日期（默认今天）") var date: String?
  @Option(name: .long, help: "复学学校") var school: String
  @Option(name: .customLong("class"), help: "年级班级") var className: String

  func run() throws {
    let day =
      try date.map { try parseDay($0, option: "--date", language: change.language) }
      ?? CivilDate.today()
    if let remote = try ledgerOptions.remote(language: change.language) {
      try printRemoteChange(
        remote, .returnToSchool(date: day, school: school, className: className), on: id,
        reason: change.reason, privacy: ledgerOptions.privacy, language: change.language)
      return
    }
    let ledger = try ledgerOptions.open(language: change.language)
    try printChange(
      ledger.perform(
        .returnToSchool(date: day, school: school, className: className), on: id, by: change.by,
        reason: change.reason),
      privacy: ledgerOptions.privacy, language: change.language)
  }
}

/// `ducha cases overdue [--today D]`.
struct CasesOverdue: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overdue", abstract: "今天已过期限的限期复学通知 · notices past due today")

  @OptionGroup var ledgerOptions: LedgerOptions
  @Option(name: .long, help: "今天的日期（默认今天）/ today") var today: String?
  @OptionGroup var options: CommonOptions

  func run() throws {
    let language = options.language
    let day =
      try today.map { try parseDay($0, option: "--today", language: options.language) }
      ?? CivilDate.today()
    let found = try ledgerOptions.open(reading: true, language: language).overdue(asOf: day)
    let late = Dictionary(uniqueKeysWithValues: found.map { ($0.record.id, $0.daysLate) })
    print(
      CaseDetailText.overdue(
        found.map(\.record), today: day.description, daysLate: { late[$0.id] ?? 0 },
        privacy: ledgerOptions.privacy, language: language))
  }
}

/// `ducha cases keep-copy`: after an older copy of the ledger was put back and the newer one is
/// gone (or not wanted), the file as it is now becomes the ledger this machine writes to.
struct CasesKeepCopy: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keep-copy",
    abstract: "以台账文件现在的内容为准（拷回了较旧的副本、确定不要后来的记录时）· keep the ledger file as it is now")

  @OptionGroup var ledgerOptions: LedgerOptions
  @Option(name: .long, help: "谁定下以这一份为准（必填）/ who keeps this copy (required)") var by: String
  @OptionGroup var options: CommonOptions

  func validate() throws {
    if by.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("没有写是谁定下以这一份为准：加上 --by 姓名，例如 --by 李辉。/ --by NAME is required")
    }
  }

  func run() throws {
    let language = options.language
    let store = try ledgerOptions.openStore(language: language)
    let gaveUp = store.olderCopy?.seenMark
    let mark = try store.keepThisCopy(by: by.trimmingCharacters(in: .whitespaces))
    print(mark.keptReport(ledger: store.path, gaveUp: gaveUp).text(language))
  }
}

extension CasesList: SpeaksLanguage { var messageLanguage: Language { options.language } }
extension CasesImport: SpeaksLanguage { var messageLanguage: Language { options.language } }
extension CasesShow: SpeaksLanguage { var messageLanguage: Language { options.language } }
extension CasesOverdue: SpeaksLanguage { var messageLanguage: Language { options.language } }
extension CasesKeepCopy: SpeaksLanguage { var messageLanguage: Language { options.language } }
extension CasesRegister: SpeaksLanguage { var messageLanguage: Language { options.language } }
extension CasesAssign: SpeaksLanguage { var messageLanguage: Language { change.language } }
extension CasesUpdate: SpeaksLanguage { var messageLanguage: Language { change.language } }
extension CasesClose: SpeaksLanguage { var messageLanguage: Language { change.language } }
