import DuchaPlan
import DuchaSession

/// Which records a summary restricted to an inspection plan (or one of its groups) keeps, which
/// units it lists as expected, and which units in the folder the plan does not name.
///
/// Sessions often use a unit's full name (渔沟中学) where the plan has the short one (渔中): a
/// plan unit matches by its name or any 又名, and is listed under the session's name.
public struct SummaryPlanScope: Sendable, Equatable {
  /// The ids of the sessions of the plan's (or the group's) units.
  public var keptIDs: Set<String>
  /// The units expected in the summary (尚未检查 when they have no record), each under the
  /// name its session uses when it has one.
  public var expectedUnits: [String]
  /// The units in the folder that no unit of the whole plan matches, sorted: their records are
  /// left out, and the leader is told (a plan's 大路 stood under 尚未检查 beside the folder's
  /// 大路小学). Another group's units are the plan's all the same and are not listed.
  public var outsideUnits: [String]

  /// The scope of `units` (the plan's or the group's) over `sessions`. `planned` is every unit
  /// of the plan; `visited` the units its rules always visit (必查), expected in the summary:
  /// not every unit a group covers (a 中心学校 visited at its 本部, a 完小 the draw may leave
  /// out) stands under 尚未检查.
  public init(sessions: [Session], units: [PlanUnit], planned: [PlanUnit], visited: [PlanUnit]) {
    let mine = sessions.filter { session in units.contains { $0.matches(session.unit.name) } }
    keptIDs = Set(mine.map(\.id))
    expectedUnits = visited.map { unit in
      mine.first { unit.matches($0.unit.name) }?.unit.name ?? unit.name
    }
    var outside: [String] = []
    for session in sessions
    where !planned.contains(where: { $0.matches(session.unit.name) })
      && !outside.contains(session.unit.name)
    {
      outside.append(session.unit.name)
    }
    outsideUnits = outside.sorted()
  }
}
