import DuchaChecklist
import Testing

/// `对象：` takes every kind of assessed unit real forms name, in their usual spellings.
@Suite struct UnitKindTests {
  static func header(_ unit: String) -> String {
    "清单 对象\n标题：对象\n对象：\(unit)\n总分：10\n部分 一 测试 10分\n条目 1 测试 10分\n  规则 不得分(1 > 2)\n"
  }

  @Test(arguments: [
    ("学校", UnitKind.school), ("乡镇", .township), ("乡镇（街道）", .township),
    ("县(市、区)", .county), ("县（市、区）", .county), ("县(区)", .county), ("县", .county),
    ("县级人民政府", .countyGovernment), ("县(区)政府", .countyGovernment), ("片区", .district),
    ("学区", .district), ("教学点", .teachingPoint), ("幼儿园", .kindergarten), ("市(州)", .city),
    ("市（州）", .city), ("市", .city), ("地级市", .city), ("中心校", .school),
    ("九年一贯制学校", .school), ("特殊教育学校", .school), ("乡（镇）", .township),
    ("乡镇人民政府", .township),
  ])
  func everySpellingNamesItsKind(spelling: String, kind: UnitKind) throws {
    #expect(try checklist(Self.header(spelling)).unitKind == kind)
  }

  @Test func anUnknownKindListsEveryKindThereIs() {
    #expect(
      diagnostics(Self.header("医院")) == [
        "3:4: 错误[E209]: “对象”的值“医院”不对，应当是学校、乡镇(街道)、教育局、县级部门、市(州)、县(市、区)、县级人民政府、片区、教学点、幼儿园之一。"
      ])
  }
}
