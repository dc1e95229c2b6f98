import DuchaChecklist

/// A person in a plan: a group's 组长, 召集人 or one of its 组员.
public struct PlanPerson: Sendable, Equatable {
  /// The name, e.g. 曾华.
  public var name: String
  /// What the plan writes in brackets after the name: a unit or a post, e.g. 县政府副县长.
  public var affiliation: String?
  /// The declared unit the person comes from, when the bracketed text names one (by name or
  /// 又名). 抽调人员 come from schools and must not inspect their own unit.
  public var homeUnit: String?
  /// Where the name is written.
  public var location: SourceLocation

  /// Creates a person.
  public init(
    name: String, affiliation: String? = nil, homeUnit: String? = nil, location: SourceLocation
  ) {
    self.name = name
    self.affiliation = affiliation
    self.homeUnit = homeUnit
    self.location = location
  }

  /// `曾华` or `曾华（一中）`.
  public var display: String {
    affiliation.map { "\(name)（\($0)）" } ?? name
  }
}
