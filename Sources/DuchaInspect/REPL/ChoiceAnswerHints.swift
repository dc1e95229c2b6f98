import DuchaChecklist
import Foundation

/// Hints for an answer to a 单选 that is not one of its options but says which one was meant.
///
/// Both are refusals with a question, never a guess taken as the answer: the option decides a
/// score, so the inspector confirms it by typing it.
extension AnswerParser {
  /// A score typed where the band is asked (档内评分: “执行好（8—10分）” first, the score in the
  /// next question): `9` was refused with “没有第 9 项” and no word about the band it is in.
  /// Also a score an option carries (`5` for 有资料且知晓度较高=5). Nil when `text` is an option's
  /// number, is no score, or fits no option or several.
  static func scoreHint(_ text: String, _ options: [ChoiceOption]) -> Localized? {
    guard options.contains(where: { $0.band != nil || $0.score != nil }) else { return nil }
    // Digits only: `二` said aloud is option 2 (spokenNumber), not 2 points.
    guard let first = text.first, first.isASCII, first.isNumber,
      case .success(let score) = TypedNumber.parse(text, as: .points)
    else { return nil }
    if let index = Int(text), options.index(numbered: index) != nil { return nil }
    let fitting = options.indices.filter { index in
      if let band = options[index].band { return band.contains(score) }
      return options[index].score == score
    }
    guard fitting.count == 1, let index = fitting.first else { return nil }
    let option = options[index]
    let typed = ScoreFormat.string(score)
    guard let band = option.band else {
      return Localized(
        "选项要输入序号或名称：\(typed) 分是第 \(index + 1) 项“\(option.label)”的分，是它就输入 \(index + 1)。",
        en:
          "type an option's number or name: \(typed) points is option \(index + 1), '\(option.label)'; type \(index + 1) if that is it."
      )
    }
    let range = "\(ScoreFormat.string(band.lowerBound))—\(ScoreFormat.string(band.upperBound))"
    return Localized(
      "这里先选档，下一问再在档内给分：\(typed) 分在第 \(index + 1) 项“\(option.label)”（\(range)分）之内，是这一档就输入 \(index + 1)。",
      en:
        "choose the band first; the score is asked next: \(typed) points is in option \(index + 1), '\(option.label)' (\(range)); type \(index + 1) if that is the band."
    )
  }

  /// The one option whose name a longer answer contains (`制度比较完善，执行一般` holds 一般),
  /// nil when none or several do. Names of one character are left out: `好` is in `不好`.
  static func optionInSentence(_ text: String, _ options: [ChoiceOption]) -> Int? {
    let containing = options.indices.filter { index in
      let label = options[index].label
      return label.count >= 2 && text.count > label.count && text.contains(label)
    }
    // 执行好 and 好 both in the sentence: the longer name alone counts as said.
    let outermost = containing.filter { index in
      !containing.contains { other in
        other != index && options[other].label.contains(options[index].label)
      }
    }
    return outermost.count == 1 ? outermost[0] : nil
  }
}
