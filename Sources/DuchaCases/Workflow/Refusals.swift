import DuchaChecklist
import DuchaRoster
import DuchaSession

/// The refused transitions, each saying what the case's state allows and the command to use.
enum Refusals {
  /// `案例 3（张**）现在是“劝返中”`.
  static func subject(_ record: CaseRecord) -> String {
    "案例 \(record.id)（\(PersonName.mask(record.child.name))）现在是“\(record.status.rawValue)”"
  }

  static func subjectEN(_ record: CaseRecord) -> String {
    "case \(record.id) is \(record.status.english)"
  }

  /// A change dated after today.
  static func afterToday(
    _ record: CaseRecord, action: CaseAction, date: CivilDate, today: CivilDate
  ) -> CaseRefusal {
    CaseRefusal(
      Localized(
        "案例 \(record.id)（\(PersonName.mask(record.child.name))）：\(action.name)的日期 \(date) 在今天（\(today)）之后，台账只记已经发生的事，没有记。",
        en:
          "case \(record.id): the \(action.englishName) date \(date) is after today (\(today)); the ledger records what has happened, nothing was recorded."
      ),
      fix: Localized(
        "写实际发生的日期（--date 年-月-日，不晚于今天 \(today)）；是以后的事，到那一天再记。",
        en:
          "give the day it happened (e.g. --date \(today)); a change still to come is recorded on its day."
      ),
      inspectionFix: Localized(
        "检查日期之后的事，到那一天再记。", en: "record it on its day, not before."))
  }

  /// A return dated before a visit, notice or report that found the child out of school.
  static func returnBeforeStep(
    _ record: CaseRecord, date: CivilDate, step: Localized, stepDate: CivilDate
  ) -> CaseRefusal {
    CaseRefusal(
      Localized(
        "案例 \(record.id)（\(PersonName.mask(record.child.name))）：复学销号的日期 \(date) 早于已记下的\(step.zh)（\(stepDate)），那时孩子还没有返校，没有记。",
        en:
          "case \(record.id): the return date \(date) is before the recorded \(step.en) (\(stepDate)), when the child was still out of school; nothing was recorded."
      ),
      fix: Localized(
        "写孩子实际返校的日期（--date 年-月-日，不早于 \(stepDate)）。",
        en: "give the day the child came back (--date, not before \(stepDate))."),
      inspectionFix: Localized(
        "检查日期早于台账里的\(step.zh)（\(stepDate)），请县里在台账上按实际返校日期销号。",
        en:
          "the inspection's date is before the recorded \(step.en); ask the county office to close it."
      ))
  }

  /// A visit or a notice dated before the 核查日期 of the case's confirmation as a dropout.
  static func stepBeforeConfirmation(
    _ record: CaseRecord, action: CaseAction, date: CivilDate, confirmed: CivilDate
  ) -> CaseRefusal {
    let step = Localized(action.name, en: action.englishName)
    return CaseRefusal(
      Localized(
        "案例 \(record.id)（\(PersonName.mask(record.child.name))）：\(step.zh)的日期 \(date) 早于确认辍学的核查日期 \(confirmed)，先劝返后确认辍学对不上，没有记。",
        en:
          "case \(record.id): the \(step.en) date \(date) is before the case was checked and confirmed a dropout (\(confirmed)); nothing was recorded."
      ),
      fix: Localized(
        "写实际的\(step.zh)日期（--date 年-月-日，不早于 \(confirmed)）。",
        en: "give the day of the \(step.en) (--date, not before \(confirmed))."),
      inspectionFix: Localized(
        "检查日期早于台账里确认辍学的核查日期（\(confirmed)），请县里在台账上按实际日期记\(step.zh)。",
        en:
          "the inspection's date is before the case was confirmed a dropout (\(confirmed)); ask the county office to record the \(step.en)."
      ))
  }

  /// A report to the township dated on or before the notice's due day, when it was not late.
  static func reportBeforeDue(_ record: CaseRecord, date: CivilDate, due: CivilDate) -> CaseRefusal
  {
    CaseRefusal(
      Localized(
        "案例 \(record.id)（\(PersonName.mask(record.child.name))）：报乡镇的日期 \(date) 不晚于复学期限 \(due)，那天还没有逾期，没有记。",
        en:
          "case \(record.id): the report date \(date) is not after the due day \(due), when the notice had not run out; nothing was recorded."
      ),
      fix: Localized(
        "写实际报乡镇的日期（--date 年-月-日，晚于 \(due)）。",
        en: "give the day it was reported (--date, after \(due))."))
  }

