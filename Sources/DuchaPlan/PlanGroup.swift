import DuchaChecklist

/// One inspection group: a 组 (灵璧's 组别), a 大组 or a 小组 within it (会理).
public struct PlanGroup: Sendable, Equatable {
  /// Which statement made the group.
  public enum Level: String, Sendable, Equatable {
    /// `组`: a group on its own.
    case group = "组"
    /// `大组`: a big group, usually split into 小组.
    case major = "大组"
    /// `小组`: a sub-group of the 组 or 大组 above it.
    case minor = "小组"
  }

  /// 组, 大组 or 小组.
  public var level: Level
  /// The number as written, e.g. 三.
  public var id: String
  /// `一` for a top group, `一.二` for 小组 二 of 大组 一.
  public var qualifiedID: String
  /// A readable name: the title written after the number, else 第三组, 第一大组第二小组.
  public var name: String
  /// 组长, who leads it (灵璧: 由县局一人带队; 会理: the 大组's 县领导).
  public var leader: PlanPerson?
  /// 召集人 as written; see `convener` for the one in force.
  public var declaredConvener: PlanPerson?
  /// 组员, in the order written.
  public var members: [PlanPerson]
  /// 人数 as written (the 灵璧 table gives only a head count).
  public var headCount: Int?
  /// Where 人数 is written.
  public var headCountLocation: SourceLocation?
  /// The units named in its `检查：` lines, in order.
  public var checks: [UnitReference]
  /// The sampling rule in force: its own `必查：`/`抽查：`, else its 大组's, else the plan's.
  public var rule: SamplingRule
  /// Its 小组.
  public var subgroups: [PlanGroup]
  /// `说明：` lines.
  public var notes: [String]
  /// Where the group starts.
  public var location: SourceLocation

  /// Creates a group.
  public init(
    level: Level, id: String, qualifiedID: String, name: String, leader: PlanPerson? = nil,
    declaredConvener: PlanPerson? = nil, members: [PlanPerson] = [], headCount: Int? = nil,
    headCountLocation: SourceLocation? = nil, checks: [UnitReference] = [],
    rule: SamplingRule = .checkEverything, subgroups: [PlanGroup] = [], notes: [String] = [],
    location: SourceLocation
  ) {
    self.level = level
    self.id = id
    self.qualifiedID = qualifiedID
    self.name = name
    self.leader = leader
    self.declaredConvener = declaredConvener
    self.members = members
    self.headCount = headCount
    self.headCountLocation = headCountLocation
    self.checks = checks
    self.rule = rule
    self.subgroups = subgroups
    self.notes = notes
    self.location = location
  }

  /// The 召集人 in force: the one written, else the 组长, else the first 组员
  /// (会理: 每一小组排在前面的领导为召集人).
  public var convener: PlanPerson? { declaredConvener ?? leader ?? members.first }

  /// The group and its 小组, depth first.
  public var flattened: [PlanGroup] { [self] + subgroups.flatMap(\.flattened) }

  /// Everyone in the group but not in its 小组: 组长, 召集人 and 组员, each once.
  public var ownPeople: [PlanPerson] {
    var people: [PlanPerson] = []
    var names: Set<String> = []  // a set, so a list of thousands of 组员 stays linear
    for person in [leader, declaredConvener].compactMap({ $0 }) + members
    where names.insert(person.name).inserted {
      people.append(person)
    }
    return people
  }
}
