import DuchaChecklist
import DuchaSession
import Foundation

/// A unit whose inspection is not finished: items still without a score (the inspector left
/// with `退出` half-way), or a record never marked 完成. A 问题清单 or 整改通知书 drawn from it
/// holds only the items checked so far and read as the whole inspection: the leader is told
/// which items are missing before signing or sending anything.
public struct UnfinishedInspection: Sendable, Equatable {
  /// The unit.
  public var unit: String
  /// The checklist of the record.
  public var checklistID: String
  /// Who inspected.
  public var inspectors: [String]
  /// The day of the visit.
  public var date: String
  /// The leaf items without a score, `4.2 ②制度执行`, in form order.
  public var items: [String]
  /// Whether the inspector typed 完成 all the same (and confirmed the items left 待定).
  public var markedComplete = false
  /// Where the inspectors' records disagree and the leader has not chosen (`点名 三年级2班`):
  /// the items they feed are unscored for that, not for want of answers.
  public var conflicts: [String] = []

  /// The unfinished inspections among `summary`'s units, in its order of units. An item waiting
  /// only for the rest of its cohort (排名分档) is not missing at this unit and is not counted.
  public static func find(in summary: GroupSummary) -> [UnfinishedInspection] {
    summary.units.compactMap { unit in
      let items = unit.pendingItems.map { "\($0.id) \($0.title)" }
      guard !items.isEmpty || unit.session.status != .complete else { return nil }
      return UnfinishedInspection(
        unit: unit.unit.name, checklistID: summary.checklist.id,
        inspectors: unit.session.inspectors, date: unit.session.date, items: items,
        markedComplete: unit.session.status == .complete,
        conflicts: unit.openConflicts.map(\.label))
    }
  }

  /// `韦集小学的检查没有完成（王雷，2021-10-28）：8 项没有评分（4.2 ②制度执行、…）`.
  public var statement: Localized {
    let who = ([inspectors.joined(separator: "、")].filter { !$0.isEmpty } + [date])
    let whoEn = ([inspectors.joined(separator: ", ")].filter { !$0.isEmpty } + [date])
    if items.isEmpty {
      return Localized(
        "\(unit)的检查没有完成（\(who.joined(separator: "，"))）：检查人员还没有输入“完成”",
        en:
          "the inspection of \(unit) is not finished (\(whoEn.joined(separator: ", "))): the inspector has not typed 完成 (done)"
      )
    }
    // An item unscored only because the leader has not chosen between two records is not an
    // inspection left half-way: said apart, with its own fix (`warning`).
    let disagree =
      conflicts.isEmpty
      ? Localized("")
      : Localized(
        "；检查人员记录不一致、待组长选择的 \(conflicts.count) 处：\(conflicts.joined(separator: "、"))",
        en:
          "; \(conflicts.count) disagreement(s) between the inspectors wait for the leader: \(conflicts.joined(separator: ", "))"
      )
    if markedComplete, !conflicts.isEmpty {
      return Localized(
        "\(unit)的检查（\(who.joined(separator: "，"))）有 \(items.count) 项没有评分（\(items.joined(separator: "、"))）"
          + disagree.zh,
        en:
          "the inspection of \(unit) (\(whoEn.joined(separator: ", "))) has \(items.count) item(s) not scored (\(items.joined(separator: ", ")))"
          + disagree.en)
    }
    let (state, joint) = markedComplete ? ("记为完成", "，但 ") : ("没有完成", "：")
    let (stateEn, jointEn) =
      markedComplete ? ("was marked done", ", but") : ("is not finished", ":")
    return Localized(
      "\(unit)的检查\(state)（\(who.joined(separator: "，"))）\(joint)\(items.count) 项没有评分（\(items.joined(separator: "、"))）"
        + disagree.zh,
      en:
        "the inspection of \(unit) \(stateEn) (\(whoEn.joined(separator: ", ")))\(jointEn) \(items.count) item(s) not scored (\(items.joined(separator: ", ")))"
        + disagree.en
    )
  }

  /// The line a leader's command prints: the statement, what the document holds, and the fix.
  /// `what` names the document: `问题清单` or `整改通知书`; `then` what to do once the records
  /// are complete (a list once built is not rebuilt over: it has to be moved away first).
  public func warning(for what: Localized, then: Localized) -> Localized {
    warning(
      holding: Localized(
        "\(what.zh)只列出已评分项目的问题。", en: "The \(what.en) lists only the problems of the items scored. "
      ),
      then: then)
  }

  /// The line `ducha summary`, `report` and `sheet` print (to standard error, the document
  /// unchanged): a record never marked 完成 was summarised without a word, as if final.
  public var summaryWarning: Localized {
    warning(
      holding: Localized(
        "汇总按目前的记录计算，检查做完后结果可能不同。",
        en:
          "The summary counts the record as it stands; it may change once the inspection is finished. "
      ),
      then: Localized("重新运行这条命令", en: "run this command again"))
  }

  /// `warning`, with what the document holds said by `holding`.
  private func warning(holding: Localized, then: Localized) -> Localized {
    let merge = !conflicts.isEmpty
    let resume = !markedComplete || conflicts.isEmpty
    let zh =
      (merge ? "请用 ducha merge 选择不一致的记录" : "")
      + (merge && resume ? "，并请" : resume ? "请" : "")
      + (resume ? "检查人员用 ducha resume 做完检查" : "")
    let en =
      (merge ? "Choose between the records with ducha merge" : "")
      + (merge && resume ? ", have the inspector finish with ducha resume" : "")
      + (!merge && resume ? "Have the inspector finish with ducha resume" : "")
    return Localized(
      "注意：\(statement.zh)。\(holding.zh)\(zh)，再\(then.zh)。",
      en: "note: \(statement.en). \(holding.en)\(en), then \(then.en)."
    )
  }
}

extension UnfinishedInspection {
  /// The unfinished inspections among `groups`' units, summarised once each with the folder's
  /// merge decisions, for a document drawn from them that must say so (整改通知书).
  public static func find(
    in groups: [SessionCollection.Group], decisions: [MergeDecision]
  ) -> [UnfinishedInspection] {
    groups.flatMap {
      find(
        in: SummaryBuilder.build(
          checklist: $0.checklist, sessions: $0.sessions, decisions: decisions))
    }
  }
}
