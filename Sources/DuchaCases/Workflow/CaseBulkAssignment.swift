import DuchaChecklist

/// `ducha cases assign --where-township 渔沟镇 --person 王老师`: the cases a filter selects (the
/// same filters as `cases list`), which of them the assignment changes, and which it leaves
/// alone and why. A clerk giving one 包保责任人 the 30 cases of a township typed 30 numbers;
/// the plan is shown first and applied only when confirmed.
public struct CaseBulkAssignment: Sendable {
  /// The changes to make to each case (`CasesAssign.actions`: the township, then the school
  /// and person).
  public var actions: [CaseAction]
  /// Every case the filter selected, by number.
  public var matched: [CaseRecord]

  /// A case the assignment leaves alone, and why.
  public struct Skipped: Sendable, Equatable {
    /// The case.
    public var record: CaseRecord
    /// Why: closed, or already so.
    public var reason: Localized
  }

  /// Creates the plan for `matched`.
  public init(actions: [CaseAction], matched: [CaseRecord]) {
    self.actions = actions
    self.matched = matched
  }

  /// The actions that would change `record`; empty when none would, with the reason.
  public func changes(for record: CaseRecord) -> (actions: [CaseAction], skipped: Localized?) {
    var chosen: [CaseAction] = []
    var reasons: [Localized] = []
    for action in actions {
      switch action {
      case .assign(let school, let person):
        if record.status.isClosed {
          reasons.append(
            Localized("已结案：\(record.status.rawValue)", en: "closed: \(record.status.english)"))
        } else if (school ?? record.responsibleSchool) == record.responsibleSchool,
          person == nil || person == record.assignee
        {
          reasons.append(Localized("已是这样分配的", en: "already so assigned"))
        } else {
          chosen.append(action)
        }
      case .township(let township):
        if township.trimmingCharacters(in: .whitespaces) == record.child.township {
          reasons.append(Localized("已是这个乡镇", en: "already in this township"))
        } else {
          chosen.append(action)
        }
      default:
        chosen.append(action)
      }
    }
    guard chosen.isEmpty else { return (chosen, nil) }
    return ([], reasons.first)
  }

  /// The cases the assignment changes, with the actions for each.
  public var applicable: [(record: CaseRecord, actions: [CaseAction])] {
    matched.compactMap { record in
      let (actions, _) = changes(for: record)
      return actions.isEmpty ? nil : (record, actions)
    }
  }

  /// The cases it leaves alone.
  public var skipped: [Skipped] {
    matched.compactMap { record in
      changes(for: record).skipped.map { Skipped(record: record, reason: $0) }
    }
  }

  /// What will be done, in words: `将把 28 例的包保责任人设为 王老师；不改 2 例：…`, in both
  /// languages (`--lang en` got the Chinese).
  public var summary: Localized {
    var what: [Localized] = []
    for action in actions {
      switch action {
      case .assign(let school, let person):
        // What the clerk typed, said back: a teacher's name, not a child's.
        if let school {
          what.append(Localized("责任学校设为 \(school)", en: "responsible school set to \(school)"))
        }
        if let person {
          what.append(Localized("包保责任人设为 \(person)", en: "person responsible set to \(person)"))
        }
      case .township(let township):
        what.append(Localized("乡镇改为 \(township)", en: "township changed to \(township)"))
      default: break
      }
    }
    let count = applicable.count
    var line =
      count == 0
      ? Localized("找到 \(matched.count) 例，都不用改。", en: "found \(matched.count), none to change: ")
      : Localized(
        "找到 \(matched.count) 例，将把其中 \(count) 例的" + what.map(\.zh).joined(separator: "、") + "。",
        en: "found \(matched.count); \(count) will change: "
          + what.map(\.en).joined(separator: ", ")
          + ".")
    // Grouped by reason: 30 cases already assigned are one clause, not thirty.
    var groups: [(reason: Localized, ids: [String])] = []
    for entry in skipped {
      if let index = groups.firstIndex(where: { $0.reason == entry.reason }) {
        groups[index].ids.append(String(entry.record.id))
      } else {
        groups.append((entry.reason, [String(entry.record.id)]))
      }
    }
    if !groups.isEmpty {
      let clauses = groups.map { "\($0.reason.zh) \($0.ids.joined(separator: "、"))" }
      let clausesEN = groups.map { "\($0.reason.en) \($0.ids.joined(separator: ", "))" }
      line = Localized(
        line.zh + (count == 0 ? "" : "不改 \(skipped.count) 例：") + clauses.joined(separator: "；")
          + "。",
        en: line.en + (count == 0 ? "" : " Left alone, \(skipped.count): ")
          + clausesEN.joined(separator: "; ") + ".")
    } else if count == 0 {
      line = Localized(line.zh, en: "found \(matched.count), none to change.")
    }
    return line
  }
}
