import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// Real forms whose scores need the whole batch, summarised from complete sessions:
/// 郧县 compares each school with the county's best (`全体最高`), 江山 rounds each weight to four
/// decimals and the places to whole students over the sum of every school's total, 珠海 floors
/// each school's places (at least one) and sums those places again for what goes back to the plan.
@Suite struct RealFormCohortTests {
  /// An exact decimal (a float literal would go through Double).
  static func d(_ text: String) -> Decimal { Decimal(string: text) ?? 0 }

  static func load(_ file: String) throws -> Checklist {
    let path = ReportFixtures.root.appendingPathComponent("Checklists/\(file)")
    return try #require(ChecklistLoader.load(path: path.path).0)
  }

  /// One school's recorded figures: base counts, then 考试总分, 及格人数, 优生人数 per subject.
  static func primary(_ base: (Int, Int, Int), _ subjects: [String: (Int, Int, Int)]) -> [String:
    Answer]
  {
    var values: [String: Answer] = [
      "小学起始年级学生人数": Answer(.number(Decimal(base.0))),
      "小学正常转入学生数": Answer(.number(Decimal(base.1))),
      "小学正常转出学生数": Answer(.number(Decimal(base.2))),
    ]
    for (subject, figures) in subjects {
      values["小学\(subject)考试总分"] = Answer(.number(Decimal(figures.0)))
      values["小学\(subject)及格人数"] = Answer(.number(Decimal(figures.1)))
      values["小学\(subject)优生人数"] = Answer(.number(Decimal(figures.2)))
    }
    return values
  }

  /// Three primary schools, scored by hand (比 = 本校 ÷ 全县最高; 本项 = 分值 × (0.4 比 + 0.3 比 + 0.3 比)):
  /// - 最高: 语文 80 / 100% / 40%, 数学 80 / 96% / 50%, 英语 75 / 100% / 25%,
  ///   品德与社会 85 / 100% / 75%, 科学 87.5 / 84% / 48%.
  /// - 甲 (基准 48 + 3 − 1 = 50): 25.65 + 30 + 16 + 9.4 + 7.7 = 88.75 (its 样例 in the form).
  /// - 乙 (基准 100): 语文 30; 数学 30 × (0.95 × 0.4 + 0.9375 × 0.3 + 0.8 × 0.3) = 27.0375; 英语 20;
  ///   品德与社会 10; 科学 10 × (0.8 × 0.4 + 0.3 + 0.3) = 9.2; 总分 96.2375.
  /// - 丙 (基准 100): 语文 30 × (0.8125 × 0.4 + 0.85 × 0.3 + 0.5 × 0.3) = 21.9;
  ///   数学 30 × (0.875 × 0.4 + 0.875 × 0.3 + 0.6 × 0.3) = 23.775; 英语 20 × (0.8 × 0.4 + 0.7 × 0.3 + 0.8 × 0.3) = 15.4;
  ///   品德与社会 10 × (0.8 × 0.4 + 0.98 × 0.3 + 0.8 × 0.3) = 8.54; 科学 10 × (0.4 + 0.75 × 0.3 + 0.625 × 0.3) = 8.125;
  ///   总分 77.74.
  static let yunxianSchools: [(String, [String: Answer])] = [
    (
      "甲小学",
      primary(
        (48, 3, 1),
        [
          "语文": (3600, 45, 15), "数学": (4000, 48, 25), "英语": (3000, 40, 10),
          "品德与社会": (4250, 50, 30), "科学": (3500, 42, 12),
        ])
    ),
    (
      "乙小学",
      primary(
        (100, 0, 0),
        [
          "语文": (8000, 100, 40), "数学": (7600, 90, 40), "英语": (7500, 100, 25),
          "品德与社会": (8500, 100, 75), "科学": (7000, 84, 48),
        ])
    ),
    (
      "丙小学",
      primary(
        (100, 0, 0),
        [
          "语文": (6500, 85, 20), "数学": (7000, 84, 30), "英语": (6000, 70, 20),
          "品德与社会": (6800, 98, 60), "科学": (8750, 63, 30),
        ])
    ),
  ]

