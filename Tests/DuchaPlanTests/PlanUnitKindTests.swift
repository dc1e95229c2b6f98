import DuchaChecklist
import DuchaPlan
import Testing

/// A plan names units with exactly the kinds a checklist's `对象：` accepts (one list, in
/// `UnitKind`), besides the finer school kinds sampling rules tell apart.
@Suite struct PlanUnitKindTests {
  @Test func everyChecklistKindIsAPlanKindThatMapsBack() {
    for kind in UnitKind.allCases {
      let planKind = PlanUnitKind(word: kind.rawValue)
      #expect(planKind?.checklistKind == kind, "\(kind.rawValue)")
      #expect(PlanUnitKind.allCases.contains { $0.checklistKind == kind }, "\(kind.rawValue)")
    }
  }

  @Test(arguments: [
    ("县(市、区)", UnitKind.county), ("县（市、区）", .county), ("县", .county), ("县(区)", .county),
    ("县级人民政府", .countyGovernment), ("县(区)政府", .countyGovernment), ("片区", .district),
    ("学区", .district), ("教学点", .teachingPoint), ("幼儿园", .kindergarten), ("教育局", .bureau),
    ("县级部门", .department), ("乡镇(街道)", .township), ("乡镇", .township), ("学校", .school),
    ("市(州)", .city), ("市", .city),
  ])
  func theHeaderSpellingsAreAcceptedToo(word: String, kind: UnitKind) {
    #expect(PlanUnitKind(word: word)?.checklistKind == kind)
  }

  @Test func theFinerSchoolKindsStayApart() {
    #expect(PlanUnitKind(word: "中学") == .secondary)
    #expect(PlanUnitKind(word: "初中") == .junior)
    #expect(PlanUnitKind(word: "中心校") == .centralSchool)
    #expect(PlanUnitKind(word: "街道") == .subdistrict)
    #expect(PlanUnitKind(word: "教学点") == .teachingPoint)
    #expect(PlanUnitKind(word: "中学")?.checklistKind == .school)
    #expect(PlanUnitKind(word: "街道")?.checklistKind == .township)
    #expect(PlanUnitKind(word: "幼儿") == nil)
  }

  @Test func aPlanOfCountiesDistrictsTeachingPointsAndKindergartens() throws {
    let plan = try PlanTesting.plan(
      """
      计划 片区
      标题：片区与县
      清单：x
      单位 定海区 县(市、区)
      单位 定海区政府 县级人民政府
      单位 城关片区 片区 属于 定海区
      单位 城关小学 小学 属于 城关片区
      单位 东山教学点 教学点 属于 城关片区
      单位 城关幼儿园 幼儿园 属于 城关片区
      单位 县教育局 教育局
      组 一
        检查：定海区、定海区政府、县教育局
        必查：县(市、区)、县级人民政府、教育局、小学、教学点
        抽查：幼儿园 1所
      """)
    #expect(
      plan.units.map(\.kind) == [
        .assessed(.county), .assessed(.countyGovernment), .assessed(.district), .primary,
        .teachingPoint, .assessed(.kindergarten), .assessed(.bureau),
      ])
    #expect(plan.units.map(\.parent) == [nil, nil, "定海区", "城关片区", "城关片区", "城关片区", nil])
    #expect(plan.units[4].stages == [.primary])
    #expect(plan.units[5].stages == [])
    #expect(plan.units[4].sessionUnit.kind == .teachingPoint)
    #expect(plan.units[5].sessionUnit.kind == .kindergarten)
    #expect(plan.units[1].sessionUnit.kind == .countyGovernment)
    #expect(plan.groups[0].rule.draw?.kinds == [.assessed(.kindergarten)])
    #expect(PlanChecker.check(plan).map(PlanTesting.shortForm) == [])
    let visited = try PlanSampler.sample(plan, seed: 1).groups[0]
    #expect(visited.drawn.map(\.name) == ["城关幼儿园"])
  }

  @Test func aSchoolCannotHaveUnitsButADistrictCan() {
    #expect(
      PlanTesting.diagnostics(
        """
        计划 属于
        标题：属于
        清单：x
        单位 城关幼儿园 幼儿园
        单位 小班 教学点 属于 城关幼儿园
        组 一
          检查：城关幼儿园
        """) == [
          "5:14: 错误[P303]: “小班”属于“城关幼儿园”，但“城关幼儿园”是幼儿园；只能属于中心学校、乡镇、街道、市(州)、县(市、区)、片区。"
        ])
  }

  @Test func anUnknownKindListsEveryKindAPlanAccepts() {
    let found = PlanTesting.diagnostics(
      """
      计划 类别
      标题：类别
      清单：x
      单位 城关 幼稚园
      组 一
        检查：城关
      """)
    #expect(found.count == 1)
    #expect(found.first?.contains("错误[P207]: 不认识的单位类别“幼稚园”") == true)
    let catalogue = PlanUnitKind.allCases.map(\.word).joined(separator: "、")
    #expect(
      catalogue
        == "中学、初中、九年一贯制、中心学校、完小、小学、教学点、学校、乡镇、街道、教育局、县级部门、市(州)、县(市、区)、县级人民政府、片区、幼儿园")
  }

  @Test func aUnitMayTeachSeniorSecondary() throws {
    let plan = try PlanTesting.plan(
      """
      计划 高中
      标题：完全中学
      清单：x
      单位 一中 中学 学段 初中 高中
      组 一
        检查：一中
      """)
    #expect(plan.units[0].stages == [.junior, .senior])
  }
}
