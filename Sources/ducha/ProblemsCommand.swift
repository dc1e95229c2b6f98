import ArgumentParser
import DuchaChecklist
import DuchaReport
import DuchaSession
import DuchaTerminal
import Foundation

/// `ducha problems …`: the 问题清单 of a folder — build, show, edit, merge, drop, sign.
struct ProblemsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "problems", abstract: "问题清单 · the problem list",
    subcommands: [
      ProblemsBuild.self, ProblemsShow.self, ProblemsEdit.self, ProblemsMerge.self,
      ProblemsDrop.self,
      ProblemsSign.self,
    ])
}

/// Who acts, when; shared by the editing subcommands.
struct ActorOptions: ParsableArguments {
  @Option(name: .long, help: "操作人（必填）/ who makes the change (required)")
  var by: String?
  @Option(name: .long, help: "理由 / reason (required for drop and amendments)")
  var reason: String?
  @Flag(name: .long, help: "修订已签字的清单 / amend a signed list")
  var amend = false

  var actor: ProblemList.Actor {
    ProblemList.Actor(name: by, time: Timestamp.now, reason: reason, amend: amend)
  }
}

/// A folder's problem list; a missing, damaged or newer one is refused with where, what and how
/// to fix (`ProblemListStore.LoadError`, said by `Ducha.main`).
func loadProblemList(_ folder: String) throws -> ProblemList {
  try ProblemListStore(directory: folder).loadWithStudentNames()
}

/// The folder's merge decisions; a damaged file is refused at its place
/// (`MergeDecisionStore.LoadError`, said by `Ducha.main`).
func loadMergeDecisions(_ folder: String) throws -> [MergeDecision] {
  try MergeDecisionStore(directory: folder).load()
}

/// Changes a folder's list as it is on disk when the change is saved (a change another command
/// saved meanwhile is kept, not written over), then shows it. A refused change, a list that
/// cannot be read and one that cannot be written are said by `Ducha.main` (`UserFacingError`).
func changeProblemList(
  _ folder: String, _ options: CommonOptions,
  _ change: (inout ProblemList) throws(ProblemListEditError) -> Void
) throws {
  let list = try ProblemListStore(directory: folder).update {
    (list: inout ProblemList) throws(ProblemListEditError) in
    // A list written before names were kept masks the names its folder's sessions know.
    if list.studentNames == nil {
      list = list.addingStudentNames(
        StudentNames(sessions: SessionFolder.load([folder]).sessions))
    }
    try change(&list)
  }
  print(problemListText(list, options))
}

/// The list as a terminal table in the user's language, as wide as the terminal (`COLUMNS`).
func problemListText(_ list: ProblemList, _ options: CommonOptions, reveal: Bool = false)
  -> String
{
  ProblemListText.format(
    list, reveal: reveal,
    width: TerminalWidth.detect(
      environment: ProcessEnvironment.values(TerminalWidth.environmentNames)),
    language: options.language)
}

