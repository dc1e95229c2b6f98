import DuchaChecklist
import DuchaRender
import DuchaSession
import Foundation

extension InspectionREPL {
  /// 入班核查: records one class, shows every class with totals, re-scores the items bound to
  /// roll-call figures. Counts are bounded (a class has at most `Limits.classSize`), the
  /// offered 人在籍不在 is the true difference, and a row that does not add up is asked again.
  /// Each answer goes to the class's `RollCallDraft` before the next question; `earlier` is one
  /// left by a crash, whose answers are not asked again.
  func rollCallFlow(continuing earlier: RollCallDraft? = nil) {
    // With a registry export imported, the class is called from its list instead.
    if earlier == nil, offerRosterRollCall() { return }
    let before = boundScores(prefix: "点名.")
    console.say(t("入班核查（Ctrl-D 取消）", "roll call (Ctrl-D cancels)"))
    let tooMany = Localized(
      "一个班不会超过 \(Limits.classSize) 人，请核对后重新输入。",
      en: "a class has at most \(Limits.classSize) students; check and type it again.")
    var draft = earlier ?? RollCallDraft(sessionID: session.id)
    if draft.grade == nil || draft.className == nil,
      let (grade, className) = askGradeAndClass(&draft)
    {
      (draft.grade, draft.className, draft.unconfirmedText) = (grade, className, nil)
      keepDraft(draft)
    }
    guard let grade = draft.grade, let className = draft.className,
      let registered = draftCount(
        &draft, \.registered,
        askCount("  " + t("学籍系统人数", "registered in the system"), limitMessage: tooMany)),
      let present = draftCount(
        &draft, \.present, askCount("  " + t("实到人数", "present"), limitMessage: tooMany)),
      let leave = draftCount(
        &draft, \.onLeave,
        askCount("  " + t("请假人数", "on approved leave"), fallback: 0, limitMessage: tooMany))
    else {
      leaveClassUnrecorded()
      return
    }
    // Each count is at most Limits.classSize, so these sums cannot overflow.
    let actual = present + leave
    let gap = registered - actual
    console.say(
      "  "
        + t(
          "学籍 \(registered)，实有 \(actual)（实到 \(present) + 请假 \(leave)），",
          "registered \(registered), actual \(actual), ")
        + (gap > 0
          ? t("少 \(gap) 人", "\(gap) missing")
          : gap < 0 ? t("多 \(-gap) 人", "\(-gap) extra") : t("一致", "consistent")))
    var entry: ClassRollCall
    while true {
      var absent: (names: [String], count: Int)?
      if let count = draft.absentCount {
        absent = (draft.absentNames ?? [], count)
      } else if let typed = askSide(
        "  " + t("籍在人不在的学生（姓名，用、分隔）", "registered but absent (names)"),
        expected: max(0, gap), typed: draft.absentNames,
        keep: {
          draft.absentNames = $0
          keepDraft(draft)
        })
      {
        absent = typed
        (draft.absentNames, draft.absentCount) = (typed.names, typed.count)
        keepDraft(draft)
      }
      guard let absent,
        // 学籍 − 籍在人不在 + 人在籍不在 = 实有, so the rest is the true difference.
        let unregistered = draft.unregisteredCount.map({ (draft.unregisteredNames ?? [], $0) })
          ?? askSide(
            "  " + t("人在籍不在的学生（姓名）", "present but unregistered (names)"),
            expected: max(0, actual - registered + absent.count), typed: draft.unregisteredNames,
            keep: {
              draft.unregisteredNames = $0
              keepDraft(draft)
            })
      else {
        leaveClassUnrecorded()
        return
      }
      entry = ClassRollCall(
        grade: grade, className: className, registered: registered, present: present,
        onLeave: leave, absentNames: absent.names, unregisteredNames: unregistered.names,
        absentCount: absent.count, unregisteredCount: unregistered.count)
      if entry.addsUp, entry.impossibleCount == nil { break }
      // Both sides are asked again: the one kept in the draft is part of what does not add up.
      (draft.absentNames, draft.absentCount) = (nil, nil)
      (draft.unregisteredNames, draft.unregisteredCount) = (nil, nil)
      keepDraft(draft)
      if let impossible = entry.impossibleCount, entry.addsUp {
        console.complain(
          Localized(
            "这个班的数字不可能：" + impossible.zh + "请重新输入籍在人不在和人在籍不在。",
            en: "this class cannot be right: " + impossible.en + " Record the two again."))
        continue
      }
      console.complain(
        Localized(
          "这个班的数字对不上：学籍 \(registered) − 籍在人不在 \(absent.count) + 人在籍不在 \(unregistered.count) = \(registered - absent.count + unregistered.count)，而实有 \(actual)（实到 \(present) + 请假 \(leave)）。请重新输入籍在人不在和人在籍不在。",
          en:
            "this class does not add up: registered \(registered) − absent \(absent.count) + unregistered \(unregistered.count) = \(registered - absent.count + unregistered.count), but actual is \(actual). Record the two again."
        ))
    }
    // On a completed inspection the class waits in its draft, whole, while the reason is asked.
    if correcting {
      (draft.unregisteredNames, draft.unregisteredCount) = (
        entry.unregisteredNames, entry.unregisteredCount
      )
      keepDraft(draft)
    }
    guard correctClass(entry, draft: draft) else {
      leaveClassUnrecorded()
      return
    }
    let offeredBefore = offeredSchoolStudents()
    storeClass(entry)
    if save() { dropDraft() }
    console.say(
      RollCallTable.format(session.rollCall, language: language, width: environment.width))
    if session.wholeSchool == nil {
      wholeSchoolFlow()
    } else {
      followSchoolStudents(offeredBefore: offeredBefore)
    }
    reportRescored(before, prefix: "点名.")
  }

