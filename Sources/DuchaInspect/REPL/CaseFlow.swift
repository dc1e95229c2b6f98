import DuchaCases
import DuchaChecklist
import DuchaRoster
import DuchaSession
import Foundation

extension InspectionREPL {
  /// The ledger file: `--ledger`, else `Ledger/ledger.sqlite` beside `Sessions/`.
  var ledgerPath: String { environment.ledgerPath ?? "Ledger/ledger.sqlite" }

  /// Opens the ledger when its file exists (an inspection never creates one); says why not
  /// unless `quiet`.
  func openLedger(quiet: Bool = false) -> CaseLedger? {
    guard FileManager.default.fileExists(atPath: ledgerPath) else {
      if !quiet {
        console.complain(
          Localized(
            "没有台账文件 \(ledgerPath)。先用 ducha cases import 建台账，或在开始检查时用 --ledger 指定台账文件。",
            en: "no ledger at \(ledgerPath): create it with ducha cases import, or pass --ledger."))
      }
      return nil
    }
    do {
      let store = try SQLiteCaseStore(path: ledgerPath, marks: environment.ledgerMarks)
      if !quiet, let warning = store.olderCopy?.readingWarning { console.complain(warning) }
      return CaseLedger(store: store, now: environment.now)
    } catch {
      console.complain(CaseStoreError.opening(error, path: ledgerPath).message)
    }
    return nil
  }

  /// `案例`: the school's open cases; `案例 3`: one case; `案例 核实|走访|辍学|入学|销号 3 …`: a
  /// change written to the ledger on the spot, by the session's inspectors.
  func casesCommand(_ argument: String) {
    guard let ledger = openLedger() else { return }
    let words = argument.split(separator: " ", maxSplits: 2).map(String.init)
    let before = boundScores(prefix: "案例.")
    let counts = session.cases?.counts
    defer {
      // The figures are read again after every 案例 command (another terminal may have changed
      // the ledger); the bound items are shown when the figures changed.
      refreshCaseFigures(ledger)
      save()
      if session.cases?.counts != counts { reportRescored(before, prefix: "案例.") }
    }
    guard let first = words.first, first != "列表", first.lowercased() != "list" else {
      listSchoolCases(ledger)
      return
    }
    if words.count == 1, let id = Int64(first) {
      guard let record = schoolCase(id, ledger) else { return }
      let history = (try? ledger.store.history(id)) ?? []
      console.say(
        CaseDetailText.text(
          record, history: history, privacy: Self.casePrivacy, language: language))
      console.say(Self.caseUsage.text(language))
      return
    }
    guard words.count >= 2, let id = Int64(words[1]), let action = caseAction(first, words) else {
      console.complain(Self.caseUsage)
      return
    }
    guard schoolCase(id, ledger) != nil else { return }
    let note = words.count > 2 ? words[2] : ""
    if note.isEmpty, let what = Self.caseVerbNeeds[first.lowercased()] {
      console.complain(
        Localized(
          "“案例 \(first) \(id)”后面要写\(what)，例如：案例 \(first) \(id) <\(what)>。",
          en: "'cases \(first) \(id)' needs \(what) after it."))
      return
    }
    let by = session.inspectors.joined(separator: "、")
    // 入学 seen at the school speaks for itself when no class is typed.
    let reason =
      note.isEmpty && action == .check(.enrolled(school: session.unit.name, className: nil))
      ? "检查时核实在\(session.unit.name)就读" : note
    switch ledger.perform(action, on: id, by: by, reason: reason, today: caseDay) {
    case .success(let record):
      // The command line's line, with the REPL's privacy: the name in full on purpose.
      console.say(
        CaseDetailText.changeLine(record, privacy: Self.casePrivacy, language: language)
          + t("，已写入台账。", ", written to the ledger."))
      var review = session.cases ?? CaseReview(ledger: ledgerPath, time: timestamp, counts: [:])
      review.actions.append(
        CaseReview.Action(
          caseID: id, action: action.name, status: record.status.rawValue, note: note,
          time: timestamp))
      session.cases = review
    case .failure(let error):
      // The fix an inspector can follow here (`案例 …`), not the command-line options.
      console.complain(
        Localized(
          error.text(.chinese, inInspection: true), en: error.text(.english, inInspection: true)))
    }
  }

