import DuchaChecklist

/// The kind of a unit a plan declares (`单位 <名称> <类别>`).
///
/// Schools and townships come in the finer kinds sampling rules tell apart (灵璧's 中学每校必查,
/// 中心学校本部必查, 另外抽查1-2所 完小). Every other kind is one the checklist language's `对象：`
/// names (`UnitKind`): a plan accepts exactly the words a checklist header accepts, from that one
/// list, so a new kind of assessed unit needs no second list here.
public enum PlanUnitKind: Sendable, Hashable {
  /// 中学: a secondary school (the 灵璧 table's 下中, 王集初中, 大庙中学 …).
  case secondary
  /// 初中: a junior secondary school, when the plan wants to tell it from other 中学.
  case junior
  /// 九年一贯制: a school with both 小学 and 初中.
  case nineYear
  /// 中心学校: a township's central school, which also manages the village schools.
  case centralSchool
  /// 完小: a complete primary school (grades 1–6), usually under a 中心学校.
  case completePrimary
  /// 小学: a primary school.
  case primary
  /// 教学点: a small teaching point.
  case teachingPoint
  /// 学校: a school whose type the source does not tell.
  case school
  /// 乡镇: a township (乡 or 镇).
  case township
  /// 街道: a sub-district.
  case subdistrict
  /// Any other kind a checklist's `对象：` names: 教育局, 县级部门, 市(州), 县(市、区), 县级人民政府, 片区,
  /// 幼儿园.
  case assessed(UnitKind)

  /// The finer kinds, in the order messages list them.
  private static let fine: [PlanUnitKind] = [
    .secondary, .junior, .nineYear, .centralSchool, .completePrimary, .primary, .teachingPoint,
    .school, .township, .subdistrict,
  ]

  /// Every kind a plan accepts: the finer kinds, then each checklist kind none of them stands for.
  public static var allCases: [PlanUnitKind] {
    let covered = Set(fine.map(\.checklistKind))
    return fine + UnitKind.allCases.filter { !covered.contains($0) }.map { .assessed($0) }
  }

  /// Other words clerks use for the finer kinds (the checklist kinds bring their own, see
  /// `UnitKind(spelling:)`).
  static let synonyms: [String: PlanUnitKind] = [
    "乡": .township, "镇": .township, "中心校": .centralSchool, "完全小学": .completePrimary,
    "初级中学": .junior, "街道办": .subdistrict, "街道办事处": .subdistrict,
  ]

  /// The kind a clerk's word names: a finer kind or its synonym, else any spelling a checklist's
  /// `对象：` accepts (`县(市、区)`, `县级人民政府`, `片区`, `学区`, `幼儿园`, `乡镇(街道)` …).
  public init?(word: String) {
    if let kind = Self.fine.first(where: { $0.word == word }) ?? Self.synonyms[word] {
      self = kind
    } else if let kind = UnitKind(spelling: word) {
      self = PlanUnitKind(kind)
    } else {
      return nil
    }
  }

  /// The plan kind for a checklist kind: the finer kind with the same meaning where there is one.
  public init(_ kind: UnitKind) {
    switch kind {
    case .school: self = .school
    case .township: self = .township
    case .teachingPoint: self = .teachingPoint
    default: self = .assessed(kind)
    }
  }

  /// The word a clerk writes for this kind.
  public var word: String {
    switch self {
    case .secondary: "中学"
    case .junior: "初中"
    case .nineYear: "九年一贯制"
    case .centralSchool: "中心学校"
    case .completePrimary: "完小"
    case .primary: "小学"
    case .teachingPoint: "教学点"
    case .school: "学校"
    case .township: "乡镇"
    case .subdistrict: "街道"
    case .assessed(let kind): kind.rawValue
    }
  }

  /// Whether the unit is a school (`抽查：2所` without kinds draws from these).
  public var isSchool: Bool {
    switch self {
    case .secondary, .junior, .nineYear, .centralSchool, .completePrimary, .primary,
      .teachingPoint, .school:
      true
    case .township, .subdistrict, .assessed: false
    }
  }

  /// Whether other units can belong to (`属于`) a unit of this kind: the ones that stand for an
  /// area or a group of schools, so that checking it means checking the units in it
  /// (会理's “及区域内学校”, a 中心学校's 完小, the schools of a 片区, the schools of a county, the
  /// counties of a city).
  public var canHaveUnits: Bool {
    switch self {
    case .township, .subdistrict, .centralSchool, .assessed(.district), .assessed(.county),
      .assessed(.city):
      true
    default: false
    }
  }

  /// The kind of unit a checklist's `对象：` calls it, which a session records.
  public var checklistKind: UnitKind {
    switch self {
    case .secondary, .junior, .nineYear, .centralSchool, .completePrimary, .primary, .school:
      .school
    case .teachingPoint: .teachingPoint
    case .township, .subdistrict: .township
    case .assessed(let kind): kind
    }
  }

  /// The stages a unit of this kind teaches when the plan does not say (`学段`).
  public var defaultStages: [Stage] {
    switch self {
    case .secondary, .junior: [.junior]
    case .nineYear: [.primary, .junior]
    case .centralSchool, .completePrimary, .primary, .teachingPoint: [.primary]
    case .school, .township, .subdistrict, .assessed: []
    }
  }

  /// The kind's name in `language`.
  public func name(_ language: Language) -> String {
    guard language == .english else { return word }
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
    case .assessed(let kind): return Self.englishName(kind)
    }
  }

  private static func englishName(_ kind: UnitKind) -> String {
    switch kind {
    case .school: "school"
    case .township: "township or sub-district"
    case .bureau: "education bureau"
    case .department: "county department"
    case .city: "prefecture-level city"
    case .county: "county, city or district"
    case .countyGovernment: "county government"
    case .district: "school district"
    case .teachingPoint: "teaching point"
    case .kindergarten: "kindergarten"
    }
  }

  /// Every kind word, for messages that list them.
  static var catalogue: String { allCases.map(\.word).joined(separator: "、") }

  /// The kinds units can belong to, for messages.
  static var parentCatalogue: String {
    allCases.filter(\.canHaveUnits).map(\.word).joined(separator: "、")
  }
}
