import DuchaChecklist

/// What kind of unit a plan lists: a school type or a township-level area.
///
/// The raw value is the word a clerk writes in `单位 <名称> <类别>`.
public enum PlanUnitKind: String, Sendable, CaseIterable, Equatable {
  /// 中学: a secondary school (the 灵璧 table's 下中, 王集初中, 大庙中学 …).
  case secondary = "中学"
  /// 初中: a junior secondary school, when the plan wants to tell it from other 中学.
  case junior = "初中"
  /// 九年一贯制: a school with both 小学 and 初中.
  case nineYear = "九年一贯制"
  /// 中心学校: a township's central school, which also manages the village schools.
  case centralSchool = "中心学校"
  /// 完小: a complete primary school (grades 1–6), usually under a 中心学校.
  case completePrimary = "完小"
  /// 小学: a primary school.
  case primary = "小学"
  /// 教学点: a small teaching point.
  case teachingPoint = "教学点"
  /// 学校: a school whose type the source does not tell.
  case school = "学校"
  /// 乡镇: a township (乡 or 镇).
  case township = "乡镇"
  /// 街道: a sub-district.
  case subdistrict = "街道"

  /// Other words clerks use for the same kinds.
  static let synonyms: [String: PlanUnitKind] = [
    "乡": .township, "镇": .township, "中心校": .centralSchool, "完全小学": .completePrimary,
    "初级中学": .junior, "街道办": .subdistrict, "街道办事处": .subdistrict,
  ]

  /// The kind a clerk's word names, accepting the synonyms above.
  public init?(word: String) {
    if let kind = PlanUnitKind(rawValue: word) ?? Self.synonyms[word] {
      self = kind
    } else {
      return nil
    }
  }

  /// Whether the unit is a school rather than a township or sub-district.
  public var isSchool: Bool { self != .township && self != .subdistrict }

  /// The kind of unit a session records for it.
  public var sessionKind: UnitKind { isSchool ? .school : .township }

  /// The stages a unit of this kind teaches when the plan does not say (`学段`).
  public var defaultStages: [Stage] {
    switch self {
    case .secondary, .junior: [.junior]
    case .nineYear: [.primary, .junior]
    case .centralSchool, .completePrimary, .primary, .teachingPoint: [.primary]
    case .school, .township, .subdistrict: []
    }
  }

  /// The kind's name in `language`.
  public func name(_ language: Language) -> String {
    guard language == .english else { return rawValue }
    switch self {
    case .secondary: return "secondary school"
    case .junior: return "junior secondary"
    case .nineYear: return "nine-year school"
    case .centralSchool: return "central school"
    case .completePrimary: return "complete primary"
    case .primary: return "primary school"
    case .teachingPoint: return "teaching point"
    case .school: return "school"
    case .township: return "township"
    case .subdistrict: return "sub-district"
    }
  }

  /// Every kind word, for messages that list them.
  static var catalogue: String { allCases.map(\.rawValue).joined(separator: "、") }
}
