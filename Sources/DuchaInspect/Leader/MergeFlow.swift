import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation

/// `ducha merge DIR`: walks the leader through every conflict between inspectors' records,
/// showing who recorded what and when, and records each choice with its reason.
public struct MergeFlow {
  let console: Console
  let checklists: [Checklist]
  let directory: String
  let leader: String?
  let collection: SessionCollection?
  let now: @Sendable () -> Date

  /// Creates the flow. With `collection` (sessions already paired with the checklists that score
  /// them, files that could not be used already reported), the folder is not read again.
  public init(
    console: Console, checklists: [Checklist], directory: String, leader: String?,
    collection: SessionCollection? = nil, now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.console = console
    self.checklists = checklists
    self.directory = directory
    self.leader = leader
    self.collection = collection
    self.now = now
  }

  /// Runs it; returns the exit status.
  public func run() -> Int32 {
    let groups: [SessionCollection.Group]
    if let collection {
      groups = collection.groups
    } else {
      let loaded = SessionCollection.load([directory], library: checklists)
      for skipped in loaded.skipped { console.complain(skipped.message) }
      groups = loaded.groups
    }
    let store = MergeDecisionStore(directory: directory)
    // Read before anything is asked: a damaged file would show every earlier choice as open
    // again, and the first new one could not be saved after the leader had typed its reason.
    do {
      _ = try store.load()
    } catch {
      console.complain(error.message)
      return 1
    }
    var decided = 0
    var open = 0
    var left = false
    walk: for group in groups {
      let checklist = group.checklist
      let sessions = group.sessions
      let decisions = (try? store.load()) ?? []
      let summary = SummaryBuilder.build(
        checklist: checklist, sessions: sessions, decisions: decisions)
      // Free text (values typed as text, reasons) is masked like every shared output; the
      // roll-call names below are the leader's own means to tell the records apart.
      let mask = PrivacyMask(names: summary.studentNames)
      for unit in summary.units where !unit.openConflicts.isEmpty {
        console.say(
          console.t(
            "\(unit.unit.name) · \(checklist.title)：\(unit.openConflicts.count) 处记录不一致",
            "\(unit.unit.name) · \(checklist.id): \(unit.openConflicts.count) conflicts"))
        for conflict in unit.openConflicts {
          console.say("  " + conflict.label)
          let groups = Self.grouped(conflict.candidates)
          for (offset, group) in groups.enumerated() {
            console.say("    \(offset + 1)  \(mask(group[0].display))")
            for candidate in group {
              let who = candidate.inspectors.joined(separator: "、")
              let why = candidate.reason.map {
                console.t("，理由：", "; reason: ") + mask($0)
              }
              console.say(
                "         — \(who)（\(Self.readableTime(candidate.time))）\(why ?? "")")
              if let names = candidate.names {
                console.say("           " + PrivacyMask.numbers(names))
              }
            }
          }
          // The inspectors' rows of a roll-call conflict: a corrected row keeps their names.
          let label = conflict.key.hasPrefix("点名:") ? String(conflict.key.dropFirst(3)) : nil
          let rows = sessions.compactMap { session in
            session.rollCall.first { $0.label == label }
          }
          // A corrected value is recorded against the first group's session, like a choice.
          var picked: (group: Int, corrected: MergeCorrection.Value?)
          switch askChoice(groups.count, key: conflict.key, checklist: checklist, rows: rows) {
          case .correct(let value): picked = (0, value)
          case .choose(let choice): picked = (choice, nil)
          case .later:
            open += 1
            continue
          case .leave:
            left = true
            open += 1
            break walk
          }
          var reason = ""
          asking: while true {
            switch askReason(key: conflict.key, checklist: checklist, rows: rows) {
            case .reason(let text):
              reason = text
              break asking
            case .correct(let value):
              // 改 <值> typed at the reason: the leader changed the pick, it is no reason.
              picked = (0, value)
            case .leave:
              left = true
              open += 1
              break walk
            }
          }
          var decision = MergeDecision(
            unit: unit.unit.name, checklistID: checklist.id, key: conflict.key,
            chosenSessionID: groups[picked.group][0].sessionID, reason: reason, decidedBy: leader,
            time: Timestamp.string(from: now()))
          switch picked.corrected {
          case .answer(let value): decision.correctedValue = value
          case .rollCall(let row): decision.correctedRollCall = row
          case nil: break
          }
          do {
            try store.append(decision)
            decided += 1
          } catch {
            let reason = store.explain(error)
            console.complain(
              Localized(
                "保存合并决定失败：\(reason.zh)", en: "could not save the decision: \(reason.en)"))
            return 1
          }
        }
      }
    }
    // Left early, the conflicts not yet shown are open too: count what is open now.
    if left {
      let decisions = (try? store.load()) ?? []
      open = groups.reduce(0) { count, group in
        count
          + SummaryBuilder.build(
            checklist: group.checklist, sessions: group.sessions, decisions: decisions
          ).units.map(\.openConflicts.count).reduce(0, +)
      }
    }
    console.say(
      decided + open == 0
        ? console.t("没有需要选择的不一致记录。", "no conflicts to decide.")
        : console.t(
          "已记录 \(decided) 个选择，保存在 \(store.directory)/\(MergeDecisionStore.fileName)；未决 \(open) 个。",
          "\(decided) decisions saved; \(open) left open."))
    if left || open > 0 {
      console.say(
        console.t(
          "已做的选择都已保存；再运行 ducha merge 从未决的一处接着做。",
          "every decision so far is saved; run ducha merge again to go on with the open ones."))
    }
    return 0
  }

