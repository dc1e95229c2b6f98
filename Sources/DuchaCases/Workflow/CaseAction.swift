import DuchaRoster

/// What the check of a suspected case found (核查结果).
public enum CheckOutcome: Sendable, Equatable, Codable {
  /// 已在外地就读: where, and the proof.
  case studyingElsewhere(place: String, proof: String)
  /// 已入学: the school (and class, when known).
  case enrolled(school: String, className: String?)
  /// 延缓入学/休学: the certificate.
  case deferred(certificate: String)
  /// 迁出/死亡: which (迁出 or 死亡) and the proof.
  case movedOrDeceased(kind: String, proof: String)
  /// 已完成义务教育 (初中毕业): the proof (毕业证书编号, the registry's graduation record).
  case completed(proof: String)
  /// 确认辍学.
  case dropout

  /// The state the outcome leads to.
  public var status: CaseStatus {
    switch self {
    case .studyingElsewhere: .studyingElsewhere
    case .enrolled: .enrolled
    case .deferred: .deferred
    case .movedOrDeceased: .movedOrDeceased
    case .completed: .completed
    case .dropout: .dropout
    }
  }
}

/// One change a clerk or inspector makes to a case.
public enum CaseAction: Sendable, Equatable, Codable {
  /// 核查结果 of a 疑似 case, and the day the check was made when it was not the day it is
  /// recorded (a school reports on Friday what it found on Monday).
  case check(CheckOutcome, date: CivilDate? = nil)
  /// 分配: the responsible school and person; does not change the state.
  case assign(school: String?, person: String?)
  /// 改乡镇: adds the 乡镇 a list left out, or corrects it. Allowed in every state, closed ones
  /// too: the registers by 乡镇 list closed cases, and the 乡镇 is where the child lives, not a
  /// step of the case.
  case township(String)
  /// 走访劝返: one visit (a confirmed dropout moves to 劝返中).
  case visit(CaseVisit)
  /// 限期复学通知书 issued on a day; due seven days later.
  case issueNotice(date: CivilDate)
  /// The notice's time ran out without a return (only after the due date).
  case markOverdue(today: CivilDate)
  /// 报乡镇: the day and the 行政处罚决定书 number.
  case report(date: CivilDate, decisionNumber: String)
  /// 复学销号: the day back, the school and the class.
  case returnToSchool(date: CivilDate, school: String, className: String)
  /// 核实: confirmed on the spot (an inspection, a 回头看) with nothing changed.
  case confirm
  /// 重新打开: a closed case is open again (e.g. the child left again); back to 疑似.
  case reopen

  /// The action's name in the history.
  public var name: String {
    switch self {
    case .check: "核查"
    case .assign: "分配"
    case .township: "改乡镇"
    case .visit: "走访"
    case .issueNotice: "限期复学通知"
    case .markOverdue: "逾期"
    case .report: "报乡镇"
    case .returnToSchool: "复学销号"
    case .confirm: "核实"
    case .reopen: "重新打开"
    }
  }

  /// The action's name in English (`visit`, `reopen`), for messages under `--lang en`.
  public var englishName: String { CaseTerms.term(name, .english) }

  /// The day the change happened, when it names one (a visit, a notice, a report, a return).
  public var day: CivilDate? {
    switch self {
    case .visit(let visit): CivilDate(parsing: visit.date)
    case .issueNotice(let date), .report(let date, _), .returnToSchool(let date, _, _): date
    case .check(_, let date): date
    case .assign, .township, .markOverdue, .confirm, .reopen: nil
    }
  }

  /// Whether the change must say why (`--reason`): judgements about a child's situation, an
  /// on-the-spot confirmation, and reopening. A visit, a notice, a date passed, a decision
  /// number or a return speak for themselves.
  public var needsReason: Bool {
    switch self {
    case .check, .reopen, .confirm: true
    case .assign, .township, .visit, .issueNotice, .markOverdue, .report, .returnToSchool:
      false
    }
  }
}
