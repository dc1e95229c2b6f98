import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// A figure across the batch built on each unit's own total (利辛县: “全县所有初中学校综合评估
/// 指数和”, where each school's 指数 = 应届报考人数 × 综合评估得分) is read after every unit is
/// scored with the others, then the 换算 results built on it are resolved in the summary.
@Suite struct ResultFigureBatchTests {
  /// An exact decimal (a float literal would go through Double).
  static func d(_ text: String) -> Decimal { Decimal(string: text) ?? 0 }

  static func lixin() throws -> Checklist {
    let path = ReportFixtures.root.appendingPathComponent("Checklists/lixin-chuzhong-2016.ducha")
    return try #require(ChecklistLoader.load(path: path.path).0)
  }

  /// Four junior schools, scored by hand from the form's text:
  /// - 甲: 报考率 490 ÷ 500 = 98% → 10 − 0.4 = 9.6; 巩固率 490 ÷ 560 = 87.5% → 8.75;
  ///   占比 60 ÷ 250 = 24% → 80 × (22.5 + 24) ÷ 100 = 37.2, 通报一次扣 2 → 35.2; 总分 53.55;
  ///   指数 490 × 53.55 = 26239.5.
  /// - 乙: 10 + 10 + 80 × (30 + 40) ÷ 100 = 56 → 76; 指数 400 × 76 = 30400.
  /// - 丙: 报考率 95% → 9; 巩固率 95% → 9.5; 80 × (20 + 16) ÷ 100 = 28.8 → 47.3; 指数 285 × 47.3 = 13480.5.
  /// - 丁: 10; 巩固率 200 ÷ 250 = 80% → 8; 80 × (19.25 + 20) ÷ 100 = 31.4 → 49.4; 指数 200 × 49.4 = 9880.
  /// 全县招生总数 60 + 100 + 40 + 50 = 250; 指数和 26239.5 + 30400 + 13480.5 + 9880 = 80000;
  /// 分配系数 60 ÷ 80000 = 0.00075; 分配指标 甲 26239.5 × 0.00075 = 19.679625, 乙 22.8,
  /// 丙 10.110375, 丁 7.41 (together the 60 places).
  static let schools: [(String, [String: Decimal])] = [
    (
      "甲中学",
      [
        "九年级在籍学生数": 500, "应届报考数": 490, "三年前初一学籍数": 560, "中考优秀率": Self.d("22.5"),
        "升入示范高中人数": 60, "违规通报次数": 1, "每次通报扣分": 2, "高中定向人数": 60,
      ]
    ),
    (
      "乙中学",
      [
        "九年级在籍学生数": 400, "应届报考数": 400, "三年前初一学籍数": 400, "中考优秀率": 30,
        "升入示范高中人数": 100, "违规通报次数": 0, "高中定向人数": 60,
      ]
    ),
    (
      "丙中学",
      [
        "九年级在籍学生数": 300, "应届报考数": 285, "三年前初一学籍数": 300, "中考优秀率": 20,
        "升入示范高中人数": 40, "违规通报次数": 0, "高中定向人数": 60,
      ]
    ),
    (
      "丁中学",
      [
        "九年级在籍学生数": 200, "应届报考数": 200, "三年前初一学籍数": 250, "中考优秀率": Self.d("19.25"),
        "升入示范高中人数": 50, "违规通报次数": 0, "高中定向人数": 60,
      ]
    ),
  ]

  static func sessions(_ checklist: Checklist) -> [Session] {
    schools.map { unit, figures in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.junior],
        values: figures.mapValues { Answer(.number($0)) })
    }
  }

  @Test func theSumOfEveryUnitsTotalBasedFigureIsResolvedInTheSummary() throws {
    let checklist = try Self.lixin()
    let summary = SummaryBuilder.build(checklist: checklist, sessions: Self.sessions(checklist))
    #expect(summary.cohortComplete)
    let totals = Dictionary(
      uniqueKeysWithValues: summary.units.map { ($0.unit.name, $0.result.total) })
    #expect(
      totals == [
        "甲中学": .scored(Self.d("53.55")), "乙中学": .scored(76), "丙中学": .scored(Self.d("47.3")),
        "丁中学": .scored(Self.d("49.4")),
      ])
    func derived(_ unit: String, _ name: String) -> ScoreState? {
      summary.units.first { $0.unit.name == unit }?.result.derived.first { $0.name == name }?.state
    }
    #expect(derived("甲中学", "综合评估指数") == .scored(Self.d("26239.5")))
    #expect(derived("甲中学", "分配指标") == .scored(Self.d("19.679625")))
    #expect(derived("乙中学", "分配指标") == .scored(Self.d("22.8")))
    #expect(derived("丙中学", "分配指标") == .scored(Self.d("10.110375")))
    #expect(derived("丁中学", "分配指标") == .scored(Self.d("7.41")))
    // Each unit's 指数 is printed with the sum, highest first, so the leader can check 80000 by hand.
    let printed = SummaryText.format(summary, width: 100)
    #expect(
      printed.contains(
        "  综合评估指数：乙中学 30400、甲中学 26239.5、丙中学 13480.5、丁中学 9880\n    4 个单位，合计 80000，"))
    #expect(printed.contains("  升入示范高中人数：乙中学 100、甲中学 60、丁中学 50、丙中学 40\n    4 个单位，合计 250，"))
  }

  @Test func aUnitStillExpectedKeepsEveryTotalBasedFigureWaiting() throws {
    let checklist = try Self.lixin()
    let summary = SummaryBuilder.build(
      checklist: checklist, sessions: Self.sessions(checklist),
      expectedUnits: Self.schools.map(\.0) + ["戊中学"])
    #expect(!summary.cohortComplete)
    for unit in summary.units {
      #expect(unit.result.total == .awaitingCohort)
      #expect(unit.result.derived.first { $0.name == "分配指标" }?.state.score == nil)
    }
    // No 指数 is printed from a total scored with part of the county.
    let printed = SummaryText.format(summary, width: 100)
    #expect(!printed.contains("合计 80000"))
  }
}
