import DuchaChecklist
import DuchaSession
import Foundation

extension InspectionREPL {
  /// The figures of the registry check whose students are listed.
  static let figuresWithStudents: Set<String> = [
    "重复学籍", "无照片", "无身份证号", "问题学籍未处理", "身份证号有误", "其他证件", "学籍号不符",
  ]

  /// Whether `count` typed for `figure` (in place of `current`) is more students with a problem
  /// than the school has registered, surely a slip, so it is recorded only once confirmed.
  func needsConfirming(_ figure: String, _ count: Int, current: Int?) -> Int? {
    guard figure != "系统学生数", figure != "系统班级数",
      let students = session.registry.counts["系统学生数"], count > students, count != current
    else { return nil }
    return students
  }

  /// Asks the inspector to confirm `count` for `figure` when it needs it (more than 系统学生数).
  /// While the question is open the count waits in an `AnswerDraft` beside the session, so a
  /// crash there keeps it for `ducha resume` (it was held only in memory). True when it needs
  /// no confirming or was confirmed (the draft stays until `recordFigure` saves the count);
  /// false for 否 (`retype` says what 否 means); nil on Ctrl-D. The draft is dropped but for
  /// true and a closed terminal.
  func confirmFigure(
    _ figure: String, _ count: Int, current: Int?,
    retype: Localized = Localized("否=重新输入", en: "no = type it again")
  ) -> Bool? {
    guard let students = needsConfirming(figure, count, current: current) else { return true }
    keepAnswerDraft(
      AnswerDraft(
        sessionID: session.id, input: figure, answer: Answer(.number(Decimal(count))),
        target: .figure, before: current.map(String.init)))
    guard
      let sure = askYesNo(
        "  "
          + t(
            "\(figure) \(count) 比学籍系统学生数 \(students) 还多。确认吗？（是/否，\(retype.zh)）",
            "\(figure) \(count) is more than the \(students) students registered. Sure? (yes/\(retype.en))"
          ))
    else {
      leaveAnswerUnrecorded()
      return nil
    }
    if !sure { dropAnswerDraft() }
    return sure
  }

  /// Records `count` for `figure` in place of `current` and saves it, then asks the students
  /// behind it; a count other than the export's asks the reason first. False on Ctrl-D.
  func recordFigure(_ figure: String, _ count: Int, current: Int?) -> Bool {
    let imported = session.registry.imported?.figures.contains(figure) == true
    if imported, let current, count != current {
      return overrideImported(figure, count, over: current)
    }
    guard correctFigure("学籍." + figure, figure, from: current, to: count) else { return false }
    session.registry.counts[figure] = count
    if save() { dropAnswerDraft() }
    guard Self.figuresWithStudents.contains(figure), count > 0, !imported else { return true }
    // The figure is on disk before its students are asked, as every answer is.
    return askConcernedStudents(figure, count, countCorrected: current != count)
  }

  /// On a completed inspection, asks the reason for changing `figure` (a registry figure, or
  /// 全校实有班级数 / 全校在校生数) from `before` to `after` and logs the correction as `target`,
  /// as an answer's correction is; the figure waits in an `AnswerDraft` while the reason is
  /// asked. True when nothing is corrected or the reason was written (the caller saves and
  /// drops the draft); false on Ctrl-D. The figures were changed on a completed inspection
  /// without a word in its corrections.
  func correctFigure(_ target: String, _ figure: String, from before: Int?, to after: Int?) -> Bool
  {
    guard correcting, before != after else { return true }
    let draft = after.map {
      AnswerDraft(
        sessionID: session.id, input: figure, answer: Answer(.number(Decimal($0))),
        target: .figure, before: before.map(String.init), confirmed: true)
    }
    if let draft { keepAnswerDraft(draft) }
    guard
      confirmCorrection(
        target, before: before.map(String.init) ?? "", after: after.map(String.init) ?? "",
        draft: draft)
    else {
      leaveAnswerUnrecorded()
      return false
    }
    return true
  }

