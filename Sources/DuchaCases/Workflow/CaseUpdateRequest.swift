import DuchaChecklist
import DuchaRoster

/// What `ducha cases update N …` was told, as typed: one change (a check result, a visit, a
/// notice, overdue, a report, a confirmation or a reopening) with the details beside it.
/// `CaseAction.parse` turns it into the change, so another front end reads the same options
/// by the same rules.
public struct CaseUpdateRequest: Sendable, Equatable {
  /// `--result`: the 核查结果 as typed (`CaseStatus(typed:)`'s words).
  public var result: String?
  /// `--where`: where a child studying elsewhere studies.
  public var place: String?
  /// `--proof`.
  public var proof: String?
  /// `--certificate`: the 延缓入学/休学 approval.
  public var certificate: String?
  /// `--school`: the school a child enrolled in.
  public var school: String?
  /// `--class`.
  public var className: String?
  /// `--visit`, with `visitors` and `outcome`.
  public var visit = false
  /// `--visitors`.
  public var visitors: String?
  /// `--outcome`.
  public var outcome: String?
  /// `--notice`.
  public var notice = false
  /// `--overdue`.
  public var overdue = false
  /// `--report`, with `decision`.
  public var report = false
  /// `--decision`: the 行政处罚决定书 number.
  public var decision: String?
  /// `--confirm`.
  public var confirm = false
  /// `--reopen`.
  public var reopen = false
  /// `--date` as typed: the day the change happened.
  public var date: String?
  /// `--today` as typed: the day overdue is counted on.
  public var today: String?

  /// An empty request; set the options given.
  public init() {}

  /// Why the options do not make one change.
  public struct Refusal: Error, Sendable, Equatable {
    /// What is wrong and how to write it.
    public var message: Localized
  }
}

extension CaseAction {
  /// The change `request` asks for. `today` is the day when `--today` is not given (the
  /// clock's); `--date` defaults to it. Refused: no change or more than one, a day that is
  /// no day, a result that is no result of a check, and `--date` with a change recorded on
  /// today (核实, 重新打开) or counted on `--today` (逾期).
  public static func parse(_ request: CaseUpdateRequest, today clock: CivilDate)
    throws(CaseUpdateRequest.Refusal) -> CaseAction
  {
    let chosen = [
      request.result != nil, request.visit, request.notice, request.overdue, request.report,
      request.confirm, request.reopen,
    ].filter { $0 }
    guard chosen.count == 1 else {
      throw .init(
        message: Localized(
          "一次只做一件事：--result、--visit、--notice、--overdue、--report、--confirm、--reopen 选一个。"))
    }
    let todayDay =
      try request.today.map { text throws(CaseUpdateRequest.Refusal) in
        try typedDay(text, option: "--today")
      } ?? clock
    let given = try request.date.map { text throws(CaseUpdateRequest.Refusal) in
      try typedDay(text, option: "--date")
    }
    let day = given ?? todayDay
    if let result = request.result {
      guard
        let outcome = CheckOutcome(
          typed: result, place: request.place, proof: request.proof,
          certificate: request.certificate, school: request.school, className: request.className)
      else {
        throw .init(message: CheckOutcome.refusal(typed: result))
      }
      // --date is the day the check was made: it was silently dropped, and the registers'
      // 核查日期 said the day the clerk typed it in.
      return .check(outcome, date: given)
    }
    if given != nil, request.confirm || request.reopen || request.overdue {
      throw .init(
        message: Localized(
          "--date 只用于核查结果（--result）、走访、通知和报乡镇；核实、重新打开记在今天，记逾期按 --today。"))
    }
    if request.visit {
      return .visit(
        CaseVisit(
          date: day.description, visitors: request.visitors ?? "",
          outcome: request.outcome ?? ""))
    }
    if request.notice { return .issueNotice(date: day) }
    if request.overdue { return .markOverdue(today: todayDay) }
    if request.report { return .report(date: day, decisionNumber: request.decision ?? "") }
    if request.confirm { return .confirm }
    return .reopen
  }

  /// A date option as typed: `2021-10-12`, `2021/10/12`, `2021年10月12日`, full-width digits
  /// too; refused, with how to write it, when it is no day.
  public static func typedDay(_ text: String, option: String) throws(CaseUpdateRequest.Refusal)
    -> CivilDate
  {
    guard let day = CivilDate(typed: text) else {
      throw .init(
        message: Localized(
          "\(option) “\(text)” 不是有效的日期。写成 2021-10-12（或 2021/10/12、2021年10月12日），要是存在的日子。",
          en: "\(option) “\(text)” is not a date. Write it as 2021-10-12 (or 2021/10/12,"
            + " 2021年10月12日), a day that exists."))
    }
    return day
  }
}
