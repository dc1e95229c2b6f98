import DuchaChecklist

/// The result of `PlanSampler.sample`: for each group, the units always checked and the units
/// drawn this time, with the seed that reproduces the draw.
public struct PlanSample: Sendable, Equatable {
  /// One group's share.
  public struct GroupDraw: Sendable, Equatable {
    /// The group (a 小组 when the plan splits its groups).
    public var group: PlanGroup
    /// The rule applied.
    public var rule: SamplingRule
    /// Units always checked (`必查`), in plan order.
    public var mustCheck: [PlanUnit]
    /// Units the draw chose from: the group's units of the drawn kinds that are not must-check.
    public var candidates: [PlanUnit]
    /// How many units the draw asked for: a number in the rule's range, itself drawn when the
    /// range has more than one value; 0 without a draw.
    public var requested: Int
    /// The units drawn, in plan order; fewer than `requested` when there are not enough
    /// candidates.
    public var drawn: [PlanUnit]
    /// The group's other units, which this round leaves out.
    public var notChecked: [PlanUnit]

    /// Creates a group's draw.
    public init(
      group: PlanGroup, rule: SamplingRule, mustCheck: [PlanUnit], candidates: [PlanUnit],
      requested: Int, drawn: [PlanUnit], notChecked: [PlanUnit]
    ) {
      self.group = group
      self.rule = rule
      self.mustCheck = mustCheck
      self.candidates = candidates
      self.requested = requested
      self.drawn = drawn
      self.notChecked = notChecked
    }

    /// Every unit to visit: must-check units, then drawn ones.
    public var visits: [PlanUnit] { mustCheck + drawn }

    /// How many of the requested units could not be drawn for want of candidates.
    public var shortfall: Int { requested - drawn.count }
  }

  /// The plan's id.
  public var planID: String
  /// The plan's title.
  public var planTitle: String
  /// The seed; the same plan, group and seed give the same draw on every machine.
  public var seed: UInt64
  /// The groups sampled, in plan order.
  public var groups: [GroupDraw]

  /// Creates a sample.
  public init(planID: String, planTitle: String, seed: UInt64, groups: [GroupDraw]) {
    self.planID = planID
    self.planTitle = planTitle
    self.seed = seed
    self.groups = groups
  }
}

/// `--group` named no group of the plan.
public struct PlanGroupNotFound: Error, Sendable, Equatable {
  /// The name given.
  public var name: String
  /// The groups there are, as `第三组（三）`.
  public var available: [String]

  /// Creates the error.
  public init(name: String, available: [String]) {
    self.name = name
    self.available = available
  }

  /// What is wrong.
  public var message: Localized {
    Localized("计划里没有“\(name)”这个组。", en: "the plan has no group '\(name)'.")
  }

  /// How to fix it.
  public var fix: Localized {
    let list = available.joined(separator: "、")
    return Localized(
      "可用的组：\(list)。写组别编号或组名，如 --group 三、--group 第三组；小组写 --group 1.2。",
      en: "groups: \(list). Give a number or name, e.g. --group 3; a 小组 as --group 1.2.")
  }
}
