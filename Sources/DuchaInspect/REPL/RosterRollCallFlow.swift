import DuchaChecklist
import DuchaRender
import DuchaRoster
import DuchaSession
import Foundation

extension InspectionREPL {
  /// With a registry export imported, `点名` offers the classes on it. Returns false when no
  /// export is at hand or the inspector chooses to count by hand (Enter), true when the class
  /// was handled here (recorded or cancelled).
  func offerRosterRollCall() -> Bool {
    let found: [RosterClass]?
    do {
      found = try rosterClasses()
    } catch {
      // The roll call that follows is by hand: say so, and how to get the list back.
      console.complain(
        Localized(
          "导入过的学籍导出 \(error.path) 读不了：\(error.why.zh)不能按名单点名。现在手工点名（下面问年级、班级和人数）；"
            + "要按名单点，先按 Ctrl-D 取消，找回文件（插好 U 盘）后输入“学籍 导入 文件路径”，再“点名”。",
          en: "the imported registry export \(error.path) cannot be read: \(error.why.en) The class"
            + " cannot be called from its list, so it is counted by hand now (grade, class, counts"
            + " follow); to call it from the list, press Ctrl-D, get the file back, type 'registry"
            + " import <path>', then 'rollcall'."))
      return false
    }
    guard let classes = found, !classes.isEmpty else { return false }
    console.say(t("学籍导出里的班级：", "classes on the registry export:"))
    for (number, entry) in classes.enumerated() {
      console.say("  \(number + 1)) \(entry.label)（\(entry.students.count) 人）")
    }
    while true {
      guard
        let choice = askText(
          "  " + t("点哪个班（序号或班级名）", "which class (number or name)"),
          fallback: t("手工点名", "count by hand"))
      else {
        console.say(t("（已取消，这个班没有记录）", "(cancelled; class not recorded)"))
        return true
      }
      if choice == "手工点名" || choice == "count by hand" { return false }
      if let chosen = Int(choice).flatMap(classes.entry(numbered:)) {
        rollCall(of: chosen, continuing: nil)
        return true
      }
      if let entry = classes.first(where: { $0.label == choice }) {
        rollCall(of: entry, continuing: nil)
        return true
      }
      console.complain(
        Localized(
          "名单里没有“\(choice)”这个班。请输入序号 1–\(classes.count) 或班级名，回车手工点名。",
          en:
            "no class '\(choice)' on the export; type 1–\(classes.count) or a class name, Enter to count by hand."
        ))
    }
  }

  /// One class of the export, its students in 班内学号 order.
  struct RosterClass {
    var grade: String
    var className: String
    var students: [Student]
    var label: String { students.first?.classLabel ?? grade + className }
  }

  /// An imported export that cannot be read again after a resume (the USB stick is out, the
  /// file was moved or replaced): which file, and why, as the reader says it.
  struct UnreadableExport: Error {
    var path: String
    var why: Localized
  }

  /// The classes of the imported export, read again from its files after a resume; nil when
  /// no export was imported.
  func rosterClasses() throws(UnreadableExport) -> [RosterClass]? {
    if roster == nil, let imported = session.registry.imported {
      var files: [RosterFile] = []
      for path in imported.files {
        let file = RosterReader.read(path: path)
        if file.students.isEmpty {
          let error = file.diagnostics.first { $0.severity == .error }
          throw UnreadableExport(
            path: path,
            why: !FileManager.default.fileExists(atPath: path)
              ? Localized(
                "文件不在那里了（U 盘拔出了，或文件移走、改了名）。",
                en:
                  "the file is no longer there (the USB stick is out, or it was moved or renamed).")
              : error?.message ?? Localized("文件里没有学生。", en: "it has no students."))
        }
        files.append(file)
      }
      roster = files
      refreshCompletion()
    }
    guard let roster else { return nil }
    var order: [String] = []
    var byLabel: [String: RosterClass] = [:]
    for student in roster.flatMap(\.students) where !student.classLabel.isEmpty {
      let label = student.classLabel
      if byLabel[label] == nil {
        order.append(label)
        byLabel[label] = RosterClass(
          grade: student[.grade], className: student[.className], students: [])
      }
      byLabel[label]?.students.append(student)
    }
    return order.compactMap { byLabel[$0] }.map { entry in
      var sorted = entry
      sorted.students.sort { classNumberOrder($0) < classNumberOrder($1) }
      return sorted
    }
  }

  private func classNumberOrder(_ student: Student) -> Int {
    Int(student[.classNumber]) ?? Int.max
  }

