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
  /// The words of a list of stages as people write it: `小学 初中`, `小学、初中`, `小学/初中`
  /// (as the prompt shows them), `小学,初中`, `小学和初中`.
  public static func listedWords(_ text: String) -> [String] {
    text.split(whereSeparator: { " ,、，/／和\t".contains($0) }).map(String.init)
  }

  /// Reads `--stage` values: each a stage word or 学前, or several in one value as the prompt
  /// takes them (`--stage 小学、初中` for a 九年一贯制 school: the comma of the form's own
  /// header, refused before); 学前 only alone, since a kindergarten has no 小学 to be scored by
  /// and a school is no kindergarten.
  public static func parseOptions(_ given: [String]) throws(StageOptions.Refusal)
    -> StageOptions
  {
    let values = given.flatMap { value in
      let words = listedWords(value)
      return words.isEmpty ? [value] : words
    }
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
