import DuchaChecklist
import DuchaRoster

/// The figures a school's cases give its inspection (`案例.*`), which checklist items bind to as
/// they bind to roll-call figures: e.g. `录入 无劝返 计数 默认 案例.无劝返记录`.
public enum CaseFigures {
  /// The counts of `records` (a school's cases) on `today`, keyed by the names in
  /// `Figures.cases`: 未结案, 疑似未核查, 确认辍学 (not yet back), 无劝返记录 (a confirmed dropout
  /// without a single visit), 逾期 (a notice past its due day and not yet reported), 已复学销号.
  public static func counts(_ records: [CaseRecord], today: CivilDate) -> [String: Int] {
    let due = today.description
    let count = { (test: (CaseRecord) -> Bool) in records.filter(test).count }
    return [
      "未结案": count { !$0.status.isClosed },
      "疑似未核查": count { $0.status == .suspected },
      "确认辍学": count { $0.status.isDropout },
      "无劝返记录": count { $0.status.isDropout && $0.facts.visits.isEmpty },
      "逾期": count {
        $0.status == .overdue
          || ($0.status == .noticeIssued && ($0.facts.dueDate.map { $0 < due } ?? false))
      },
      "已复学销号": count { $0.status == .returned },
    ]
  }
}
