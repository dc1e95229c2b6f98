import DuchaCases
import DuchaChecklist
import DuchaRender
import DuchaRoster
import DuchaSession
import Foundation

/// What `ducha inspect` may be told up front; anything missing is asked.
public struct InspectOptions: Sendable {
  /// Checklist path, file name or id.
  public var checklist: String?
  /// The unit's name.
  public var unit: String?
  /// The unit's stages.
  public var stages: [Stage]?
  /// `--stage 学前`: the unit has no compulsory stage (a kindergarten). Not a `Stage`, which
  /// session files would then hold (`Stage.preschoolName`).
  public var preschool: Bool
  /// 组别.
  public var group: String?
  /// Inspectors' names.
  public var inspectors: [String]?
  /// Visit date, YYYY-MM-DD.
  public var date: String?
  /// Inspection year.
  public var year: Int?
  /// Folders searched, besides the sessions folder, for last year's inspection of the unit.
  public var lastYearFolders: [String]

  /// Creates options; all default to "ask".
  public init(
    checklist: String? = nil, unit: String? = nil, stages: [Stage]? = nil, group: String? = nil,
    inspectors: [String]? = nil, date: String? = nil, year: Int? = nil,
    lastYearFolders: [String] = [], preschool: Bool = false
  ) {
    self.lastYearFolders = lastYearFolders
    self.preschool = preschool
    self.checklist = checklist
    self.unit = unit
    self.stages = stages
    self.group = group
    self.inspectors = inspectors
    self.date = date
    self.year = year
  }
}

/// What the REPL works with besides the console.
public struct REPLEnvironment: Sendable {
  /// The checklists offered: listed from their headers, each loaded when it is needed.
  public var catalogue: ChecklistCatalogue
  /// Every valid checklist of the catalogue (loads those not loaded yet).
  public var checklists: [Checklist] { catalogue.usable }
  /// Where sessions are saved.
  public var store: SessionStore
  /// The clock; tests fix it.
  public var now: @Sendable () -> Date
  /// Makes a new session id; tests fix it.
  public var makeID: @Sendable () -> String
  /// Terminal width.
  public var width: Int
  /// The case ledger (`--ledger`); nil means `Ledger/ledger.sqlite` beside `Sessions/`.
  public var ledgerPath: String?
  /// What this user last saw of each ledger (an older copy put back is not written to); nil:
  /// not checked.
  public var ledgerMarks: LedgerMarkBook?

  /// Creates an environment.
  public init(
    checklists: [Checklist], store: SessionStore, now: @escaping @Sendable () -> Date = { Date() },
    makeID: @escaping @Sendable () -> String = { String(UUID().uuidString.prefix(8)).lowercased() },
    width: Int = 80, ledgerPath: String? = nil
  ) {
    self.init(
      catalogue: ChecklistCatalogue(checklists: checklists), store: store, now: now,
      makeID: makeID, width: width, ledgerPath: ledgerPath)
  }

  /// Creates an environment over a catalogue listed from headers (`ChecklistLibrary.list`).
  public init(
    catalogue: ChecklistCatalogue, store: SessionStore,
    now: @escaping @Sendable () -> Date = { Date() },
    makeID: @escaping @Sendable () -> String = { String(UUID().uuidString.prefix(8)).lowercased() },
    width: Int = 80, ledgerPath: String? = nil
  ) {
    self.catalogue = catalogue
    self.store = store
    self.now = now
    self.makeID = makeID
    self.width = width
    self.ledgerPath = ledgerPath
  }
}

