import DuchaChecklist
import Testing

@testable import DuchaReport

/// `ducha problems build` over an existing list decided in the executable whether to refuse
/// (an older copy, copies apart), leave the file (nothing new), stop at a signature or write.
/// `ProblemListRebuild.decide` now does; ProblemListRebuildCLITests and the other problem-list
/// transcripts pass unchanged (they also cover the refusals, which need sessions' save marks).
@Suite struct ProblemListRebuildDecisionTests {
  static let folder = "第三组"

  /// The fixture list with one more problem, as a later session would add it.
  static func withNewProblem(_ list: ProblemList) -> ProblemList {
    var fresh = list
    fresh.signature = nil
    fresh.entries.append(
      ProblemList.Entry(
        number: 5, unit: "尹集小学", checklistID: "lingbi-xueji-2021", itemID: "3",
        itemTitle: "学籍档案", finding: "档案不全", evidence: [], pointsLost: 2,
        requirement: "补齐档案", responsible: nil, deadline: nil, sourceSessionIDs: ["s-yinji"]))
    return fresh
  }

  static func decide(
    _ existing: ProblemList, _ fresh: ProblemList, checklists: Set<String>,
    _ actor: ProblemList.Actor
  ) -> ProblemListRebuild.Decision {
    ProblemListRebuild.decide(
      existing: existing, fresh: fresh, checklists: checklists, sessions: [], title: nil,
      by: actor, folder: folder)
  }

  @Test func nothingReadIsUpToDateAndAListWithoutSourcesIsSaid() {
    let existing = ExportFixtures.problems()
    let decision = Self.decide(
      existing, existing, checklists: [],
      ProblemList.Actor(name: nil, time: "2021-11-01 09:00", reason: nil, amend: false))
    guard case .upToDate(let message) = decision.outcome else {
      Issue.record("\(decision.outcome)")
      return
    }
    #expect(message.zh == "问题清单已是最新：检查记录里没有新的或有变化的问题，文件没有改动。")
    #expect(decision.notes.first?.zh.hasPrefix("注意：这份问题清单没有记下生成时所用每份记录的保存序号") == true)
  }

  @Test func aSignedListsChangesNeedAnAmendment() {
    let existing = ExportFixtures.problems()
    let decision = Self.decide(
      existing, Self.withNewProblem(existing), checklists: ["lingbi-xueji-2021"],
      ProblemList.Actor(name: "李辉", time: "2021-11-01 09:00", reason: nil, amend: false))
    guard case .needsAmendment(let lines, let refusal, let fix) = decision.outcome else {
      Issue.record("\(decision.outcome)")
      return
    }
    #expect(!lines.isEmpty)
    #expect(refusal.zh.hasPrefix("问题清单已由李辉于"))
    #expect(refusal.zh.hasSuffix("签字，不能直接改动。"))
    #expect(
      fix.zh == "以上改动没有写入。要作为修订写入：ducha problems build 第三组 --amend --reason \"…\" --by 姓名")
    // --amend without a reason is refused by the list's own rule, with its message.
    let noReason = Self.decide(
      existing, Self.withNewProblem(existing), checklists: ["lingbi-xueji-2021"],
      ProblemList.Actor(name: "李辉", time: "2021-11-01 09:00", reason: nil, amend: true))
    guard case .needsAmendment(_, let why, _) = noReason.outcome else {
      Issue.record("\(noReason.outcome)")
      return
    }
    #expect(why != refusal)
  }

  @Test func anAmendmentWithAReasonIsWritten() {
    let existing = ExportFixtures.problems()
    let decision = Self.decide(
      existing, Self.withNewProblem(existing), checklists: ["lingbi-xueji-2021"],
      ProblemList.Actor(name: "李辉", time: "2021-11-01 09:00", reason: "尹集小学补交记录", amend: true))
    guard case .rebuilt(let list, let lines) = decision.outcome else {
      Issue.record("\(decision.outcome)")
      return
    }
    #expect(list.entries.contains { $0.unit == "尹集小学" && $0.finding == "档案不全" })
    #expect(!lines.isEmpty)
  }
}
