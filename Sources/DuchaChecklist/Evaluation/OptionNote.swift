import Foundation

extension Checklist {
  /// What an option of the 单选 `input` stands for, shown beside its label when the inspector
  /// picks one: its points (`（5分）`), the band a 档内评分 score must fall in (`（8—10分）`), or,
  /// when the 档内评分 multiplies the choice (`乘=分值`), the factor (`（系数 0.8）`,
  /// `（系数 0—0.59）`), which is not a number of points. Nil for an option that carries nothing.
  public func optionNote(_ option: ChoiceOption, of input: String) -> Localized? {
    let f = { (value: Decimal) in ScoreFormat.string(value, places: 6) }
    let value: String
    if let band = option.band {
      value = "\(f(band.lowerBound))—\(f(band.upperBound))"
    } else if let score = option.score {
      value = f(score)
    } else {
      return nil
    }
    if isMultipliedBand(input) {
      return Localized("（系数 \(value)）", en: " (factor \(value))")
    }
    return Localized("（\(value)分）", en: " (\(value) pts)")
  }

  /// Whether `input` is the band of a `档内评分(…, 乘=…)`: its options are factors.
  func isMultipliedBand(_ input: String) -> Bool {
    firstItem { item in
      item.rules.contains {
        guard case .bandScore(let band, _, .some) = $0.kind else { return false }
        return band == input
      } ? true : nil
    } ?? false
  }
}