/// The inspector's REPL: starts or resumes a session and walks the checklist item by item,
/// saving every answer durably before the next question.
public final class InspectionREPL {
  let console: Console
  let environment: REPLEnvironment
  /// The command that continues this walk's session (`ducha resume 回头看/` outside `Sessions/`).
  public var resumeCommand: String { environment.store.resumeCommand }
  /// The session being walked; set by `runNew`, `runResume` or `runFollowUp` before `walk`.
  var session: Session {
    get {
      guard let current = currentSession else { preconditionFailure("the walk needs a session") }
      return current
    }
    set { currentSession = newValue }
  }
  var currentSession: Session?
  /// Set when the start questions were left (input ended, Ctrl-D) before a session existed.
  public internal(set) var endedBeforeSession = false
  /// The one-writer lock of the session, held while this process may save it; the kernel
  /// releases it when the process ends, however it ends.
  var sessionLock: SessionLock?
  /// On resuming: a reason for the correction typed before the process ended, looking like a
  /// command and not yet confirmed (the draft's `correctionReason`); the next reason for a
  /// correction asked shows it and asks the confirmation again.
  var typedCorrectionReason: String?
  /// The checklist of the session; set together with it.
  var checklist: Checklist {
    get {
      guard let current = currentChecklist else {
        preconditionFailure("the walk needs a checklist")
      }
      return current
    }
    set { currentChecklist = newValue }
  }
  var currentChecklist: Checklist? {
    didSet {
      scored = nil
      scoreInAdvance = nil
      indicators = nil
      cachedLeaves = nil
      cachedQuestions = [:]
      cachedVerdictWords = nil
    }
  }
  /// `checklist.leafItems`, built once per checklist: the walk reads it several times per answer,
  /// and building it copies every item.
  var cachedLeaves: [Item]?
  /// Item id → the inputs asked there (`questionNames(_:)`), for the checklist above.
  var cachedQuestions: [String: [String]] = [:]
  /// `checklist.verdictWords`, for the checklist above.
  var cachedVerdictWords: [String]?
  var verdictWords: [String] {
    if let cachedVerdictWords { return cachedVerdictWords }
    let words = checklist.verdictWords
    cachedVerdictWords = words
    return words
  }
  /// The indicators each item's explanation shows, worked out once per checklist (as the
  /// summary does) instead of at every scoring of every item.
  var indicators: IndicatorUse?
  /// A scored form with the session it was scored from and, when it was scored in advance,
  /// the lines `showScore` prints for it (with the item they are for).
  typealias Scored = (
    basis: Session, result: FormResult, lines: (itemID: String, blocks: [String])?
  )
  /// The last scored form (see `evaluate`).
  var scored: Scored?
  /// The form being scored on another thread while an answer is saved (`scoreAhead`).
  var scoreInAdvance: ScoreInAdvance?
  /// Set when a completed session was reopened: changes are logged as corrections.
  var correcting = false
  /// The walk position in `checklist.leafItems`.
  var index = 0
  /// What Tab completes.
  let completionWords = CompletionWords()
  /// The registry export read by `学籍 导入` (or re-read from the session's record of it).
  var roster: [RosterFile]?
  /// The session just before the answer or record being made, for `撤销`: the next save
  /// turns it into an `UndoStep` kept in the session itself.
  var pendingUndo: (session: Session, what: String)?

  /// Creates a REPL.
  public init(console: Console, environment: REPLEnvironment) {
    self.console = console
    self.environment = environment
    installCompletion()
  }

  var leaves: [Item] {
    if let cachedLeaves { return cachedLeaves }
    let built = checklist.leafItems
    cachedLeaves = built
    return built
  }
  var language: Language { console.language }

  func t(_ zh: String, _ en: String) -> String { console.t(zh, en) }

  /// The current time as ISO 8601 in China Standard Time, as inspectors read it.
  var timestamp: String { Timestamp.string(from: environment.now()) }

  /// Saves the session durably, on this thread: the file is on disk when it returns. A failure
  /// is reported loudly; the answer stays in memory and the next save tries again.
  ///
  /// `scoring`: the form to score on another thread meanwhile (`scoreAhead`), which first
  /// checks there that no newer copy is on disk (`SessionStore.save(_:alongside:)`); the
  /// answer's score is then ready when it is printed, after the save.
  @discardableResult
  func save(scoring advance: ScoreInAdvance? = nil) -> Bool {
    if let pending = pendingUndo {
      pendingUndo = nil
      if let step = UndoStep(
        what: pending.what, time: timestamp, before: pending.session, after: session)
      {
        session.recordUndo(step)
      }
    }
    session.updatedAt = timestamp
    refreshCompletion()
    do {
      if let advance {
        try environment.store.save(&session, alongside: { advance.run() })
      } else {
        try environment.store.save(&session)
      }
      return true
    } catch {
      complainSaveFailed(error)
      return false
    }
  }

  func complainSaveFailed(_ error: any Error) {
    let why = SessionSaveProblem.message(for: error, folder: environment.store.directory)
    if error is SessionStore.SaveError {
      console.complain(why)
      return
    }
    console.complain(
      Localized(
        why.zh + "还没有存盘的回答只在这个窗口里：不要关掉它。",
        en: why.en + " Answers not saved yet are only in this window: do not close it."))
  }

  /// The scored form for the session as it stands.
  ///
  /// An item is scored several times around one answer (whether it applies, the figures shown
  /// before a 酌情 question, the score after it) with nothing changed in between: the last form is
  /// kept with the session it came from, and scored again whenever anything scoring can read
  /// differs. The checklist is the same while it is kept (setting it drops the form).
  func evaluate() -> FormResult {
    let basis = Self.scoringBasis(session)
    if let scored, scored.basis == basis { return scored.result }
    if let advance = scoreInAdvance {
      scoreInAdvance = nil
      if advance.basis == basis, let result = advance.result() {
        scored = (basis, result, advance.rendered())
        return result
      }
    }
    let use = indicators ?? IndicatorUse(checklist)
    indicators = use
    let result = session.evaluate(checklist, indicators: use)
    scored = (basis, result, nil)
    return result
  }