  /// What the state allows, as a sentence.
  static func allowed(_ record: CaseRecord) -> Localized {
    let id = record.id
    switch record.status {
    case .suspected:
      return Localized(
        "“疑似”的案例先记核查结果：ducha cases update \(id) --result 已在外地就读|已入学|延缓入学/休学|迁出|死亡|已完成义务教育|确认辍学 --reason … --by 姓名。",
        en:
          "a suspected case is checked first: ducha cases update \(id) --result … --reason … --by NAME."
      )
    case .dropout, .persuading:
      return Localized(
        "现在可以记劝返走访（--visit --date --visitors --outcome）、发限期复学通知（--notice --date）或复学销号（ducha cases close \(id) --date --school --class）。",
        en: "record a visit (--visit), issue a notice (--notice --date) or close it (cases close).")
    case .noticeIssued:
      return Localized(
        "限期复学的期限是 \(record.facts.dueDate ?? "?")：期限过后自动算逾期（不用另记），可报乡镇；期限内返校就复学销号（ducha cases close \(id) …）；仍可记劝返走访。",
        en:
          "the notice is due \(record.facts.dueDate ?? "?"): after that it is overdue by itself and can be reported; a return closes it (cases close)."
      )
    case .overdue:
      return Localized(
        "逾期的案例报乡镇（--report --date --decision 行政处罚决定书编号），或复学销号（ducha cases close \(id) …）；仍可记劝返走访。",
        en:
          "report it to the township (--report --date --decision NUMBER) or close it (cases close)."
      )
    case .reported:
      return Localized(
        "已报乡镇的案例只等复学销号（ducha cases close \(id) --date --school --class），仍可记劝返走访。",
        en: "a reported case waits for the return (cases close); visits can still be recorded.")
    case .studyingElsewhere, .enrolled, .deferred, .movedOrDeceased, .completed, .returned:
      return Localized(
        "已结案的案例只能核实（--confirm）或重新打开（--reopen --reason …，回到“疑似”）。",
        en: "a closed case can only be confirmed (--confirm) or reopened (--reopen --reason …).")
    }
  }

  /// What the state allows an inspector at the school (`案例 …` in the REPL); what only the
  /// county office does is named as such, without its options.
  static func allowedInInspection(_ record: CaseRecord) -> Localized {
    let id = record.id
    switch record.status {
    case .suspected:
      return Localized(
        "在检查中可以记核查结果：案例 辍学 \(id) <依据>，或 案例 入学 \(id) <班级>（孩子在本校）；已在外地就读、延缓入学/休学、迁出/死亡、已完成义务教育要附证明，由县里在台账上记。",
        en:
          "in the inspection: cases dropout \(id) <grounds>, or cases enrolled \(id) <class>; other results need proof and are recorded by the county office."
      )
    case .dropout, .persuading:
      return Localized(
        "在检查中可以记：案例 走访 \(id) <走访的结果>，或孩子已返校时 案例 销号 \(id) <班级>；限期复学通知书由县里发。",
        en: "in the inspection: cases visit \(id) <outcome>, or cases return \(id) <class>.")
    case .noticeIssued, .overdue, .reported:
      return Localized(
        "在检查中可以记：案例 走访 \(id) <走访的结果>，或孩子已返校时 案例 销号 \(id) <班级>；逾期、报乡镇由县里办理。",
        en: "in the inspection: cases visit \(id) <outcome>, or cases return \(id) <class>.")
    case .studyingElsewhere, .enrolled, .deferred, .movedOrDeceased, .completed, .returned:
      return Localized(
        "已结案的案例在检查中只能核实：案例 核实 \(id) <核实了什么>；要重新打开请县里在台账上办理。",
        en: "a closed case can only be confirmed here: cases confirm \(id) <what was checked>.")
    }
  }