  /// Asks the grade, then the class — unless the grade answer already named both (`三年级2班`,
  /// `三（2）班`), which is said back so the inspector sees how it was read. A bare number at
  /// the class question gets its `班`. Nil on Ctrl-D. The grade goes to the draft before the
  /// class is asked (a roll call cut there was dropped on resume without a word), and a draft
  /// holding it asks the class only. Text that looks like a command waits in the draft too
  /// (`unconfirmedText`) while 仍然这样填吗 is asked, and one kept so is asked about again.
  func askGradeAndClass(_ draft: inout RollCallDraft) -> (String, String)? {
    let keep = { (text: String) in
      draft.unconfirmedText = text
      self.keepDraft(draft)
    }
    if let grade = draft.grade {
      console.say("  " + t("年级 \(grade)", "grade \(grade)"))
      guard
        let className = askText(
          "  " + t("班级", "class"), required: true, typed: draft.unconfirmedText, keep: keep)
      else { return nil }
      return (grade, ClassName.normalizedClass(className))
    }
    guard
      var grade = askText(
        "  " + t("年级", "grade"), required: true, typed: draft.unconfirmedText, keep: keep)
    else { return nil }
    if let corrected = ClassName.gradeSlip(grade) {
      console.say("  " + t("（记为 \(corrected)：“年纪”应是“年级”）", "(read as \(corrected))"))
      grade = corrected
    }
    if let both = ClassName.split(grade) {
      console.say(
        "  "
          + t(
            "年级 \(both.grade)，班级 \(both.className)", "grade \(both.grade), class \(both.className)")
      )
      return both
    }
    (draft.grade, draft.unconfirmedText) = (grade, nil)
    keepDraft(draft)
    guard let className = askText("  " + t("班级", "class"), required: true, keep: keep) else {
      return nil
    }
    return (grade, ClassName.normalizedClass(className))
  }

  /// Asks the students of one side of a class (籍在人不在 or 人在籍不在): names, or Enter for the
  /// difference. When fewer names than `expected` are given, asks how many there are in all, so
  /// a count that is not the number of names is always the inspector's; the names are handed to
  /// `keep` (the class's draft) before that question, as every answer is saved, and names
  /// `typed` before a crash are not asked again. Nil on Ctrl-D.
  func askSide(
    _ label: String, expected: Int, typed: [String]? = nil, keep: ([String]) -> Void = { _ in }
  ) -> (names: [String], count: Int)? {
    let listed: [String]
    if let typed {
      console.say(label + "：" + typed.joined(separator: "、") + t("（上次记下的）", " (recorded before)"))
      listed = typed
    } else {
      let fallback =
        expected > 0 ? t("按差额记 \(expected) 人", "count \(expected)") : t("无", "none")
      guard let text = askNames(label, fallback: fallback) else { return nil }
      if text == fallback { return ([], expected) }
      switch StudentNamesAnswer.read(text, split: names) {
      case .none: listed = []
      case .names(let given): listed = given
      case .count(let count):
        sayCountWithoutNames(count)
        return ([], count)
      }
    }
    // More names than the difference is possible (children missing and others extra in one
    // class); the row check below catches a real mistake. Fewer names than the difference
    // needs the inspector to say how many there are.
    if listed.count >= expected { return (listed, listed.count) }
    // The names wait in the draft while 共几人 is asked: they were only in memory, and a crash
    // there lost them.
    if typed == nil { keep(listed) }
    console.say(
      "  "
        + t(
          "记了 \(listed.count) 个姓名，按差额应为 \(expected) 人。",
          "\(listed.count) names recorded; the difference is \(expected)."))
    while true {
      guard
        let count = askCount(
          "  " + t("共几人", "how many in all"), fallback: listed.count, limit: Limits.classSize)
      else { return nil }
      if count >= listed.count { return (listed, count) }
      console.complain(
        Localized(
          "人数不能少于记下的姓名数 \(listed.count)。", en: "cannot be fewer than the \(listed.count) names."))
    }
  }

