import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation
import Testing

/// Summaries over fixture sessions, totals checked by hand.
@Suite struct SummaryTests {
  typealias F = ReportFixtures

  /// A: perfect, 100. B: 人籍不一致 4 → item 5 = 10 − 0.5 × 4 = 8; 宣传 仅有资料 → 2;
  /// 100 − 2 − 3 = 95. C: no 经费规定标准 → item 3 pending, total pending, ranked last.
  func threeSchools() throws -> (Checklist, [Session]) {
    let checklist = try F.lingbi()
    let perfect = F.perfectAnswers(checklist)
    var b = perfect
    b["人籍不一致人数"] = Answer(.number(4))
    b["政策宣传"] = Answer(.choice("仅有资料"))
    var c = perfect
    c["经费规定标准"] = nil
    var bSession = F.session(checklist, unit: "黄湾中学", id: "b", inspectors: ["高海"], values: b)
    bSession.problems = [Problem(itemID: "5", description: "七年级2班4人籍在人不在", time: "t")]
    return (
      checklist,
      [
        F.session(checklist, unit: "渔沟中学", id: "a", inspectors: ["李辉"], values: perfect), bSession,
        F.session(checklist, unit: "大庙中学", id: "c", inspectors: ["胡崇江"], values: c),
      ]
    )
  }

  @Test func perfectAnswersReallyScoreOneHundred() throws {
    let checklist = try F.lingbi()
    let session = F.session(
      checklist, unit: "x", id: "x", inspectors: [], values: F.perfectAnswers(checklist))
    #expect(session.evaluate(checklist).total == .scored(100))
  }