  static func refusal(_ record: CaseRecord, _ zh: String, _ en: String) -> CaseRefusal {
    CaseRefusal(
      Localized(subject(record) + "，" + zh, en: subjectEN(record) + ": " + en),
      fix: allowed(record), inspectionFix: allowedInInspection(record))
  }

  static func checkOnlySuspected(_ record: CaseRecord) -> CaseRefusal {
    refusal(
      record, "核查结果只能记在“疑似”的案例上。", "a check result is recorded on suspected cases only.")
  }

  static func closed(_ record: CaseRecord, _ action: CaseAction) -> CaseRefusal {
    refusal(
      record, "已经结案，不能\(action.name)。", "it is closed; '\(action.englishName)' is not possible.")
  }

  static func visitNeedsDropout(_ record: CaseRecord) -> CaseRefusal {
    refusal(
      record, "劝返走访只记在确认辍学的案例上。", "visits are recorded on confirmed dropouts only.")
  }

  static func noticeNeedsDropout(_ record: CaseRecord) -> CaseRefusal {
    refusal(
      record, "限期复学通知书只发给“确认辍学”或“劝返中”的案例。",
      "a return notice is issued to a confirmed dropout or a case being persuaded only.")
  }

  static func overdueNeedsNotice(_ record: CaseRecord) -> CaseRefusal {
    refusal(
      record, "只有发过限期复学通知书的案例才会逾期。", "only a case with a return notice can be overdue.")
  }

  static func notYetDue(_ record: CaseRecord, today: CivilDate) -> CaseRefusal {
    let due = record.facts.dueDate ?? "?"
    return CaseRefusal(
      Localized(
        subject(record) + "，复学期限是 \(due)，今天 \(today) 还没有过期。",
        en: subjectEN(record) + ": the notice is due \(due); on \(today) it is not overdue yet."),
      fix: Localized(
        "\(due) 之后自动算逾期，不用另记；期限内返校就复学销号（ducha cases close \(record.id) --date --school --class）。",
        en: "after \(due) it is overdue by itself; a return before then closes it (cases close)."))
  }

  static func reportNeedsOverdue(_ record: CaseRecord) -> CaseRefusal {
    refusal(
      record, "只有逾期的案例才报乡镇。",
      "only an overdue case is reported to the township.")
  }

  static func reportNeedsNumber(_ record: CaseRecord) -> CaseRefusal {
    CaseRefusal(
      Localized(
        subject(record) + "，报乡镇要写行政处罚决定书的编号。",
        en: subjectEN(record) + ": a report needs the number of the decision."),
      fix: Localized(
        "加上 --decision 编号，例如 --decision \"某政罚决字〔2021〕3号\"。", en: "add --decision NUMBER."))
  }

  static func returnNeedsDropout(_ record: CaseRecord) -> CaseRefusal {
    if record.status == .suspected {
      return refusal(
        record, "疑似的案例不能直接复学销号：核查时发现孩子在校，记核查结果“已入学”。",
        "a suspected case is not closed by a return: if the child is in school, record the check result 已入学."
      )
    }
    return refusal(
      record, "只有确认辍学的案例才复学销号。", "only a confirmed dropout is closed by a return.")
  }

  static func returnNeedsSchoolAndClass(_ record: CaseRecord) -> CaseRefusal {
    CaseRefusal(
      Localized(
        subject(record) + "，复学销号要写复学的学校和班级。",
        en: subjectEN(record) + ": closing needs the school and the class."),
      fix: Localized(
        "ducha cases close \(record.id) --date 2021-10-20 --school 学校 --class 年级班级 --by 姓名。",
        en: "ducha cases close \(record.id) --date … --school … --class … --by NAME."),
      inspectionFix: Localized(
        "案例 销号 \(record.id) <复学的班级>，例如：案例 销号 \(record.id) 三年级2班。",
        en: "cases return \(record.id) <class>."))
  }

  static func reopenNeedsClosed(_ record: CaseRecord) -> CaseRefusal {
    refusal(
      record, "还没有结案，不需要重新打开。", "it is not closed, so it cannot be reopened.")
  }

  static let assignNeedsWho = CaseRefusal(
    Localized("分配时没有写责任学校或责任人。", en: "the assignment names neither a school nor a person."),
    fix: Localized(
      "加上 --school 学校 和/或 --person 包保责任人（补上或改正乡镇用 --township 乡镇）。",
      en: "add --school SCHOOL and/or --person NAME (or --township NAME to set the township)."))