  /// `（记为 2 人，没有记姓名）` when a number was typed where names are asked.
  func sayCountWithoutNames(_ count: Int) {
    console.say("  " + t("（记为 \(count) 人，没有记姓名）", "(recorded as \(count), no names)"))
  }

  /// 全校实有班级数 and 全校在校生数: the whole school, apart from the classes visited, for the
  /// ratios that compare the school with the registry. Enter keeps what is recorded, takes the
  /// registry-based figure offered, or leaves it for later.
  func wholeSchoolFlow() {
    console.say(
      t(
        "全校的数字（差额比率按全校计算，不只是点名的班；回车=括号里的值，没有值时以后再填，“点名 全校”可再改）：",
        "whole-school figures (ratios use the whole school, not only the classes visited; Enter takes the value shown or leaves it for later; 'rollcall school' revises):"
      ))
    var school = session.wholeSchool ?? WholeSchool()
    let registryClasses = session.registry.counts["系统班级数"]
    let registryStudents = offeredSchoolStudents()
    guard
      let classes = askOptionalCount(
        "  " + t("全校实有班级数", "classes in the school"), current: school.classes,
        offered: registryClasses, source: t("学籍系统班级数", "registry"), limit: Limits.classes)
    else { return }
    guard correctFigure("点名.全校实有班级数", "全校实有班级数", from: school.classes, to: classes)
    else { return }
    school.classes = classes
    // On disk before the students are asked, as every answer is: it waited for them, and a
    // crash at that question lost the classes just typed.
    session.wholeSchool = school
    if save() { dropAnswerDraft() }
    guard
      let students = askOptionalCount(
        "  " + t("全校在校生数", "students in the school"), current: school.students,
        offered: registryStudents, source: t("学籍系统学生数加点名差额", "registry plus roll-call differences"),
        limit: Limits.schoolSize)
    else { return }
    guard correctFigure("点名.全校在校生数", "全校在校生数", from: school.students, to: students)
    else { return }
    school.students = students
    session.wholeSchool = school
    if save() { dropAnswerDraft() }
  }

  /// A count that may stay unknown: Enter keeps `current`, else takes `offered`, else leaves it
  /// unknown (`.some(nil)`); nil on Ctrl-D.
  func askOptionalCount(
    _ label: String, current: Int?, offered: Int?, source: String, limit: Int,
    blank: String? = nil
  ) -> Int?? {
    let hint =
      current.map { t("（整数，回车保留 \($0)）", " (whole number, Enter keeps \($0))") }
      ?? offered.map { t("（整数，回车=\($0)，\(source)）", " (whole number, Enter = \($0), \(source))") }
      ?? blank ?? t("（整数，回车=以后再填）", " (whole number, Enter = later)")
    while true {
      guard case .line(let line) = console.ask(label + hint + "> ") else { return nil }
      let text = AnswerParser.normalize(line)
      if text.isEmpty { return .some(current ?? offered) }
      switch AnswerParser.count(text) {
      case .failure(let problem):
        console.complain(countRefusal(problem, text))
      case .success(let value):
        guard value >= 0, value <= Decimal(limit), value == ScoreFormat.round(value, places: 0)
        else {
          console.complain(
            Localized("应为 0 到 \(limit) 之间的整数。", en: "must be a whole number from 0 to \(limit)."))
          continue
        }
        echoCount(typed: text, value)
        return .some(NSDecimalNumber(decimal: value).intValue)
      }
    }
  }

  /// Scores of the items whose inputs are bound to figures starting with `prefix`.
  func boundScores(prefix: String) -> [String: String] {
    let result = evaluate()
    var scores: [String: String] = [:]
    for input in checklist.inputs.values
    where input.defaultValue?.referencedNames.contains(where: { $0.0.hasPrefix(prefix) }) == true {
      scores[input.itemID] = result.state(of: input.itemID)?.label(language) ?? ""
    }
    return scores
  }

  /// Prints the bound items' scores after new figures, marking the ones that changed.
  func reportRescored(_ before: [String: String], prefix: String) {
    let after = boundScores(prefix: prefix)
    guard !after.isEmpty else { return }
    console.say(t("相关条目重新评分：", "re-scored items:"))
    for item in leaves {
      guard let score = after[item.id] else { continue }
      let overridden = item.inputNames.contains { session.answers.values[$0] != nil }
      let change = before[item.id] != score ? "（\(before[item.id] ?? "") → \(score)）" : ""
      console.say(
        "  \(item.id) \(item.title)：\(score)\(change)"
          + (overridden ? t("  已手工改写，未跟随", "  overridden by hand") : ""))
    }
  }
}