  /// On resuming a completed inspection: a figure changed but cut short at the reason for the
  /// correction is said, and the reason asked again; Ctrl-D gives it up.
  func offerUnfinishedCorrectedFigure(_ draft: AnswerDraft) {
    let figure = draft.input
    let school = ["全校实有班级数", "全校在校生数"].contains(figure)
    let current =
      school
      ? (figure == "全校实有班级数" ? session.wholeSchool?.classes : session.wholeSchool?.students)
      : session.registry.counts[figure]
    guard correcting, case .number(let number) = draft.answer.value, let count = Int("\(number)"),
      school || Figures.registry.contains(figure), current != count
    else { return dropAnswerDraft() }
    console.say(
      t(
        "上次答到一半：\(figure) 改为 \(count)，更正的理由还没写。写了理由才记下（Ctrl-D=不要这个回答）。",
        "an answer was cut short: \(figure) was changed to \(count), but the reason for the"
          + " correction was not written. It is recorded once the reason is (Ctrl-D drops it)."))
    let dropped = t("（已丢掉，这个回答没有记录）", "(dropped; the answer was not recorded)")
    guard school else {
      let before = boundScores(prefix: "学籍.")
      guard recordFigure(figure, count, current: current) else { return console.say(dropped) }
      console.say(t("已记录：\(figure) \(count)", "recorded: \(figure) \(count)"))
      return reportRescored(before, prefix: "学籍.")
    }
    let before = boundScores(prefix: "点名.")
    guard correctFigure("点名." + figure, figure, from: current, to: count) else {
      return console.say(dropped)
    }
    var whole = session.wholeSchool ?? WholeSchool()
    if figure == "全校实有班级数" { whole.classes = count } else { whole.students = count }
    session.wholeSchool = whole
    if save() { dropAnswerDraft() }
    console.say(t("已记录：\(figure) \(count)", "recorded: \(figure) \(count)"))
    reportRescored(before, prefix: "点名.")
  }

  /// On resuming: a registry figure typed but cut short at its confirmation (more than
  /// 系统学生数) is said, and the question asked again; 否 or Ctrl-D gives it up.
  func offerUnfinishedRegistryFigure(_ draft: AnswerDraft) {
    if draft.confirmed == true { return offerUnfinishedCorrectedFigure(draft) }
    let figure = draft.input
    let current = session.registry.counts[figure]
    // Recorded after all, or no longer above the students (系统学生数 changed since): nothing
    // to ask, the figure is typed again with 学籍 if it is wanted.
    guard case .number(let number) = draft.answer.value, let count = Int("\(number)"),
      Figures.registry.contains(figure),
      let students = needsConfirming(figure, count, current: current)
    else { return dropAnswerDraft() }
    console.say(
      t(
        "上次答到一半：学籍系统核查 \(figure) 答了 \(count)，比学籍系统学生数 \(students) 还多，还没有确认。"
          + "确认了才记下（否或 Ctrl-D=不要这个回答）。",
        "an answer was cut short: registry check \(figure) was answered \(count), more than the"
          + " \(students) students registered, but not confirmed. It is recorded once confirmed"
          + " (no or Ctrl-D drops it)."))
    let before = boundScores(prefix: "学籍.")
    let kept = current.map { t("仍是 \($0)", "stays \($0)") } ?? t("仍未填", "stays blank")
    let dropped = t(
      "（已丢掉，\(figure)\(kept)；要重新输入用“学籍”）",
      "(dropped; \(figure) \(kept); type it again with 'registry')")
    guard
      confirmFigure(
        figure, count, current: current, retype: Localized("否=不要这个数", en: "no = drop it")) == true
    else { return console.say(dropped) }
    guard recordFigure(figure, count, current: current) else { return }
    console.say(t("已记录：\(figure) \(count)", "recorded: \(figure) \(count)"))
    reportRescored(before, prefix: "学籍.")
  }
}
