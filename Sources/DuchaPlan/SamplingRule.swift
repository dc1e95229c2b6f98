import DuchaChecklist

/// Which of a group's units are always checked (`必查：`) and how many others are drawn
/// (`抽查：`), e.g. 灵璧's 中学每校必查，中心学校本部必查，另外抽查1-2所.
public struct SamplingRule: Sendable, Equatable {
  /// One entry of `必查：`.
  public enum Target: Sendable, Equatable {
    /// Every unit of this kind (`中学`).
    case kind(PlanUnitKind)
    /// `中心学校本部`: each unit marked 本部, and each 中心学校 that has no separate 本部 unit
    /// (visiting it means visiting its 本部).
    case mainCampus
    /// `全部`: every unit of the group (全覆盖).
    case everything
    /// One named unit (its declared name).
    case unit(String)

    /// The entry as a clerk writes it.
    public var text: String {
      switch self {
      case .kind(let kind): kind.word
      case .mainCampus: "中心学校本部"
      case .everything: "全部"
      case .unit(let name): name
      }
    }
  }

  /// `抽查：完小 1-2所`: draw between `minimum` and `maximum` units of `kinds`.
  public struct Draw: Sendable, Equatable {
    /// The largest count a plan may write (P210): more schools than any county has, and small
    /// enough that no arithmetic on counts can overflow.
    public static let maximumCount = 10_000

    /// The kinds drawn from; empty means any school.
    public var kinds: [PlanUnitKind]
    /// The fewest units to draw.
    public var minimum: Int
    /// The most units to draw.
    public var maximum: Int
    /// Where the `抽查：` line is.
    public var location: SourceLocation

    /// Creates a draw rule.
    public init(kinds: [PlanUnitKind], minimum: Int, maximum: Int, location: SourceLocation) {
      self.kinds = kinds
      self.minimum = minimum
      self.maximum = maximum
      self.location = location
    }

    /// Whether a unit of `kind` may be drawn.
    public func accepts(_ kind: PlanUnitKind) -> Bool {
      kinds.isEmpty ? kind.isSchool : kinds.contains(kind)
    }

    /// `完小 1–2所`, or in English `1–2 complete primary`.
    public func text(_ language: Language) -> String {
      let count = minimum == maximum ? "\(minimum)" : "\(minimum)–\(maximum)"
      if language == .english {
        let what = kinds.isEmpty ? "school" : kinds.map { $0.name(.english) }.joined(separator: "/")
        return "\(count) \(what)"
      }
      let what = kinds.isEmpty ? "学校" : kinds.map(\.word).joined(separator: "、")
      return "\(what) \(count)所"
    }
  }

  /// The `必查：` entries in force. When no `必查：` applies, this is `[.everything]` if there is
  /// no draw either (every unit is checked), and empty otherwise (a pure draw).
  public var mustCheck: [Target]
  /// The draw in force, if any.
  public var draw: Draw?
  /// Where the `必查：` line in force is, if one is written.
  public var mustCheckLocation: SourceLocation?

  /// Creates a rule.
  public init(mustCheck: [Target], draw: Draw? = nil, mustCheckLocation: SourceLocation? = nil) {
    self.mustCheck = mustCheck
    self.draw = draw
    self.mustCheckLocation = mustCheckLocation
  }

  /// The rule of a plan that says nothing: every unit is checked.
  public static let checkEverything = SamplingRule(mustCheck: [.everything])
}