struct ProblemsBuild: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "从检查记录生成（或更新）问题清单 · build or update the list from sessions",
    discussion: exitCodesHelp)
  @OptionGroup var options: CommonOptions
  @OptionGroup var folders: FolderOptions
  @Option(name: .long, help: "标题 / title") var title: String?
  @OptionGroup var actor: ActorOptions

  mutating func run() throws {
    // The list would be written into the temporary copy of the server's files and lost: refused
    // before anything is pulled.
    guard folders.server.server == nil else {
      throw ValidationError(
        "problems build 要写文件：请先 ducha sync --pull 把记录取到文件夹，再对文件夹运行 / sync --pull into a folder first"
      )
    }
    try folders.pullFromServer(options)
    let english = options.language == .english
    let store = ProblemListStore(directory: folders.folders[0])
    // What was on disk when the command began: the list is written only over these bytes.
    let before = store.currentData()
    let existing = before == nil ? nil : try loadProblemList(folders.folders[0])
    // A list built from part of the folder would be signed as if complete: loadFolders stops
    // unless the leader said --allow-partial.
    let collection = try loadFolders(folders, options)
    let decisions = try loadMergeDecisions(folders.folders[0])
    let years = SessionCollection.latestYears(of: collection.groups)
    for note in SessionCollection.earlierYearNotes(years.earlier) {
      printError(english ? note.en : note.zh)
    }
    let build = ProblemListFolderBuild(
      groups: years.kept, decisions: decisions, title: title ?? existing?.title ?? "问题清单")
    var list = build.list
    if let existing {
      guard let updated = try rebuilt(existing, build, collection.sessions, years.kept) else {
        warnUnfinished(build.unfinished, store)
        return
      }
      list = updated
    }
    try store.save(list, replacing: before)
    print(problemListText(list, options, reveal: folders.reveal))
    print(english ? "saved: \(store.path)" : "已保存：\(store.path)")
    warnUnfinished(build.unfinished, store)
  }

  /// The existing list with the folder's problems merged in (`ProblemListRebuild.decide`),
  /// after saying what changes; nil when nothing does. Refuses (exit 1) a folder holding an
  /// older copy of a session than the list was built from, and a signed list's changes that
  /// are not an amendment with a reason.
  private func rebuilt(
    _ existing: ProblemList, _ build: ProblemListFolderBuild, _ sessions: [Session],
    _ groups: [SessionCollection.Group]
  ) throws -> ProblemList? {
    let language = options.language
    let decision = ProblemListRebuild.decide(
      existing: existing, fresh: build.list, checklists: Set(groups.map(\.checklist.id)),
      sessions: sessions, title: title, by: actor.actor, folder: folders.folders[0])
    for note in decision.notes { printError(note.text(language)) }
    switch decision.outcome {
    case .refused(let problems, let advice):
      throw CommandFailure(
        lines: problems.map { Localized("✗ " + $0.zh, en: "✗ " + $0.en) } + [advice])
    case .upToDate(let message):
      print(message.text(language))
      return nil
    case .needsAmendment(let lines, let refusal, let fix):
      // Why first, then the changes refused and how to make them: all on standard error, as
      // one refusal (the changes were on standard output, as if made, above “没有写入”).
      throw CommandFailure(lines: [refusal] + lines + [fix])
    case .rebuilt(let list, let lines):
      for line in lines { print(line.text(language)) }
      return list
    }
  }

  /// A school left half-way had only its checked items listed, as if that were all.
  private func warnUnfinished(_ unfinished: [UnfinishedInspection], _ store: ProblemListStore) {
    for inspection in unfinished {
      printError(
        inspection.warning(
          for: Localized("问题清单", en: "problem list"),
          then: Localized(
            "重新运行 ducha problems build \(store.directory)（已填的责任人、期限保留）",
            en: "run ducha problems build \(store.directory) again (owners and deadlines are kept)")
        ).text(options.language))
    }
  }
}

struct ProblemsShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "显示或导出问题清单 · show or export the list")
  @OptionGroup var options: CommonOptions
  @OptionGroup var export: ExportOptions
  @Argument(help: "文件夹 / folder") var folder: String
  @Flag(name: .long, help: "不遮蔽身份证号和学生姓名 / do not mask ID numbers and students' names")
  var reveal = false

  func run() throws {
    let list = try loadProblemList(folder)
    let data: Data
    switch export.format {
    case .text: data = Data(problemListText(list, options, reveal: reveal).utf8)
    case .md:
      data = Data(ProblemListMarkdown.format(list, reveal: reveal, language: options.language).utf8)
    case .csv: data = ProblemListCSV.format(list, reveal: reveal, language: options.language)
    case .html:
      data = Data(
        ReportHTML.format(summary: nil, problems: list, reveal: reveal, language: options.language)
          .utf8)
    case .xlsx:
      data = try XLSXWriter.workbook([ReportSheets.problemList(list, reveal: reveal)])
    case .docx:
      data = try DOCXWriter.data(ReportDocument.make(summaries: [], problems: list, reveal: reveal))
    }
    try export.emit(data, options, holding: .schools(revealed: reveal))
  }
}

