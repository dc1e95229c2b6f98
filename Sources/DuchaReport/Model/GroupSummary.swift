import DuchaChecklist
import DuchaSession
import Foundation

/// Per-item figures across the units of a summary.
public struct ItemStatistic: Sendable {
  /// The item or part id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its points.
  public var points: Decimal
  /// Units where it was scored.
  public var scoredUnits: Int
  /// Average score over those units.
  public var average: Decimal
  /// Average points lost (points − average).
  public var averageLoss: Decimal
  /// Units that lost points on it, with the amount lost.
  public var losingUnits: [(unit: String, lost: Decimal)]

  /// Creates a statistic.
  public init(
    id: String, title: String, points: Decimal, scoredUnits: Int, average: Decimal,
    averageLoss: Decimal,
    losingUnits: [(unit: String, lost: Decimal)]
  ) {
    self.id = id
    self.title = title
    self.points = points
    self.scoredUnits = scoredUnits
    self.average = average
    self.averageLoss = averageLoss
    self.losingUnits = losingUnits
  }
}

/// A unit's 回头看 compared with the inspection before it.
public struct FollowUpComparison: Sendable {
  /// The unit.
  public var unit: String
  /// The previous total, when it was scored.
  public var before: Decimal?
  /// The follow-up's total.
  public var after: ScoreState
  /// Problems re-checked and found rectified.
  public var rectified: Int
  /// Problems re-checked.
  public var checked: Int
}

/// A summary of one checklist over the units of a folder, group or plan.
public struct GroupSummary: Sendable {
  /// The checklist.
  public var checklist: Checklist
  /// A title such as `第三组 · 灵璧县学籍管理工作专项核查记录表`.
  public var title: String
  /// Units in rank order: scored totals high to low, then pending ones.
  public var units: [UnitResult]
  /// Units the plan assigns that have no session yet.
  public var notInspected: [String]
  /// Per-item statistics, in form order.
  public var items: [ItemStatistic]
  /// Section averages, in form order: id, title, points, average.
  public var sections: [(id: String, title: String, points: Decimal, average: Decimal?)]
  /// Whether every cohort-ranked item could be ranked (every unit of each cohort is in).
  public var cohortComplete: Bool
  /// The draft 检查总结, for the leader to edit.
  public var draft: String
  /// Each figure compared across the batch with every unit's value, so an average or a rank
  /// can be checked by hand.
  public var batchFigures: [BatchFigure] = []
  /// Whether a plan named the units of the batch: without one, the batch is whatever sessions
  /// were read, and a folder short of a unit ranks and averages the rest without knowing it.
  public var batchIsPlanned = false
  /// Before/after of the units inspected as 回头看.
  public var followUps: [FollowUpComparison] = []
  /// The students' names the summarised sessions (and problem list) know, masked in free text
  /// by `maskingPersonalData()`.
  public var studentNames: StudentNames = .none
  /// Whether everything in the summary is masked already: built from masked sessions and a
  /// masked problem list (the leader's commands without `--reveal`), so renderers need not
  /// mask it again.
  public var personalDataMasked = false

  /// Creates a summary.
  public init(
    checklist: Checklist, title: String, units: [UnitResult], notInspected: [String],
    items: [ItemStatistic],
    sections: [(id: String, title: String, points: Decimal, average: Decimal?)],
    cohortComplete: Bool, draft: String
  ) {
    self.checklist = checklist
    self.title = title
    self.units = units
    self.notInspected = notInspected
    self.items = items
    self.sections = sections
    self.cohortComplete = cohortComplete
    self.draft = draft
  }

  /// Whether section `id` is a 加分项 (bonus points on top of 总分).
  public func isBonusSection(_ id: String) -> Bool {
    checklist.sections.contains { $0.id == id && $0.isBonus }
  }

  /// The items that lost the most points on average, most first. Bonus items (加分项) are
  /// left out: a unit that did not earn a bonus has nothing to put right.
  public var mostLost: [ItemStatistic] {
    let bonus = checklist.bonusItemIDs
    return items.filter { $0.averageLoss > 0 && !bonus.contains($0.id) }
      .sorted { $0.averageLoss > $1.averageLoss }
  }

  /// The average total over scored units.
  public var averageTotal: Decimal? {
    let totals = units.compactMap(\.result.total.score)
    guard !totals.isEmpty else { return nil }
    return totals.reduce(0, +) / Decimal(totals.count)
  }
}

/// One figure compared across a batch (排名分档, 名次分, 全体平均 …): each unit's value.
public struct BatchFigure: Sendable {
  /// The figure as written, e.g. `普及率`.
  public var expression: String
  /// Each unit with its stages and value; nil when the unit has not recorded it yet.
  public var values: [(unit: String, stages: [Stage], value: Decimal?)]
}