  @Test func unitsAreRankedWithPendingOnesLast() throws {
    let (checklist, sessions) = try threeSchools()
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions, title: "第三组")
    #expect(summary.units.map(\.unit.name) == ["渔沟中学", "黄湾中学", "大庙中学"])
    #expect(
      summary.units.map(\.result.total) == [
        .scored(100), .scored(95), summary.units[2].result.total,
      ])
    #expect(summary.units[2].pendingItems.map(\.id) == ["3"])
    #expect(summary.averageTotal == Decimal(string: "97.5")!)  // (100 + 95) / 2
  }

  @Test func itemsThatLostMostComeFirst() throws {
    let (checklist, sessions) = try threeSchools()
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    // Item 9 over three scored units: (5 + 2 + 5) / 3 = 4, loss 1; item 5: (10 + 8 + 10) / 3, loss 2/3.
    #expect(summary.mostLost.map(\.id) == ["9", "5"])
    let nine = try #require(summary.mostLost.first)
    #expect(nine.averageLoss == 1)
    #expect(nine.losingUnits.map(\.unit) == ["黄湾中学"])
  }

  /// Item 1 (with parts 1.1 and 1.2) applies to 初中 only: 实小 lists no parts, so its item 2
  /// is not where the 初中's is. 一中 lacks 甲 and 制度: 1.1 = 0, 1.2 = 4, 2 = 0; 二中 has all:
  /// 6, 4, 10; 实小 has 制度: 2 = 10. Item 2: (0 + 10 + 10) / 3, loss 10/3, 一中 lost 10;
  /// 1.1: (0 + 6) / 2 = 3, loss 3, 一中 lost 6; 1.2: 4 and 4, nothing lost.
  @Test func itemFiguresCountEveryUnitWhereverItsResultsListTheItem() throws {
    let text = """
      清单 小项统计
      标题：小项与适用
      对象：学校
      学段：小学 初中
      总分：20
      部分 一 管理 20分
      条目 1 初中专项 10分
        适用：初中
        小项 1.1 甲 6分
          录入 有甲 是否
          规则 条件扣分(非 有甲, 扣=6)
        小项 1.2 乙 4分
          录入 有乙 是否
          规则 条件扣分(非 有乙, 扣=4)
      条目 2 制度 10分
        录入 有制度 是否
        规则 条件扣分(非 有制度, 扣=10)
      """
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "小项统计.ducha", text: text)).0)
    func school(_ name: String, _ stage: Stage, _ values: [String: Bool]) -> Session {
      F.session(
        checklist, unit: name, id: name, inspectors: [], stages: [stage],
        values: values.mapValues { Answer(.bool($0)) })
    }
    let summary = SummaryBuilder.build(
      checklist: checklist,
      sessions: [
        school("一中", .junior, ["有甲": false, "有乙": true, "有制度": false]),
        school("二中", .junior, ["有甲": true, "有乙": true, "有制度": true]),
        school("实小", .primary, ["有制度": true]),
      ])
    let figures = Dictionary(uniqueKeysWithValues: summary.items.map { ($0.id, $0) })
    let two = try #require(figures["2"])
    #expect(two.scoredUnits == 3)
    #expect(two.average == Decimal(20) / Decimal(3))
    #expect(two.averageLoss == Decimal(10) - Decimal(20) / Decimal(3))
    #expect(two.losingUnits.map(\.unit) == ["一中"])
    #expect(two.losingUnits.map(\.lost) == [10])
    let first = try #require(figures["1.1"])
    #expect(first.scoredUnits == 2)
    #expect(first.average == 3)
    #expect(first.losingUnits.map(\.unit) == ["一中"])
    #expect(first.losingUnits.map(\.lost) == [6])
    let second = try #require(figures["1.2"])
    #expect(second.average == 4)
    #expect(second.losingUnits.isEmpty)
  }

  @Test func theDraftNamesTheBestUnitsAndTheProblemsWithAdvice() throws {
    let (checklist, sessions) = try threeSchools()
    let draft = SummaryBuilder.build(checklist: checklist, sessions: sessions, title: "第三组").draft
    #expect(draft.hasPrefix("第三组检查情况总结（草稿）\n\n一、基本情况"))
    #expect(draft.contains("共检查3个单位：渔沟中学、黄湾中学、大庙中学。"))
    #expect(draft.contains("已全部评分的2个单位平均得分97.5分（满分100分），最高渔沟中学100分，最低黄湾中学95分。"))
    // 黄湾中学 has the lowest total of the scored units, so it is not named, though it has 95.
    #expect(
      draft.contains(
        "以总分达到满分的90%（90分）及以上、未被一票否决且不是最低分为标准，此项工作做得较好的单位有渔沟中学（100分）。"))
    #expect(draft.contains("尚有待定项目的单位：大庙中学（1项待定）。"))
    #expect(draft.contains("二、存在问题"))
    #expect(draft.contains("1、学籍管理政策宣传。1个单位在此项失分（满分5分，平均得分4分）：黄湾中学失3分。"))
    #expect(draft.contains("检查发现：黄湾中学七年级2班4人籍在人不在。"))
    #expect(draft.contains("建议：相关单位对照“"))
  }

  @Test func unitsAssignedButNotInspectedAreListedAndKeepCohortsOpen() throws {
    let (checklist, sessions) = try threeSchools()
    let summary = SummaryBuilder.build(
      checklist: checklist, sessions: sessions, expectedUnits: ["渔沟中学", "黄湾中学", "大庙中学", "浍沟中学"])
    #expect(summary.notInspected == ["浍沟中学"])
    // 灵璧 has no cohort-ranked item, so nothing waits for the missing unit.
    #expect(summary.cohortComplete)
    #expect(summary.draft.contains("计划中尚未检查的单位：浍沟中学。"))
  }

  /// 凌源 3.3 报考率 (20分)：按报考率由高到低排序，按比例分档赋分, documented bands
  /// 20% / 30% / 30% / 20% → 20 / 16 / 12 / 8. Four 初中: 99, 98, 97, 96 → units ahead 0, 1, 2, 3
  /// of 4 → 0%, 25%, 50%, 75% ahead → 20, 16, 12, 12. A lone 小学 ranks in its own cohort → 20.
  @Test func cohortRankedItemsAreScoredAcrossTheCohortOfTheSameStage() throws {
    let text = """
      清单 排名
      标题：排名分档
      对象：学校
      学段：小学 初中
      总分：20
      部分 一 成效 20分
      条目 1 报考率 20分
        录入 报考率 百分比
        规则 排名分档(报考率, 顺序=由高到低, 档=[20%=20, 30%=16, 30%=12, 20%=8])
      """
    let checklist = try #require(
      ChecklistLoader.load(source: SourceText(file: "排名.ducha", text: text)).0)
    let rates: [(String, String, Stage)] = [
      ("一中", "99", .junior), ("二中", "98", .junior), ("三中", "97", .junior), ("四中", "96", .junior),
      ("实小", "50", .primary),
    ]
    let sessions = rates.map { unit, rate, stage in
      ReportFixtures.session(
        checklist, unit: unit, id: unit, inspectors: [], stages: [stage],
        values: ["报考率": Answer(.number(Decimal(string: rate)!))])
    }
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions)
    #expect(summary.cohortComplete)
    let totals = Dictionary(
      uniqueKeysWithValues: summary.units.map { ($0.unit.name, $0.result.total) })
    #expect(
      totals == [
        "一中": .scored(20), "二中": .scored(16), "三中": .scored(12), "四中": .scored(12),
        "实小": .scored(20),
      ])
    // A unit of the plan not inspected yet: nobody can be ranked yet.
    let planned = SummaryBuilder.build(
      checklist: checklist, sessions: sessions, expectedUnits: rates.map(\.0) + ["五中"])
    #expect(!planned.cohortComplete)
    #expect(planned.units.first { $0.unit.name == "一中" }?.result.total == .awaitingCohort)
    // One unit missing its figure: nobody can be ranked yet.
    var partial = sessions
    partial[3].answers.values = [:]
    let waiting = SummaryBuilder.build(checklist: checklist, sessions: partial)
    #expect(!waiting.cohortComplete)
    #expect(waiting.units.first { $0.unit.name == "一中" }?.result.total == .awaitingCohort)
  }

  /// Units with `n` cases of 人籍不一致 (item 5: 10 − 0.5 × n) and, when `leaflets`, 宣传
  /// 仅有资料 (item 9: 2 of 5): totals 100 − 0.5 × n − 3.
  func units(_ totals: [(String, Int, Bool)]) throws -> (Checklist, [Session]) {
    let checklist = try F.lingbi()
    let sessions = totals.map { name, cases, leaflets in
      var answers = F.perfectAnswers(checklist)
      answers["人籍不一致人数"] = Answer(.number(Decimal(cases)))
      if leaflets { answers["政策宣传"] = Answer(.choice("仅有资料")) }
      return F.session(checklist, unit: name, id: name, inspectors: ["高海"], values: answers)
    }
    return (checklist, sessions)
  }

  /// 100, 95 and 87: the draft names the units at 90 or more, and says that is the rule; 87
  /// (lowest, below 90) is not named.
  @Test func praisedUnitsFollowTheStatedRule() throws {
    let (checklist, sessions) = try units([
      ("渔沟中学", 0, false), ("黄湾中学", 10, false), ("大庙中学", 20, true),
    ])
    let summary = SummaryBuilder.build(checklist: checklist, sessions: sessions, title: "第三组")
    #expect(summary.units.map(\.result.total) == [.scored(100), .scored(95), .scored(87)])
    #expect(
      summary.draft.contains(
        "以总分达到满分的90%（90分）及以上、未被一票否决且不是最低分为标准，此项工作做得较好的单位有渔沟中学（100分）、黄湾中学（95分）。"))
    #expect(!summary.draft.contains("大庙中学（87分）"))
  }

  /// 100, 95 and 92 all reach 90, but 92 is the lowest and is never praised.
  @Test func theLowestUnitIsNeverPraised() throws {
    let (checklist, sessions) = try units([
      ("渔沟中学", 0, false), ("黄湾中学", 10, false), ("大庙中学", 16, false),
    ])
    let draft = SummaryBuilder.build(checklist: checklist, sessions: sessions).draft
    #expect(draft.contains("此项工作做得较好的单位有渔沟中学（100分）、黄湾中学（95分）。"))
    #expect(!draft.contains("大庙中学（92分）"))
  }

  @Test func aSingleUnitOrNoneAboveTheBarIsSaidSo() throws {
    let (checklist, one) = try units([("渔沟中学", 0, false)])
    #expect(
      SummaryBuilder.build(checklist: checklist, sessions: one).draft.contains(
        "以总分达到满分的90%（90分）及以上、未被一票否决且不是最低分为标准，只有1个单位已评分，无从比较，本次不列做得较好的单位。"))
    let (_, low) = try units([("渔沟中学", 20, true), ("黄湾中学", 18, true)])
    #expect(
      SummaryBuilder.build(checklist: checklist, sessions: low).draft.contains(
        "不是最低分为标准，本次没有达到标准的单位。"))
  }

  /// 贵州 (`不适用条目：不计`): 1.2 (3 points) is only for schools built after 2011, so an older
  /// school's full points are 14, not 17. Hand-computed, 400 pupils each, standard 4.5㎡:
  ///   城关一小 (old): 1.1 6 − 0 = 6; 1.2 不适用; 2.1 1800 ÷ 400 ÷ 4.5 = 100% → 5; 2.2 no
  ///     boarders → 3; total 14 of 14, bar 12.6 → praised (the bar was 15.3, out of its reach);
  ///   城关二小 (new): 1.1 6 − 1 = 5; 1.2 8000 ÷ 400 = 20 ≥ 20 → 3; 2.1 5; 2.2 3; 16 of 17,
  ///     bar 15.3 → praised;
  ///   城关三小 (old): 1.1 6 − 3 = 3; 2.1 1440 ÷ 400 ÷ 4.5 = 80% → 5 × 0.8 = 4; 2.2 boarders,
  ///     dormitory short → 0; 7 of 14, the lowest. Average (14 + 16 + 7) ÷ 3 = 12.33.
  @Test func eachUnitIsHeldToItsOwnFullPointsWhenItemsNotApplicableAreLeftOut() throws {
    let checklist = try #require(
      ChecklistLoader.load(
        path: F.root.appendingPathComponent("Checklists/guizhou-banxue-tiaojian.ducha").path
      ).0)
    func school(_ name: String, newBuilt: Bool, deducted: Int, building: Int, short: Bool)
      -> Session
    {
      var values: [String: Answer] = [
        "规划布局扣分": Answer(.number(Decimal(deducted))), "新建于2011年后": Answer(.bool(newBuilt)),
        "在校学生数": Answer(.number(400)), "校舍建筑面积": Answer(.number(Decimal(building))),
        "生均校舍标准": Answer(.number(4.5)), "有寄宿生": Answer(.bool(short)),
        "宿舍达标": Answer(.bool(!short)),
      ]
      if newBuilt { values["占地面积"] = Answer(.number(8000)) }
      return F.session(checklist, unit: name, id: name, inspectors: ["刘芳"], values: values)
    }
    let summary = SummaryBuilder.build(
      checklist: checklist,
      sessions: [
        school("城关一小", newBuilt: false, deducted: 0, building: 1800, short: false),
        school("城关二小", newBuilt: true, deducted: 1, building: 1800, short: false),
        school("城关三小", newBuilt: false, deducted: 3, building: 1440, short: true),
      ])
    // Ranked by share of their own full points: 14 of 14, 16 of 17, 7 of 14.
    #expect(summary.units.map(\.result.total) == [.scored(14), .scored(16), .scored(7)])
    #expect(
      summary.draft.contains(
        "已全部评分的3个单位平均得分12.33分（满分14—17分，不适用的条目不计），最高城关一小14分（满分14分），最低城关三小7分（满分14分）。"
      ),
      "\(summary.draft)")
    #expect(
      summary.draft.contains(
        "以总分达到本单位满分（不适用的条目不计）的90%及以上、未被一票否决且得分率不是最低为标准，此项工作做得较好的单位有城关一小（14分，满分14分）、城关二小（16分，满分17分）。"
      ), "\(summary.draft)")
  }

  /// An inspector's 备注 stays in the record; only a note marked 公开 is quoted in the draft.
  @Test func privateNotesStayOutOfTheDraft() throws {
    let (checklist, sessions) = try threeSchools()
    var marked = sessions
    marked[1].notes["5"] = [
      ItemNote(kind: .note, text: "校长私下说明年再补办", time: "t"),
      ItemNote(kind: .publicNote, text: "点名册与学籍系统不一致", time: "t"),
      ItemNote(kind: .evidence, text: "点名册照片.jpg", time: "t"),
    ]
    let draft = SummaryBuilder.build(checklist: checklist, sessions: marked).draft
    #expect(draft.contains("检查发现：黄湾中学七年级2班4人籍在人不在；黄湾中学点名册与学籍系统不一致。"))
    #expect(!draft.contains("校长私下说明年再补办"))
    #expect(!draft.contains("点名册照片.jpg"))
  }
}

