import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// Asks the students behind registry figure `figure` (recorded as `count`) and records them.
  /// On a completed inspection a change of the names is a correction: logged with the reason
  /// just given for the count when `countCorrected`, and otherwise after asking it; the names
  /// were changed there without a word. While a question about the typed text is open (is
  /// text that looks like a command meant? the reason for the correction) it waits in an
  /// `AnswerDraft` beside the session, so a crash there keeps it for `ducha resume`; `typed` is
  /// such text, and `confirmed` whether it was confirmed already. False on Ctrl-D.
  func askConcernedStudents(
    _ figure: String, _ count: Int, countCorrected: Bool, typed: String? = nil,
    confirmed: Bool = false
  ) -> Bool {
    let known = session.registry.students[figure]
    let before = (known ?? []).joined(separator: "、")
    let draft = { (text: String, confirmed: Bool?) in
      AnswerDraft(
        sessionID: self.session.id, input: figure, answer: Answer(.text(text)), target: .students,
        before: before, confirmed: confirmed)
    }
    var pending = typed
    var students: [String]?
    var text = ""
    while students == nil {
      if confirmed, let kept = pending {
        (text, pending) = (kept, nil)
      } else {
        guard
          let answer = askText(
            "    " + t("涉及的学生（姓名或身份证号，用、分隔）", "students concerned (names or ID numbers)"),
            fallback: known?.joined(separator: "、"), typed: pending,
            keep: { self.keepAnswerDraft(draft($0, nil)) })
        else {
          leaveAnswerUnrecorded()
          return false
        }
        (text, pending) = (answer, nil)
      }
      switch StudentNamesAnswer.read(text, split: names) {
      case .none: students = []
      case .names(let given): students = given
      case .count:
        // The number is the figure above; a student called 2 would be kept in the session.
        console.complain(
          Localized(
            "“\(text)”是人数，\(figure)已记为 \(count)。这里写涉及的学生的姓名或身份证号；不记姓名就按回车。",
            en:
              "'\(text)' is a number; \(figure) is recorded as \(count). Type the students' names or ID numbers here, or press Enter for none."
          ))
      }
    }
    let chosen = students ?? []
    for student in chosen
    where IDNumber.looksLikeIdentifier(student) && !IDNumber.isValid(student)
      && student.count == 18
    {
      console.complain(
        Localized(
          "身份证号 \(IDNumber.mask(student)) 的校验位不对，请核对。",
          en: "ID number \(IDNumber.mask(student)) fails its check digit; please verify."))
    }
    let after = chosen.joined(separator: "、")
    if correcting, after != before {
      let target = "学籍.\(figure) 涉及的学生"
      if countCorrected, let reason = session.corrections.last?.reason {
        session.corrections.append(
          Correction(time: timestamp, target: target, before: before, after: after, reason: reason))
      } else {
        keepAnswerDraft(draft(text, true))
        guard confirmCorrection(target, before: before, after: after, draft: draft(text, true))
        else {
          leaveAnswerUnrecorded()
          return false
        }
      }
    }
    session.registry.students[figure] = chosen
    if save() { dropAnswerDraft() }
    return true
  }

  /// On resuming: the students of a registry figure typed but cut short at a question about
  /// them (is text that looks like a command meant? the reason for correcting a completed
  /// inspection) are said, and the question asked again; Ctrl-D gives them up.
  func offerUnfinishedStudents(_ draft: AnswerDraft) {
    let figure = draft.input
    // The figure gone or blank since (the session edited on another laptop and copied over):
    // nothing to ask, the students are typed again with 学籍.
    guard case .text(let text) = draft.answer.value, Self.figuresWithStudents.contains(figure),
      let count = session.registry.counts[figure], count > 0,
      session.registry.imported?.figures.contains(figure) != true,
      (session.registry.students[figure] ?? []).joined(separator: "、") == draft.before ?? ""
    else { return dropAnswerDraft() }
    let confirmed = draft.confirmed == true
    guard !confirmed || correcting else { return dropAnswerDraft() }
    let shown = IDNumber.maskAll(in: text)
    console.say(
      confirmed
        ? t(
          "上次答到一半：学籍系统核查 \(figure) 涉及的学生 填了“\(shown)”，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。",
          "an answer was cut short: the students of registry check \(figure) were typed '\(shown)',"
            + " but the reason for the correction was not written. They are recorded once it is"
            + " (Ctrl-D drops them).")
        : t(
          "上次答到一半：学籍系统核查 \(figure) 涉及的学生 填了“\(shown)”，还没确认是否这样填。（Ctrl-D=不要这个回答）",
          "an answer was cut short: the students of registry check \(figure) were typed '\(shown)',"
            + " not yet confirmed (Ctrl-D drops it)."))
    guard
      askConcernedStudents(
        figure, count, countCorrected: false, typed: text, confirmed: confirmed)
    else {
      return console.say(t("（已丢掉，这个回答没有记录）", "(dropped; the answer was not recorded)"))
    }
    console.say(t("已记录：\(figure) 涉及的学生", "recorded: the students of \(figure)"))
  }
}
