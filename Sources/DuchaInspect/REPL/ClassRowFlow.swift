import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// Puts a class's row in the session: a class already called, under this spelling or another
  /// (`三（2）班` after `三年级2班`), is updated under its first name, and the inspector is told;
  /// it was added as a second class, and its children counted twice in 人籍不一致.
  func storeClass(_ row: ClassRollCall) {
    guard
      let existing = session.rollCall.firstIndex(where: {
        $0.label == row.label || $0.matchKey == row.matchKey
      })
    else {
      session.rollCall.append(row)
      return
    }
    let first = session.rollCall[existing]
    var updated = row
    (updated.grade, updated.className) = (first.grade, first.className)
    session.rollCall[existing] = updated
    console.say(
      first.label == row.label
        ? t("已更新 \(first.label) 的点名记录。", "updated the roll call of \(first.label).")
        : t(
          "“\(row.label)”就是已点过名的 \(first.label)：已更新这一班的点名记录，没有另记一个班。",
          "'\(row.label)' is \(first.label), already called: its roll call is updated, not added again."
        ))
  }

  /// 全校在校生数 as offered: the registry's students plus every class's roll-call difference.
  func offeredSchoolStudents() -> Int? {
    session.registry.counts["系统学生数"].map { registered in
      registered
        + session.rollCall.reduce(0) {
          $0 + max(-Limits.classSize, min(Limits.classSize, $1.difference))
        }
    }
  }

  /// After a class is recorded, changed or removed: a 全校在校生数 that was the offered figure
  /// (registry plus the differences so far) follows the new differences, and says so. It stayed
  /// as it was, so a second class's missing children never reached 11 学籍差额比率. One the
  /// inspector typed is kept, with a word that the differences changed.
  func followSchoolStudents(offeredBefore: Int?) {
    guard let students = session.wholeSchool?.students, let offeredBefore,
      let offered = offeredSchoolStudents(), offered != offeredBefore
    else { return }
    guard students == offeredBefore else {
      console.say(
        t(
          "  （全校在校生数仍是录入的 \(students)；按学籍系统学生数加点名差额现在是 \(offered)，要改用“点名 全校”）",
          "  (students in the school stay \(students) as typed; registry plus roll-call differences is now \(offered): 'rollcall school' changes it)"
        ))
      return
    }
    session.wholeSchool?.students = offered
    let logged = logFollowedSchoolStudents(from: students, to: offered)
    save()
    console.say(
      t(
        "  全校在校生数 \(students) → \(offered)（学籍系统学生数加点名差额"
          + (logged ? "，随这个班的更正记入更正）" : "）"),
        "  students in the school \(students) → \(offered) (registry plus roll-call differences"
          + (logged ? "; logged with the class's correction)" : ")")))
  }

  /// On a completed inspection, logs the whole-school figure that followed a class's correction
  /// (`点名.全校在校生数 135 → 134`) with that correction's reason, said to be the class's: the
  /// figure changed without a word in the corrections, and a leader reading them found 11
  /// 学籍差额比率 moved with no entry for the figure it is computed from. True when logged.
  func logFollowedSchoolStudents(from before: Int, to after: Int) -> Bool {
    guard correcting, let cause = session.corrections.last else { return false }
    session.corrections.append(
      Correction(
        time: timestamp, target: "点名.全校在校生数", before: String(before),
        after: String(after),
        reason: t(
          "随“\(cause.target)”的更正（学籍系统学生数加点名差额）：\(cause.reason)",
          "follows the correction of '\(cause.target)' (registry plus roll-call differences): \(cause.reason)"
        )))
    return true
  }

  /// On a completed inspection, asks the reason for recording or changing the class of `row`
  /// and logs the correction (`点名 三年级2班`, its counts before and after), as deleting a
  /// class already did; a class was added or changed there without a word. False on Ctrl-D.
  /// A reason that looks like a command waits in the class's `draft` (whole by now) while
  /// 仍然当作理由记下吗 is asked, and one kept so before a crash is asked about again.
  func correctClass(_ row: ClassRollCall, draft: RollCallDraft) -> Bool {
    let old = session.rollCall.first { $0.label == row.label || $0.matchKey == row.matchKey }
    let counts = { (row: ClassRollCall) in
      self.t(
        "学籍 \(row.registered)，实到 \(row.present)，请假 \(row.onLeave)，籍在人不在 \(row.absentCount)，人在籍不在 \(row.unregisteredCount)",
        "registered \(row.registered), present \(row.present), on leave \(row.onLeave), absent \(row.absentCount), unregistered \(row.unregisteredCount)"
      )
    }
    var waiting = draft
    return confirmCorrection(
      t("点名 ", "roll call ") + (old?.label ?? row.label), before: old.map(counts) ?? "",
      after: counts(row), typedReason: draft.correctionReason,
      keepReason: { reason in
        waiting.correctionReason = reason
        self.keepDraft(waiting)
      })
  }
}
