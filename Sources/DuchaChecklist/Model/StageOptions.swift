/// The unit's 学段 as `--stage` gives them, read: 小学、初中、高中 (several for a 九年一贯制
/// school), or 学前 alone for a kindergarten.
public struct StageOptions: Sendable, Equatable {
  /// The stages named; nil when none is (no `--stage`, or 学前): the form's own then apply.
  public var stages: [Stage]?
  /// Whether 学前 was given: a kindergarten, which has no compulsory stage.
  public var preschool: Bool

  /// Creates the reading.
  public init(stages: [Stage]?, preschool: Bool) {
    self.stages = stages
    self.preschool = preschool
  }

  /// Why `--stage` is refused, with what to write.
  public struct Refusal: Error, Sendable, Equatable {
    /// What is wrong and how to write it.
    public var message: Localized
  }
}

extension Stage {
  /// Reads `--stage` values: each a stage word or 学前; 学前 only alone, since a kindergarten
  /// has no 小学 to be scored by and a school is no kindergarten.
  public static func parseOptions(_ values: [String]) throws(StageOptions.Refusal)
    -> StageOptions
  {
    for value in values where Stage(rawValue: value) == nil && value != preschoolName {
      throw StageOptions.Refusal(
        message: Localized(
          "--stage 只能是 \(catalogue)，幼儿园写“学前”（写的是“\(value)”）。",
          en: "--stage must be one of \(catalogue), or 学前 for a kindergarten, not '\(value)'."))
    }
    let preschool = values.contains(preschoolName)
    if preschool, values.contains(where: { $0 != preschoolName }) {
      throw StageOptions.Refusal(
        message: Localized(
          "--stage 学前 不能与其他学段同写：幼儿园只写 --stage 学前，学校写 \(catalogue)。",
          en: "--stage 学前 cannot be given with another stage: a kindergarten gives --stage 学前"
            + " alone, a school \(catalogue)."))
    }
    let stages = values.compactMap(Stage.init(rawValue:))
    return StageOptions(stages: stages.isEmpty ? nil : stages, preschool: preschool)
  }
}