struct ProblemsEdit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: "修改一条 · edit an entry")
  @OptionGroup var options: CommonOptions
  @OptionGroup var actor: ActorOptions
  @Argument(help: "文件夹 / folder") var folder: String
  @Argument(help: "序号 / entry number") var number: Int
  @Option(name: .long, help: "问题 / finding") var finding: String?
  @Option(name: .long, help: "整改要求 / requirement") var requirement: String?
  @Option(name: .long, help: "责任人 / responsible person") var responsible: String?
  @Option(name: .long, help: "整改期限，如 2021-12-15 / deadline, e.g. 2021-12-15")
  var deadline: String?
  @Option(name: .long, help: "状态：未整改、已整改、已核实 / status: open, rectified, verified")
  var status: String?

  func run() throws {
    let changes: [(ProblemField, String?)] = [
      (.finding, finding), (.requirement, requirement), (.responsible, responsible),
      (.deadline, deadline), (.status, status),
    ]
    let given = changes.compactMap { field, value in value.map { (field, $0) } }
    guard !given.isEmpty else {
      throw ValidationError("写明要改什么，如 --responsible 张三 --deadline 2021-12-31 / say what to change")
    }
    try changeProblemList(folder, options) { list throws(ProblemListEditError) in
      for (field, value) in given { try list.edit(number, field, to: value, by: actor.actor) }
    }
  }
}

struct ProblemsMerge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge", abstract: "把一条并入另一条 · merge entries",
    discussion: exitCodesHelp)
  @OptionGroup var options: CommonOptions
  @OptionGroup var actor: ActorOptions
  @Argument(help: "文件夹 / folder") var folder: String
  @Argument(help: "保留的序号 / the entry to keep") var into: Int
  @Argument(help: "并入的序号 / the entry folded in") var other: Int

  func run() throws {
    try changeProblemList(folder, options) { list throws(ProblemListEditError) in
      try list.merge(other, into: into, by: actor.actor)
    }
  }
}

struct ProblemsDrop: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drop", abstract: "删除一条（须写理由）· drop an entry (with a reason)")
  @OptionGroup var options: CommonOptions
  @OptionGroup var actor: ActorOptions
  @Argument(help: "文件夹 / folder") var folder: String
  @Argument(help: "序号 / entry number") var number: Int

  func run() throws {
    try changeProblemList(folder, options) { list throws(ProblemListEditError) in
      try list.drop(number, by: actor.actor)
    }
  }
}

struct ProblemsSign: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sign", abstract: "召集人签字 · the convener signs")
  @OptionGroup var options: CommonOptions
  @Argument(help: "文件夹 / folder") var folder: String
  @Option(name: .long, help: "召集人姓名 / the convener's name") var by: String
  @Flag(
    name: .long,
    help: "有条目缺责任人或期限时不再询问，直接签字 / sign without asking about entries lacking an owner or deadline")
  var yes = false

  func run() throws {
    let english = options.language == .english
    let unassigned = try loadProblemList(folder).entriesWithoutOwnerOrDeadline
    if !unassigned.isEmpty {
      print(
        english
          ? "\(unassigned.count) entries have no owner (责任人) or no deadline (期限):"
          : "以下 \(unassigned.count) 条没有责任人或整改期限：")
      for entry in unassigned {
        let lacking = entry.missingFields.map { field in
          switch field {
          case .responsible: english ? "owner" : "责任人"
          case .deadline: english ? "deadline" : "期限"
          }
        }
        print(
          english
            ? "  \(entry.number)  \(entry.unit) \(entry.itemID): no \(lacking.joined(separator: ", "))"
            : "  第 \(entry.number) 条  \(entry.unit) \(entry.itemID)：缺\(lacking.joined(separator: "、"))"
        )
      }
      // The entries and the question are the dialogue (standard output, also with --yes);
      // the refusal is said by `main`.
      if !yes && !confirmed(english) {
        throw CommandFailure(
          "未签字。先用 ducha problems edit \(folder) 序号 --responsible … --deadline … --by 姓名 补上；确要照此签字，加 --yes。",
          en:
            "not signed. Fill them in with ducha problems edit \(folder) N --responsible … --deadline … --by NAME, or add --yes to sign as it is."
        )
      }
    }
    try changeProblemList(folder, options) { list throws(ProblemListEditError) in
      try list.sign(by: by, time: Timestamp.now)
    }
  }
}

/// Asks on standard input whether to sign anyway; only `是` (or y/yes) signs, and end of input
/// (a script, /dev/null) does not.
private func confirmed(_ english: Bool) -> Bool {
  print(english ? "Sign anyway? Type yes to sign, anything else to stop:" : "仍要签字吗？输入“是”签字，其他回答不签：")
  guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else {
    return false
  }
  return ["是", "y", "yes", "签", "签字"].contains(answer)
}
