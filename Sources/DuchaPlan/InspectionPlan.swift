import DuchaChecklist

/// A validated inspection plan (`.plan` file): which checklists, when, which units, and which
/// group checks which units under what sampling rule.
///
/// Every unit name a group uses is resolved; `属于` links form no cycle; each 中心学校 has at
/// most one 本部. Problems that leave the plan usable (a unit in two groups, an inspector
/// checking their own school) are `PlanChecker`'s warnings.
public struct InspectionPlan: Sendable, Equatable {
  /// The path the plan was read from.
  public var file: String
  /// `计划 <编号>`, e.g. lingbi-2021.
  public var id: String
  /// `标题：`.
  public var title: String
  /// `机关：`, the issuing authority.
  public var authority: String?
  /// `文号：`, the document number.
  public var documentNumber: String?
  /// `年度：`, the inspection year.
  public var year: Int?
  /// `日期：`, the first and last day (`YYYY-MM-DD`).
  public var dates: ClosedRange<PlanDate>?
  /// `清单：`, the ids of the checklists used.
  public var checklistIDs: [String]
  /// `说明：` lines before the first group.
  public var notes: [String]
  /// The declared units, in file order.
  public var units: [PlanUnit]
  /// The top-level groups (组 or 大组), in file order, each with its 小组.
  public var groups: [PlanGroup]
  /// Where `计划` is written.
  public var location: SourceLocation

  /// Creates a plan.
  public init(
    file: String, id: String, title: String, authority: String? = nil,
    documentNumber: String? = nil, year: Int? = nil, dates: ClosedRange<PlanDate>? = nil,
    checklistIDs: [String], notes: [String] = [], units: [PlanUnit], groups: [PlanGroup],
    location: SourceLocation
  ) {
    self.file = file
    self.id = id
    self.title = title
    self.authority = authority
    self.documentNumber = documentNumber
    self.year = year
    self.dates = dates
    self.checklistIDs = checklistIDs
    self.notes = notes
    self.units = units
    self.groups = groups
    self.location = location
  }

  /// Every group and 小组, depth first in file order.
  public var allGroups: [PlanGroup] { groups.flatMap(\.flattened) }
}
