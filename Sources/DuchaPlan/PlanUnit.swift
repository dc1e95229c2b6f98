import DuchaChecklist
import DuchaSession

/// One unit a plan may inspect: a school, a 中心学校, a township or a sub-district.
public struct PlanUnit: Sendable, Equatable {
  /// The name used in the plan, e.g. 下中 (as the 灵璧 分组表 writes it).
  public var name: String
  /// Other names the same unit goes by (`又名`), e.g. 下楼中学; sessions may use either.
  public var aliases: [String]
  /// Its kind.
  public var kind: PlanUnitKind
  /// Its stages: the declared `学段`, else the kind's default (empty when unknown).
  public var stages: [Stage]
  /// The name of the 乡镇, 街道 or 中心学校 it belongs to (`属于`), when declared.
  public var parent: String?
  /// Whether it is the 本部 (main campus) of a 中心学校 (`本部`).
  public var isMainCampus: Bool
  /// False for a name a group checks that no `单位` line declares; such a unit has kind 学校.
  public var isDeclared: Bool
  /// Where the unit is declared (for an undeclared unit: where a group first names it).
  public var location: SourceLocation

  /// Creates a unit.
  public init(
    name: String, aliases: [String] = [], kind: PlanUnitKind, stages: [Stage]? = nil,
    parent: String? = nil, isMainCampus: Bool = false, isDeclared: Bool = true,
    location: SourceLocation
  ) {
    self.name = name
    self.aliases = aliases
    self.kind = kind
    self.stages = stages ?? kind.defaultStages
    self.parent = parent
    self.isMainCampus = isMainCampus
    self.isDeclared = isDeclared
    self.location = location
  }

  /// Whether `name` is this unit's name or one of its aliases (white space ignored).
  public func matches(_ name: String) -> Bool {
    let key = PlanText.key(name)
    return PlanText.key(self.name) == key || aliases.contains { PlanText.key($0) == key }
  }

  /// The unit as a session records it.
  public var sessionUnit: Session.Unit {
    Session.Unit(name: name, kind: kind.checklistKind, stages: stages)
  }
}
