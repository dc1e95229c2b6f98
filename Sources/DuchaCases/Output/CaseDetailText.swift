import DuchaChecklist
import DuchaRoster
import Foundation

/// `ducha cases show ID`: the child, what was established, and the whole history.
public enum CaseDetailText {
  /// The case as text.
  public static func text(
    _ record: CaseRecord, history: [CaseEvent], privacy: CasePrivacy,
    language: Language = .chinese
  ) -> String {
    let privacy = privacy.hiding(record)
    let child = record.child
    let english = language == .english
    var lines = [
      english
        ? "case \(record.id): \(privacy.name(child.name))  \(record.status.english)"
        : "案例 \(record.id)：\(privacy.name(child.name))　\(record.status.rawValue)"
    ]
    func add(_ label: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      lines.append(
        english ? "  \(CaseTerms.term(label, language)): \(value)" : "  \(label)：\(value)")
    }
    add("身份证号", privacy.number(child.idNumber))
    add("性别", english ? child.gender.map { CaseTerms.term($0, language) } : child.gender)
    add("出生日期", privacy.birthDate(child.birthDate))
    add("乡镇", privacy.text(child.township))
    add("村（社区）", privacy.text(child.village))
    add("学校", privacy.text(child.school))
    add("年级班级", child.grade)
    add("责任学校", privacy.text(record.responsibleSchool))
    add("包保责任人", privacy.name(record.assignee))
    add("监护人", privacy.name(child.guardian))
    add("联系电话", privacy.phone(child.guardianPhone))
    add("家庭住址", privacy.address(child.address))
    add("备注", privacy.text(child.note))
    let facts = record.facts
    add("就读地", privacy.text(facts.elsewhere))
    add("证明", privacy.text(facts.proof))
    add("证明材料", privacy.text(facts.certificate))
    add("情况", facts.departure)
    add(
      english ? "notice to return" : "限期复学通知",
      facts.noticeDate.map {
        english
          ? "issued \($0), due \(facts.dueDate ?? "?")" : "\($0) 发出，期限 \(facts.dueDate ?? "?")"
      })
    add(
      english ? "reported to the township" : "报乡镇",
      facts.reportDate.map {
        english
          ? "\($0), decision \(privacy.text(facts.decisionNumber))"
          : "\($0)，行政处罚决定书 \(privacy.text(facts.decisionNumber))"
      })
    if let date = facts.returnDate {
      add("复学", "\(date) \(privacy.text(facts.school)) \(facts.className ?? "")")
    } else {
      add("就读学校", privacy.text(facts.school).isEmpty ? nil : privacy.text(facts.school))
    }
    if !facts.visits.isEmpty {
      lines.append(
        english
          ? "  visits to persuade the family (\(facts.visits.count)):"
          : "  劝返走访 \(facts.visits.count) 次：")
      for visit in facts.visits {
        let (who, outcome) = (privacy.text(visit.visitors), privacy.text(visit.outcome))
        lines.append(
          english ? "    \(visit.date) \(who): \(outcome)" : "    \(visit.date) \(who)：\(outcome)")
      }
    }
    add("来源", privacy.text(record.source))
    lines.append(english ? "  history:" : "  历史：")
    lines += historyLines(history, privacy: privacy, language: language)
    // 逾期 by the calendar (see `CaseRecord.asOf`): shown where it happened, marked as derived
    // because no one recorded it; the next change to the case stores it.
    if record.status == .overdue, history.last?.to == .noticeIssued,
      let due = record.facts.dueDate.flatMap(CivilDate.init(parsing:))
    {
      lines.append(
        english
          ? "    (automatic) \(due.adding(days: 1)) overdue (notice-issued → overdue) due \(due) passed, not back at school"
          : "    （自动）\(due.adding(days: 1)) 逾期（限期复学 → 逾期） 复学期限 \(due) 已过，未返校")
    }
    return lines.joined(separator: "\n")
  }

  /// The history entries, one line each, indented under `历史：`. The actions and detail keys
  /// are stored in Chinese; in English they are said through `CaseTerms` (the order stays the
  /// stored keys' order, so both languages list the details alike).
  public static func historyLines(
    _ history: [CaseEvent], privacy: CasePrivacy, language: Language = .chinese
  ) -> [String] {
    let english = language == .english
    func name(_ status: CaseStatus) -> String { english ? status.english : status.rawValue }
    let (open, close, colon, separator) =
      english ? (" (", ")", ": ", "; ") : ("（", "）", "：", "；")
    return history.map { event in
      let time = String(event.time.prefix(16)).replacingOccurrences(of: "T", with: " ")
      let move =
        event.from.map {
          $0 == event.to
            ? "\(open)\(name($0))\(close)" : "\(open)\(name($0)) → \(name(event.to))\(close)"
        }
        ?? "\(open)\(name(event.to))\(close)"
      let action = CaseTerms.term(event.action, language)
      var line = "    \(event.sequence). \(time) \(privacy.text(event.by)) \(action)\(move)"
      let details = event.details.keys.sorted().map {
        "\(CaseTerms.term($0, language))\(colon)\(privacy.text(event.details[$0]))"
      }
      if !details.isEmpty { line += " " + details.joined(separator: separator) }
      if !event.reason.isEmpty {
        line += (english ? " reason: " : " 理由：") + privacy.text(event.reason)
      }
      return line
    }
  }

  /// `ducha cases show ID` of a case whose row was deleted by another program: what is left.
  public static func orphan(
    _ orphan: OrphanedHistory, privacy: CasePrivacy, language: Language = .chinese
  ) -> String {
    let head =
      language == .english
      ? [
        "case \(orphan.caseID): its row was deleted, only its history is left (see the note above)",
        "  history:",
      ]
      : ["案例 \(orphan.caseID)：这一行已被删掉，只剩历史（见上面的说明）", "  历史："]
    return (head + historyLines(orphan.events, privacy: privacy, language: language))
      .joined(separator: "\n")
  }

  /// `cases overdue`: each notice past due, by how many days.
  public static func overdue(
    _ records: [CaseRecord], today: String, daysLate: (CaseRecord) -> Int, privacy: CasePrivacy,
    language: Language = .chinese
  ) -> String {
    let english = language == .english
    guard !records.isEmpty else {
      return english
        ? "\(today): no notice to return to school is past due."
        : "\(today)：没有逾期的限期复学通知。"
    }
    var lines = [
      english
        ? "\(today): \(records.count) notice\(records.count == 1 ? "" : "s") to return to school past due"
        : "\(today)：\(records.count) 例限期复学已过期限"
    ]
    for record in records {
      let (notice, due) = (record.facts.noticeDate ?? "?", record.facts.dueDate ?? "?")
      let said =
        english
        ? "notice \(notice)  due \(due)  \(daysLate(record)) days late  \(record.status.english)"
        : "通知 \(notice)  期限 \(due)  逾期 \(daysLate(record)) 天  \(record.status.rawValue)"
      lines.append(
        "  \(record.id)  \(privacy.name(record.child.name))  \(privacy.text(record.responsibleSchool))  "
          + said)
    }
    if records.contains(where: { $0.status == .overdue }) {
      lines.append(
        english
          ? "  report an overdue case to the township: ducha cases update NUMBER --report --date DATE --decision DECISION-NUMBER --by NAME; close a child back at school: ducha cases close NUMBER …"
          : "  逾期的报乡镇：ducha cases update 编号 --report --date 日期 --decision 行政处罚决定书编号 --by 姓名；返校的复学销号：ducha cases close 编号 …"
      )
    }
    return lines.joined(separator: "\n")
  }
}
