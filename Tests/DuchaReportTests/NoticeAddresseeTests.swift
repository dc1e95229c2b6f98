import DuchaChecklist
import Testing

@testable import DuchaReport

/// How a 整改通知书 addresses each kind of unit a form may inspect (`对象：`).
@Suite struct NoticeAddresseeTests {
  func addressee(_ unit: String, _ kind: UnitKind) -> String {
    RectificationNotice(
      unit: unit, issuer: "会理县人民政府办公室", date: "2020-11-30", isDraft: false,
      inspectionDates: [], inspections: [], entries: [], unitKind: kind
    ).addressee
  }

  @Test func eachKindOfUnit() {
    #expect(addressee("渔沟小学", .school) == "你校")
    #expect(addressee("城关镇中心校竹林教学点", .teachingPoint) == "你校")
    #expect(addressee("城关幼儿园", .kindergarten) == "你园")
    #expect(addressee("城关镇", .township) == "你镇")
    #expect(addressee("内东乡", .township) == "你乡")
    #expect(addressee("北关街道", .township) == "你街道")
    #expect(addressee("北关街道办事处", .township) == "你街道")
    #expect(addressee("会理县教育局", .bureau) == "你局")
    #expect(addressee("会理县", .county) == "你县")
    #expect(addressee("县卫健委", .department) == "你单位")
  }
}