  /// Starts scoring the session as it stands on another thread (`ScoreInAdvance`), for the
  /// next `evaluate`, with the lines `showScore` prints for the item being walked; nothing when
  /// the last scored form is still the session's. The stale form is let go there too.
  func scoreAhead() -> ScoreInAdvance? {
    let basis = Self.scoringBasis(session)
    if let scored, scored.basis == basis { return nil }
    let use = indicators ?? IndicatorUse(checklist)
    indicators = use
    let lines = leaves.indices.contains(index) ? scoreLines(for: leaves[index].id) : nil
    let advance = ScoreInAdvance(
      session, basis: basis, checklist: checklist, indicators: use, lines: lines,
      retiring: scored)
    scored = nil
    scoreInAdvance = advance
    return advance
  }

  /// The session without what scoring never reads — when and how often it was saved, where the
  /// walk stands, the undo log — so that saving or moving on does not count as a change.
  static func scoringBasis(_ session: Session) -> Session {
    var basis = session
    basis.updatedAt = ""
    basis.saveSequence = nil
    basis.saveHistory = nil
    basis.formatVersion = 0
    basis.cursor = nil
    basis.undoLog = nil
    return basis
  }

  /// Walks from the cursor until the inspector finishes or leaves; returns the exit status
  /// once the last save is on disk.
  func walk() -> Int32 {
    walkItems()
  }

  private func walkItems() -> Int32 {
    index = leaves.firstIndex { $0.id == session.cursor } ?? 0
    var pending = present(index)
    while true {
      let command: (Command, String)
      let fromQuestion = pending != nil
      if let next = pending {
        command = next
        pending = nil
      } else {
        let item = leaves[index]
        switch console.ask("[\(item.id)] " + t("命令（回车=下一项，帮助）> ", "command (Enter = next, help)> "))
        {
        case .endOfInput: return leave()
        case .interrupted: continue
        case .line(let text):
          if text.trimmingSpaces().isEmpty {
            command = (.next, "")
          } else if let parsed = Command.parse(text) {
            command = parsed
          } else {
            complainUnknownCommand(text)
            continue
          }
        }
      }
      let position = index
      switch perform(command.0, command.1) {
      case .stay:
        // A roll call, note or list typed in the middle of an item's questions: go back to
        // the question the inspector left.
        if fromQuestion, index == position,
          questionNames(leaves[index]).contains(where: {
            needsAnswer($0) && !isMoot($0, in: leaves[index])
          })
        {
          console.say(
            t(
              "── 回到 \(leaves[index].id) \(leaves[index].title)",
              "── back to \(leaves[index].id) \(leaves[index].title)"))
          pending = continueItem(index)
        }
      case .present(let next): pending = next
      case .exit(let status): return status
      }
    }
  }

  /// `不认识的命令“下一想”。是不是“下一项”？` — with the closest command names, when there are any.
  /// Text that is no command's near miss is most often the next item's answer typed one prompt
  /// too early (`不全` after item 1 is scored): the message says to press Enter first.
  func complainUnknownCommand(_ text: String) {
    let close = Command.suggestions(for: text)
    var hint = close.isEmpty ? "" : "是不是“" + close.joined(separator: "”“") + "”？"
    var hintEN = close.isEmpty ? "" : " Did you mean '" + close.joined(separator: "', '") + "'?"
    if close.isEmpty, leaves.indices.contains(index + 1) {
      let next = leaves[index + 1]
      hint = "这里输入命令；要回答下一项“\(next.id) \(next.title)”，先按回车。"
      hintEN = " This prompt takes commands; press Enter first to answer \(next.id) \(next.title)."
    }
    console.complain(
      Localized(
        "不认识的命令“\(text)”。\(hint)输入“帮助”查看全部命令。",
        en: "unknown command '\(text)'.\(hintEN) Type 'help' for the list."))
  }

  /// Saves and says how to continue. A save that fails is said to have failed, with exit
  /// status 1: the answers since the last save are lost, and "已保存" would hide it.
  func leave() -> Int32 {
    save() ? saidSaved() : leftUnsaved()
  }

  /// `退出` typed by the inspector: leaves as `leave` does, but when the save fails, first asks
  /// whether to leave all the same, so that a full disk can be cleared and the answers saved;
  /// nil: stay.
  func leaveAsked() -> Int32? {
    if save() { return saidSaved() }
    let quit = askYesNo(
      t(
        "上面的回答还没有存盘，退出就会丢失。仍然退出吗？（是/否，否=留下，解决上面的问题后再“退出”）",
        "the answers above are not saved and are lost if you quit. Quit anyway? (yes/no; no = stay, fix the problem above and quit again)"
      ))
    return quit == false ? nil : leftUnsaved()
  }

  private func saidSaved() -> Int32 {
    console.say(
      t(
        "已保存：\(environment.store.path(for: session))。用 \(environment.store.resumeCommand) 继续。",
        "saved: \(environment.store.path(for: session)). Continue with \(environment.store.resumeCommand)."
      ))
    return 0
  }

  private func leftUnsaved() -> Int32 {
    console.complain(
      Localized(
        "没有保存：\(environment.store.path(for: session)) 里只有上一次存盘时的回答，之后的回答随这个窗口一起丢失。",
        en:
          "not saved: \(environment.store.path(for: session)) holds the answers of the last save only; those after it are lost with this window."
      ))
    return 1
  }
}
