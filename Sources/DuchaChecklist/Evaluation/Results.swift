import Foundation

/// Where an item, section or form stands.
public enum ScoreState: Sendable, Equatable {
  /// Scored.
  case scored(Decimal)
  /// Not yet scorable: the listed inputs or problems are outstanding. Never silently zero.
  case pending([Localized])
  /// The unit's stages make it inapplicable.
  case notApplicable
  /// Ranked across a cohort that is not complete yet.
  case awaitingCohort

  /// The score, when scored.
  public var score: Decimal? {
    if case .scored(let value) = self { return value }
    return nil
  }

  /// A short label: the score, 待定, 不适用 or 待全体.
  public func label(_ language: Language) -> String {
    switch self {
    case .scored(let value): ScoreFormat.string(value)
    case .pending: language == .english ? "pending" : "待定"
    case .notApplicable: language == .english ? "n/a" : "不适用"
    case .awaitingCohort: language == .english ? "awaiting cohort" : "待全体"
    }
  }

  /// The label of a computed result (`结果 换算`): like `label`, but the value with every
  /// decimal it has (`ScoreFormat.exact`), since a 系数 or 指数 is read as a figure, not as points.
  public func resultLabel(_ language: Language) -> String {
    if case .scored(let value) = self { return ScoreFormat.exact(value) }
    return label(language)
  }
}

/// One deduction with its reason: which clause, which count, which figure.
public struct Deduction: Sendable, Equatable {
  /// Points deducted, capped at what the item has left (扣完为止): the sum never exceeds the item.
  public var amount: Decimal
  /// Why.
  public var reason: Localized
  /// The rule as written.
  public var rule: String
  /// How many cases the deduction counts (例数、人次、缺项数、少几次), for rules that count.
  public var occurrences: Decimal? = nil
  /// What `occurrences` counts: the input the rule counts (`缺会议记录次数`), so that only
  /// counts of the same thing are added up (a 问题清单's 例数).
  public var counted: String? = nil
}

/// The result of one item or part.
public struct ItemResult: Sendable {
  /// The item's id.
  public var id: String
  /// The title.
  public var title: String
  /// Applicable maximum.
  public var maxPoints: Decimal
  /// The state.
  public var state: ScoreState
  /// The base score when a scoring rule set it (档次, 按比例 …).
  public var base: Localized?
  /// Every deduction with its reason.
  public var deductions: [Deduction]
  /// Formula values and other facts shown with the score.
  public var explanations: [Localized]
  /// Results of 小项.
  public var parts: [ItemResult]
  /// The status of a verification-list item.
  public var status: VerificationStatus?
  /// What the score does not cover, said with it wherever it is shown (an item scored from a
  /// partly verified list: `核验表 40 项中 37 项未核验，本项只按已核验的 3 项计分`).
  public var caveats: [Localized] = []
  /// The entries behind a count the item is scored from, said with its reasons wherever a
  /// finding goes (the REPL, the problem list, the inspection sheet): `核验 huili-taizhang：1.5
  /// 缺失，1.12 不全` for `台账问题数 2 例 × 2 分`, so the unit knows which 台账 to rectify.
  public var namedEntries: [Localized] = []
  /// The verdict of a `判定` rule (达标, 不一致 …), when the item has one and it is decided.
  public var verdict: String? = nil
}

/// The result of one section.
public struct SectionResult: Sendable {
  /// The section's id.
  public var id: String
  /// The title.
  public var title: String
  /// Applicable maximum.
  public var maxPoints: Decimal
  /// The state.
  public var state: ScoreState
  /// Sum of the items scored so far.
  public var scoredSoFar: Decimal
  /// The items.
  public var items: [ItemResult]
}

/// The form-level outcome.
public enum Outcome: Sendable, Equatable {
  /// 通过.
  case pass
  /// 一票否决, with the reasons.
  case veto([Localized])
  /// Not decidable yet.
  case pending
  /// The form gives no verdict (it has no `一票否决`): only its total and results count, so
  /// nothing is reported as 通过 that the form never said.
  case unstated

  /// 通过 / 一票否决 / 待定, or “—” when the form gives no verdict.
  public func label(_ language: Language) -> String {
    switch self {
    case .pass: language == .english ? "pass" : "通过"
    case .veto: language == .english ? "one-vote veto" : "一票否决"
    case .pending: language == .english ? "pending" : "待定"
    case .unstated: "—"
    }
  }
}

/// Counts of a verification list.
public struct VerificationCounts: Sendable, Equatable {
  /// 齐全.
  public var complete = 0
  /// 缺失.
  public var missing = 0
  /// 不全.
  public var incomplete = 0
  /// Not yet checked.
  public var unchecked = 0

  /// 缺失 + 不全.
  public var problems: Int { missing + incomplete }
}

/// The whole evaluation of a checklist for one unit.
public struct FormResult: Sendable {
  /// Sections with their items.
  public var sections: [SectionResult]
  /// The applicable maximum before rescaling.
  public var applicableMax: Decimal
  /// The sum of items, before rescaling and form-level deductions.
  public var itemTotal: ScoreState
  /// The final total after 折算 and 总分扣分.
  public var total: ScoreState
  /// Sum of the items scored so far (for the running total).
  public var scoredSoFar: Decimal
  /// Form-level deductions (总分扣分).
  public var totalDeductions: [Deduction]
  /// How the total was rescaled, when it was.
  public var rescaling: Localized?
  /// Derived results (换算), by name, in file order.
  public var derived: [(name: String, state: ScoreState)]
  /// 通过 / 一票否决 / 待定.
  public var outcome: Outcome
  /// Counts, for verification lists.
  public var verification: VerificationCounts
  /// Each `评定` with the conclusion reached, or nil while it cannot be decided yet.
  public var grades: [(name: String, label: String?)] = []
  /// How many items received each `判定` verdict (`判定.不达标` in formulas).
  public var verdicts: [String: Int] = [:]

  /// Every item and part result, flattened in walking order.
  public var allItems: [ItemResult] {
    sections.flatMap { $0.items.flatMap { [$0] + $0.parts } }
  }

  /// The results that carry a score of their own: items without parts, and parts.
  public var leafItems: [ItemResult] {
    leaves { _ in true }
  }

  /// Leaf items still pending: what keeps the total from being final.
  public var pendingItems: [ItemResult] {
    leaves {
      if case .pending = $0.state { return true }
      return false
    }
  }

  /// How many leaf items are pending (`pendingItems.count`, without copying them out).
  public var pendingItemCount: Int {
    var count = 0
    forEachLeaf { if case .pending = $0.state { count += 1 } }
    return count
  }

  /// The leaf items (as `allItems` lists them) for which `include` holds, in walking order,
  /// without building `allItems` first: a summary asks this of ten thousand units.
  private func leaves(_ include: (ItemResult) -> Bool) -> [ItemResult] {
    var found: [ItemResult] = []
    forEachLeaf { if include($0) { found.append($0) } }
    return found
  }

  /// Visits the results that carry a score of their own (items without parts, and parts
  /// without parts of their own) in walking order, without copying them into a list.
  public func forEachLeaf(_ body: (ItemResult) -> Void) {
    for section in sections {
      for item in section.items {
        if item.parts.isEmpty {
          body(item)
          continue
        }
        for part in item.parts where part.parts.isEmpty { body(part) }
      }
    }
  }

  /// The result of the item, part or section `id`.
  public func state(of id: String) -> ScoreState? {
    if let section = sections.first(where: { $0.id == id }) { return section.state }
    return allItems.first { $0.id == id }?.state
  }
}