  /// Candidates with the same value, together: three inspectors who recorded 5 and one who
  /// recorded 4 are two choices, not four.
  static func grouped(_ candidates: [MergeConflict.Candidate]) -> [[MergeConflict.Candidate]] {
    var groups: [[MergeConflict.Candidate]] = []
    for candidate in candidates {
      // Same value and the same students: one choice.
      if let index = groups.firstIndex(where: {
        $0[0].display == candidate.display && $0[0].names == candidate.names
      }) {
        groups[index].append(candidate)
      } else {
        groups.append([candidate])
      }
    }
    return groups
  }

  /// `2021-10-27T14:05:00+08:00` → `10月27日 14:05`, as a leader reads it (the time is the
  /// inspector's own, China Standard Time); anything else is shown as it is.
  static func readableTime(_ iso: String) -> String { ReadableTime.clock(iso).zh }

  /// What the leader chose at one conflict.
  enum Choice {
    case choose(Int)
    case correct(MergeCorrection.Value)
    case later
    case leave
  }

  private func askChoice(
    _ count: Int, key: String, checklist: Checklist, rows: [ClassRollCall]
  ) -> Choice {
    let correction = MergeCorrection.hint(key, console.t)
    while true {
      switch console.ask(
        console.t(
          "    采用哪一个（序号\(correction)；回车=暂不决定；退出=保存已做的选择，以后接着做）> ",
          "    keep which (number\(correction); Enter = later; quit = stop, go on later)> "))
      {
      case .endOfInput: return .leave
      case .interrupted: continue
      case .line(let text):
        let trimmed = AnswerParser.normalize(text)
        if trimmed.isEmpty { return .later }
        if ["退出", "quit", "q"].contains(trimmed.lowercased()) { return .leave }
        if let number = Int(trimmed), (1...count).contains(number) { return .choose(number - 1) }
        // 改 4: a value none of the inspectors recorded, checked like an answer in the REPL.
        if let word = ["改", "edit"].first(where: { trimmed.lowercased().hasPrefix($0) }) {
          let typed = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
          switch MergeCorrection.parse(typed, key: key, checklist: checklist, rows: rows) {
          case .success(let value): return .correct(value)
          case .failure(let problem):
            console.complain(problem.message)
            continue
          }
        }
        console.complain(
          Localized("请输入 1 到 \(count) 的序号。", en: "type a number from 1 to \(count)."))
      }
    }
  }

  /// What the leader typed at a choice's reason.
  enum ReasonAnswer {
    case reason(String)
    /// `改 <值>`: a corrected value instead of the choice just made; the reason is asked again.
    case correct(MergeCorrection.Value)
    /// 退出 or Ctrl-D: this conflict stays open.
    case leave
  }

  /// The reason of a choice. 退出 and 改 <值> are what they are at the choice question, never
  /// a reason: recorded as one, 改 15500 kept the value chosen and wrote “改 15500” beside it.
  private func askReason(key: String, checklist: Checklist, rows: [ClassRollCall]) -> ReasonAnswer {
    while true {
      switch console.ask(console.t("    理由（必填）> ", "    reason (required)> ")) {
      case .endOfInput: return .leave
      case .interrupted: continue
      case .line(let text):
        let reason = text.trimmingCharacters(in: .whitespaces)
        let typed = AnswerParser.normalize(reason)
        if ["退出", "quit", "q"].contains(typed.lowercased()) { return .leave }
        if let word = ["改", "edit"].first(where: { typed.lowercased().hasPrefix($0 + " ") }) {
          let value = typed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
          switch MergeCorrection.parse(value, key: key, checklist: checklist, rows: rows) {
          case .success(let corrected):
            console.say(
              console.t(
                "    改为 \(value)（不用上面任何一人记的值），请写理由。",
                "    corrected to \(value) (none of the values above); give the reason."))
            return .correct(corrected)
          case .failure(let problem):
            console.complain(problem.message)
            continue
          }
        }
        if !reason.isEmpty { return .reason(reason) }
        console.complain(Localized("理由不能为空。", en: "the reason cannot be empty."))
      }
    }
  }
}
