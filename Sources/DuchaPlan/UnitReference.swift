import DuchaChecklist

/// A unit named in a group's `检查：` line.
public struct UnitReference: Sendable, Equatable {
  /// The name as written.
  public var name: String
  /// The declared unit's name when the written name is a unit's name or 又名; nil when no
  /// `单位` line declares it (`PlanChecker` warns about those).
  public var unit: String?
  /// Where the name is written.
  public var location: SourceLocation

  /// Creates a reference.
  public init(name: String, unit: String?, location: SourceLocation) {
    self.name = name
    self.unit = unit
    self.location = location
  }
}
