import Foundation

extension Checklist {
  /// Why a typed value cannot be recorded for `input`, given what is already recorded, or nil
  /// when it can: a score off the input's `步长` grid, or outside the band chosen for it in a
  /// `档内评分` (“一般的给4-7分”: 9 is refused, not clamped). The message says the allowed values.
  public func refusal(of value: AnswerValue, for input: Input, given answers: Answers)
    -> Localized?
  {
    guard case .number(let number) = value else { return nil }
    if let problem = Self.stepProblem(input, number) { return problem }
    let f = { (value: Decimal) in ScoreFormat.string(value, places: 6) }
    guard let chosen = chosenBand(for: input.name, given: answers),
      !chosen.range.contains(number)
    else { return nil }
    let (label, range) = (chosen.label, chosen.range)
    return Localized(
      "\(f(number)) 不在“\(label)”档的 \(f(range.lowerBound))—\(f(range.upperBound)) 之内：请在档内评分，或先改选“\(chosen.band)”的档次。",
      en:
        "\(f(number)) is outside the band of '\(label)' (\(f(range.lowerBound))–\(f(range.upperBound))): score within it, or choose another band for '\(chosen.band)' first."
    )
  }

  /// The scores of the 档内评分 rules banded by `band` whose recorded value lies outside the
  /// band now chosen (执行好 9, then the band changed to 较差 1—3): they must be given again.
  public func scoresOutsideChosenBand(_ band: String, given answers: Answers) -> [String] {
    allItems.flatMap(\.rules).compactMap { rule in
      guard case .bandScore(band, let scoreInput?, _) = rule.kind,
        case .number(let score)? = answers.values[scoreInput]?.value,
        let chosen = chosenBand(for: scoreInput, given: answers), !chosen.range.contains(score)
      else { return nil }
      return scoreInput
    }
  }

  /// The band already chosen for the 档内评分 whose score is `input`: the band input's name,
  /// the option picked (`执行好`) and its scores (8…10); nil when `input` is no such score or
  /// no band with a range is chosen yet.
  public func chosenBand(for input: String, given answers: Answers)
    -> (band: String, label: String, range: ClosedRange<Decimal>)?
  {
    firstItem { item in
      for rule in item.rules {
        guard case .bandScore(let band, let scoreInput, _) = rule.kind, scoreInput == input,
          case .choice(let label)? = answers.values[band]?.value,
          case .choice(let options)? = inputs[band]?.type,
          let range = options.first(where: { $0.label == label })?.band
        else { continue }
        return (band, label, range)
      }
      return nil
    }
  }

  /// `步长 0.1` with 范围 0..1: 1, 0.9, 0.8 … are accepted; 0.55 is refused, not rounded.
  static func stepProblem(_ input: Input, _ number: Decimal) -> Localized? {
    guard let step = input.step, let top = input.type.bounds.1 else { return nil }
    let steps = (top - number) / step
    guard steps != ScoreFormat.round(steps, places: 0) else { return nil }
    let f = { (value: Decimal) in ScoreFormat.string(value, places: 6) }
    return Localized(
      "\(input.name) \(f(number)) 不在步长 \(f(step)) 上：应为 \(f(top))、\(f(top - step))、\(f(top - step - step))……",
      en: "\(input.name) \(f(number)) is off the \(f(step)) grid: \(f(top)), \(f(top - step)), …")
  }
}