  /// The day cases are taken as of (逾期 is counted on it): the session's date.
  var caseDay: CivilDate {
    CivilDate(parsing: session.date) ?? CivilDate.today(now: environment.now())
  }

  /// Names in full (the inspector is finding the child at the school), ID numbers masked.
  static let casePrivacy = CasePrivacy(reveal: false, showsNames: true)

  static let caseUsage = Localized(
    "用法：案例（列出本校未结案的案例）、案例 3（看一个）、案例 核实 3 <核实了什么>、案例 走访 3 <结果>、"
      + "案例 辍学 3 <依据>、案例 入学 3 <班级>、案例 销号 3 <班级>。",
    en:
      "usage: cases, cases 3, cases confirm|visit|dropout|enrolled|return 3 <text>.")

  /// What each verb must be followed by (入学 may leave the class out).
  static let caseVerbNeeds: [String: String] = [
    "核实": "核实了什么", "confirm": "核实了什么", "走访": "走访的结果", "visit": "走访的结果",
    "辍学": "依据", "dropout": "依据", "销号": "复学的班级", "return": "复学的班级",
  ]

  /// The action a verb names, with the session's school, date and inspectors.
  func caseAction(_ verb: String, _ words: [String]) -> CaseAction? {
    let rest = words.count > 2 ? words[2] : ""
    let day = caseDay
    switch verb.lowercased() {
    case "核实", "confirm": return .confirm
    case "走访", "visit":
      return .visit(
        CaseVisit(
          date: day.description, visitors: session.inspectors.joined(separator: "、"),
          outcome: rest))
    case "辍学", "dropout": return .check(.dropout)
    case "入学", "enrolled":
      return .check(.enrolled(school: session.unit.name, className: rest.isEmpty ? nil : rest))
    case "销号", "return":
      return .returnToSchool(date: day, school: session.unit.name, className: rest)
    default: return nil
    }
  }

  /// Case `id` if it belongs to this school; otherwise says so.
  func schoolCase(_ id: Int64, _ ledger: CaseLedger) -> CaseRecord? {
    let record = try? ledger.fetch(id, today: caseDay)
    guard let record,
      record.responsibleSchool == session.unit.name || record.child.school == session.unit.name
    else {
      console.complain(
        Localized(
          "台账里没有\(session.unit.name)的案例 \(id)。输入“案例”列出本校的案例。",
          en: "\(session.unit.name) has no case \(id); type 'cases' for the list."))
      return nil
    }
    return record
  }

  /// The school's open cases as a table, with how many are closed.
  func listSchoolCases(_ ledger: CaseLedger) {
    let all = (try? ledger.list(CaseFilter(school: session.unit.name), today: caseDay)) ?? []
    let open = all.filter { !$0.status.isClosed }
    console.say(
      t(
        "\(session.unit.name) 在台账里有 \(all.count) 个案例，未结案 \(open.count) 个（\(ledgerPath)）：",
        "\(session.unit.name): \(all.count) cases in the ledger, \(open.count) open:"))
    if !open.isEmpty {
      console.say(
        CaseListOutput.text(open, privacy: Self.casePrivacy, width: environment.width))
      console.say(Self.caseUsage.text(language))
    }
  }

  /// Reads the school's case figures (`案例.*`) into the session, so items bound to them score.
  func refreshCaseFigures(_ ledger: CaseLedger) {
    let records =
      (try? ledger.list(CaseFilter(school: session.unit.name), today: caseDay)) ?? []
    let today = caseDay
    var review = session.cases ?? CaseReview(ledger: ledgerPath, time: timestamp, counts: [:])
    review.ledger = ledgerPath
    review.time = timestamp
    review.counts = CaseFigures.counts(records, today: today)
    session.cases = review
  }
}