  @Test func eachSchoolIsComparedWithTheCountysBestInTheSummary() throws {
    let checklist = try Self.load("yunxian-zhiliang.ducha")
    let sessions = Self.yunxianSchools.map { unit, values in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.primary], values: values)
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    let totals = Dictionary(
      uniqueKeysWithValues: summary.units.map { ($0.unit.name, $0.result.total) })
    #expect(
      totals == [
        "甲小学": .scored(Self.d("88.75")), "乙小学": .scored(Self.d("96.2375")),
        "丙小学": .scored(Self.d("77.74")),
      ])
    // The county's best is printed with every school's figure, so a leader can check it by hand.
    let printed = SummaryText.format(summary, width: 100)
    #expect(printed.contains("3 个单位，合计 217，平均 72.33，最高 80，最低 65"))
    // The 九年级 figures are compared only by items that do not apply to a 小学: the batch does
    // not wait for them, and they are not listed as missing.
    #expect(!printed.contains("九年级语文人平分"))
  }

  @Test func aSchoolStillExpectedKeepsTheComparisonsWaiting() throws {
    let checklist = try Self.load("yunxian-zhiliang.ducha")
    let sessions = Self.yunxianSchools.map { unit, values in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.primary], values: values)
    }
    let summary = SummaryBuilder.build(
      checklist: checklist, sessions: sessions,
      expectedUnits: Self.yunxianSchools.map(\.0) + ["丁小学"])
    #expect(!summary.cohortComplete)
    for unit in summary.units { #expect(unit.result.total == .awaitingCohort) }
  }

  /// Three junior schools (全市 毕业生 1200, 中考 1200, 录取 120, 合格 800, 优秀 120, 后20% 240):
  /// - A: 0.625 → 0.63, 2.5, 3, 2.25, 1.25, (1 − 60 ÷ 240) × 10 = 7.5; 总分 17.13.
  /// - B: 450 ÷ 1200 × 5 = 1.875 → 1.88, 440 ÷ 1200 × 20 = 7.333… → 7.33, 12, 7.5, 6.25, 6.25; 总分 41.21.
  /// - C: 2.5, 610 ÷ 1200 × 20 = 10.166… → 10.17, 15, 10.25, 7.5, 6.25; 总分 51.67.
  /// 全市总和 17.13 + 41.21 + 51.67 = 110.01; 分校录取总人数 200:
  /// A 200 × 17.13 ÷ 110.01 = 31.14 → 31; B 74.92 − 1 (违规扣减) = 73.92 → 74; C 93.94 → 94.
  static let jiangshanSchools: [(String, [Decimal])] = [
    ("A中学", [150, 150, 12, 90, 10, 60, 0]),
    ("B中学", [450, 440, 48, 300, 50, 90, 1]),
    ("C中学", [600, 610, 60, 410, 60, 90, 0]),
  ]

  @Test func roundedWeightsAndWholeStudentPlacesAreResolvedInTheSummary() throws {
    let checklist = try Self.load("jiangshan-dingxiang-2015.ducha")
    let names = [
      "校毕业生人数", "校中考人数", "近三年江中录取人数", "全科合格人数", "全科优秀人数", "总分后段人数", "违规办学扣减人数",
    ]
    let sessions = Self.jiangshanSchools.map { unit, figures in
      var values = Dictionary(
        uniqueKeysWithValues: zip(names, figures).map { ($0, Answer(.number($1))) })
      values["分校录取总人数"] = Answer(.number(200))
      return ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.junior], values: values)
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    let totals = Dictionary(
      uniqueKeysWithValues: summary.units.map { ($0.unit.name, $0.result.total) })
    #expect(
      totals == [
        "A中学": .scored(Self.d("17.13")), "B中学": .scored(Self.d("41.21")),
        "C中学": .scored(Self.d("51.67")),
      ])
    func places(_ unit: String) -> ScoreState? {
      summary.units.first { $0.unit.name == unit }?.result.derived.first {
        $0.name == "分校录取指标人数"
      }?.state
    }
    #expect(places("A中学") == .scored(31))
    #expect(places("B中学") == .scored(74))
    #expect(places("C中学") == .scored(94))
  }

  /// 珠海, one 示范性普通高中 with a plan of 1000 (70% = 700 places), four schools (全市 2520):
  /// - A 1200 × 700 ÷ 2520 = 333.33… → 333; B 900 → 250 exactly; C 400 → 111.11… → 111;
  /// - D (资格考生数 18, fewer than 50): 1, not its formula's 5.55….
  /// 转统招名额 = 700 − (333 + 250 + 111 + 1) = 5, the same for every school of the batch.
  @Test func placesAreFlooredPerSchoolAndTheRestIsSummedOverTheBatch() throws {
    let checklist = try Self.load("zhuhai-zhibiaosheng.ducha")
    let schools: [(String, Decimal, Decimal)] = [
      ("A中学", 1200, 1150), ("B中学", 900, 880), ("C中学", 400, 390), ("D中学", 20, 18),
    ]
    let sessions = schools.map { unit, candidates, eligible in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.junior],
        values: [
          "本校报考考生数": Answer(.number(candidates)), "资格考生数": Answer(.number(eligible)),
          "高中类别": Answer(.choice("示范性普通高中")), "招生计划": Answer(.number(1000)),
        ])
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    func derived(_ unit: String, _ name: String) -> ScoreState? {
      summary.units.first { $0.unit.name == unit }?.result.derived.first { $0.name == name }?.state
    }
    #expect(derived("A中学", "指标生名额") == .scored(333))
    #expect(derived("B中学", "指标生名额") == .scored(250))
    #expect(derived("C中学", "指标生名额") == .scored(111))
    #expect(derived("D中学", "指标生名额") == .scored(1))
    for (unit, _, _) in schools {
      #expect(derived(unit, "转统招名额") == .scored(5), "\(unit)")
    }
  }

  /// 校际差异系数 of the stored method's own example, its five primary schools summarised:
  /// 全县 302 students and 1913 books (6.3344… a student); each school's 差异情况 is its share of the
  /// students times its squared gap: 0.0027 + 0.8486 + 5.1274 + 4.5011 + 0.1730 = 10.6528;
  /// √ to four places 3.2638; 3.2638 ÷ 6.3344 = 0.5152…, two places 0.52 — the method's
  /// “差异系数即为0.52”, the same for every school of the county.
  @Test func theMethodsOwnExampleGivesItsCoefficientForEverySchool() throws {
    let checklist = try Self.load("junheng-chayi-xishu.ducha")
    let schools: [(String, Decimal, Decimal, String)] = [
      ("小学1", 45, 279, "0.0027"), ("小学2", 37, 137, "0.8486"), ("小学3", 89, 935, "5.1274"),
      ("小学4", 76, 160, "4.5011"), ("小学5", 55, 402, "0.1730"),
    ]
    let sessions = schools.map { unit, students, books, _ in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.primary],
        values: ["在校生数": Answer(.number(students)), "图书册数": Answer(.number(books))])
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    func derived(_ unit: String, _ name: String) -> Decimal? {
      let state = summary.units.first { $0.unit.name == unit }?.result.derived.first {
        $0.name == name
      }?.state
      guard case .scored(var value)? = state else { return nil }
      var rounded = Decimal()
      NSDecimalRound(&rounded, &value, 4, .plain)
      return rounded
    }
    for (unit, _, _, difference) in schools {
      #expect(derived(unit, "差异情况") == Self.d(difference), "\(unit)")
      #expect(derived(unit, "差异系数") == Self.d("0.52"), "\(unit)")
    }
  }

  /// 凌源 ranks 报考率 among 初中 only (3.3 适用：初中) and 学年辍学率 within each 学段 (3.4).
  /// A folder of 小学 has no 报考率: the batch used to wait for it for ever, so 3.4 never ranked.
  @Test func aFigureOnlyJuniorItemsCompareDoesNotKeepPrimarySchoolsWaiting() throws {
    let checklist = try Self.load("lingyuan-kongchuo.ducha")
    let dropouts: [(String, Decimal)] = [("东小学", 0), ("南小学", 1), ("西小学", 2), ("北小学", 3)]
    let sessions = dropouts.map { unit, count in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [.primary],
        values: [
          "学年内辍学人数": Answer(.number(count)), "学年初在校生数": Answer(.number(500)),
          "控辍工作不力": Answer(.bool(false)), "重大辍学事件": Answer(.bool(false)),
        ])
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    for unit in summary.units {
      let ranked = unit.result.allItems.first { $0.id == "3.4" }?.state
      #expect(ranked?.score != nil, "\(unit.unit.name): \(String(describing: ranked))")
    }
    #expect(!SummaryText.format(summary, width: 100).contains("报考率："))
  }
}