  /// Shows the class list, asks who is absent (by 班内学号 or name), who of them is on leave,
  /// and who is present but not on the list; records the class. The class chosen and each
  /// answer go to the class's `RollCallDraft` before the next question; `earlier` is one left
  /// by a crash, whose answers are not asked again.
  func rollCall(of entry: RosterClass, continuing earlier: RollCallDraft?) {
    let before = boundScores(prefix: "点名.")
    var draft = earlier ?? RollCallDraft(sessionID: session.id, listClass: entry.label)
    if earlier == nil { keepDraft(draft) }
    console.say(
      t(
        "\(entry.label) 名单（\(entry.students.count) 人）：",
        "\(entry.label) list (\(entry.students.count)):"))
    let cells = entry.students.map { student in
      (student[.classNumber].isEmpty ? "" : student[.classNumber] + " ") + student.name
    }
    for start in stride(from: 0, to: cells.count, by: 5) {
      console.say("  " + cells[start..<min(start + 5, cells.count)].joined(separator: "  "))
    }
    guard
      let absent = draftChildren(
        &draft, \.listAbsent, in: entry.students,
        askStudents(
          "  " + t("不在的学生（班内学号或姓名，空格分隔）", "absent (class numbers or names)"),
          in: entry.students, fallback: t("全到", "all present"))),
      let onLeave = absent.isEmpty
        ? []
        : draftChildren(
          &draft, \.listOnLeave, in: absent,
          askStudents(
            "  " + t("其中请假的（学号或姓名）", "of them on approved leave"), in: absent,
            fallback: t("无", "none"))),
      let (unregistered, unregisteredCount) = draftUnregistered(&draft)
    else {
      leaveClassUnrecorded()
      return
    }
    let leaveSet = Set(onLeave.map(\.location))
    let missing = absent.filter { !leaveSet.contains($0.location) }
    let registered = entry.students.count
    let record = ClassRollCall(
      grade: entry.grade.isEmpty ? entry.label : entry.grade, className: entry.className,
      registered: registered, present: registered - absent.count + unregisteredCount,
      onLeave: onLeave.count, absentNames: missing.map(\.name), unregisteredNames: unregistered,
      absentCount: missing.count, unregisteredCount: unregisteredCount)
    guard correctClass(record, draft: draft) else {
      leaveClassUnrecorded()
      return
    }
    let offeredBefore = offeredSchoolStudents()
    storeClass(record)
    if save() { dropDraft() }
    console.say(
      t(
        "  \(record.label)：学籍 \(registered)，实到 \(record.present)，请假 \(record.onLeave)，籍在人不在 \(missing.count)"
          + (missing.isEmpty ? "" : "（\(missing.map(\.name).joined(separator: "、"))）")
          + "，人在籍不在 \(unregisteredCount)"
          + (unregistered.isEmpty ? "" : "（\(unregistered.joined(separator: "、"))）"),
        "  \(record.label): registered \(registered), present \(record.present), on leave \(record.onLeave), absent \(missing.count)"
          + (missing.isEmpty ? "" : " (\(missing.map(\.name).joined(separator: ", ")))")
          + ", unregistered \(unregisteredCount)"
          + (unregistered.isEmpty ? "" : " (\(unregistered.joined(separator: ", ")))")))
    console.say(
      RollCallTable.format(session.rollCall, language: language, width: environment.width))
    // As after a class counted by hand: the ratios need the whole school, not only this class.
    if session.wholeSchool == nil {
      wholeSchoolFlow()
    } else {
      followSchoolStudents(offeredBefore: offeredBefore)
    }
    reportRescored(before, prefix: "点名.")
  }

  /// 人在籍不在 of a class called from the list: the names and count the draft holds, or else
  /// the ones typed, written to the draft before the next question (on a completed inspection,
  /// the reason for the correction): they were held only in memory there, and a terminal closed
  /// at the reason lost them. Nil on Ctrl-D.
  func draftUnregistered(_ draft: inout RollCallDraft) -> (names: [String], count: Int)? {
    if let count = draft.unregisteredCount { return (draft.unregisteredNames ?? [], count) }
    guard
      let text = askNames(
        "  " + t("在班上但名单里没有的学生（人在籍不在，姓名）", "present but not on the list (names)"),
        fallback: t("无", "none"))
    else { return nil }
    var typed: (names: [String], count: Int) = ([], 0)
    switch StudentNamesAnswer.read(text, split: names) {
    case .none: break
    case .names(let given): typed = (given, given.count)
    case .count(let count):
      sayCountWithoutNames(count)
      typed = ([], count)
    }
    (draft.unregisteredNames, draft.unregisteredCount) = (typed.names, typed.count)
    keepDraft(draft)
    return typed
  }

  /// Asks for students of `list` by 班内学号 (`3` and `03` alike) or name; a name two students
  /// share must be given by number. Enter gives none; nil on Ctrl-D.
  func askStudents(_ label: String, in list: [Student], fallback: String) -> [Student]? {
    while true {
      guard let text = askNames(label, fallback: fallback) else { return nil }
      if text == fallback || StudentNamesAnswer.read(text, split: names) == .none { return [] }
      var chosen: [Student] = []
      var problems: [String] = []
      for word in names(text) {
        let byNumber = list.filter {
          !$0[.classNumber].isEmpty
            && ($0[.classNumber] == word
              || (Int($0[.classNumber]) != nil && Int($0[.classNumber]) == Int(word)))
        }
        let matches = byNumber.isEmpty ? list.filter { PersonName.same($0.name, word) } : byNumber
        if matches.count == 1, let student = matches.first {
          if !chosen.contains(where: { $0.location == student.location }) { chosen.append(student) }
        } else if matches.isEmpty {
          problems.append(t("名单里没有“\(word)”", "'\(word)' is not on the list"))
        } else {
          let numbers = matches.map { $0[.classNumber] }.joined(separator: "、")
          problems.append(
            t(
              "有 \(matches.count) 个“\(word)”（学号 \(numbers)），请写学号",
              "\(matches.count) students named '\(word)' (\(numbers)); use the number"))
        }
      }
      if problems.isEmpty { return chosen }
      console.complain(
        Localized(
          problems.joined(separator: "；") + "。请重新输入。",
          en: problems.joined(separator: "; ") + ". Type it again."))
    }
  }
}
