import DuchaChecklist
import DuchaRender
import DuchaSession

extension InspectionREPL {
  /// 入班核查: records one class, shows every class with totals, re-scores the items bound to
  /// roll-call figures.
  func rollCallFlow() {
    // With a registry export imported, the class is called from its list instead.
    if offerRosterRollCall() { return }
    let before = boundScores(prefix: "点名.")
    console.say(t("入班核查（Ctrl-D 取消）", "roll call (Ctrl-D cancels)"))
    guard let grade = askText("  " + t("年级", "grade"), required: true),
      let className = askText("  " + t("班级", "class"), required: true),
      let registered = askCount("  " + t("学籍系统人数", "registered in the system")),
      let present = askCount("  " + t("实到人数", "present")),
      let leave = askCount("  " + t("请假人数", "on approved leave"), fallback: 0)
    else {
      console.say(t("（已取消，这个班没有记录）", "(cancelled; class not recorded)"))
      return
    }
    let gap = registered - present - leave
    console.say(
      "  "
        + t(
          "学籍 \(registered)，实有 \(present + leave)（实到 \(present) + 请假 \(leave)），",
          "registered \(registered), actual \(present + leave), ")
        + (gap > 0
          ? t("少 \(gap) 人", "\(gap) missing")
          : gap < 0 ? t("多 \(-gap) 人", "\(-gap) extra") : t("一致", "consistent")))
    guard
      let absentText = askNames(
        "  " + t("籍在人不在的学生（姓名，用、分隔）", "registered but absent (names)"),
        fallback: gap > 0 ? t("按差额记 \(gap) 人", "count \(gap)") : t("无", "none")),
      let unregisteredText = askNames(
        "  " + t("人在籍不在的学生（姓名）", "present but unregistered (names)"),
        fallback: gap < 0 ? t("按差额记 \(-gap) 人", "count \(-gap)") : t("无", "none"))
    else {
      console.say(t("（已取消，这个班没有记录）", "(cancelled; class not recorded)"))
      return
    }
    let isFallback = { (text: String) in
      text.hasPrefix("按差额") || text.hasPrefix("count ") || text == "无" || text == "none"
    }
    let entry = ClassRollCall(
      grade: grade, className: className, registered: registered, present: present, onLeave: leave,
      absentNames: isFallback(absentText) ? [] : names(absentText),
      unregisteredNames: isFallback(unregisteredText) ? [] : names(unregisteredText))
    if let existing = session.rollCall.firstIndex(where: { $0.label == entry.label }) {
      session.rollCall[existing] = entry
      console.say(t("已更新 \(entry.label) 的点名记录。", "updated the roll call of \(entry.label)."))
    } else {
      session.rollCall.append(entry)
    }
    save()
    console.say(
      RollCallTable.format(session.rollCall, language: language, width: environment.width))
    reportRescored(before, prefix: "点名.")
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
    for item in leaves where after[item.id] != nil {
      let overridden = item.inputNames.contains { session.answers.values[$0] != nil }
      let change =
        before[item.id] != after[item.id] ? "（\(before[item.id] ?? "") → \(after[item.id]!)）" : ""
      console.say(
        "  \(item.id) \(item.title)：\(after[item.id]!)\(change)"
          + (overridden ? t("  已手工改写，未跟随", "  overridden by hand") : ""))
    }
  }
}
