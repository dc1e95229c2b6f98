import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@testable import DuchaReport

/// 贵州 (`不适用条目：不计`): 1.2 (3 points) is only for schools built after 2011, so an older
/// school is out of 14 and a newer one out of 17. Ranked by raw totals, a school with all 14 of
/// its 14 points stood below one with 15 of 17 and the draft called it the lowest; units are now
/// ranked by their share of their own full points.
@Suite struct OwnFullPointsRankingTests {
  typealias F = ReportFixtures

  /// Hand-computed, 400 pupils each, standard 4.5㎡, no boarders (2.2 → 3):
  ///   新城小学 (new, 小学): 1.1 6; 1.2 8000 ÷ 400 = 20 ≥ 20 → 3; 2.1 1800 ÷ 400 ÷ 4.5 = 100% → 5;
  ///     17 of 17 = 100%;
  ///   老城小学 (old): 1.1 6; 1.2 不适用; 2.1 5; 14 of 14 = 100% (tied with 新城小学);
  ///   新区小学 (new, 小学): 1.1 6 − 2 = 4; 1.2 3; 2.1 5; 15 of 17 = 88.2%;
  ///   新区初中 (new, 初中): 1.1 6; 1.2 20 < 25 → 0; 2.1 5; 14 of 17 = 82.4%.
  /// By raw totals the order was 17, 15, 14, 14 and 老城小学 shared the last place.
  func summary() throws -> GroupSummary {
    let checklist = try #require(
      ChecklistLoader.load(
        path: F.root.appendingPathComponent("Checklists/guizhou-banxue-tiaojian.ducha").path
      ).0)
    func school(_ name: String, newBuilt: Bool, deducted: Int, stage: Stage) -> Session {
      var values: [String: Answer] = [
        "规划布局扣分": Answer(.number(Decimal(deducted))), "新建于2011年后": Answer(.bool(newBuilt)),
        "在校学生数": Answer(.number(400)), "校舍建筑面积": Answer(.number(1800)),
        "生均校舍标准": Answer(.number(4.5)), "有寄宿生": Answer(.bool(false)),
        "宿舍达标": Answer(.bool(true)),
      ]
      if newBuilt { values["占地面积"] = Answer(.number(8000)) }
      return F.session(
        checklist, unit: name, id: name, inspectors: ["刘芳"], stages: [stage], values: values)
    }
    return SummaryBuilder.build(
      checklist: checklist,
      sessions: [
        school("新区小学", newBuilt: true, deducted: 2, stage: .primary),
        school("新区初中", newBuilt: true, deducted: 0, stage: .junior),
        school("老城小学", newBuilt: false, deducted: 0, stage: .primary),
        school("新城小学", newBuilt: true, deducted: 0, stage: .primary),
      ])
  }

  @Test func unitsAreRankedByTheirShareOfTheirOwnFullPoints() throws {
    let summary = try summary()
    #expect(summary.units.map(\.unit.name) == ["新城小学", "老城小学", "新区小学", "新区初中"])
    #expect(
      summary.units.map(\.result.total) == [.scored(17), .scored(14), .scored(15), .scored(14)])
    #expect(ExportText.ranks(summary) == [1, 1, 3, 4])
    let table = SummaryText.format(summary, width: 100)
    #expect(table.contains("名次  单位      一  二  总分  适用满分  得分率"), "\(table)")
    #expect(table.contains("   1  老城小学   6   8    14        14    100%"), "\(table)")
    #expect(table.contains("   3  新区小学   7   8    15        17   88.2%"), "\(table)")
    #expect(table.contains("   4  新区初中   6   8    14        17   82.4%"), "\(table)")
    let csv = String(decoding: SummaryCSV.format(summary), as: UTF8.self)
    #expect(csv.contains("总分,适用满分,得分率,结论"))
    #expect(csv.contains("\r\n1,老城小学,小学,6,8,14,14,100%,—,\r\n"), "\(csv)")
    #expect(csv.contains("\r\n4,新区初中,初中,6,8,14,17,82.4%,—,\r\n"), "\(csv)")
  }

  @Test func theDraftNamesTheHighestAndLowestShareWithTheirFullPoints() throws {
    let draft = try summary().draft
    #expect(
      draft.contains(
        "已全部评分的4个单位平均得分15分（满分14—17分，不适用的条目不计），最高新城小学17分（满分17分），最低新区初中14分（满分17分）。"
      ), "\(draft)")
    // 88.2% is under the bar; 100% twice is praised, neither is the lowest share.
    #expect(
      draft.contains(
        "以总分达到本单位满分（不适用的条目不计）的90%及以上、未被一票否决且得分率不是最低为标准，此项工作做得较好的单位有新城小学（17分，满分17分）、老城小学（14分，满分14分）。"
      ), "\(draft)")
  }

  /// Every unit out of the same points: no extra columns, ranked by totals as before.
  @Test func unitsOutOfTheSameFullPointsKeepThePlainTable() throws {
    var summary = try summary()
    summary.units.removeAll { $0.unit.name == "老城小学" }
    #expect(summary.ownFullPoints == nil)
    #expect(!SummaryText.format(summary).contains("总分  适用满分"))
  }
}
