import DuchaChecklist

/// A plan as written, before names are resolved: what `PlanParser` builds and
/// `PlanValidator` turns into an `InspectionPlan`.
struct PlanSyntax {
  /// A name or value with where it is written.
  struct Located: Equatable {
    var text: String
    var location: SourceLocation
  }

  struct Unit {
    var name: Located
    var kind: PlanUnitKind
    var stages: [Stage]?
    var parent: Located?
    var mainCampus: SourceLocation?
    var aliases: [Located] = []
  }

  struct Person {
    var name: Located
    var affiliation: Located?
  }

  struct Draw {
    var kinds: [PlanUnitKind]
    var minimum: Int
    var maximum: Int
    var location: SourceLocation
  }

  /// `必查：` and `抽查：` of the plan or of one group; nil fields are inherited. `抽查：不抽`
  /// is a draw of 0.
  struct Rule {
    var mustCheck: [Located]?
    var mustCheckLocation: SourceLocation?
    var draw: Draw?
  }

  struct Group {
    var level: PlanGroup.Level
    var id: Located
    var title: String?
    /// Where the `组`, `大组` or `小组` line starts.
    var location: SourceLocation
    var leader: Person?
    var convener: Person?
    var members: [Person] = []
    var headCount: Located?
    var headCountValue: Int?
    var checks: [Located] = []
    var rule = Rule()
    var notes: [String] = []
    var subgroups: [Group] = []
    /// Fields written once, for “写了两次”.
    var seen: Set<String> = []
  }

  var file: String
  var id: Located?
  var title: String?
  var titleLocation: SourceLocation?
  var authority: String?
  var documentNumber: String?
  var year: Int?
  var dates: ClosedRange<PlanDate>?
  var checklists: [Located] = []
  var notes: [String] = []
  var rule = Rule()
  var units: [Unit] = []
  /// Names of units whose `单位` line failed to parse: names that then cannot be resolved are
  /// echoes of that error and are not reported again.
  var failedUnitNames: Set<String> = []
  var groups: [Group] = []
  /// Header fields written, for “写了两次”.
  var seen: Set<String> = []
}
