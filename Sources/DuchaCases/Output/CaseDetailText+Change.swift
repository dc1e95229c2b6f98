import DuchaChecklist

extension CaseDetailText {
  /// The line that says what a change left a case as: `案例 3（张*）：限期复学，复学期限
  /// 2021-11-04` (`case 3 (张*): notice-issued, due 2021-11-04`). One line for every front end:
  /// `ducha cases update|assign|close` print it with the command's privacy (names masked unless
  /// `--reveal`); the inspection REPL with its own, which shows names in full on purpose (the
  /// inspector is finding the child at the school) and masks ID numbers.
  public static func changeLine(_ record: CaseRecord, privacy: CasePrivacy, language: Language)
    -> String
  {
    let name = privacy.name(record.child.name)
    var line =
      language == .english
      ? "case \(record.id) (\(name)): \(record.status.english)"
      : "案例 \(record.id)（\(name)）：\(record.status.rawValue)"
    if record.status == .noticeIssued, let due = record.facts.dueDate {
      line += language == .english ? ", due \(due)" : "，复学期限 \(due)"
    }
    return line
  }
}
