import DuchaSession

extension InspectionREPL {
  /// After a 问题 or 备注 is saved: a short hint when its text seems to name a child, since a
  /// name typed only in free text cannot be masked reliably in the reports. Nothing is refused.
  func hintIfNamed(_ text: String, _ command: Command) {
    guard command == .problem || command == .note else { return }
    let word = recordWord(command)
    switch ChildNameHint.check(text, known: StudentNames(sessions: [session])) {
    case .known(let names):
      let masked = names.map(PersonName.mask).joined(separator: "、")
      let listed = names.joined(separator: "、")
      console.say(
        t(
          "提示：\(word)里的 \(listed) 是点名或学籍名单里的学生，报告里会遮成 \(masked)；写“学生\(names.count)名”更稳妥。",
          "hint: \(listed) in this \(word) are students of the roll call or registry list; reports show \(masked). Writing “\(names.count) students” is safer."
        ))
    case .unknown:
      console.say(
        t(
          "提示：\(word)里好像写了学生姓名，报告里无法遮蔽。请在“点名”里记录这名学生，这里写“学生2名”这样的人数（已照原样保存）。",
          "hint: this \(word) seems to name a student, which reports cannot mask. Record the child in the roll call (点名) and write a count here, e.g. “2 students” (saved as typed)."
        ))
    case nil:
      break
    }
  }
}