  static let townshipNeedsName = CaseRefusal(
    Localized("没有写乡镇的名称。", en: "no township is given."),
    fix: Localized(
      "写上 --township 乡镇名，例如 --township 良马镇。", en: "give --township NAME, e.g. --township 良马镇."))

  static func townshipUnchanged(_ record: CaseRecord) -> CaseRefusal {
    CaseRefusal(
      Localized(
        "案例 \(record.id)（\(PersonName.mask(record.child.name))）的乡镇已经是“\(record.child.township)”，没有改。",
        en:
          "case \(record.id) is already in the township “\(record.child.township)”; nothing changed."
      ),
      fix: Localized(
        "不用改；要改成别的乡镇，写 --township 新的乡镇名。", en: "nothing to do; to move it, give another --township."
      ))
  }

  static func missingCheckFields(_ outcome: CheckOutcome) -> CaseRefusal? {
    func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }
    switch outcome {
    case .studyingElsewhere(let place, let proof) where blank(place) || blank(proof):
      return CaseRefusal(
        Localized(
          "“已在外地就读”要写在哪里就读和证明材料。", en: "studying elsewhere needs where and the proof."),
        fix: Localized(
          "加上 --where \"浙江省义乌市稠城一小\" --proof \"就读证明\"。", en: "add --where PLACE --proof DOCUMENT."))
    case .enrolled(let school, _) where blank(school):
      return CaseRefusal(
        Localized("“已入学”要写在哪所学校。", en: "enrolled needs the school."),
        fix: Localized("加上 --school 学校（可再加 --class 年级班级）。", en: "add --school SCHOOL."))
    case .deferred(let certificate) where blank(certificate):
      return CaseRefusal(
        Localized("“延缓入学/休学”要写批准的证明。", en: "deferral needs the certificate."),
        fix: Localized(
          "加上 --certificate \"县教育局延缓入学批准书〔2021〕5号\"。", en: "add --certificate DOCUMENT."))
    case .movedOrDeceased(let kind, let proof) where blank(kind) || blank(proof):
      return CaseRefusal(
        Localized("“迁出/死亡”要写证明材料。", en: "moved away or deceased needs the proof."),
        fix: Localized(
          "用 --result 迁出 或 --result 死亡，加上 --proof \"户口迁移证明\"。",
          en: "use --result 迁出 or 死亡 with --proof DOCUMENT."))
    case .completed(let proof) where blank(proof):
      return CaseRefusal(
        Localized(
          "“已完成义务教育”（初中毕业）要写证明材料。",
          en: "completed compulsory education needs the proof."),
        fix: Localized(
          "加上 --proof \"初中毕业证书 编号…\"（或“学籍系统毕业记录”）。",
          en: "add --proof DOCUMENT (the 初中 certificate or the registry's record)."))
    default:
      return nil
    }
  }

  static func missingVisitFields(_ visit: CaseVisit) -> CaseRefusal? {
    // Which of them is missing: the date defaults to today, so “要写日期、走访人和结果” sent a
    // clerk who left out only --visitors looking for a date they had.
    let missing = [
      ("日期", "the date", visit.date), ("走访人", "the visitors", visit.visitors),
      ("结果", "the outcome", visit.outcome),
    ].filter {
      $0.2.trimmingCharacters(in: .whitespaces).isEmpty
    }
    guard !missing.isEmpty else { return nil }
    return CaseRefusal(
      Localized(
        "劝返走访没有写" + missing.map(\.0).joined(separator: "、") + "（日期、走访人和结果都要写）。",
        en: "the visit does not say " + missing.map(\.1).joined(separator: " or ") + "."),
      fix: Localized(
        "--visit --date 2021-10-12 --visitors \"王老师、村主任\" --outcome \"监护人同意下周一返校\"。",
        en: "--visit --date 2021-10-12 --visitors NAMES --outcome TEXT."),
      inspectionFix: Localized(
        "案例 走访 编号 <走访的结果>；走访人取本次检查的检查人员，日期取检查日期。",
        en: "cases visit NUMBER <outcome>; the visitors are the session's inspectors."))
  }
}
