import DuchaChecklist
import Testing

/// `ducha inspect --stage …` read its values in the executable (which words, 学前 alone); the
/// rules are now `Stage.parseOptions`, the same for any front end. InspectCLI transcripts are
/// unchanged.
@Suite struct StageOptionsTests {
  func read(_ values: [String]) -> Result<StageOptions, StageOptions.Refusal> {
    Result { () throws(StageOptions.Refusal) in try Stage.parseOptions(values) }
  }

  @Test func stagesOfASchool() {
    #expect(read(["小学"]) == .success(StageOptions(stages: [.primary], preschool: false)))
    #expect(
      read(["小学", "初中"]) == .success(StageOptions(stages: [.primary, .junior], preschool: false)))
  }

  /// `--stage 小学、初中`, as a town's 学段 is written on the form (and as the prompt takes it):
  /// refused as “写的是“小学、初中”” before.
  @Test func severalStagesInOneValue() {
    let both = StageOptions(stages: [.primary, .junior], preschool: false)
    for value in ["小学、初中", "小学,初中", "小学，初中", "小学/初中", "小学 初中", "小学和初中"] {
      #expect(read([value]) == .success(both), "\(value)")
    }
    guard case .failure(let refusal) = read(["小学、九年级"]) else {
      Issue.record("小学、九年级 was read")
      return
    }
    #expect(refusal.message.zh == "--stage 只能是 “小学”“初中”“高中”，幼儿园写“学前”（写的是“九年级”）。")
    guard case .failure = read(["学前、小学"]) else {
      Issue.record("学前、小学 was read")
      return
    }
  }

  @Test func noneOrAKindergartenNamesNoStage() {
    #expect(read([]) == .success(StageOptions(stages: nil, preschool: false)))
    #expect(read(["学前"]) == .success(StageOptions(stages: nil, preschool: true)))
    #expect(read(["学前", "学前"]) == .success(StageOptions(stages: nil, preschool: true)))
  }

  @Test func aWordThatIsNoStage() {
    guard case .failure(let refusal) = read(["小学", "九年级"]) else {
      Issue.record("九年级 was read as a stage")
      return
    }
    #expect(refusal.message.zh == "--stage 只能是 “小学”“初中”“高中”，幼儿园写“学前”（写的是“九年级”）。")
    #expect(
      refusal.message.en
        == "--stage must be one of “小学”“初中”“高中”, or 学前 for a kindergarten, not '九年级'.")
  }

  @Test func preschoolWithAnotherStage() {
    guard case .failure(let refusal) = read(["学前", "小学"]) else {
      Issue.record("学前 with 小学 was read")
      return
    }
    #expect(refusal.message.zh == "--stage 学前 不能与其他学段同写：幼儿园只写 --stage 学前，学校写 “小学”“初中”“高中”。")
  }
}