/// The summary and its draft in English: the same figures and rule, the records' words as written.
@Suite struct SummaryEnglishTests {
  @Test func theDraftInEnglishStatesTheSameFacts() throws {
    let (checklist, sessions) = try SummaryTests().units([
      ("渔沟中学", 0, false), ("黄湾中学", 10, false), ("大庙中学", 20, true),
    ])
    let summary = SummaryBuilder.build(
      checklist: checklist, sessions: sessions, title: "第三组", language: .english)
    let draft = summary.draft
    #expect(draft.hasPrefix("第三组: inspection summary (draft)\n\n1. Overview\n\n"))
    #expect(
      draft.contains(
        "This inspection on 2021-10-27 covered 3 units: 渔沟中学, 黄湾中学, 大庙中学. The 3 fully scored units averaged 94 points (out of 100); highest 渔沟中学 with 100, lowest 大庙中学 with 87."
      ))
    #expect(
      draft.contains(
        "Units that did well are those with a total of at least 90% of the full points (90), no one-vote veto, and not the lowest total: 渔沟中学 (100), 黄湾中学 (95)."
      ))
    #expect(
      draft.contains("\n\n2. Problems found\n\n1) 人籍一致情况. 2 units lost points here (out of 10"))
    #expect(draft.contains("\n3. Next steps\n"))
    let text = SummaryText.format(summary, language: .english)
    #expect(text.contains("Rank  Unit"))
    #expect(text.contains("Average total: 94"))
    #expect(!text.contains("名次"))
  }
}
