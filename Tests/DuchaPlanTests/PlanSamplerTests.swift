import DuchaChecklist
import DuchaPlan
import Testing

/// `PlanSampler`: must-check units always, a reproducible draw of extras within the rule.
@Suite struct PlanSamplerTests {
  static func samplingPlan() throws -> InspectionPlan {
    let (plan, diagnostics) = PlanLoader.load(
      path: PlanTesting.path("Tests/DuchaPlanTests/Fixtures/plans/sampling.plan"))
    #expect(diagnostics.map(PlanTesting.shortForm) == [])
    return try #require(plan)
  }

  @Test func splitMix64MatchesTheReferenceSequence() {
    // The first outputs for seed 0 of the reference implementation (Vigna, splitmix64.c).
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
  }

  @Test func sameSeedGivesTheSameDraw() throws {
    let plan = try Self.samplingPlan()
    for seed: UInt64 in [0, 1, 42, 20_211_026, .max] {
      #expect(try PlanSampler.sample(plan, seed: seed) == PlanSampler.sample(plan, seed: seed))
    }
  }

  @Test func aFixedSeedGivesAFixedDrawOnEveryMachine() throws {
    // Pinned: changing the generator, the stream derivation or the shuffle breaks this, and
    // with it every seed an inspection team has already printed. The values were checked
    // against an independent re-implementation of the algorithm in Python.
    let sample = try PlanSampler.sample(try Self.samplingPlan(), seed: 42)
    #expect(sample.seed == 42)
    #expect(sample.groups.map { $0.drawn.map(\.name) } == [["下楼一小", "下楼二小"], ["尤集一小"], []])
    #expect(sample.groups.map(\.requested) == [2, 1, 2])
  }

  @Test func mustCheckUnitsAreAlwaysIncludedAndTheCountStaysInRange() throws {
    let plan = try Self.samplingPlan()
    for seed in UInt64(0)..<200 {
      let sample = try PlanSampler.sample(plan, group: "一", seed: seed)
      let draw = try #require(sample.groups.first)
      #expect(draw.mustCheck.map(\.name) == ["下楼中心小学", "下中"])
      #expect((1...2).contains(draw.drawn.count))
      #expect(draw.requested == draw.drawn.count)
      #expect(
        draw.drawn.allSatisfy {
          $0.kind == .completePrimary && $0.parent == "下楼" && !$0.isMainCampus
        })
      #expect(Set(draw.drawn.map(\.name)).count == draw.drawn.count)
    }
  }

  @Test func differentSeedsCanGiveDifferentDraws() throws {
    let plan = try Self.samplingPlan()
    let draws = try Set(
      (UInt64(0)..<50).map {
        try PlanSampler.sample(plan, group: "一", seed: $0).groups[0].drawn.map(\.name)
      })
    #expect(draws.count > 5)
    // Both counts of the 1–2 range occur.
    #expect(Set(draws.map(\.count)) == [1, 2])
  }

  @Test func oneGroupAloneDrawsAsItDoesAmongAll() throws {
    let plan = try Self.samplingPlan()
    for seed: UInt64 in [3, 77, 1_000_003] {
      let all = try PlanSampler.sample(plan, seed: seed)
      let second = try PlanSampler.sample(plan, group: "第二组", seed: seed)
      #expect(second.groups == [all.groups[1]])
    }
  }

  @Test func aCentralSchoolWithASeparateMainCampusIsVisitedThere() throws {
    let sample = try PlanSampler.sample(try Self.samplingPlan(), seed: 7)
    // 下楼 has 下楼中心小学 as its 本部; 尤集 has none, so it is visited itself.
    #expect(sample.groups[0].mustCheck.map(\.name) == ["下楼中心小学", "下中"])
    #expect(sample.groups[1].mustCheck.map(\.name) == ["尤集", "尤中"])
    #expect(sample.groups[0].notChecked.contains { $0.name == "下楼教学点" })
  }

  @Test func tooFewCandidatesIsAShortfallNotAnError() throws {
    let sample = try PlanSampler.sample(try Self.samplingPlan(), group: "三", seed: 1)
    let draw = try #require(sample.groups.first)
    #expect(draw.requested == 2)
    #expect(draw.candidates == [])
    #expect(draw.drawn == [])
    #expect(draw.shortfall == 2)
  }

  @Test func anUnknownGroupIsAnErrorListingTheGroups() throws {
    let plan = try Self.samplingPlan()
    #expect(throws: PlanGroupNotFound.self) { try PlanSampler.sample(plan, group: "九", seed: 1) }
    do {
      _ = try PlanSampler.sample(plan, group: "九", seed: 1)
    } catch {
      #expect(error.message.zh == "计划里没有“九”这个组。")
      #expect(error.available == ["第一组（一）", "第二组（二）", "第三组（三）"])
    }
  }

  @Test func aBigGroupIsSampledSubgroupBySubgroup() throws {
    let plan = try PlanTesting.shipped("huili-2018.plan")
    let sample = try PlanSampler.sample(plan, group: "2", seed: 9)
    #expect(sample.groups.map(\.group.qualifiedID) == ["二.一", "二.二", "二.三", "二.四", "二.五"])
    #expect(sample.groups[0].mustCheck.map(\.name) == ["通安镇", "新发镇"])
    #expect(sample.groups.allSatisfy { $0.drawn.isEmpty && $0.rule.draw == nil })
  }

  @Test func aGroupListingItsSubgroupsUnitsIsNotSampledTwice() throws {
    let plan = try PlanTesting.plan(
      """
      计划 分组
      标题：分组
      清单：x
      单位 下中 中学
      单位 尤中 中学
      单位 朱中 中学
      组 一
        检查：下中、尤中、朱中
        小组 一
          检查：下中、尤中
      """)
    let sample = try PlanSampler.sample(plan, seed: 1)
    #expect(sample.groups.map(\.group.name) == ["第一组", "第一组第一小组"])
    #expect(sample.groups.map { $0.mustCheck.map(\.name) } == [["朱中"], ["下中", "尤中"]])
  }

  @Test func lingbiMustCheckEverythingListedAndHasNoCompletePrimariesToDraw() throws {
    let plan = try PlanTesting.shipped("lingbi-2021.plan")
    let sample = try PlanSampler.sample(plan, seed: 2021)
    #expect(sample.groups.map(\.mustCheck.count) == [9, 8, 10, 8, 9, 11])
    #expect(sample.groups.allSatisfy { $0.candidates.isEmpty && (1...2).contains($0.requested) })
  }
}
