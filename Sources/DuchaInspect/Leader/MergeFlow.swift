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
    var decided = 0
    var open = 0
    for group in groups {
      let checklist = group.checklist
      let sessions = group.sessions
      let decisions = (try? store.load()) ?? []
      let summary = SummaryBuilder.build(
        checklist: checklist, sessions: sessions, decisions: decisions)
      for unit in summary.units where !unit.openConflicts.isEmpty {
        console.say(
          console.t(
            "\(unit.unit.name) · \(checklist.title)：\(unit.openConflicts.count) 处记录不一致",
            "\(unit.unit.name) · \(checklist.id): \(unit.openConflicts.count) conflicts"))
        for conflict in unit.openConflicts {
          console.say("  " + conflict.label)
          for (offset, candidate) in conflict.candidates.enumerated() {
            console.say(
              "    \(offset + 1)  \(IDNumber.maskAll(in: candidate.display))  —  \(candidate.inspectors.joined(separator: "、"))，\(candidate.time)"
            )
          }
          guard let choice = askChoice(conflict.candidates.count) else {
            open += 1
            continue
          }
          guard let reason = askReason() else {
            open += 1
            continue
          }
          let decision = MergeDecision(
            unit: unit.unit.name, checklistID: checklist.id, key: conflict.key,
            chosenSessionID: conflict.candidates[choice].sessionID, reason: reason,
            decidedBy: leader,
            time: Timestamp.string(from: now()))
          do {
            try store.append(decision)
            decided += 1
          } catch {
            console.complain(
              Localized("保存合并决定失败：\(error)", en: "could not save the decision: \(error)"))
            return 1
          }
        }
      }
    }
    console.say(
      decided + open == 0
        ? console.t("没有需要选择的不一致记录。", "no conflicts to decide.")
        : console.t(
          "已记录 \(decided) 个选择，保存在 \(store.directory)/\(MergeDecisionStore.fileName)；未决 \(open) 个。",
          "\(decided) decisions saved; \(open) left open."))
    return 0
  }

  private func askChoice(_ count: Int) -> Int? {
    while true {
      switch console.ask(
        console.t("    采用哪一个（序号；回车=暂不决定）> ", "    keep which (number; Enter = later)> "))
      {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let text):
        let trimmed = AnswerParser.normalize(text)
        if trimmed.isEmpty { return nil }
        if let number = Int(trimmed), (1...count).contains(number) { return number - 1 }
        console.complain(
          Localized("请输入 1 到 \(count) 的序号。", en: "type a number from 1 to \(count)."))
      }
    }
  }

  private func askReason() -> String? {
    while true {
      switch console.ask(console.t("    理由（必填）> ", "    reason (required)> ")) {
      case .endOfInput: return nil
      case .interrupted: continue
      case .line(let text):
        let reason = text.trimmingCharacters(in: .whitespaces)
        if !reason.isEmpty { return reason }
        console.complain(Localized("理由不能为空。", en: "the reason cannot be empty."))
      }
    }
  }
}
