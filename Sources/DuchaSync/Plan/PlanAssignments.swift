import DuchaChecklist
import DuchaPlan
import Foundation

/// Which units each group of the county's current inspection plan checks: the county server
/// lets an inspector push only sessions of their group's units. Names match as everywhere in
/// ducha: a unit's name or any 又名, white space ignored; a group by number or name (三, 第三组).
public struct PlanAssignments: Sendable {
  /// The plan.
  public let plan: InspectionPlan

  /// Parses and validates a plan's text; a plan with errors is refused with every diagnostic
  /// (file:line:column, what, how to fix), as `ducha plan check` prints them.
  public init(text: String, file: String) throws(PlanRefusal) {
    let (plan, diagnostics) = PlanLoader.load(text: text, file: file)
    guard let plan, !diagnostics.hasErrors else {
      throw PlanRefusal(
        lines: diagnostics.filter { $0.severity == .error }.map { $0.formatted(.chinese) })
    }
    self.plan = plan
  }

  /// Whether two ways of writing a group name the same group of the plan (三组, 第三组, 3);
  /// nil when either is not in the plan.
  public func sameGroup(_ first: String, _ second: String) -> Bool? {
    guard let a = plan.group(named: first), let b = plan.group(named: second) else { return nil }
    return a.qualifiedID == b.qualifiedID
  }

  /// Whether `group` checks `unit` in the plan; nil when the plan has no such group.
  public func allows(unit: String, group: String) -> Bool? {
    plan.units(checkedByGroupNamed: group).map { units in units.contains { $0.matches(unit) } }
  }
}

/// A plan that cannot be used, with its diagnostics.
public struct PlanRefusal: Error, Sendable, Equatable {
  /// One line per error.
  public var lines: [String]
}
